// Entry point on every page (mkdocs.yml extra_javascript).
// Pages without a form stop after the small fixes below: they load no Pyodide at all.

// A form page asks for its code first: the form's worker (and so Python) starts as early as it
// can, while the page's other small scripts load beside it.
// A page that hosts several forms (the werkmap) wires them itself: form-host.mjs.
const hosts = document.querySelectorAll(".kb-host[data-host]");
const roots = [...document.querySelectorAll(".kb-app[data-formulier]")].filter((root) => !root.closest(".kb-host"));
const formApp = roots.length > 0 ? import("./form-app.mjs") : null;
const formHost = hosts.length > 0 ? import("./form-host.mjs") : null;
formHost?.then(({ startFormHost }) => hosts.forEach((host) => startFormHost(host)), () => {
  for (const status of document.querySelectorAll(".kb-host .kb-status-text")) {
    status.textContent = "De werkmap kon niet laden. Herlaad de pagina.";
  }
});
formApp?.then(({ startFormApp }) => roots.forEach((root) => startFormApp(root)), () => {
  for (const status of document.querySelectorAll(".kb-app .kb-status-text")) {
    status.textContent = "De formulierfuncties konden niet laden. Uw tekst blijft staan. Herlaad de pagina.";
  }
});

// Material's search panel is a dialog without a name; screen readers announce it as "dialog".
document.querySelector(".md-search[role='dialog']")?.setAttribute("aria-label", "Zoeken");

// In the menu on small screens Material labels a section's sub-menu with an empty element, so
// several navigation landmarks have no name at all: name each after its section.
for (const nav of document.querySelectorAll("nav.md-nav[aria-labelledby]")) {
  const label = document.getElementById(nav.getAttribute("aria-labelledby"));
  if (label && !label.textContent.trim()) {
    const section = nav.parentElement.querySelector(":scope > .md-nav__link .md-ellipsis, :scope > .md-nav__container .md-ellipsis");
    if (!section) continue;
    nav.removeAttribute("aria-labelledby");
    nav.setAttribute("aria-label", `Menu: ${section.textContent.trim()}`);
  }
}

// Wide tables scroll sideways inside Material's wrapper: a keyboard user must be able to reach
// and scroll it (WCAG 2.1.1), so a wrapper that overflows becomes a named, focusable region.
function tablesReachable() {
  for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap")) {
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    if (scrolls && !wrap.hasAttribute("tabindex")) {
      const caption = wrap.querySelector("caption")?.textContent;
      let heading = wrap.previousElementSibling;
      while (heading && !/^H[2-4]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", `Tabel: ${(caption || heading?.textContent || document.title).replace("¶", "").trim()}`);
    } else if (!scrolls && wrap.getAttribute("role") === "region") {
      ["tabindex", "role", "aria-label"].forEach((a) => wrap.removeAttribute(a));
    }
  }
}
if (window.document$) window.document$.subscribe(() => tablesReachable());
window.addEventListener("load", tablesReachable);
window.addEventListener("resize", tablesReachable);

// Presenting mode (a projector in a workshop): a button at the top of every content page.
const { startProjector } = await import("./projector.mjs");
startProjector();

// The "Welke stap?" exercise: only on its own page.
const exercise = document.querySelector(".kb-ws[data-welke-stap]");
if (exercise) {
  const { startWelkeStap } = await import("./welke-stap.mjs");
  startWelkeStap(exercise);
}

// "Uw gegevens op deze site": one button wipes all this site keeps in this browser.
if (document.querySelector("button[data-wipe-all]")) {
  const { wireWipe } = await import("./wipe-storage.mjs");
  wireWipe();
}
