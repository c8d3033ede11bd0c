// A page that hosts several forms (formlogic/templates/host.html.j2): a form that holds documents
// (the werkmap), and one at a time the forms of the documents it holds. One page, one worker:
// switching documents draws the next form (its HTML from Python, once per kind of form) and
// wires a FormApp to it; Python never restarts. What the forms know stays Python's; this module
// carries: it shows one form, puts a changed document back into the werkmap (Python's action
// 'terugzetten'), and saves the whole file like a desktop program (File System Access API where
// the browser has it, a download elsewhere), with opt-in autosave as the forms have.

import { startFormApp } from "./form-app.mjs";
import { assignIds, fill } from "./form-data.mjs";
import { clearMessages } from "./form-messages.mjs";
import { download } from "./form-buttons.mjs";
import * as autosave from "./form-autosave.mjs";

const JSON_FILES = [{ description: "Werkmap (.json)", accept: { "application/json": [".json"] } }];
const AUTOSAVE_AFTER_MS = 800;

function time() {
  return new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
}

class FormHost {
  constructor(el) {
    this.el = el;
    this.holds = el.dataset.holds; // the field of the home form that holds the documents
    this.key = el.dataset.host; // the home form's key: also its autosave key
    this.stage = el.querySelector(".kb-host-stage");
    this.nav = el.querySelector(".kb-host-nav");
    this.title = el.querySelector(".kb-host-title");
    this.bar = el.querySelector(".kb-host-bar");
    this.toggle = el.querySelector(".kb-host-autosave-toggle");
    this.home = startFormApp(this.stage.querySelector(".kb-app"));
    this.shown = null; // the document on the stage: {id, root, app, loaded}; null: the home form
    this.apps = new Map(); // id -> {root, app, formulier, loaded}: a form once drawn is kept
    this.forms = new Map(); // form key -> Promise of its HTML
    this.handle = null; // the file the user opened or saved to (File System Access API)
    this.queue = Promise.resolve(); // switches and saves run one after the other
  }

  entries() {
    return this.home.current()[this.holds] || [];
  }

  // Runs `work` after what is under way; an error says so and leaves the page usable.
  run(work) {
    this.queue = this.queue.then(work).catch((err) => this.say(`Dat lukte niet: ${err.message}`, "error"));
    return this.queue;
  }

  say(text, kind = "ok") {
    const el = this.bar.querySelector(".kb-host-message");
    el.dataset.kind = kind;
    el.textContent = text;
  }

  set unsaved(value) {
    this.el.dataset.unsaved = String(value);
    this.bar.querySelector(".kb-host-unsaved").hidden = !value;
  }

  get unsaved() {
    return this.el.dataset.unsaved === "true";
  }

