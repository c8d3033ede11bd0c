// Presentation mode for a view (the flip-overs of a session, say): one part per screen in
// large type, for a projector. It needs its own script because it is a different way of
// showing the page, driven by the keys a presenter clicker sends (Page Down / Page Up):
// ArrowDown, PageDown and Space first scroll a long part, then go to the next; ArrowUp and
// PageUp the same backwards; ArrowRight / ArrowLeft always go to the next / previous part;
// Home and End; Escape leaves (the dialog's own cancel). The slides are copies of the view's
// sections, which Python rendered; nothing here builds content of its own.

const FORWARD = new Set(["ArrowDown", "PageDown", " "]);
const BACK = new Set(["ArrowUp", "PageUp"]);

function button(text, action) {
  const b = Object.assign(document.createElement("button"), {
    type: "button", className: "kb-present-button", textContent: text,
  });
  b.dataset.step = action;
  return b;
}

function buildDialog() {
  const dialog = document.createElement("dialog");
  dialog.className = "kb-present";
  dialog.setAttribute("aria-labelledby", "kb-present-count");
  const count = Object.assign(document.createElement("p"), { id: "kb-present-count", className: "kb-present-count" });
  count.setAttribute("aria-live", "polite");
  const slide = Object.assign(document.createElement("div"), { className: "kb-present-slide", tabIndex: 0 });
  slide.setAttribute("role", "region");
  slide.setAttribute("aria-label", "Dia");
  const nav = document.createElement("div");
  nav.className = "kb-present-nav";
  nav.append(button("Vorige", "previous"), button("Volgende", "next"),
    button("Volledig scherm", "fullscreen"), button("Sluiten (Esc)", "close"));
  const help = Object.assign(document.createElement("p"), {
    className: "kb-present-help",
    textContent: "Volgende: pijl rechts. Pijl omlaag, Page Down of spatie bladeren eerst door een lange dia. " +
      "Vorige: pijl links, pijl omhoog of Page Up. Sluiten: Escape.",
  });
  dialog.append(count, slide, nav, help);
  document.body.append(dialog);
  return dialog;
}

export function present(viewBox) {
  const title = viewBox.querySelector(".kb-view-title").textContent.trim();
  const parts = [...viewBox.querySelectorAll(".kb-view-body .kb-view-part")];
  const dialog = document.querySelector("dialog.kb-present") || buildDialog();
  const count = dialog.querySelector(".kb-present-count");
  const slide = dialog.querySelector(".kb-present-slide");
  let index = 0;

  function show(i) {
    index = Math.max(0, Math.min(i, parts.length - 1));
    if (parts.length === 0) {
      count.textContent = title;
      slide.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Er is nog niets om te laten zien." }));
      return;
    }
    slide.scrollTop = 0;
    const copy = parts[index].cloneNode(true);
    copy.removeAttribute("id"); // the page keeps the original's id
    copy.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    slide.replaceChildren(copy);
    count.textContent = `${title}: ${index + 1} van ${parts.length}`;
    slide.setAttribute("aria-label", copy.querySelector("h3")?.textContent || title);
    dialog.querySelector("[data-step='previous']").disabled = index === 0;
    dialog.querySelector("[data-step='next']").disabled = index === parts.length - 1;
  }

  // A long part scrolls first, so the room sees all of it before the next one comes.
  function scrollOrShow(step) {
    const rest = step > 0 ? slide.scrollHeight - slide.clientHeight - slide.scrollTop : slide.scrollTop;
    if (rest > 2) slide.scrollBy({ top: step * slide.clientHeight * 0.8 });
    else show(index + step);
  }

  function onKey(event) {
    if (event.key === " " && event.target.closest("button")) return; // Space presses the button
    if (event.key === "ArrowRight") show(index + 1);
    else if (event.key === "ArrowLeft") show(index - 1);
    else if (FORWARD.has(event.key)) scrollOrShow(1);
    else if (BACK.has(event.key)) scrollOrShow(-1);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(parts.length - 1);
    else return;
    event.preventDefault();
  }

  function onClick(event) {
    const action = event.target.closest("button")?.dataset.step;
    if (action === "next") show(index + 1);
    else if (action === "previous") show(index - 1);
    else if (action === "close") dialog.close();
    else if (action === "fullscreen") {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      else dialog.requestFullscreen?.().catch(() => {});
    }
  }

  dialog.addEventListener("keydown", onKey);
  dialog.addEventListener("click", onClick);
  dialog.addEventListener("close", () => {
    dialog.removeEventListener("keydown", onKey);
    dialog.removeEventListener("click", onClick);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    viewBox.querySelector("[data-present]")?.focus(); // back where the user started
  }, { once: true });
  show(0);
  dialog.showModal();
  slide.focus();
}
