// Talks to the Python worker: request/response by id, a ready state, and a time limit so a
// worker that never starts (blocked by a server's security policy, say) becomes a clear message.

const START_LIMIT_MS = 90_000;

export class WorkerClient {
  constructor(url, { onState } = {}) {
    this.pending = new Map();
    this.nextId = 1;
    this.onState = onState || (() => {});
    this.state = "loading";
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // failures are reported through onState
    this.timer = setTimeout(
      () => this.fail("De controle startte niet binnen anderhalve minuut."),
      START_LIMIT_MS,
    );
    try {
      this.worker = new Worker(url, { type: "module" });
    } catch (err) {
      this.fail(`De controle kon niet starten (${err.message}).`);
      return;
    }
    this.worker.addEventListener("message", (event) => this.receive(event.data));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail("De controle kon niet laden.");
    });
  }

  receive(msg) {
    if (msg.type === "ready") {
      clearTimeout(this.timer);
      this.state = "ready";
      this.onState("ready", msg);
      this.resolveReady();
    } else if (msg.type === "failed") {
      this.fail(msg.tekst);
    } else if (msg.type === "progress") {
      this.onState("progress", msg);
    } else if (this.pending.has(msg.id)) {
      this.pending.get(msg.id).resolve(msg);
      this.pending.delete(msg.id);
    }
  }

  fail(reason) {
    if (this.state === "failed" || this.state === "ready") return;
    clearTimeout(this.timer);
    this.state = "failed";
    this.onState("failed", { tekst: reason });
    this.rejectReady(new Error(reason));
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }

  // Resolves with the worker's response; waits for the worker to be ready first.
  async request(payload) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...payload, id });
    });
  }
}
