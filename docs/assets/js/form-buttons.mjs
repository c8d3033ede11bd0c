// The form's buttons outside the fields: downloads, print, clear, exports of other documents,
// the form's own actions (in sections and inside views), and presentation mode.

import { askUntilAnswered } from "./form-dialog.mjs";
import { clearMessages, showFileMessage, showFileMessages, showMessages } from "./form-messages.mjs";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A named action of the form (remove an organisation's answers, say); may ask first.
async function runAction(app, button) {
  const near = button.closest(".kb-view, .kb-section-actions") || app.root; // stays when a view is redrawn
  try {
    const reply = await askUntilAnswered(app, () => ({
      type: "action", naam: button.dataset.actie, arg: button.dataset.arg || "", gegevens: app.current(),
    }));
    if (reply === null) return;
    if (reply.type === "error") return showFileMessage(near, reply.tekst, "error");
    if (reply.gegevens) {
      await app.applyData(reply.gegevens);
      app.dirty = true;
    }
    // A form that holds documents may ask its page to show one (a new one, say): form-host.mjs.
    if (reply.toon) app.root.dispatchEvent(new CustomEvent("kb-toon", { detail: reply.toon }));
    const lines = reply.meldingen.map((m) => m.tekst);
    if (lines.length) showFileMessages(near, lines, reply.meldingen.some((m) => m.niveau === "fout") ? "warning" : "ok");
    app.announce(lines.join(" "));
  } finally {
    app.count("actions");
  }
}

async function exportDocument(app, button) {
  const reply = await app.ask({ type: "export", document: button.dataset.export, gegevens: app.current() });
  if (reply.type === "document") {
    download(reply.bestandsnaam, reply.tekst, "application/json");
    return showFileMessage(button, `Het bestand ${reply.bestandsnaam} staat in uw downloads.`, "ok");
  }
  showFileMessage(button, reply.tekst, "error");
  if (reply.meldingen) showMessages(app.root, reply.meldingen, { focusSummary: true }); // what to fix first
}

// When Python never arrived, the typed data still goes home as a file the form opens later.
function saveWithoutPython(app) {
  const { bestandsnaam, tekst } = app.documentWithoutPython();
  download(bestandsnaam, tekst, "application/json");
  app.dirty = false;
  showFileMessage(app.root, `Uw gegevens staan in het bestand ${bestandsnaam}. De controle werkt nu niet, dus het bestand is ` +
    "niet gecontroleerd. Open het later op deze pagina; dan controleert het formulier alles.", "ok");
}

// The form's own file and the draft in a format; what happened shows beside the button pressed
// (the draft's "Meer formaten", or "Bewaren en later verder werken").
async function downloadOwn(app, button) {
  const action = button.dataset.action;
  if (action === "download-json" && app.client.state === "failed") return saveWithoutPython(app);
  if (action === "download-json") {
    const reply = await app.ask({ type: "export", gegevens: app.current() });
    if (reply.type !== "document") return showFileMessage(button, reply.tekst, "error");
    download(reply.bestandsnaam, reply.tekst, "application/json");
    app.dirty = false;
    return showFileMessage(button, `Uw gegevens staan in het bestand ${reply.bestandsnaam}.`, "ok");
  }
  const formaat = action.replace("download-", "");
  const reply = await app.ask({ type: "render", formaat, gegevens: app.current() });
  if (reply.type !== "rendered") return showFileMessage(button, reply.tekst, "error");
  if (reply.base64) { // .docx, or a form's zip of every document
    const binary = Uint8Array.from(atob(reply.base64), (c) => c.charCodeAt(0));
    download(reply.bestandsnaam, binary, formaat === "docx" ? DOCX : "application/zip");
  } else {
    download(reply.bestandsnaam, reply.tekst, formaat === "csv" ? "text/csv;charset=utf-8" : "text/plain;charset=utf-8");
  }
  showFileMessage(button, `Het bestand ${reply.bestandsnaam} staat in uw downloads.`, "ok");
}

async function present(app, button) {
  if (app.ready) await app.refresh();
  const { present: show } = await import("./presenter.mjs");
  show(button.closest("[data-view]"));
}

// The draft on the clipboard as formatted text (for an e-mail or Word) and as plain text.
// navigator.clipboard needs a secure context; an intranet on plain http is not one, so the
// fallback selects the draft and lets the browser copy the selection.
async function copyDraft(app) {
  const body = app.draft.querySelector(".kb-draft-body");
  const near = app.draft.querySelector(".kb-draft-actions");
  try {
    const item = new ClipboardItem({
      "text/html": new Blob([body.innerHTML], { type: "text/html" }),
      "text/plain": new Blob([body.innerText], { type: "text/plain" }),
    });
    await navigator.clipboard.write([item]);
    app.draft.dataset.copied = "clipboard";
  } catch {
    const range = document.createRange();
    range.selectNodeContents(body);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const ok = document.execCommand("copy");
    selection.removeAllRanges();
    if (!ok) return showFileMessage(near, "Kopiëren lukte niet in deze browser. Selecteer het concept en kopieer met Ctrl+C.", "warning");
    app.draft.dataset.copied = "selection";
  }
  showFileMessage(near, "Het concept staat op het klembord, met opmaak. Plak het in uw e-mail of in Word.", "ok");
}

// A trainer shows the form without real data: the practice case's example, marked as such.
async function fillExample(app) {
  if (app.dirty && !window.confirm("Het formulier bevat al gegevens. Wilt u die vervangen door het oefenvoorbeeld?")) return;
  const example = JSON.parse(app.root.dataset.example);
  await app.applyData(example);
  clearMessages(app.root);
  app.hideDraft();
  app.dirty = false;
  app.showExampleMark();
  showFileMessage(app.root, `Het formulier is gevuld met het oefenvoorbeeld '${example.voorbeeld}'. Dit zijn verzonnen gegevens.`, "ok");
}

export function wireButtons(app) {
  app.root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action], button[data-actie], button[data-export], button[data-present]");
    if (!button || button.closest("dialog")) return;
    if (button.dataset.actie) runAction(app, button);
    else if (button.dataset.export) exportDocument(app, button);
    else if (button.dataset.present) present(app, button);
    else if (button.dataset.action === "print") window.print();
    else if (button.dataset.action === "clear") app.clear();
    else if (button.dataset.action === "example") fillExample(app);
    else if (button.dataset.action === "copy") copyDraft(app);
    else downloadOwn(app, button);
  });
}
