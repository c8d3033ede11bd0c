// Wires one form on the page to the Python logic in the worker.
// The page works before Python does: fields accept typing at once, requests wait until the
// worker is ready, and a failure to load becomes a visible message; typed text always stays.
// Everything a form knows (checks, merging files, views, drafts) is Python's: this code
// collects the fields, sends a request, and shows the reply. The behaviours live in small
// modules that share one FormApp: rows, files, buttons.

import { pythonClient } from "./worker-client.mjs";
import { assignIds, collect, fill, fillWithin } from "./form-data.mjs";
import { clearMessages, showDerived, showFileMessage, showMessages } from "./form-messages.mjs";
import * as autosave from "./form-autosave.mjs";
import { wireRows } from "./form-rows.mjs";
import { drawOverviews } from "./form-overview.mjs";
import { wireFiles } from "./form-files.mjs";
import { wireButtons } from "./form-buttons.mjs";

const STATUS = {
  loading: "De controle laadt op de achtergrond. U kunt al typen.",
  slow: "De controle laadt nog. Dat duurt de eerste keer wat langer. U kunt gewoon verder typen.",
  ready: "De controle is klaar. Wat u invult, blijft in deze browser.",
  waiting: "Even geduld: de controle laadt nog. Daarna gaat uw verzoek vanzelf verder.",
  restarting: "De controle liep vast en start opnieuw. Uw tekst blijft staan; wat u vroeg, gaat daarna vanzelf verder.",
  hung: "De controle liep vast en start opnieuw. Uw tekst blijft staan.",
};

// Whether anything differs from how the page was built: typing can start before this code runs.
function typedInto(form) {
  return [...form.elements].some((el) => {
    if (el.type === "radio" || el.type === "checkbox") return el.checked !== el.defaultChecked;
    return "defaultValue" in el && el.type !== "file" && el.type !== "hidden" && el.value !== el.defaultValue;
  });
}

// The local date and time as Python writes them in a saved file: "2026-12-03T20:15:00".
function localStamp() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const localDate = () => localStamp().slice(0, 10);

export class FormApp {
  constructor(root) {
    this.root = root;
    this.formulier = root.dataset.formulier;
    this.initial = JSON.parse(root.dataset.initial || "{}");
    this.form = root.querySelector("form.kb-form");
    this.draft = root.querySelector(".kb-draft");
    this.autosaveToggle = root.querySelector("input.kb-autosave-toggle");
    this.dynamic = [...root.querySelectorAll("[data-dynamic]")];
    this.depends = new Set(this.dynamic.flatMap((el) => el.dataset.depends.split(" ").filter(Boolean)));
    this.hasViews = root.querySelector("[data-view]") !== null;
    this.base = {}; // data the page carries but does not show (e.g. answers taken in from files)
    this.dirty = false;
    this.drawn = new Map(); // dynamic container -> the HTML it shows, so an unchanged one stays
    this.retryWaiters = []; // requests that hung, waiting for "Probeer opnieuw"
    assignIds(this.form);
    this.client = pythonClient(); // usually started by the page's head already (hooks/form_start.py)
    this.slowTimer = setTimeout(() => {
      if (this.client.state === "loading") this.setStatus("loading", STATUS.slow);
    }, 10_000);
  }

  get ready() {
    return this.client.state === "ready";
  }

  // Everything the form holds: what is typed, over what it carries.
  current() {
    return { ...this.base, ...collect(this.form) };
  }

  // Counters on the form's root that tests and benchmarks wait for.
  count(name) {
    this.root.dataset[name] = String(Number(this.root.dataset[name] || 0) + 1);
  }

  setStatus(state, text) {
    const el = this.root.querySelector(".kb-status");
    el.dataset.state = state;
    el.querySelector(".kb-status-text").textContent = text;
  }

