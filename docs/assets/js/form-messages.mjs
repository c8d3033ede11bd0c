// Showing formlogic's messages: the error summary above the form (links to the fields), each
// message beside its field, and notices (deadlines, file messages) below the form.
// Text is always set with textContent: messages may quote what the user typed.

const LEVEL_PREFIX = { fout: "Fout: ", waarschuwing: "Let op: ", tip: "Tip: " };

function prefixed(level, text) {
  const span = document.createElement("span");
  span.className = "kb-visually-hidden";
  span.textContent = LEVEL_PREFIX[level] || "";
  return [span, document.createTextNode(text)];
}

export function clearMessages(root) {
  const summary = root.querySelector(".kb-error-summary");
  summary.hidden = true;
  summary.querySelector("ul").replaceChildren();
  root.querySelectorAll(".kb-error, .kb-note").forEach((el) => {
    el.hidden = true;
    el.replaceChildren();
  });
  root.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  root.querySelectorAll(".kb-field--error").forEach((el) => el.classList.remove("kb-field--error"));
  const notices = root.querySelector(".kb-notices");
  notices.hidden = true;
  notices.replaceChildren();
}

// The element a summary link should focus: the field itself, or the first control inside.
function focusTarget(el) {
  if (!el) return null;
  if (el.matches("input, textarea, select")) return el;
  return el.querySelector("input:not([type=hidden]), textarea, select");
}

export function showMessages(root, messages, { focusSummary }) {
  const summary = root.querySelector(".kb-error-summary");
  // A live check redraws the summary while the user may be on it: hiding it would drop focus.
  const keepFocus = summary.contains(document.activeElement) ? document.activeElement : null;
  clearMessages(root);
  const list = summary.querySelector("ul");
  const loose = [];
  for (const m of messages) {
    const field = m.id ? root.querySelector(`#${CSS.escape(m.id)}`) : null;
    // A warning needs only its note (a drop zone has one for each data field it fills).
    const noteOnly = !field && m.niveau !== "fout" && m.id && root.querySelector(`#${CSS.escape(m.id)}-note`);
    if (!field && !noteOnly) {
      loose.push(m);
      continue;
    }
    if (m.niveau === "fout") {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#${m.id}`;
      a.textContent = m.tekst;
      li.append(a);
      list.append(li);
      const err = root.querySelector(`#${CSS.escape(m.id)}-error`);
      err.append(...prefixed("fout", m.tekst));
      err.hidden = false;
      const control = focusTarget(field);
      if (control) control.setAttribute("aria-invalid", "true");
      field.closest(".kb-field")?.classList.add("kb-field--error");
    } else {
      const note = root.querySelector(`#${CSS.escape(m.id)}-note`);
      const p = document.createElement("p");
      p.className = `kb-note-item kb-note-item--${m.niveau}`;
      p.append(...prefixed(m.niveau, m.tekst));
      note.append(p);
      note.hidden = false;
    }
  }
  if (list.children.length > 0) {
    summary.hidden = false;
    if (focusSummary || keepFocus === summary) summary.focus();
  }
  if (loose.length > 0) {
    const notices = root.querySelector(".kb-notices");
    for (const m of loose) {
      const p = document.createElement("p");
      p.className = `kb-notice kb-notice--${m.niveau}`;
      p.append(...prefixed(m.niveau, m.tekst));
      notices.append(p);
    }
    notices.hidden = false;
  }
}

export function showDerived(root, derived) {
  const notices = root.querySelector(".kb-notices");
  notices.querySelectorAll(".kb-notice--afgeleid").forEach((el) => el.remove());
  for (const text of Object.values(derived || {})) {
    const p = document.createElement("p");
    p.className = "kb-notice kb-notice--afgeleid";
    p.textContent = text;
    notices.append(p);
  }
  notices.hidden = notices.children.length === 0;
}

// `where`: the form's root (its main status area, under the form) or an element on the page:
// then the status area nearest to it (a drop zone's, a section's buttons', a view's).
function messageArea(where) {
  if (where.matches(".kb-app")) return where.querySelector(".kb-file > .kb-file-message");
  if (where.matches(".kb-view, .kb-section-actions, .kb-draft-actions")) return where.querySelector(":scope > .kb-file-message");
  return where.closest("[data-dropzone], .kb-section-actions, .kb-view, .kb-file, .kb-draft-actions")?.querySelector(".kb-file-message")
    || where.closest(".kb-app").querySelector(".kb-file > .kb-file-message");
}

export function showFileMessage(where, text, kind) {
  const el = messageArea(where);
  el.dataset.kind = kind;
  el.textContent = text;
}

// Several lines (one per file opened, say) as a list in the same status area.
export function showFileMessages(where, lines, kind) {
  if (lines.length === 1) return showFileMessage(where, lines[0], kind);
  const el = messageArea(where);
  el.dataset.kind = kind;
  const list = document.createElement("ul");
  for (const line of lines) list.append(Object.assign(document.createElement("li"), { textContent: line }));
  el.replaceChildren(list);
}

// Summary links: move focus to the field (a fieldset's first control), not just scroll.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".kb-error-summary a[href^='#']");
  if (!link) return;
  const target = focusTarget(document.getElementById(link.getAttribute("href").slice(1)));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
});
