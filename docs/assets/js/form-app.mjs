// Wires one form on the page to the Python logic in the worker.
// The page works before Python does: fields accept typing at once, requests wait until the
// worker is ready, and a failure to load becomes a visible message; typed text always stays.
// Everything a form knows (checks, merging files, views, drafts) is Python's: this module
// collects the fields, sends a request, and shows the reply.

import { WorkerClient } from "./worker-client.mjs";
import { addRow, assignIds, collect, fill, fillWithin, rowOp } from "./form-data.mjs";
import { acceptDrops, askChoices, readFiles } from "./form-files.mjs";
import { clearMessages, showDerived, showFileMessage, showFileMessages, showMessages } from "./form-messages.mjs";
import * as autosave from "./form-autosave.mjs";

const STATUS = {
  loading: "De controle laadt op de achtergrond. U kunt al typen.",
  slow: "De controle laadt nog. Dat duurt de eerste keer wat langer. U kunt gewoon verder typen.",
  ready: "De controle is klaar. Wat u invult, blijft in deze browser.",
  waiting: "Even geduld: de controle laadt nog. Daarna gaat uw verzoek vanzelf verder.",
};
const NOT_CHANGED = "Uw formulier is niet veranderd.";

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

const topName = (name) => name.split(".")[0];

export function startFormApp(root) {
  const formulier = root.dataset.formulier;
  const initial = JSON.parse(root.dataset.initial || "{}");
  const form = root.querySelector("form.kb-form");
  const statusEl = root.querySelector(".kb-status");
  const statusText = statusEl.querySelector(".kb-status-text");
  const announcer = root.querySelector(".kb-announce");
  const draft = root.querySelector(".kb-draft");
  const draftBody = draft.querySelector(".kb-draft-body");
  const autosaveToggle = root.querySelector("input.kb-autosave-toggle");
  const dynamic = [...root.querySelectorAll("[data-dynamic]")];
  const depends = new Set(dynamic.flatMap((el) => el.dataset.depends.split(" ").filter(Boolean)));
  const hasViews = root.querySelector("[data-view]") !== null;
  let base = {}; // data the page carries but does not show (e.g. answers taken in from files)
  let dirty = false;
  const current = () => ({ ...base, ...collect(form) });
  assignIds(form);

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
        if (dynamic.length || hasViews) refresh();
        if (dirty) liveCheck(); // warnings for what was typed while Python loaded
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
      if (reply.ms !== undefined) root.dataset[`ms${payload.type}`] = String(reply.ms); // for benchmarks/
      return reply;
    } catch (err) {
      return { type: "error", tekst: err.message };
    }
  }

  // Data-dependent fields and views, drawn again by Python for the data as it is now.
  // `data` given: the form takes it (a file was opened). Otherwise what the user typed while
  // the request was under way wins: values are collected again when the reply arrives.
  const drawn = new Map(); // container -> the HTML it shows, so an unchanged one is left alone
  async function refresh(data) {
    const reply = await ask({ type: "refresh", gegevens: data || current() });
    if (reply.type !== "refreshed") return;
    const values = data || current();
    for (const el of dynamic) {
      const html = reply.velden[el.dataset.dynamic];
      if (html === undefined || drawn.get(el) === html) continue;
      const focusedId = el.contains(document.activeElement) ? document.activeElement.id : null;
      el.innerHTML = html; // built by Python's templates, autoescaped
      drawn.set(el, html);
      fillWithin(el, values);
      if (focusedId) document.getElementById(focusedId)?.focus();
    }
    for (const [name, html] of Object.entries(reply.weergaven)) {
      const body = root.querySelector(`[data-view="${CSS.escape(name)}"] .kb-view-body`);
      const focused = body.contains(document.activeElement) ? document.activeElement : null;
      const again = focused?.dataset.actie ? `[data-actie="${CSS.escape(focused.dataset.actie)}"][data-arg="${CSS.escape(focused.dataset.arg || "")}"]` : null;
      body.innerHTML = html; // built by Python's templates, autoescaped
      if (again) (body.querySelector(again) || body.closest("[data-view]")).focus?.();
    }
    root.dataset.refreshes = String(Number(root.dataset.refreshes || 0) + 1); // lets tests wait
  }

  // The whole form takes new data from Python (a file opened, answers merged).
  async function applyData(gegevens) {
    base = gegevens;
    await refresh(gegevens);
    fill(form, gegevens);
    assignIds(form);
    if (autosaveToggle.checked) autosave.save(formulier, current());
  }

  function hideDraft() {
    draft.hidden = true;
    root.classList.remove("kb-has-draft");
  }

  async function checkForm({ focus }) {
    const reply = await ask({ type: "check", gegevens: current() });
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
    } else if (focus) hideDraft();
    return reply;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    checkForm({ focus: true });
  });

  // Warnings (privacy, age) and the confirm-by date update as the user leaves a field;
  // errors wait for an explicit check, so nobody is scolded halfway through typing.
  let liveTimer;
  function liveCheck() {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(async () => {
      const reply = await request({ type: "check", gegevens: current() });
      if (reply.type !== "checked") return;
      const summaryShown = !root.querySelector(".kb-error-summary").hidden;
      const shown = summaryShown ? reply.meldingen : reply.meldingen.filter((m) => m.niveau !== "fout");
      showMessages(root, shown, { focusSummary: false });
      showDerived(root, reply.afgeleid);
      root.dataset.liveChecks = String(Number(root.dataset.liveChecks || 0) + 1); // lets tests wait
    }, 250);
  }
  let refreshTimer;
  form.addEventListener("change", (event) => {
    if (event.target.type === "file") return; // choosing a file changes nothing typed
    dirty = true;
    if (client.state !== "ready") return;
    liveCheck();
    const name = event.target.name || "";
    if (depends.has(topName(name)) || hasViews) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => refresh(), 300);
    }
  });
  let saveTimer;
  form.addEventListener("input", (event) => {
    if (event.target.type === "file") return;
    dirty = true;
    if (!autosaveToggle.checked) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => autosave.save(formulier, current()), 400);
  });

  // Autosave: restore what this browser kept, if the user switched it on earlier.
  const saved = autosave.loadSaved(formulier);
  if (saved && saved.gegevens) {
    autosaveToggle.checked = true;
    base = saved.gegevens;
    fill(form, saved.gegevens);
    assignIds(form);
    showFileMessage(root, `Uw invoer van ${autosave.savedAtText(saved.opgeslagen)} is teruggezet uit deze browser.`, "ok");
  }
  autosaveToggle.addEventListener("change", () => {
    if (autosaveToggle.checked) {
      const ok = autosave.save(formulier, current());
      showFileMessage(root, ok ? "Uw invoer wordt nu bewaard in deze browser." :
        "Deze browser staat bewaren niet toe. Download uw gegevens om ze te bewaren.", ok ? "ok" : "warning");
      if (!ok) autosaveToggle.checked = false;
    } else {
      autosave.forget(formulier);
      showFileMessage(root, "De bewaarde invoer is uit deze browser gewist.", "ok");
    }
  });

  // Rows: add, and (where the form allows) move, copy and remove.
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-add], button[data-row-op]");
    if (!button) return;
    const container = button.closest("[data-repeat]");
    const rows = () => [...container.querySelectorAll(".kb-items > .kb-item")];
    const label = container.dataset.itemLabel || "Rij";
    dirty = true;
    if (button.dataset.add !== undefined) {
      const row = addRow(container);
      if (!row) {
        showFileMessage(root, "Meer rijen kunnen er niet bij.", "warning");
        return;
      }
      row.querySelector("input:not([type=hidden]), textarea, select")?.focus();
    } else {
      const index = rows().indexOf(button.closest(".kb-item"));
      const kind = button.dataset.rowOp;
      const target = rowOp(form, container, index, kind);
      if (target === null) {
        announce(kind === "duplicate" ? "Meer rijen kunnen er niet bij." : `${label} ${index + 1} kan niet verder ${kind === "up" ? "omhoog" : "omlaag"}.`);
        return;
      }
      const row = rows()[target];
      const next = row?.querySelector(`[data-row-op="${kind}"]`)
        || row?.querySelector("input:not([type=hidden]), textarea, select")
        || container.querySelector("button[data-add]");
      next.focus();
      announce({
        up: `${label} ${index + 1} staat nu op plaats ${target + 1}.`,
        down: `${label} ${index + 1} staat nu op plaats ${target + 1}.`,
        duplicate: `${label} ${index + 1} is gekopieerd naar plaats ${target + 1}.`,
        remove: `${label} ${index + 1} is verwijderd.`,
      }[kind]);
    }
    if (client.state === "ready" && (depends.has(container.dataset.repeat) || hasViews)) refresh();
  });

  function announce(text) {
    announcer.textContent = "";
    setTimeout(() => (announcer.textContent = text), 50); // a change screen readers notice
  }

  // Files: the form's own file replaces the work; other forms' files are taken in.
  async function openFiles(fileList, near) {
    try {
      await openChosen([...fileList], near); // the input's own list empties when it is reset
    } finally {
      root.dataset.opens = String(Number(root.dataset.opens || 0) + 1); // lets tests wait
    }
  }

  async function openChosen(chosen, near) {
    if (near.matches("input")) near.value = ""; // the same file can be chosen again
    const area = near.matches(".kb-file") ? root : near;
    const { read, refused } = await readFiles(chosen);
    if (read.length === 0) {
      showFileMessages(area, [...refused, NOT_CHANGED], "error");
      return;
    }
    let keuzes = {};
    for (;;) {
      const reply = await ask({ type: "open", gegevens: current(), bestanden: read, keuzes });
      if (reply.type === "question") {
        const answers = await askChoices(root, reply.conflicten);
        if (answers === null) {
          showFileMessage(area, `De bestanden zijn niet geopend. ${NOT_CHANGED}`, "warning");
          return;
        }
        keuzes = { ...keuzes, ...answers };
        continue;
      }
      if (reply.type === "error") {
        showFileMessages(area, [...refused, `${reply.tekst} ${NOT_CHANGED}`], "error");
      } else if (reply.type === "opened") {
        if (dirty && !window.confirm("Het formulier bevat al gegevens. Wilt u die vervangen door het bestand?")) {
          showFileMessage(area, `Het bestand is niet geopend. ${NOT_CHANGED}`, "warning");
          return;
        }
        await applyData(reply.gegevens);
        clearMessages(root);
        hideDraft();
        dirty = false;
        const notes = reply.meldingen.map((m) => m.tekst).join(" ");
        showFileMessage(area, `Het bestand ${read[0].naam} is geopend. ${notes}`.trim(), notes ? "warning" : "ok");
      } else if (reply.type === "updated") {
        if (reply.gegevens) {
          await applyData(reply.gegevens);
          dirty = true;
        }
        const lines = [...refused, ...reply.meldingen.map((m) => m.tekst)];
        const worst = reply.meldingen.some((m) => m.niveau === "fout") || refused.length ? "warning" : "ok";
        showFileMessages(area, reply.gegevens ? lines : [...lines, NOT_CHANGED], reply.gegevens ? worst : "error");
      }
      return;
    }
  }
  for (const input of root.querySelectorAll("input.kb-open")) {
    input.addEventListener("change", () => openFiles(input.files, input));
  }
  acceptDrops(root, openFiles);

  // A named action of the form (remove an organisation's answers, say); may ask first.
  async function runAction(button) {
    try {
      await runActionOnce(button);
    } finally {
      root.dataset.actions = String(Number(root.dataset.actions || 0) + 1); // lets tests wait
    }
  }

  async function runActionOnce(button) {
    const near = button.closest(".kb-view, .kb-section-actions") || root; // stays when a view is redrawn
    let keuzes = {};
    for (;;) {
      const reply = await ask({ type: "action", naam: button.dataset.actie, arg: button.dataset.arg || "", gegevens: current(), keuzes });
      if (reply.type === "question") {
        const chosen = await askChoices(root, reply.conflicten);
        if (chosen === null) return;
        keuzes = { ...keuzes, ...chosen };
        continue;
      }
      if (reply.type === "error") showFileMessage(near, reply.tekst, "error");
      else {
        if (reply.gegevens) {
          await applyData(reply.gegevens);
          dirty = true;
        }
        const lines = reply.meldingen.map((m) => m.tekst);
        if (lines.length) showFileMessages(near, lines, reply.meldingen.some((m) => m.niveau === "fout") ? "warning" : "ok");
        announce(lines.join(" "));
      }
      return;
    }
  }

  root.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action], button[data-actie], button[data-export], button[data-present]");
    if (!button || button.closest("dialog")) return;
    if (button.dataset.actie) return runAction(button);
    if (button.dataset.export) {
      const reply = await ask({ type: "export", document: button.dataset.export, gegevens: current() });
      if (reply.type === "document") {
        download(reply.bestandsnaam, reply.tekst, "application/json");
        showFileMessage(button, `Het bestand ${reply.bestandsnaam} staat in uw downloads.`, "ok");
      } else {
        showFileMessage(button, reply.tekst, "error");
        if (reply.meldingen) showMessages(root, reply.meldingen, { focusSummary: true }); // what to fix first
      }
      return;
    }
    if (button.dataset.present) {
      if (client.state === "ready") await refresh();
      const { present } = await import("./presenter.mjs");
      present(button.closest("[data-view]"));
      return;
    }
    const action = button.dataset.action;
    if (action === "print") window.print();
    else if (action === "clear") clearForm();
    else if (action === "download-json") {
      const reply = await ask({ type: "export", gegevens: current() });
      if (reply.type === "document") {
        download(reply.bestandsnaam, reply.tekst, "application/json");
        dirty = false;
        showFileMessage(root, `Uw gegevens staan in het bestand ${reply.bestandsnaam}.`, "ok");
      } else showFileMessage(root, reply.tekst, "error");
    } else if (action === "download-md" || action === "download-txt") {
      const formaat = action === "download-md" ? "md" : "txt";
      const reply = await ask({ type: "render", formaat, gegevens: current() });
      if (reply.type === "rendered") download(reply.bestandsnaam, reply.tekst, "text/plain;charset=utf-8");
      else showFileMessage(root, reply.tekst, "error");
    }
  });

  async function clearForm() {
    if (dirty && !window.confirm("Wilt u alles wissen wat u in dit formulier heeft ingevuld?")) return;
    base = {};
    fill(form, initial); // what a new form holds; ids the initial data lacks become empty...
    assignIds(form); // ...and new: a cleared form is new work
    if (client.state === "ready" && (dynamic.length || hasViews)) await refresh();
    clearMessages(root);
    hideDraft();
    draftBody.replaceChildren();
    dirty = false;
    autosave.forget(formulier);
    autosaveToggle.checked = false;
    showFileMessage(root, "Het formulier is leeg gemaakt. Er is niets meer bewaard in deze browser.", "ok");
  }

  window.addEventListener("beforeunload", (event) => {
    if (autosaveToggle.checked) autosave.save(formulier, current());
    else if (dirty) event.preventDefault(); // the browser asks whether to leave without saving
  });
}
