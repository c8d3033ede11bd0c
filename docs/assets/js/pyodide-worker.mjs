// Module worker: loads Pyodide and the formlogic bundle from this site only (never a CDN),
// then answers requests with formlogic.bridge.handle(). Requests that arrive while Python
// loads wait in a queue. All paths are relative to this file, so the site works under a sub-path.
//
// Fast start: the build leaves a memory snapshot of Python with formlogic already imported
// (tools/sitebuild/snapshot.py). Restoring it skips starting Python and importing. It is only
// an optimisation: when it is missing, damaged, or made by another Pyodide, the worker starts
// the normal way. A snapshot holds Python's memory, not its files: the bundle's zip is written
// again, to the same place. Python imports from the zip itself (zipimport); nothing is unpacked.

const ASSETS = new URL("../", import.meta.url);
const BUNDLE = "/home/pyodide/formlogic.zip"; // as in tools/sitebuild/make_snapshot.mjs
const queue = [];
let handle = null;

async function bytes(url, what) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} ${response.status}`);
  return response.arrayBuffer();
}

// The snapshot is 31 MB: the browser's HTTP cache hands it back in about 200 ms, IndexedDB in
// about 50 (benchmarks/). So after a good start the worker keeps a copy there, under the
// snapshot's own name (which carries the hashes of Pyodide and the bundle); older copies go.
// Program code only, never anything typed; "Wis alles" on the privacy page removes it.
const STORE = { db: "jeugdgroepen-kennisbank:programma", table: "snapshots" };

function openStore() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(STORE.db, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE.table);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function inStore(mode, work) {
  return openStore().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE.table, mode);
    const result = work(tx.objectStore(STORE.table));
    tx.oncomplete = () => { db.close(); resolve(result.result); };
    tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
  }));
}

async function keptSnapshot(name) {
  const blob = await inStore("readonly", (store) => store.get(name));
  if (!(blob instanceof Blob)) throw new Error("geen bewaarde snapshot");
  return blob.arrayBuffer();
}

function keepSnapshot(name, data) {
  return inStore("readwrite", (store) => {
    store.clear(); // one Pyodide, one bundle: older snapshots are of no use
    return store.put(new Blob([data]), name);
  }).catch(() => {}); // storage blocked or full: the next visit fetches it again
}

function forgetSnapshots() {
  return inStore("readwrite", (store) => store.clear()).catch(() => {});
}

// loadPyodide() never settles when the wasm is missing: ask the server first, in parallel.
async function wasmThere(base) {
  const response = await fetch(new URL("pyodide.asm.wasm", base), { method: "HEAD" });
  if (!response.ok) throw new Error(`pyodide.asm.wasm ${response.status}`);
}

// loadPyodide() also never settles when the server's security policy forbids WebAssembly (no
// 'wasm-unsafe-eval' in script-src): compiling the smallest module finds that out at once.
function wasmAllowed() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch {
    throw new Error("de beveiligingsinstellingen van de server staan WebAssembly niet toe: " +
      "'wasm-unsafe-eval' ontbreekt in de Content-Security-Policy");
  }
}

// Pyodide 314 restores a snapshot into the memory a fresh start gets (30 MiB) and never grows
// it, so the snapshot of a larger heap failed ("offset is out of bounds") and every visitor
// fell back to the slow start. Pyodide lets us make its module (`createPyodideModule`): made
// here, it grows to the snapshot's size before Pyodide restores the snapshot into it.
function growingModule(indexURL, bytes) {
  const script = import(new URL("pyodide.asm.mjs", indexURL).href); // fetched at once, as Pyodide would
  return async (settings) => {
    const module = await (await script).default(settings);
    const size = (await bytes).byteLength;
    if (module.HEAP8.length < size) module._free(module._malloc(size)); // malloc grows the memory
    return module;
  };
}

async function start(loadPyodide, indexURL, snapshot) {
  const quiet = { indexURL, stdout: () => {}, stderr: () => {} };
  if (snapshot) {
    try {
      // The promise itself, not yet its bytes: Pyodide fetches and compiles its wasm while the
      // snapshot comes in (from this browser's copy or from the server).
      snapshot.bytes.then(() => mark("snapshot binnen", bootStarted), () => {});
      const pyodide = await loadPyodide({ ...quiet, _loadSnapshot: snapshot.bytes,
        createPyodideModule: growingModule(indexURL, snapshot.bytes) });
      const from = await snapshot.from;
      if (from === "snapshot") keepSnapshot(snapshot.name, await snapshot.bytes);
      return { pyodide, from };
    } catch {
      if ((await snapshot.from) === "bewaard") forgetSnapshots(); // a bad copy: fetch it anew next time
      /* missing, damaged or from another Pyodide: start the normal way below */
    }
  }
  return { pyodide: await loadPyodide(quiet), from: "start" };
}

// The snapshot to start from: the copy this browser kept, else the one on the server.
function snapshotFor(manifest) {
  if (!manifest.snapshot) return null;
  const fetched = () => bytes(new URL(manifest.snapshot, ASSETS), "snapshot");
  if (!globalThis.indexedDB) return { name: manifest.snapshot, from: Promise.resolve("snapshot"), bytes: fetched() };
  const kept = keptSnapshot(manifest.snapshot);
  const source = kept.then(() => "bewaard", () => "snapshot");
  const data = kept.catch(fetched);
  return { name: manifest.snapshot, bytes: data, from: source };
}

const marks = {}; // how long each part of the start took, for benchmarks/
let bootStarted = 0;
const mark = (name, since) => (marks[name] = Math.round(performance.now() - since));

async function boot() {
  const started = performance.now();
  bootStarted = started;
  wasmAllowed();
  const manifestResponse = await fetch(new URL("py/manifest.json", ASSETS), { cache: "no-cache" });
  if (!manifestResponse.ok) throw new Error(`manifest ${manifestResponse.status}`);
  const manifest = await manifestResponse.json();
  const pyodideBase = new URL(manifest.pyodide, ASSETS);
  // Everything is asked for at once: the browser fetches while the next step waits.
  const bundle = bytes(new URL(manifest.bundle, ASSETS), "bundle");
  const snapshot = snapshotFor(manifest);
  snapshot?.bytes.catch(() => {}); // a missing snapshot only means the normal start
  const present = wasmThere(pyodideBase);
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideBase).href);
  await present;
  mark("manifest en pyodide.mjs", started);
  const { pyodide, from } = await start(loadPyodide, pyodideBase.href, snapshot);
  mark("Python gestart", started);
  pyodide.FS.writeFile(BUNDLE, new Uint8Array(await bundle)); // unpacking took 0.1 s here
  pyodide.runPython(`
import random, sys
if "${BUNDLE}" not in sys.path:
    sys.path.insert(0, "${BUNDLE}")
random.seed()  # a snapshot was made with hash randomisation off: new randomness for this visit
`);
  const bridge = pyodide.pyimport("formlogic.bridge");
  handle = (text) => bridge.handle(text);
  const version = JSON.parse(handle(JSON.stringify({ type: "hello" }))).versie;
  mark("klaar", started);
  postMessage({ type: "ready", versie: version, van: from, ms: Math.round(performance.now() - started), marks });
  for (const req of queue.splice(0)) respond(req);
}

function respond(req) {
  let reply;
  const started = performance.now();
  try {
    reply = JSON.parse(handle(JSON.stringify(req)));
    reply.ms = Math.round((performance.now() - started) * 10) / 10; // time spent in Python, for benchmarks/
  } catch (err) {
    // bridge.handle answers every request, errors included: an exception here means Python's
    // runtime itself broke. The page starts a fresh worker and asks again.
    reply = { type: "crashed", tekst: `De controle gaf geen antwoord (${err.message}). Uw tekst blijft staan.` };
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
