// Module worker: loads Pyodide and the formlogic bundle from this site only (never a CDN),
// then answers requests with formlogic.bridge.handle(). Requests that arrive while Python
// loads wait in a queue. All paths are relative to this file, so the site works under a sub-path.
//
// Fast start: the build leaves a memory snapshot of Python with formlogic already imported
// (tools/sitebuild/snapshot.py). Restoring it skips starting Python and importing. It is only
// an optimisation: when it is missing, damaged, or made by another Pyodide, the worker starts
// the normal way. A snapshot holds Python's memory, not its files: the bundle is unpacked again.

const ASSETS = new URL("../", import.meta.url);
const LIB = "/home/pyodide/lib";
const queue = [];
let handle = null;

async function bytes(url, what) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} ${response.status}`);
  return response.arrayBuffer();
}

// loadPyodide() never settles when the wasm is missing: ask the server first, in parallel.
async function wasmThere(base) {
  const response = await fetch(new URL("pyodide.asm.wasm", base), { method: "HEAD" });
  if (!response.ok) throw new Error(`pyodide.asm.wasm ${response.status}`);
}

async function start(loadPyodide, indexURL, snapshot) {
  const quiet = { indexURL, stdout: () => {}, stderr: () => {} };
  if (snapshot) {
    try {
      return { pyodide: await loadPyodide({ ...quiet, _loadSnapshot: await snapshot }), from: "snapshot" };
    } catch {
      /* missing, damaged or from another Pyodide: start the normal way below */
    }
  }
  return { pyodide: await loadPyodide(quiet), from: "start" };
}

async function boot() {
  const started = performance.now();
  const manifestResponse = await fetch(new URL("py/manifest.json", ASSETS), { cache: "no-cache" });
  if (!manifestResponse.ok) throw new Error(`manifest ${manifestResponse.status}`);
  const manifest = await manifestResponse.json();
  const pyodideBase = new URL(manifest.pyodide, ASSETS);
  // Everything is asked for at once: the browser fetches while the next step waits.
  const bundle = bytes(new URL(manifest.bundle, ASSETS), "bundle");
  const snapshot = manifest.snapshot ? bytes(new URL(manifest.snapshot, ASSETS), "snapshot") : null;
  snapshot?.catch(() => {}); // a missing snapshot only means the normal start
  const present = wasmThere(pyodideBase);
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideBase).href);
  await present;
  const { pyodide, from } = await start(loadPyodide, pyodideBase.href, snapshot);
  pyodide.unpackArchive(await bundle, "zip", { extractDir: LIB });
  pyodide.runPython(`
import random, sys
if "${LIB}" not in sys.path:
    sys.path.insert(0, "${LIB}")
random.seed()  # a snapshot was made with hash randomisation off: new randomness for this visit
`);
  const bridge = pyodide.pyimport("formlogic.bridge");
  handle = (text) => bridge.handle(text);
  const version = JSON.parse(handle(JSON.stringify({ type: "hello" }))).versie;
  postMessage({ type: "ready", versie: version, van: from, ms: Math.round(performance.now() - started) });
  for (const req of queue.splice(0)) respond(req);
}

function respond(req) {
  let reply;
  const started = performance.now();
  try {
    reply = JSON.parse(handle(JSON.stringify(req)));
    reply.ms = Math.round((performance.now() - started) * 10) / 10; // time spent in Python, for benchmarks/
  } catch (err) {
    reply = { type: "error", tekst: `De controle gaf geen antwoord (${err.message}). Uw tekst blijft staan.` };
  }
  reply.id = req.id;
  postMessage(reply);
}

self.addEventListener("message", (event) => {
  if (handle) respond(event.data);
  else queue.push(event.data);
});

boot().catch((err) => {
  postMessage({ type: "failed", tekst: `De controle kon niet laden (${err.message}).` });
});
