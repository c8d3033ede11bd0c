// Entry point on every page. Pages without a form stop here: they load no Pyodide at all.
const roots = document.querySelectorAll(".kb-app[data-formulier]");
if (roots.length > 0) {
  const { startFormApp } = await import("./form-app.mjs");
  roots.forEach((root) => startFormApp(root));
}
