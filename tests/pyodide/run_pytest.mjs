// Runs tests/unit inside real Pyodide under Node, against the very bundle the site ships.
// Usage (via tools/pyodide_tests.py): node tests/pyodide/run_pytest.mjs <bundle.zip> <wheels dir> [pytest args]
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const [bundlePath, wheelsDir, ...pytestArgs] = process.argv.slice(2);
const SITE_PACKAGES = "/lib/python3.14/site-packages";

const started = performance.now();
const pyodide = await loadPyodide();
// Raw writes, so pytest's progress dots stay on one line.
pyodide.setStdout({ write: (buf) => process.stdout.write(buf) && buf.length });
pyodide.setStderr({ write: (buf) => process.stderr.write(buf) && buf.length });
for (const wheel of readdirSync(wheelsDir).filter((f) => f.endsWith(".whl"))) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(join(wheelsDir, wheel))), "wheel", { extractDir: SITE_PACKAGES });
}
// The site's bundle: formlogic, jinja2 and pure-Python markupsafe, imported from the zip itself
// as in the browser (docs/assets/js/pyodide-worker.mjs).
const BUNDLE = "/home/pyodide/formlogic.zip";
pyodide.FS.writeFile(BUNDLE, new Uint8Array(readFileSync(bundlePath)));
pyodide.FS.mkdirTree("/proj");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/proj");
pyodide.globals.set("pytest_args", pyodide.toPy(pytestArgs));
const code = pyodide.runPython(`
import os, sys
sys.path.insert(0, "${BUNDLE}")
os.chdir("/proj")
import formlogic, markupsafe, pytest
assert sys.platform == "emscripten", sys.platform
assert formlogic.__file__.startswith("${BUNDLE}/"), formlogic.__file__  # the bundle, not src/
assert not hasattr(markupsafe, "_speedups")
print(f"Pyodide {sys.version.split()[0]} on {sys.platform}; formlogic from {os.path.dirname(formlogic.__file__)}")
int(pytest.main(["tests/unit", "-p", "no:cacheprovider", *pytest_args]))
`);
console.log(`Pyodide test run: ${((performance.now() - started) / 1000).toFixed(1)} s in total`);
process.exit(code);
