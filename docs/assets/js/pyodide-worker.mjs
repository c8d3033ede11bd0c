// Module worker: loads Pyodide and the formlogic bundle from this site only (never a CDN),
// then answers requests with formlogic.bridge.handle(). Requests that arrive while Python
// loads wait in a queue. All paths are relative to this file, so the site works under a sub-path.

const ASSETS = new URL("../", import.meta.url);
const queue = [];
let handle = null;

async function boot() {
  const started = performance.now();
  const manifestResponse = await fetch(new URL("py/manifest.json", ASSETS), { cache: "no-cache" });
  if (!manifestResponse.ok) throw new Error(`manifest ${manifestResponse.status}`);
  const manifest = await manifestResponse.json();
  const pyodideBase = new URL(manifest.pyodide, ASSETS);
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideBase).href);
  const [pyodide, bundle] = await Promise.all([
    loadPyodide({ indexURL: pyodideBase.href, stdout: () => {}, stderr: () => {} }),
    fetch(new URL(manifest.bundle, ASSETS)).then((r) => {
      if (!r.ok) throw new Error(`bundle ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  pyodide.unpackArchive(bundle, "zip", { extractDir: "/home/pyodide/lib" });
  const sys = pyodide.pyimport("sys");
  sys.path.insert(0, "/home/pyodide/lib");
  const bridge = pyodide.pyimport("formlogic.bridge");
  handle = (text) => bridge.handle(text);
  const version = JSON.parse(handle(JSON.stringify({ type: "hello" }))).versie;
  postMessage({ type: "ready", versie: version, ms: Math.round(performance.now() - started) });
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
