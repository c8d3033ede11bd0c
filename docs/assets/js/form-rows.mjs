// Repeating rows: add and remove a row, and (where the form allows) move and copy one, all with
// the keyboard; the change is announced and focus stays on the row the user moved. Cards have
// an overview above them (form-overview.mjs) that follows every change.

import { addRow, rowOp } from "./form-data.mjs";
import { showFileMessage } from "./form-messages.mjs";
import { drawOverview, goToCard, updateOverview } from "./form-overview.mjs";

const DONE = {
  up: (label, from, to) => `${label} ${from} staat nu op plaats ${to}.`,
  down: (label, from, to) => `${label} ${from} staat nu op plaats ${to}.`,
  duplicate: (label, from, to) => `${label} ${from} is gekopieerd naar plaats ${to}.`,
  remove: (label, from) => `${label} ${from} is verwijderd.`,
};

const firstControl = (el) => el?.querySelector("input:not([type=hidden]), textarea, select");

export function wireRows(app) {
  app.form.addEventListener("change", (event) => updateOverview(app.form, event.target));
  app.form.addEventListener("click", (event) => {
    const link = event.target.closest(".kb-overview a[href^='#']");
    if (link && goToCard(link)) event.preventDefault();
    const button = event.target.closest("button[data-add], button[data-row-op]");
    if (!button) return;
    const container = button.closest("[data-repeat]");
    const rows = () => [...container.querySelectorAll(".kb-items > .kb-item")];
    const label = container.dataset.itemLabel || "Rij";
    if (button.dataset.add !== undefined) {
      const row = addRow(container);
      if (!row) {
        showFileMessage(app.root, "Meer rijen kunnen er niet bij.", "warning");
        return;
      }
      firstControl(row)?.focus();
    } else {
      const index = rows().indexOf(button.closest(".kb-item"));
      const kind = button.dataset.rowOp;
      const target = rowOp(app.form, container, index, kind);
      if (target === null) {
        app.announce(kind === "duplicate" ? "Meer rijen kunnen er niet bij."
          : `${label} ${index + 1} kan niet verder ${kind === "up" ? "omhoog" : "omlaag"}.`);
        return;
      }
      const row = rows()[target];
      (row?.querySelector(`[data-row-op="${kind}"]`) || firstControl(row) || container.querySelector("button[data-add]")).focus();
      app.announce(DONE[kind](label, index + 1, target + 1));
    }
    drawOverview(container);
    app.changed(container.dataset.repeat);
  });
}
