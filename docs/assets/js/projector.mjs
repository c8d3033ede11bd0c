// Presenting mode for any content page: larger type, no navigation, and the diagram of the 7
// steps in two columns that fill the screen. Its own script because it changes how the whole
// page is shown and listens for a keyboard shortcut, on every page; presenter.mjs is another
// thing (one part of a view per screen, in a dialog).
//
// Only the user switches it: the button at the top of the content, or Alt+Shift+B; Escape
// switches it off. The choice lasts while this browser tab is open (sessionStorage), so a
// trainer can follow links from page to page while presenting. The key starts with the
// site's prefix, so "Wis alles" (wipe-storage.mjs) removes it with the rest.

const KEY = "jeugdgroepen-kennisbank:presenteren"; // PREFIX of form-autosave.mjs
const SHORTCUT = "Alt+Shift+B";

function remembered() {
  try {
    return sessionStorage.getItem(KEY) === "aan";
  } catch {
    return false; // storage blocked: presenting still works, only not across pages
  }
}

function remember(on) {
  try {
    if (on) sessionStorage.setItem(KEY, "aan");
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage blocked: nothing kept */
  }
}

// An inline SVG may carry a second viewBox for presenting (data-present-viewbox): the
// diagram of the 7 steps uses it with CSS that moves its last two phases into a second column.
function diagrams(on) {
  for (const svg of document.querySelectorAll("svg[data-present-viewbox]")) {
    svg.dataset.viewBox ??= svg.getAttribute("viewBox");
    svg.setAttribute("viewBox", on ? svg.dataset.presentViewbox : svg.dataset.viewBox);
  }
}

export function presenting() {
  return document.documentElement.classList.contains("kb-presenting");
}

export function startProjector() {
  const content = document.querySelector("article.md-content__inner");
  if (!content) return;
  const button = Object.assign(document.createElement("button"), { type: "button", className: "kb-present-toggle" });
  button.setAttribute("aria-keyshortcuts", SHORTCUT);
  content.prepend(button);

  function set(on) {
    document.documentElement.classList.toggle("kb-presenting", on);
    button.textContent = on ? "Stop presenteren" : "Presenteren";
    button.title = on
      ? `Terug naar de gewone weergave (Escape of ${SHORTCUT})`
      : `Deze pagina groot tonen, zonder menu, voor een beamer (${SHORTCUT})`;
    diagrams(on);
    remember(on);
    // Text sizes change the page's layout: wide tables may fit now (site.mjs makes a table that
    // still scrolls reachable by keyboard) and the theme places its parts again.
    window.dispatchEvent(new Event("resize"));
  }

  button.addEventListener("click", () => set(!presenting()));
  document.addEventListener("keydown", (event) => {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyB") {
      event.preventDefault();
      set(!presenting());
    } else if (event.key === "Escape" && presenting() && !event.defaultPrevented
               && !document.querySelector("dialog[open]")) {
      set(false); // an open dialog (the flip-overs, a question) closes first
    }
  });
  set(remembered());
}
