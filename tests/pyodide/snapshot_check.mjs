// The memory snapshot in real Pyodide under Node, made by the build's own script from the
// shipped bundle: restored, it answers a render request (templates included); a damaged one
// or one from another build is refused, and a normal start still works after that.
//   node tests/pyodide/snapshot_check.mjs <bundle.zip>
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const indexURL = join(root, "node_modules/pyodide/");
const bundle = new Uint8Array(readFileSync(process.argv[2]));
const out = join(mkdtempSync(join(tmpdir(), "snapshot-")), "snapshot.bin");
execFileSync(process.execPath, [join(root, "tools/sitebuild/make_snapshot.mjs"), indexURL, process.argv[2], out]);
const snapshot = new Uint8Array(readFileSync(out));
const failures = [];
const check = (ok, what) => { console.log(`${ok ? "ok  " : "FAIL"} ${what}`); if (!ok) failures.push(what); };

const started = performance.now();
// As the worker does (docs/assets/js/pyodide-worker.mjs, growingModule): the memory grows to the
// snapshot's size before Pyodide restores into it; without that, a heap over 30 MiB fails.
const { default: createModule } = await import(`${indexURL}pyodide.asm.mjs`);
const growing = (bytes) => async (settings) => {
  const module = await createModule(settings);
  if (module.HEAP8.length < bytes.length) module._free(module._malloc(bytes.length));
  return module;
};
const restore = (bytes) => loadPyodide({ indexURL, _loadSnapshot: bytes, createPyodideModule: growing(bytes),
  stdout: () => {}, stderr: () => {} });
const py = await restore(snapshot);
const restoreMs = performance.now() - started;
py.FS.writeFile("/home/pyodide/formlogic.zip", bundle); // where the snapshot was made from, as the worker does
check(py.runPython("'formlogic.bridge' in __import__('sys').modules"), "formlogic is already imported after the restore");
const reply = JSON.parse(py.pyimport("formlogic.bridge").handle(JSON.stringify({
  type: "render", formulier: "interventiematrix", formaat: "md",
  gegevens: { groep: "G", acties: [{ wat: "Iets", partner: "x" }] },
})));
check(reply.type === "rendered" && reply.tekst.startsWith("# Interventiematrix: G"), "a draft renders from the restored snapshot");

const otherBuild = snapshot.slice();
for (let i = 16; i < 48; i++) otherBuild[i] ^= 0x5a;
for (const [name, bytes] of [["a damaged snapshot", snapshot.slice(0, snapshot.length / 3)],
  ["a snapshot from another build", otherBuild], ["a file that is no snapshot", new TextEncoder().encode("geen snapshot")]]) {
  let refused = false;
  try {
    await restore(bytes);
  } catch {
    refused = true;
  }
  check(refused, `${name} is refused`);
}
const normal = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
check(normal.runPython("1 + 1") === 2, "a normal start works after refused snapshots");
console.log(`snapshot ${(snapshot.length / 1e6).toFixed(1)} MB, restored in ${restoreMs.toFixed(0)} ms`);
process.exit(failures.length ? 1 : 0);
