// Entry point on every page (mkdocs.yml extra_javascript).
// Pages without a form stop after the small fixes below: they load no Pyodide at all.

// Material's search panel is a dialog without a name; screen readers announce it as "dialog".
document.querySelector(".md-search[role='dialog']")?.setAttribute("aria-label", "Zoeken");

const roots = document.querySelectorAll(".kb-app[data-formulier]");
if (roots.length > 0) {
  const { startFormApp } = await import("./form-app.mjs");
  roots.forEach((root) => startFormApp(root));
}

// "Uw gegevens op deze site": one button wipes all this site keeps in this browser.
if (document.querySelector("button[data-wipe-all]")) {
  const { wireWipe } = await import("./wipe-storage.mjs");
  wireWipe();
}