  changed() {
    this.unsaved = true;
    if (!this.toggle.checked) return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => this.keep(), AUTOSAVE_AFTER_MS);
  }

  // The whole werkmap as the page has it now: the shown document's fields go into its entry
  // without asking Python (autosave and leaving the page cannot wait); Python checks it on opening.
  snapshot() {
    const data = this.home.current();
    const s = this.shown;
    if (!s?.app.dirty) return data;
    const entries = (data[this.holds] || []).map((e) => (e.id === s.id
      ? { ...e, document: { ...e.document, gegevens: s.app.current() } } : e));
    return { ...data, [this.holds]: entries };
  }

  keep() {
    if (!this.toggle.checked) return;
    if (!autosave.save(this.key, this.snapshot())) {
      this.toggle.checked = false;
      this.say("De werkmap kon niet in deze browser worden bewaard: de opslag is vol of geblokkeerd. Automatisch "
        + "bewaren staat nu uit. Sla de werkmap op als bestand.", "warning");
    }
  }

  // The home form takes data from Python without redrawing its views: they are drawn again
  // when the overview is shown, and the contents now.
  takeHome(gegevens) {
    this.home.base = gegevens;
    fill(this.home.form, gegevens);
    assignIds(this.home.form);
    this.homeStale = true;
    this.drawNav();
  }

  async drawNav() {
    const reply = await this.home.ask({ type: "refresh", gegevens: this.home.current(), weergaven: ["inhoud"] });
    if (reply.type === "refreshed" && reply.weergaven.inhoud !== undefined) this.showNav(reply.weergaven.inhoud);
  }

  // The forms of the documents in the werkmap, drawn by Python while the user reads: the first
  // switch to a kind of document then only fills it (the interventiematrix's form took 0.75 s).
  prefetch() {
    clearTimeout(this.prefetchTimer);
    this.prefetchTimer = setTimeout(() => {
      for (const formulier of new Set(this.entries().map((e) => e.document?.formulier))) {
        if (typeof formulier === "string") this.formHtml(formulier).catch(() => {});
      }
    }, 400);
  }

  showNav(html) {
    this.nav.innerHTML = html; // Python's template, autoescaped
    this.markNav();
    this.prefetch();
  }

  markNav() {
    const current = this.shown?.id || "";
    for (const button of this.nav.querySelectorAll("button[data-actie]")) {
      if (button.dataset.arg === current) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }

  mount(root, title) {
    if (this.stage.firstElementChild !== root) this.stage.replaceChildren(root);
    this.title.textContent = title;
    this.el.dataset.shown = this.shown?.id || "";
    this.markNav();
  }

  formHtml(formulier) {
    if (!this.forms.has(formulier)) {
      this.forms.set(formulier, this.home.ask({ type: "form", formulier, ingebed: true }).then((reply) => {
        if (reply.type !== "form") {
          this.forms.delete(formulier);
          throw new Error(reply.tekst);
        }
        return reply.html;
      }));
    }
    return this.forms.get(formulier);
  }

  // The shown document's changes go back into the werkmap (Python normalizes and dates it).
  async putBack() {
    const s = this.shown;
    if (!s?.app.dirty) return;
    const reply = await this.home.ask({ type: "action", naam: "terugzetten", arg: s.id, document: s.app.current(),
      gegevens: this.home.current() });
    if (reply.type === "error") throw new Error(reply.tekst);
    if (reply.gegevens) this.takeHome(reply.gegevens);
    s.app.dirty = false;
    s.loaded = JSON.stringify(this.entries().find((e) => e.id === s.id)?.document.gegevens);
  }

  // Shows a document (id) or the overview (""). `filled`: Python's 'openen' already ran (the
  // werkmap filled the document's empty fields from what it knows).
  show(id, { filled = false, focus = true } = {}) {
    return this.run(async () => {
      const started = performance.now();
      this.steps = {};
      await this.putBack();
      this.step("terugzetten", started);
      if (!id) {
        this.shown = null;
        this.mount(this.home.root, "Overzicht");
        if (this.homeStale) {
          this.homeStale = false;
          await this.home.refresh();
        }
      } else {
        const kept = this.apps.get(id);
        const basics = this.basics();
        // 'openen' fills the document's empty fields from the werkmap: needed once, and again
        // only when what the werkmap knows has changed since (a kept form is shown at once).
        if (!filled && !(kept && kept.basics === basics && kept.loaded === this.loadedOf(id))) {
          const reply = await this.home.ask({ type: "action", naam: "openen", arg: id, gegevens: this.home.current() });
          if (reply.type === "error" || (reply.meldingen || []).some((m) => m.niveau === "fout")) {
            return this.say(reply.tekst || reply.meldingen.map((m) => m.tekst).join(" "), "error");
          }
          if (reply.gegevens) {
            this.takeHome(reply.gegevens);
            this.changed();
          }
        }
        this.step("openen", started);
        await this.showDocument(id, started);
        this.apps.get(id).basics = basics;
      }
      this.el.dataset.switchMs = String(Math.round(performance.now() - started)); // for benchmarks/
      this.el.dataset.switchSteps = JSON.stringify(this.steps);
      this.el.dataset.switches = String(Number(this.el.dataset.switches || 0) + 1);
      if (focus) this.title.focus();
    });
  }

  // What the werkmap knows besides its documents (what 'openen' fills from), as text.
  basics() {
    const { [this.holds]: _documents, ...rest } = this.home.current();
    return JSON.stringify(rest);
  }

  loadedOf(id) {
    return JSON.stringify(this.entries().find((e) => e.id === id)?.document.gegevens);
  }

  // How long a switch took up to each step, for benchmarks/ (data-switch-steps).
  step(name, since) {
    this.steps[name] = Math.round(performance.now() - since);
  }

  async showDocument(id, started = performance.now()) {
    const entry = this.entries().find((e) => e.id === id);
    if (!entry) throw new Error("dit document staat niet (meer) in de werkmap");
    const doc = entry.document;
    let kept = this.apps.get(id);
    if (kept && kept.formulier !== doc.formulier) {
      kept.app.unwatch?.();
      kept = null;
    }
    if (!kept) {
      const holder = document.createElement("div");
      holder.innerHTML = await this.formHtml(doc.formulier); // Python's template, autoescaped
      this.step("formulier", started);
      kept = { root: holder.firstElementChild, formulier: doc.formulier, loaded: null };
      kept.app = startFormApp(kept.root);
      this.apps.set(id, kept);
    }
    this.shown = Object.assign(kept, { id });
    const label = this.nav.querySelector(`button[data-arg="${CSS.escape(id)}"]`)?.textContent;
    this.mount(kept.root, label || kept.root.dataset.titel);
    const loaded = JSON.stringify(doc.gegevens);
    if (kept.loaded !== loaded) { // new, or the werkmap changed it (answers taken in, say)
      clearMessages(kept.root);
      await this.quietly(() => kept.app.applyData(doc.gegevens));
      kept.app.dirty = false;
      kept.loaded = loaded;
      this.step("gegevens", started);
    }
  }

  // Forget every drawn document (another werkmap was opened, or a new one begun).
  reset(gegevens) {
    for (const { app } of this.apps.values()) app.unwatch?.();
    this.apps.clear();
    this.shown = null;
    this.mount(this.home.root, "Overzicht");
    clearMessages(this.home.root);
    this.home.hideDraft();
    return this.quietly(() => this.home.applyData(gegevens)).then(() => {
      this.home.dirty = false;
    });
  }

  // Data the host itself puts into a form is no change of the user's.
  async quietly(work) {
    this.loading = true;
    try {
      return await work();
    } finally {
      this.loading = false;
    }
  }

  // --- Saving like a desktop program ----------------------------------------------------

  async fileText() {
    await this.putBack();
    const reply = await this.home.ask({ type: "export", gegevens: this.home.current() });
    if (reply.type !== "document") throw new Error(reply.tekst);
    return reply;
  }

  save({ as = false } = {}) {
    return this.run(async () => {
      const { bestandsnaam, tekst } = await this.fileText();
      if (window.showSaveFilePicker) {
        let handle = as ? null : this.handle;
        if (!handle) {
          try {
            handle = await window.showSaveFilePicker({ suggestedName: bestandsnaam, types: JSON_FILES });
          } catch (err) {
            if (err.name === "AbortError") return this.say("Niet opgeslagen: u koos geen bestand.", "warning");
            throw err;
          }
        }
        const writable = await handle.createWritable();
        await writable.write(tekst);
        await writable.close();
        this.handle = handle;
        this.setFileName(`Opgeslagen in ${handle.name} om ${time()}.`);
        this.say(`De werkmap is opgeslagen in ${handle.name}.`);
      } else {
        download(bestandsnaam, tekst, "application/json");
        this.setFileName(`Gedownload als ${bestandsnaam} om ${time()}.`);
        this.say(`De werkmap staat in uw downloads als ${bestandsnaam}.`);
      }
      this.unsaved = false;
      this.home.dirty = false;
      this.el.dataset.saves = String(Number(this.el.dataset.saves || 0) + 1);
    });
  }

  setFileName(text) {
    this.bar.querySelector(".kb-host-file-name").textContent = text;
  }

  leaveUnsaved(what) {
    return !this.unsaved || window.confirm(`De werkmap heeft wijzigingen die nog niet zijn opgeslagen. Wilt u toch ${what}?`);
  }

  open() {
    if (!this.leaveUnsaved("een andere werkmap openen")) return;
    if (!window.showOpenFilePicker) {
      this.bar.querySelector("input.kb-host-open").click(); // the browser's own file choice
      return;
    }
    this.run(async () => {
      let handle;
      try {
        [handle] = await window.showOpenFilePicker({ types: JSON_FILES, multiple: false });
      } catch (err) {
        if (err.name === "AbortError") return;
        throw err;
      }
      const file = await handle.getFile();
      await this.openText(file.name, await file.text(), handle);
    });
  }

  async openText(naam, tekst, handle = null) {
    const reply = await this.home.ask({ type: "open", gegevens: {}, bestanden: [{ naam, tekst }] });
    if (reply.type === "error") return this.say(`${reply.tekst} De werkmap op het scherm is niet veranderd.`, "error");
    if (reply.type !== "opened" || reply.formulier !== this.key) {
      return this.say(`${naam} is geen werkmap. Zet het bestand bij Documenten in de werkmap: dan komt het op de `
        + "goede plek. De werkmap op het scherm is niet veranderd.", "warning");
    }
    await this.reset(reply.gegevens);
    this.handle = handle;
    this.unsaved = false;
    this.keep();
    const notes = reply.meldingen.map((m) => m.tekst).join(" ");
    this.setFileName(handle ? `Geopend: ${naam}. Opslaan bewaart de wijzigingen in dit bestand.` : `Geopend: ${naam}.`);
    this.say(`De werkmap ${naam} is geopend. ${notes}`.trim(), notes ? "warning" : "ok");
  }

  fresh() {
    if (!this.leaveUnsaved("een nieuwe werkmap beginnen")) return;
    this.run(async () => {
      await this.reset(this.home.initial);
      this.handle = null;
      this.unsaved = false;
      this.keep();
      this.setFileName("Nog niet opgeslagen.");
      this.say("Een nieuwe, lege werkmap.");
    });
  }

  // After the retention date: the browser's copy goes (the file on the computer is the user's to destroy).
  wipe() {
    if (!window.confirm("Wilt u de werkmap uit deze browser wissen? Wat niet in een bestand staat, is dan weg.")) return;
    this.run(async () => {
      autosave.forget(this.key);
      this.toggle.checked = false;
      await this.reset(this.home.initial);
      this.handle = null;
      this.unsaved = false;
      this.setFileName("Gewist.");
      this.bar.querySelector(".kb-host-destroy").hidden = true;
      this.say("De werkmap is uit deze browser gewist. Vernietig nu ook het bestand op uw computer en de kopieën "
        + "ervan (downloads, e-mail).");
    });
  }
}

