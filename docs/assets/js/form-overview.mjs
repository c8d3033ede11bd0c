// The overview above a list of cards (a group with `layout="cards"` and `overview` columns,
// e.g. the actions of the interventiematrix): one table row per card, each with a link to its
// card. It only shows what is typed, so it follows the fields at once, also before Python is
// ready, and computes nothing. A whole redraw (a file opened, a row moved) builds its rows
// from the overview's own row template, which the form's templates drew.

const ROW = "__i__";
const ROW_NUMBER = "__n__";

const LONGEST = 120; // characters of a text the overview shows (the card has all of it)

function short(text) {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length > LONGEST ? `${t.slice(0, LONGEST - 1).trimEnd()}…` : t;
}

// What a control shows a reader: a choice's label, not its value.
function shown(control) {
  if (control.tagName === "SELECT") return control.value ? control.selectedOptions[0]?.textContent.trim() || "" : "";
  return short(control.value);
}

// The text of one cell: a field's value, or the labels of its ticked boxes.
function cellText(card, path) {
  const controls = card.querySelectorAll(`[name="${CSS.escape(path)}"]`);
  if (controls.length === 0) return "";
  if (controls[0].type === "checkbox") {
    return [...controls].filter((c) => c.checked).map((c) => c.labels[0]?.textContent.trim() || c.value).join(", ");
  }
  return shown(controls[0]);
}

function fillRow(tr, card, name, index) {
  for (const td of tr.querySelectorAll("td[data-col]")) {
    td.textContent = cellText(card, `${name}.${index}.${td.dataset.col}`);
  }
}

function countText(overview, n) {
  const count = overview.querySelector(".kb-overview-count");
  if (count) count.textContent = `(${n})`;
}

// Draws the overview of one repeating field again from its cards.
export function drawOverview(container) {
  const overview = container.querySelector(":scope .kb-overview");
  if (!overview) return;
  const name = container.dataset.repeat;
  const template = overview.querySelector("template.kb-overview-template").innerHTML.trim();
  const cards = container.querySelectorAll(":scope .kb-items > .kb-item");
  const body = overview.querySelector("tbody");
  const rows = document.createElement("tbody");
  cards.forEach((card, i) => {
    rows.insertAdjacentHTML("beforeend", template.replaceAll(ROW_NUMBER, String(i + 1)).replaceAll(ROW, String(i)));
    fillRow(rows.lastElementChild, card, name, i);
  });
  body.replaceChildren(...rows.children);
  countText(overview, cards.length);
}

export function drawOverviews(root) {
  root.querySelectorAll("[data-repeat]").forEach(drawOverview);
}

// One cell follows its field when the user leaves it (or picks a choice).
export function updateOverview(form, control) {
  const [name, index, col] = (control.name || "").split(".");
  if (col === undefined) return;
  const container = form.querySelector(`[data-repeat="${CSS.escape(name)}"]`);
  const overview = container?.querySelector(":scope .kb-overview");
  const td = overview?.querySelector(`tbody > tr[data-row="${CSS.escape(index)}"] > td[data-col="${CSS.escape(col)}"]`);
  const card = td && container.querySelector(`:scope .kb-items > .kb-item[data-row="${CSS.escape(index)}"]`);
  if (card) td.textContent = cellText(card, control.name);
}

// A link in the overview goes to its card and puts the cursor in the card's first field.
export function goToCard(link) {
  const card = document.getElementById(link.getAttribute("href").slice(1));
  const control = card?.querySelector("input:not([type=hidden]), textarea, select");
  if (!control) return false;
  card.scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
  return true;
}