  onState(state, msg) {
    clearTimeout(this.slowTimer);
    if (state === "ready") {
      this.setStatus("ready", STATUS.ready);
      this.root.dataset.ready = "true";
      // For tests and benchmarks/: when the form could use Python, where Python came from
      // ("bewaard", "snapshot" or "start"), and when the worker began and its steps took.
      this.root.dataset.readyAfterMs = String(Math.round(performance.now()));
      this.root.dataset.pythonFrom = msg.van || "";
      this.root.dataset.pythonMarks = JSON.stringify({ ...msg.marks, worker: Math.round(msg.arrivedMs - msg.ms) });
      if (this.dynamic.length || this.hasViews) this.refresh();
      if (this.dirty || typedInto(this.form)) { // warnings for what was typed while Python loaded
        this.dirty = true;
        this.liveCheck();
      }
    } else if (state === "restarting") {
      this.setStatus("loading", msg.vastgelopen ? STATUS.hung : STATUS.restarting);
      this.count("restarts");
    } else if (state === "failed") {
      this.setStatus("failed", `${msg.tekst} Uw tekst blijft staan. Herlaad de pagina om het opnieuw te proberen; ` +
        "lukt het niet, vraag dan uw ICT-afdeling om hulp (zie de pagina Hosten op een intranet).");
    }
  }

  // When Python never arrived: what is typed, in the file layout Python writes
  // (formlogic/document.py), so the form checks and opens it later like any other.
  documentWithoutPython() {
    const opgeslagen = localStamp();
    const doc = { formulier: this.formulier, versie: Number(this.root.dataset.versie), opgeslagen, gegevens: this.current() };
    return { bestandsnaam: `${this.formulier}-${opgeslagen.slice(0, 10)}.json`, tekst: JSON.stringify(doc, null, 2) + "\n" };
  }

  request(payload) {
    return this.client.request({ formulier: this.formulier, vandaag: localDate(), ...payload });
  }

  // Runs a request; while Python loads, says so. Errors become a reply, never a lost form.
  // A request that hung (the worker is replaced meanwhile) waits for the user's "Probeer
  // opnieuw" and is then asked again, so what the user asked for still happens.
  async ask(payload) {
    for (;;) {
      if (this.client.state === "loading") this.setStatus("loading", STATUS.waiting);
      else if (this.client.state === "restarting") this.setStatus("loading", STATUS.restarting);
      try {
        const reply = await this.request(payload);
        if (this.ready) this.setStatus("ready", STATUS.ready);
        // An answer after a live check hung: the page works again and nothing waits to be asked
        // again, so "Probeer opnieuw" has nothing left to do.
        const hung = this.root.querySelector(".kb-hung");
        if (hung && !this.retryWaiters.length) hung.hidden = true;
        if (reply.ms !== undefined) this.root.dataset[`ms${payload.type}`] = String(reply.ms); // for benchmarks/
        return reply;
      } catch (err) {
        if (!err.vastgelopen) return { type: "error", tekst: err.message };
        await new Promise((resolve) => {
          this.retryWaiters.push(resolve);
          this.showHung(err.message);
        });
      }
    }
  }

