// Talks to the Python worker: request/response by id, a ready state, and a time limit so a
// worker that never starts (blocked by a server's security policy, say) becomes a clear message.
// A worker that dies after it was ready (the browser reports an error, or Python's runtime
// breaks) is replaced by a new one, and the requests it had not answered go to the new one:
// the typed data lives in the page, so nothing is lost. After a few restarts the client gives up.
// A page has one worker (pythonClient): the page's head starts it before the form code loads
// (hooks/form_start.py), and every form on the page talks to that one.
//
// A request that never answers (a loop in Python, a stuck worker) is given up after a time
// limit: it fails with a Dutch message (error.vastgelopen), the worker is replaced, and the
// other requests go to the new one. The limits are far above the slowest legitimate request
// measured (in Pyodide under Node on 2 busy cores: a check of a 500-row matrix 2.7 s, its draft
// for Word 2.2 s, a check of a megabyte of text 3.4 s, opening the 500-row matrix 0.7 s); a file
// open may be up to 100 files of 2 MB, so it gets more.

const START_LIMIT_MS = 90_000;
const MAX_RESTARTS = 3;
export const REQUEST_LIMIT_MS = { open: 120_000, render: 60_000, export: 60_000, other: 30_000 };

export class WorkerClient {
  constructor(url) {
    this.url = url;
    this.pending = new Map(); // id -> { resolve, reject, payload, tries }
    this.nextId = 1;
    this.watchers = [];
    this.last = null; // the last state change, for a watcher that comes later
    this.restarts = 0;
    this.state = "loading";
    this.start();
  }

  // Calls `watcher(state, message)` on every change, and at once with what already happened:
  // the worker may be ready (or have failed) before the form's code has loaded.
  // Returns a function that stops the calls (a hosted form that is dropped).
  watch(watcher) {
    this.watchers.push(watcher);
    if (this.last) watcher(...this.last);
    return () => (this.watchers = this.watchers.filter((w) => w !== watcher));
  }

  onState(state, msg) {
    if (state !== "progress") this.last = [state, msg];
    for (const watcher of this.watchers) watcher(state, msg);
  }

  start() {
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // failures are reported through onState
    this.timer = setTimeout(
      () => this.fail("De controle startte niet binnen anderhalve minuut."),
      START_LIMIT_MS,
    );
    // The first worker may have been started by the page's head already (hooks/form_start.py),
    // which kept what it said until now; a restart, or a page without that script, starts one.
    const early = this.restarts === 0 ? takeEarlyWorker() : null;
    try {
      this.worker = early ? early.worker : new Worker(this.url, { type: "module" });
    } catch (err) {
      this.fail(`De controle kon niet starten (${err.message}).`);
      return;
    }
    const worker = this.worker;
    const onMessage = (event) => worker === this.worker && this.receive(event.data, event.timeStamp);
    const onError = (event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      if (this.state === "ready") this.restart();
      else this.fail("De controle kon niet laden.");
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    for (const event of early?.said || []) (event.type === "error" ? onError : onMessage)(event);
  }

  // A new worker for one that died or hung; unanswered requests are sent again once it is ready.
  restart(msg = {}) {
    this.worker?.terminate();
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    if (this.restarts >= MAX_RESTARTS) {
      this.fail("De controle liep steeds vast.");
      return;
    }
    this.restarts += 1;
    this.state = "restarting";
    this.onState("restarting", msg);
    this.start();
    this.ready.then(() => {
      for (const [id, entry] of this.pending) this.send(id, entry);
    }, () => {});
  }

  // Posts a request and starts its time limit.
  send(id, entry) {
    const limit = REQUEST_LIMIT_MS[entry.payload.type] || REQUEST_LIMIT_MS.other;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.hung(id, limit), limit);
    this.worker.postMessage({ ...entry.payload, id });
  }

  // The request did not answer within its limit: it fails, and a fresh worker takes the rest.
  hung(id, limit) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    const seconds = Math.round(limit / 1000);
    const error = new Error(`De controle gaf na ${seconds} seconden nog geen antwoord en is opnieuw gestart. ` +
      "Uw tekst blijft staan.");
    error.vastgelopen = true;
    entry.reject(error);
    this.restart({ vastgelopen: true, seconden: seconds });
  }

  receive(msg, arrivedMs = performance.now()) {
    if (msg.type === "ready") {
      msg.arrivedMs = arrivedMs; // for benchmarks/: also right when the head's script kept it
      clearTimeout(this.timer);
      this.state = "ready";
      this.onState("ready", msg);
      this.resolveReady();
    } else if (msg.type === "failed") {
      this.fail(msg.tekst);
    } else if (msg.type === "progress") {
      this.onState("progress", msg);
    } else if (msg.type === "crashed" && this.pending.has(msg.id)) {
      // Python's runtime broke on this request. Once more on a fresh worker; if the same
      // request breaks that one too, it is this request: answer with the error, keep the worker.
      const entry = this.pending.get(msg.id);
      if (entry.tries++ >= 1) {
        this.pending.delete(msg.id);
        entry.resolve({ type: "error", tekst: msg.tekst });
      }
      this.restart();
    } else if (this.pending.has(msg.id)) {
      const entry = this.pending.get(msg.id);
      clearTimeout(entry.timer);
      this.pending.delete(msg.id);
      entry.resolve(msg);
    }
  }

  fail(reason) {
    if (this.state === "failed") return; // once; a worker that dies when ready is restarted instead
    clearTimeout(this.timer);
    this.state = "failed";
    this.onState("failed", { tekst: reason });
    const error = new Error(reason);
    this.rejectReady(error);
    this.ready = Promise.reject(error); // also when it was ready once: later requests fail, not hang
    this.ready.catch(() => {});
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error(reason));
    }
    this.pending.clear();
  }

  // Resolves with the worker's response; waits for the worker to be ready first.
  async request(payload) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject, payload, tries: 0, timer: null };
      this.pending.set(id, entry);
      this.send(id, entry);
    });
  }
}

// The worker the head's inline script started, with the events it kept; taken once.
function takeEarlyWorker() {
  const early = globalThis.kbPythonStart;
  if (!early?.worker) return null;
  delete globalThis.kbPythonStart;
  early.worker.onmessage = early.worker.onerror = null;
  return early;
}

let pageClient = null;

// The page's one worker for the form logic; the first call starts it.
export function pythonClient() {
  pageClient ??= new WorkerClient(new URL("./pyodide-worker.mjs", import.meta.url));
  return pageClient;
}
