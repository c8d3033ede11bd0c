// Files in: the files a user picks (several at once) or drops on the page. Python decides what
// each file is: the form's own file replaces the work, other forms' files are taken in, the
// rest is refused with a line each. What the user typed is never touched by a refused file.

import { askUntilAnswered } from "./form-dialog.mjs";
import { clearMessages, showFileMessage, showFileMessages } from "./form-messages.mjs";

const MAX_FILE_BYTES = 2_000_000;
const MAX_FILES = 100;
const NOT_CHANGED = "Uw formulier is niet veranderd.";

// [{naam, tekst}] for the files that can be read; a Dutch note for each one that cannot.
async function readFiles(chosen) {
  const read = [];
  const refused = [];
  for (const file of chosen.slice(0, MAX_FILES)) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push(`${file.name}: dit bestand is te groot voor een formulierbestand. Het is niet geopend.`);
      continue;
    }
    try {
      read.push({ naam: file.name, tekst: await file.text() });
    } catch {
      refused.push(`${file.name}: dit bestand kon niet worden gelezen. Het is niet geopend.`);
    }
  }
  if (chosen.length > MAX_FILES) refused.push(`U koos meer dan ${MAX_FILES} bestanden; de rest is niet geopend.`);
  return { read, refused };
}

async function open(app, chosen, area) {
  const { read, refused } = await readFiles(chosen);
  if (read.length === 0) return showFileMessages(area, [...refused, NOT_CHANGED], "error");
  const reply = await askUntilAnswered(app, () => ({ type: "open", gegevens: app.current(), bestanden: read }));
  if (reply === null) return showFileMessage(area, `De bestanden zijn niet geopend. ${NOT_CHANGED}`, "warning");
  if (reply.type === "error") return showFileMessages(area, [...refused, `${reply.tekst} ${NOT_CHANGED}`], "error");
  if (reply.type === "opened") {
    if (app.dirty && !window.confirm("Het formulier bevat al gegevens. Wilt u die vervangen door het bestand?")) {
      return showFileMessage(area, `Het bestand is niet geopend. ${NOT_CHANGED}`, "warning");
    }
    await app.applyData(reply.gegevens);
    clearMessages(app.root);
    app.hideDraft();
    app.dirty = false;
    const notes = reply.meldingen.map((m) => m.tekst); // an older version, what the file holds that looks private
    return showFileMessages(area, [`Het bestand ${read[0].naam} is geopend.`, ...notes], notes.length ? "warning" : "ok");
  }
  if (reply.gegevens) {
    await app.applyData(reply.gegevens);
    app.dirty = true;
  }
  const lines = [...refused, ...reply.meldingen.map((m) => m.tekst)];
  if (!reply.gegevens) return showFileMessages(area, [...lines, NOT_CHANGED], "error");
  const refusedSome = refused.length || reply.meldingen.some((m) => m.niveau !== "info");
  showFileMessages(area, lines, refusedSome ? "warning" : "ok");
}

async function openFiles(app, fileList, near) {
  const chosen = [...fileList]; // an input's own list empties when it is reset below
  if (near.matches("input")) near.value = ""; // the same file can be chosen again
  try {
    await open(app, chosen, near.matches(".kb-file") ? app.root : near);
  } finally {
    app.count("opens");
  }
}

export function wireFiles(app) {
  for (const input of app.root.querySelectorAll("input.kb-open")) {
    input.addEventListener("change", () => openFiles(app, input.files, input));
  }
  for (const zone of app.root.querySelectorAll("[data-dropzone], .kb-file")) {
    zone.addEventListener("dragover", (event) => {
      if (![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      zone.classList.add("kb-dropzone--over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("kb-dropzone--over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("kb-dropzone--over");
      if (event.dataTransfer.files.length) openFiles(app, event.dataTransfer.files, zone);
    });
  }
}
