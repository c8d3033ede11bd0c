// Runs a benchmark module inside real Pyodide under Node, on the bundle the site ships, as the
// browser's worker would run it (imports from the zip). The module is a real .py file of this
// repository; this script only starts Python and calls its main().
// Usage (via benchmarks/werkmap.py): node benchmarks/run_in_pyodide.mjs <bundle.zip> <module>
import { dirname, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [bundlePath, module] = process.argv.slice(2);
const pyodide = await loadPyodide({ stdout: (line) => console.log(line), stderr: (line) => console.error(line) });
const BUNDLE = "/home/pyodide/formlogic.zip"; // as in docs/assets/js/pyodide-worker.mjs
pyodide.FS.writeFile(BUNDLE, new Uint8Array(readFileSync(bundlePath)));
pyodide.FS.mkdirTree("/proj");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/proj");
pyodide.globals.set("module_name", module);
pyodide.runPython(`
import importlib, sys
sys.path.insert(0, "${BUNDLE}")
sys.path.append("/proj")  # the benchmarks package; formlogic comes from the bundle
import formlogic
assert formlogic.__file__.startswith("${BUNDLE}/"), formlogic.__file__
importlib.import_module(module_name).main()
`);
