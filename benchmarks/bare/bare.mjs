// The simplest thing a user could write: loadPyodide() on the main thread, from the site's own
// vendored files. benchmarks/pyodide_ready.py compares the form pages against this page.
const manifest = await (await fetch("../assets/py/manifest.json", { cache: "no-cache" })).json();
const indexURL = new URL(`../assets/${manifest.pyodide}`, location.href).href;
const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
const pyodide = await loadPyodide({ indexURL });
pyodide.runPython("1 + 1");
document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
document.getElementById("status").textContent = "Pyodide is klaar.";