function wireBar(host) {
  host.bar.addEventListener("click", (event) => {
    const action = event.target.closest("button[data-host-action]")?.dataset.hostAction;
    if (action === "save") host.save();
    else if (action === "save-as") host.save({ as: true });
    else if (action === "open") host.open();
    else if (action === "new") host.fresh();
    else if (action === "wipe") host.wipe();
  });
  const input = host.bar.querySelector("input.kb-host-open");
  input.addEventListener("change", () => {
    const [file] = input.files;
    input.value = "";
    if (file) host.run(async () => host.openText(file.name, await file.text()));
  });
}

function wireStage(host) {
  host.nav.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-actie]");
    if (button) host.show(button.dataset.arg || "");
  });
  // Python asks to show a document (one just made, or opened from a list in the overview).
  host.home.root.addEventListener("kb-toon", (event) => host.show(event.detail, { filled: true }));
  host.home.root.addEventListener("kb-refreshed", (event) => {
    if (event.detail.weergaven.inhoud !== undefined) host.showNav(event.detail.weergaven.inhoud);
  });
  host.home.root.addEventListener("kb-checked", (event) => {
    const text = event.detail.afgeleid?.vernietigen;
    const box = host.bar.querySelector(".kb-host-destroy");
    box.hidden = !text;
    if (text) box.querySelector(".kb-host-destroy-text").textContent = text;
  });
  // Any change in the shown form, or in the werkmap's own fields, is unsaved work.
  for (const type of ["input", "change"]) {
    host.stage.addEventListener(type, (event) => {
      if (event.target.type !== "file") host.changed();
    });
  }
  host.stage.addEventListener("click", (event) => { // rows added, moved or removed
    if (event.target.closest("button[data-add], button[data-row-op]")) host.changed();
  });
  // Data a form takes from Python (a file dropped, an action, rows): a change too.
  host.stage.addEventListener("kb-data", () => {
    if (!host.loading) host.changed();
  });
}

