// Optional autosave on this device: off by default, switched on by the user, wiped by
// "Wis formulier", by switching it off, or by the button on "Uw gegevens op deze site".
// Data goes to this browser's localStorage only, and is kept for at most KEEP_DAYS days.

export const PREFIX = "jeugdgroepen-kennisbank:";
const AUTOSAVE = `${PREFIX}autosave:`;
export const KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function key(formulier) {
  return AUTOSAVE + formulier;
}

// What this browser kept for the form: {opgeslagen, gegevens}, {verlopen: true} when it was
// older than KEEP_DAYS (then it is wiped), or null.
export function loadSaved(formulier, now = Date.now()) {
  let saved;
  try {
    const raw = localStorage.getItem(key(formulier));
    saved = raw ? JSON.parse(raw) : null;
  } catch {
    return null; // storage blocked or damaged: behave as if nothing was saved
  }
  if (!saved || typeof saved !== "object") return null;
  const age = now - new Date(saved.opgeslagen).getTime();
  if (!(age <= KEEP_DAYS * DAY_MS)) {
    forget(formulier);
    return { verlopen: true, opgeslagen: saved.opgeslagen };
  }
  return saved;
}

// True when saved; false when the browser refused (storage full, blocked or switched off).
export function save(formulier, gegevens) {
  try {
    localStorage.setItem(key(formulier), JSON.stringify({ opgeslagen: new Date().toISOString(), gegevens }));
    return true;
  } catch {
    return false;
  }
}

export function forget(formulier) {
  try {
    localStorage.removeItem(key(formulier));
  } catch {
    /* nothing stored */
  }
}

export function savedAtText(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "eerder";
  const dag = d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  const tijd = d.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
  return `${dag} om ${tijd}`;
}
