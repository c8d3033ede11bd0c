// Files in, choices out: reading the files a user picks or drops, and asking the user the
// questions Python raises while taking them in (which answers to keep, say). Python decides
// what a file is and what to do with it; this module only carries files and answers.

const MAX_FILE_BYTES = 2_000_000;
const MAX_FILES = 100;

// [{naam, tekst}] for the files that can be read; a Dutch note for each one that cannot.
export async function readFiles(chosen) {
  const files = chosen.slice(0, MAX_FILES);
  const read = [];
  const refused = [];
  for (const file of files) {
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

// Shows the conflicts in the page's dialog; resolves with {key: value} or null (cancelled).
export function askChoices(root, conflicten) {
  const dialog = root.querySelector("dialog.kb-dialog");
  const body = dialog.querySelector(".kb-dialog-body");
  body.replaceChildren();
  conflicten.forEach((c, i) => {
    const fieldset = document.createElement("fieldset");
    fieldset.className = "kb-dialog-choice";
    const legend = document.createElement("legend");
    legend.textContent = c.vraag;
    fieldset.append(legend);
    c.opties.forEach((o, j) => {
      const id = `kb-keuze-${i}-${j}`;
      const row = document.createElement("div");
      row.className = "kb-option";
      const input = Object.assign(document.createElement("input"), {
        type: "radio", name: c.sleutel, value: o.waarde, id, checked: j === 0,
      });
      const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: o.label });
      row.append(input, label);
      fieldset.append(row);
    });
    body.append(fieldset);
  });
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "ok") return resolve(null);
      const keuzes = {};
      for (const input of body.querySelectorAll("input:checked")) keuzes[input.name] = input.value;
      resolve(keuzes);
    }, { once: true });
    dialog.returnValue = "";
    dialog.showModal();
    body.querySelector("input")?.focus();
  });
}

// Lets files be dropped on the page's drop zones; calls `onFiles(fileList, zone)`.
export function acceptDrops(root, onFiles) {
  for (const zone of root.querySelectorAll("[data-dropzone], .kb-file")) {
    zone.addEventListener("dragover", (event) => {
      if (![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      zone.classList.add("kb-dropzone--over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("kb-dropzone--over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("kb-dropzone--over");
      if (event.dataTransfer.files.length) onFiles(event.dataTransfer.files, zone);
    });
  }
}
