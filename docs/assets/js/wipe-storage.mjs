// "Wis alles": removes everything this site keeps in this browser: autosaved form input, the
// theme's own settings (light or dark, say), and the kept copy of the forms' Python program. Its own script, because it is a page action
// outside any form. Only this site's keys go: other sites on the same intranet server keep theirs.

import { PREFIX } from "./form-autosave.mjs";

function ours(key) {
  const scope = globalThis.__md_scope?.pathname; // Material keeps its settings under the site's path
  return key.startsWith(PREFIX) || (scope && key.startsWith(`${scope}.`));
}

export async function wipeAll() {
  let removed = 0;
  for (const store of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      for (const key of Object.keys(store).filter(ours)) {
        store.removeItem(key);
        removed += 1;
      }
    } catch {
      /* storage blocked: nothing is kept there either */
    }
  }
  if (globalThis.indexedDB?.databases) { // the kept copy of the forms' Python program
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith(PREFIX)) continue;
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
      removed += 1;
    }
  }
  if (globalThis.caches) {
    for (const name of (await caches.keys()).filter((n) => n.startsWith(PREFIX))) {
      await caches.delete(name);
      removed += 1;
    }
  }
  return removed;
}

export function wireWipe() {
  for (const button of document.querySelectorAll("button[data-wipe-all]")) {
    const status = button.closest(".kb-wipe").querySelector(".kb-wipe-message");
    button.closest(".kb-wipe").dataset.wired = "true"; // for tests: the button answers from now on
    button.addEventListener("click", async () => {
      if (!window.confirm("Wilt u alles wissen wat deze site in deze browser bewaart?")) return;
      const removed = await wipeAll();
      status.textContent = removed
        ? "Klaar. Alles wat deze site in deze browser bewaarde, is gewist."
        : "Deze site bewaarde niets in deze browser. Er is niets gewist.";
    });
  }
}
