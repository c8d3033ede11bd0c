// Wires one form on the page to the Python logic in the worker.
// The page works before Python does: fields accept typing at once, requests wait until the
// worker is ready, and a failure to load becomes a visible message; typed text always stays.

import { WorkerClient } from "./worker-client.mjs";
import { addRow, collect, fill, rowCount, trimRows } from "./form-data.mjs";
import { clearMessages, showDerived, showFileMessage, showMessages } from "./form-messages.mjs";
import * as autosave from "./form-autosave.mjs";

const MAX_FILE_BYTES = 2_000_000;
const STATUS = {
  loading: "De controle laadt op de achtergrond. U kunt al typen.",
  slow: "De controle laadt nog. Dat duurt de eerste keer wat langer. U kunt gewoon verder typen.",
  ready: "De controle is klaar. Wat u invult, blijft in deze browser.",
  waiting: "Even geduld: de controle laadt nog. Daarna gaat uw verzoek vanzelf verder.",
};

function localDate() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function startFormApp(root) {
  const formulier = root.dataset.formulier;
  const form = root.querySelector("form.kb-form");
  const statusEl = root.querySelector(".kb-status");
  const statusText = statusEl.querySelector(".kb-status-text");
  const draft = root.querySelector(".kb-draft");
  const draftBody = draft.querySelector(".kb-draft-body");
  const fileInput = root.querySelector("input.kb-open");
  const autosaveToggle = root.querySelector("input.kb-autosave-toggle");
  const initialRows = new Map(
    [...form.querySelectorAll("[data-repeat]")].map((c) => [c, rowCount(c)]),
  );
  let dirty = false;

  const setStatus = (state, text) => {
    statusEl.dataset.state = state;
    statusText.textContent = text;
  };
  const slowTimer = setTimeout(() => {
    if (client.state === "loading") setStatus("loading", STATUS.slow);
  }, 10_000);
  const client = new WorkerClient(new URL("./pyodide-worker.mjs", import.meta.url), {
    onState(state, msg) {
      if (state === "ready") {
        clearTimeout(slowTimer);
        setStatus("ready", STATUS.ready);
        root.dataset.ready = "true";
        root.dataset.readyAfterMs = String(Math.round(performance.now())); // for benchmarks/
      } else if (state === "failed") {
        clearTimeout(slowTimer);
        setStatus(
          "failed",
          `${msg.tekst} Uw tekst blijft staan. Herlaad de pagina om het opnieuw te proberen; ` +
            "lukt het niet, vraag dan uw ICT-afdeling om hulp (zie de pagina Hosten op een intranet).",
        );
      }
    },
  });

  const request = (payload) => client.request({ formulier, vandaag: localDate(), ...payload });

  // Runs a request; while Python loads, says so. Errors become a message, never a lost form.
  async function ask(payload) {
    if (client.state === "loading") setStatus("loading", STATUS.waiting);
    try {
      const reply = await request(payload);
      if (client.state === "ready") setStatus("ready", STATUS.ready);
      return reply;
    } catch (err) {
      return { type: "error", tekst: err.message };
    }
  }

  async function checkForm({ focus }) {
    const reply = await ask({ type: "check", gegevens: collect(form) });
    root.dataset.checks = String(Number(root.dataset.checks || 0) + 1); // lets tests wait for the outcome
    if (reply.type === "error") {
      showMessages(root, [{ niveau: "fout", tekst: reply.tekst, id: null }], { focusSummary: false });
      return reply;
    }
    showMessages(root, reply.meldingen, { focusSummary: focus && !reply.ok });
    showDerived(root, reply.afgeleid);
    if (reply.concept) {
      draftBody.innerHTML = reply.concept.html; // built by Python with autoescaping
      draft.hidden = false;
      root.classList.add("kb-has-draft");
      if (focus) draft.querySelector("#kb-draft-title").focus();
    } else if (focus) {
      draft.hidden = true;
      root.classList.remove("kb-has-draft");
    }
    return reply;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    checkForm({ focus: true });
  });

  // Warnings (privacy, age) and the confirm-by date update as the user leaves a field;
  // errors wait for an explicit check, so nobody is scolded halfway through typing.
  let liveTimer;
  form.addEventListener("change", () => {
    dirty = true;
    if (client.state !== "ready") return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(async () => {
      const reply = await request({ type: "check", gegevens: collect(form) });
      if (reply.type !== "checked") return;
      const summaryShown = !root.querySelector(".kb-error-summary").hidden;
      const shown = summaryShown ? reply.meldingen : reply.meldingen.filter((m) => m.niveau !== "fout");
      showMessages(root, shown, { focusSummary: false });
      showDerived(root, reply.afgeleid);
    }, 250);
  });
  let saveTimer;
  form.addEventListener("input", () => {
    dirty = true;
    if (!autosaveToggle.checked) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => autosave.save(formulier, collect(form)), 400);
  });

  // Autosave: restore what this browser kept, if the user switched it on earlier.
  const saved = autosave.loadSaved(formulier);
  if (saved && saved.gegevens) {
    autosaveToggle.checked = true;
    fill(form, saved.gegevens);
    showFileMessage(root, `Uw invoer van ${autosave.savedAtText(saved.opgeslagen)} is teruggezet uit deze browser.`, "ok");
  }
  autosaveToggle.addEventListener("change", () => {
    if (autosaveToggle.checked) {
      const ok = autosave.save(formulier, collect(form));
      showFileMessage(root, ok ? "Uw invoer wordt nu bewaard in deze browser." :
        "Deze browser staat bewaren niet toe. Download uw gegevens om ze te bewaren.", ok ? "ok" : "warning");
      if (!ok) autosaveToggle.checked = false;
    } else {
      autosave.forget(formulier);
      showFileMessage(root, "De bewaarde invoer is uit deze browser gewist.", "ok");
    }
  });

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-add]");
    if (!button) return;
    const container = form.querySelector(`[data-repeat="${button.dataset.add}"]`);
    const row = addRow(container);
    if (row) row.querySelector("input, textarea").focus();
    else {
      button.disabled = true;
      showFileMessage(root, "Meer rijen kunnen er niet bij.", "warning");
    }
  });

  root.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "print") window.print();
    else if (action === "clear") clearForm();
    else if (action === "download-json") {
      const reply = await ask({ type: "export", gegevens: collect(form) });
      if (reply.type === "document") {
        download(reply.bestandsnaam, reply.tekst, "application/json");
        dirty = false;
        showFileMessage(root, `Uw gegevens staan in het bestand ${reply.bestandsnaam}.`, "ok");
      } else showFileMessage(root, reply.tekst, "error");
    } else if (action === "download-md" || action === "download-txt") {
      const formaat = action === "download-md" ? "md" : "txt";
      const reply = await ask({ type: "render", formaat, gegevens: collect(form) });
      if (reply.type === "rendered") download(reply.bestandsnaam, reply.tekst, "text/plain;charset=utf-8");
      else showFileMessage(root, reply.tekst, "error");
    }
  });

  function clearForm() {
    if (dirty && !window.confirm("Wilt u alles wissen wat u in dit formulier heeft ingevuld?")) return;
    form.reset();
    for (const [container, keep] of initialRows) trimRows(container, keep);
    form.querySelectorAll("button[data-add]").forEach((b) => (b.disabled = false));
    clearMessages(root);
    draft.hidden = true;
    draftBody.replaceChildren();
    root.classList.remove("kb-has-draft");
    dirty = false;
    autosave.forget(formulier);
    autosaveToggle.checked = false;
    showFileMessage(root, "Het formulier is leeg gemaakt. Er is niets meer bewaard in deze browser.", "ok");
  }

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files[0];
    fileInput.value = ""; // the same file can be chosen again
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      showFileMessage(root, "Dit bestand is te groot voor een formulierbestand. Uw formulier is niet veranderd.", "error");
      return;
    }
    const reply = await ask({ type: "open", tekst: await file.text() });
    if (reply.type !== "opened") {
      showFileMessage(root, `${reply.tekst} Uw formulier is niet veranderd.`, "error");
      return;
    }
    if (dirty && !window.confirm("Het formulier bevat al gegevens. Wilt u die vervangen door het bestand?")) {
      showFileMessage(root, "Het bestand is niet geopend. Uw formulier is niet veranderd.", "warning");
      return;
    }
    for (const [container, keep] of initialRows) trimRows(container, keep);
    fill(form, reply.gegevens);
    if (autosaveToggle.checked) autosave.save(formulier, collect(form));
    clearMessages(root);
    draft.hidden = true;
    dirty = false;
    const notes = reply.meldingen.map((m) => m.tekst).join(" ");
    showFileMessage(root, `Het bestand ${file.name} is geopend. ${notes}`.trim(), notes ? "warning" : "ok");
  });

  window.addEventListener("beforeunload", (event) => {
    if (autosaveToggle.checked) autosave.save(formulier, collect(form));
    else if (dirty) event.preventDefault(); // the browser asks whether to leave without saving
  });
}