function wireAutosave(host) {
  const saved = autosave.loadSaved(host.key);
  if (saved?.verlopen) {
    host.say(`De werkmap die deze browser bewaarde (${autosave.savedAtText(saved.opgeslagen)}) was ouder dan `
      + `${autosave.KEEP_DAYS} dagen. Die is uit deze browser gewist.`, "warning");
  } else if (saved?.gegevens) {
    host.toggle.checked = true;
    host.run(() => host.reset(saved.gegevens));
    host.setFileName(`Teruggezet uit deze browser (${autosave.savedAtText(saved.opgeslagen)}). Nog niet opgeslagen als bestand.`);
    host.unsaved = true;
  }
  host.toggle.addEventListener("change", () => {
    if (host.toggle.checked) {
      host.keep();
      if (host.toggle.checked) host.say("De werkmap wordt nu ook in deze browser bewaard.");
    } else {
      autosave.forget(host.key);
      host.say("De werkmap is uit deze browser gewist. Het bestand op uw computer blijft.");
    }
  });
  window.addEventListener("beforeunload", (event) => {
    if (host.toggle.checked) host.keep();
    else if (host.unsaved) event.preventDefault(); // the browser asks whether to leave without saving
  });
}

export function startFormHost(el) {
  const host = new FormHost(el);
  wireBar(host);
  wireStage(host);
  wireAutosave(host);
  if (!host.el.dataset.shown) host.mount(host.home.root, "Overzicht");
  host.home.client.ready.then(() => host.drawNav(), () => {});
  el.dataset.hostWired = "true"; // for tests: the bar and the contents answer from now on
  return host;
}
