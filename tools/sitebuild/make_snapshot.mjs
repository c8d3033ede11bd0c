// Makes a Pyodide memory snapshot with formlogic and its templates already imported, so the
// browser's worker starts from it instead of from nothing (tools/sitebuild/snapshot.py runs it
// during the build; Node is there because the build needs npm anyway).
//   node make_snapshot.mjs <pyodide dir> <bundle.zip> <out file>
// A snapshot holds Python's heap, not the file system: the worker unpacks the bundle again.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, bundlePath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
pyodide.unpackArchive(new Uint8Array(readFileSync(bundlePath)), "zip", { extractDir: "/home/pyodide/lib" });
pyodide.runPython(`
import sys
sys.path.insert(0, "/home/pyodide/lib")
import formlogic.bridge, formlogic.formhtml, formlogic.cli  # everything a request may need
from formlogic.render import environment
for html in (True, False):  # templates compiled once, kept in the heap
    env = environment(html)
    for name in env.list_templates():
        env.get_template(name)
formlogic.bridge.handle('{"type": "hello"}')
`);
writeFileSync(outPath, pyodide.makeMemorySnapshot());