  // Says that a request hung, beside the status line, with a button to ask again. Takes the
  // focus only from a button (the user just asked for something), never from a field being typed in.
  showHung(text) {
    let box = this.root.querySelector(".kb-hung");
    if (!box) {
      box = Object.assign(document.createElement("div"), { className: "kb-hung", role: "alert" });
      box.append(Object.assign(document.createElement("p"), { className: "kb-hung-text" }),
        Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: "Probeer opnieuw" }));
      box.querySelector("button").addEventListener("click", () => {
        box.hidden = true;
        const waiting = this.retryWaiters.splice(0);
        for (const resolve of waiting) resolve();
        if (!waiting.length) this.liveCheck();
      });
      this.root.querySelector(".kb-status").after(box);
    }
    box.querySelector(".kb-hung-text").textContent = `${text} Klik op 'Probeer opnieuw' om het nog een keer te vragen.`;
    box.hidden = false;
    this.count("hung");
    const active = document.activeElement;
    if (!active || active === document.body || active.matches("button")) {
      box.scrollIntoView({ block: "center" });
      box.querySelector("button").focus();
    }
  }

  // Data-dependent fields and views, drawn again by Python for the data as it is now.
  // `data` given: the form takes it (a file was opened). Otherwise what the user typed while
  // the request was under way wins: values are collected again when the reply arrives.
  async refresh(data) {
    const reply = await this.ask({ type: "refresh", gegevens: data || this.current() });
    if (reply.type !== "refreshed") return;
    const values = data || this.current();
    for (const el of this.dynamic) {
      const html = reply.velden[el.dataset.dynamic];
      if (html === undefined || this.drawn.get(el) === html) continue;
      const focusedId = el.contains(document.activeElement) ? document.activeElement.id : null;
      el.innerHTML = html; // built by Python's templates, autoescaped
      this.drawn.set(el, html);
      fillWithin(el, values);
      if (focusedId) document.getElementById(focusedId)?.focus();
    }
    for (const [name, html] of Object.entries(reply.weergaven)) {
      const body = this.root.querySelector(`[data-view="${CSS.escape(name)}"] .kb-view-body`);
      if (!body) continue; // a view the page shows elsewhere (a host's contents): see the event below
      const focused = body.contains(document.activeElement) ? document.activeElement : null;
      const again = focused?.dataset.actie
        ? `[data-actie="${CSS.escape(focused.dataset.actie)}"][data-arg="${CSS.escape(focused.dataset.arg || "")}"]` : null;
      body.innerHTML = html; // built by Python's templates, autoescaped
      if (again) (body.querySelector(again) || body.closest("[data-view]")).focus?.();
    }
    this.count("refreshes");
    this.root.dispatchEvent(new CustomEvent("kb-refreshed", { detail: reply })); // for a page that hosts this form
  }

  // The whole form takes new data from Python (a file opened, answers merged, the example).
  // Text that came in this way gets the warnings typed text gets, beside its fields (the live
  // check runs after the caller has cleared the old messages).
  async applyData(gegevens) {
    this.base = gegevens;
    await this.refresh(gegevens);
    fill(this.form, gegevens);
    assignIds(this.form);
    drawOverviews(this.form);
    this.showExampleMark();
    this.saveIfOn();
    if (this.ready) this.liveCheck();
    this.root.dispatchEvent(new CustomEvent("kb-data", { bubbles: true })); // for a page that hosts this form
  }

  // An example (or a file saved from one) says so on the page too, until the form is cleared.
  showExampleMark() {
    const mark = this.root.querySelector(".kb-example-mark");
    if (mark) mark.hidden = !this.base.voorbeeld;
  }

  saveIfOn() {
    if (!this.autosaveToggle?.checked || autosave.save(this.formulier, this.current())) return;
    this.autosaveToggle.checked = false; // the browser refused: say so once, keep the form as it is
    showFileMessage(this.root, "Uw invoer kon niet in deze browser worden bewaard: de opslag is vol of "
      + "geblokkeerd. Bewaren staat nu uit. Download uw gegevens om ze te bewaren.", "warning");
  }

  announce(text) {
    const el = this.root.querySelector(".kb-announce");
    el.textContent = "";
    setTimeout(() => (el.textContent = text), 50); // a change screen readers notice
  }

  hideDraft() {
    this.draft.hidden = true;
    this.root.classList.remove("kb-has-draft");
  }

  async checkForm({ focus }) {
    const reply = await this.ask({ type: "check", gegevens: this.current() });
    this.count("checks");
    if (reply.type === "error") {
      showMessages(this.root, [{ niveau: "fout", tekst: reply.tekst, id: null }], { focusSummary: false });
      return reply;
    }
    showMessages(this.root, reply.meldingen, { focusSummary: focus && !reply.ok });
    showDerived(this.root, reply.afgeleid);
    this.root.dispatchEvent(new CustomEvent("kb-checked", { detail: reply }));
    if (reply.concept) {
      this.draft.querySelector(".kb-draft-body").innerHTML = reply.concept.html; // Python, autoescaped
      this.draft.hidden = false;
      this.root.classList.add("kb-has-draft");
      if (focus) this.draft.querySelector("#kb-draft-title").focus();
    } else if (focus) this.hideDraft();
    return reply;
  }

  // Warnings (privacy, age) and the confirm-by date update as the user leaves a field;
  // errors wait for an explicit check, so nobody is scolded halfway through typing.
  liveCheck() {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(async () => {
      let reply;
      try {
        reply = await this.request({ type: "check", gegevens: this.current() });
      } catch (err) {
        if (err.vastgelopen) this.showHung(err.message); // "Probeer opnieuw" checks again
        return;
      }
      if (reply.type !== "checked") return;
      const summaryShown = !this.root.querySelector(".kb-error-summary").hidden;
      const shown = summaryShown ? reply.meldingen : reply.meldingen.filter((m) => m.niveau !== "fout");
      showMessages(this.root, shown, { focusSummary: false });
      showDerived(this.root, reply.afgeleid);
      this.count("liveChecks");
      this.root.dispatchEvent(new CustomEvent("kb-checked", { detail: reply }));
    }, 250);
  }

  // After a change to `name` (a field's top-level name): warnings, and the parts that follow it.
  changed(name) {
    this.dirty = true;
    if (!this.ready) return;
    this.liveCheck();
    if (this.depends.has(name) || this.hasViews) {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => this.refresh(), 300);
    }
  }

  async clear() {
    if (this.dirty && !window.confirm("Wilt u alles wissen wat u in dit formulier heeft ingevuld?")) return;
    this.base = {};
    this.showExampleMark();
    fill(this.form, this.initial); // what a new form holds; ids the initial data lacks become empty...
    assignIds(this.form); // ...and new: a cleared form is new work
    drawOverviews(this.form);
    if (this.ready && (this.dynamic.length || this.hasViews)) await this.refresh();
    clearMessages(this.root);
    this.hideDraft();
    this.draft.querySelector(".kb-draft-body").replaceChildren();
    this.dirty = false;
    if (this.autosaveToggle) { // a form hosted by another page keeps nothing of its own
      autosave.forget(this.formulier);
      this.autosaveToggle.checked = false;
    }
    showFileMessage(this.root, "Het formulier is leeg gemaakt. Er is niets meer bewaard in deze browser.", "ok");
  }
}

