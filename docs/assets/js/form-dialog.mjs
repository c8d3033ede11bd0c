// Questions only the user can answer, raised by Python while it works (which answers to keep,
// whether to remove something): shown in the page's own modal dialog, answered with the
// keyboard or the mouse, and sent back with the request. Text is set with textContent.

// Shows the conflicts in the page's dialog; resolves with {key: value} or null (cancelled).
export function askChoices(root, conflicten) {
  const dialog = root.querySelector("dialog.kb-dialog");
  const body = dialog.querySelector(".kb-dialog-body");
  body.replaceChildren();
  conflicten.forEach((c, i) => {
    const fieldset = document.createElement("fieldset");
    fieldset.className = "kb-dialog-choice";
    fieldset.append(Object.assign(document.createElement("legend"), { textContent: c.vraag }));
    c.opties.forEach((o, j) => {
      const id = `kb-keuze-${i}-${j}`;
      const row = Object.assign(document.createElement("div"), { className: "kb-option" });
      const input = Object.assign(document.createElement("input"), {
        type: "radio", name: c.sleutel, value: o.waarde, id, checked: j === 0,
      });
      row.append(input, Object.assign(document.createElement("label"), { htmlFor: id, textContent: o.label }));
      fieldset.append(row);
    });
    body.append(fieldset);
  });
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "ok") return resolve(null);
      const keuzes = {};
      for (const input of body.querySelectorAll("input:checked")) keuzes[input.name] = input.value;
      resolve(keuzes);
    }, { once: true });
    dialog.returnValue = "";
    dialog.showModal();
    body.querySelector("input")?.focus();
  });
}

// Sends the request; while Python answers with a question, asks the user and sends it again
// with the choices made. Resolves with the final reply, or null when the user cancelled.
export async function askUntilAnswered(app, payload) {
  let keuzes = {};
  for (;;) {
    const reply = await app.ask({ ...payload(), keuzes });
    if (reply.type !== "question") return reply;
    const chosen = await askChoices(app.root, reply.conflicten);
    if (chosen === null) return null;
    keuzes = { ...keuzes, ...chosen };
  }
}
