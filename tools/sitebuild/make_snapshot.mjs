// Makes a Pyodide memory snapshot with formlogic and its templates already imported, so the
// browser's worker starts from it instead of from nothing (tools/sitebuild/snapshot.py runs it
// during the build; Node is there because the build needs npm anyway).
//   node make_snapshot.mjs <pyodide dir> <bundle.zip> <out file>
// A snapshot holds Python's heap, not the file system: the worker writes the bundle's zip to the
// same path again, and Python goes on importing from it (zipimport keeps its index in the heap).
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, bundlePath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
const BUNDLE = "/home/pyodide/formlogic.zip"; // as in docs/assets/js/pyodide-worker.mjs
pyodide.FS.writeFile(BUNDLE, new Uint8Array(readFileSync(bundlePath)));
pyodide.runPython(`
import sys
sys.path.insert(0, "${BUNDLE}")
import formlogic.bridge, formlogic.formhtml, formlogic.cli  # everything a request may need
from formlogic.render import environment
for html in (True, False):  # templates compiled once, kept in the heap
    env = environment(html)
    for name in env.list_templates():
        env.get_template(name)
formlogic.bridge.handle('{"type": "hello"}')
`);
zeroFreeMemory(pyodide);
writeFileSync(outPath, pyodide.makeMemorySnapshot());

// The snapshot is Python's whole memory, free parts included, and those still hold what the
// imports left behind. Zeros compress to nothing: 0.75 MB less to download (of 6.3 MB, brotli).
// Only memory malloc hands out is written, then given back, and never so much that the memory
// grows: the heap stays as Python left it.
function zeroFreeMemory(pyodide) {
  pyodide.runPython("import gc; gc.collect()");
  const wasm = pyodide._module;
  const size = wasm.HEAP8.length;
  wasm.HEAP8.fill(0, wasm._sbrk(0)); // above the heap's end: unused
  const taken = [];
  // Small blocks only: a big one could make malloc grow the heap past the memory's end.
  for (let block = 4096; block >= 8; ) {
    const end = wasm._sbrk(0);
    const at = wasm._malloc(block);
    if (at === 0 || wasm._sbrk(0) !== end || wasm.HEAP8.length !== size) {
      if (at !== 0) wasm._free(at); // it came from new heap, not from free memory: smaller next
      block >>= 1;
      continue;
    }
    wasm.HEAP8.fill(0, at, at + block);
    taken.push(at);
  }
  for (const at of taken) wasm._free(at);
  if (wasm.HEAP8.length !== size) console.error("warning: the heap grew while zeroing free memory");
}