// The check button is type="button": a form that can be submitted would, before this code is
// there (a slow connection), send what was typed to the server in the URL.
function wireTyping(app) {
  app.form.addEventListener("submit", (event) => event.preventDefault());
  app.root.querySelector("button.kb-check").addEventListener("click", () => app.checkForm({ focus: true }));
  app.form.addEventListener("change", (event) => {
    if (event.target.type === "file") return; // choosing a file changes nothing typed
    app.changed((event.target.name || "").split(".")[0]);
  });
  let saveTimer;
  app.form.addEventListener("input", (event) => {
    if (event.target.type === "file") return;
    app.dirty = true;
    if (!app.autosaveToggle?.checked) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => app.saveIfOn(), 400);
  });
}

// Autosave: restore what this browser kept, if the user switched it on earlier.
function wireAutosave(app) {
  const saved = autosave.loadSaved(app.formulier);
  if (saved?.verlopen) {
    showFileMessage(app.root, `Uw bewaarde invoer van ${autosave.savedAtText(saved.opgeslagen)} was ouder dan `
      + `${autosave.KEEP_DAYS} dagen. Die is uit deze browser gewist.`, "warning");
  } else if (saved && saved.gegevens) {
    app.autosaveToggle.checked = true;
    app.base = saved.gegevens;
    fill(app.form, saved.gegevens);
    assignIds(app.form);
    drawOverviews(app.form);
    showFileMessage(app.root, `Uw invoer van ${autosave.savedAtText(saved.opgeslagen)} is teruggezet uit deze browser.`, "ok");
  }
  app.autosaveToggle.addEventListener("change", () => {
    if (app.autosaveToggle.checked) {
      const ok = autosave.save(app.formulier, app.current());
      showFileMessage(app.root, ok ? "Uw invoer wordt nu bewaard in deze browser." :
        "Deze browser staat bewaren niet toe. Download uw gegevens om ze te bewaren.", ok ? "ok" : "warning");
      if (!ok) app.autosaveToggle.checked = false;
    } else {
      autosave.forget(app.formulier);
      showFileMessage(app.root, "De bewaarde invoer is uit deze browser gewist.", "ok");
    }
  });
  window.addEventListener("beforeunload", (event) => {
    if (app.autosaveToggle.checked) app.saveIfOn();
    else if (app.dirty) event.preventDefault(); // the browser asks whether to leave without saving
  });
}

// `root` may also be a form a host page drew at run time (form-host.mjs): that form has no
// autosave of its own (the host keeps the whole file), and it talks to the page's one worker.
export function startFormApp(root) {
  const app = new FormApp(root);
  wireTyping(app);
  if (app.autosaveToggle) wireAutosave(app);
  wireRows(app);
  wireFiles(app);
  wireButtons(app);
  // Last: Python may be ready already, and its first refresh must see the restored form.
  app.unwatch = app.client.watch((state, msg) => app.onState(state, msg));
  root.dataset.wired = "true"; // for tests: the buttons answer from now on
  return app;
}
