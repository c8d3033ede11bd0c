// Optional autosave on this device: off by default, switched on by the user, wiped by
// "Wis formulier" or by switching it off. Data goes to this browser's localStorage only.

const PREFIX = "jeugdgroepen-kennisbank:autosave:";

function key(formulier) {
  return PREFIX + formulier;
}

export function loadSaved(formulier) {
  try {
    const raw = localStorage.getItem(key(formulier));
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null; // storage blocked or damaged: behave as if nothing was saved
  }
}

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
