// Reading and writing a form's data. Field names are paths ("afspraken.0",
// "professionals.1.naam"); the data is the nested object formlogic expects.

const ROW = "__i__";
const ROW_NUMBER = "__n__";

function setPath(target, parts, value) {
  const [head, ...rest] = parts;
  const key = /^\d+$/.test(head) ? Number(head) : head;
  if (rest.length === 0) {
    target[key] = value;
    return;
  }
  if (target[key] === undefined) target[key] = /^\d+$/.test(rest[0]) ? [] : {};
  setPath(target[key], rest, value);
}

// Everything typed, as nested data. Rows keep their position (empty ones too), so a message
// about "afspraken.2" still points at the third row.
export function collect(form) {
  const data = {};
  for (const el of form.elements) {
    if (!el.name || el.type === "file") continue;
    if (el.type === "radio") {
      if (!data[el.name]) data[el.name] = "";
      if (el.checked) data[el.name] = el.value;
      continue;
    }
    setPath(data, el.name.split("."), el.value);
  }
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) data[key] = Array.from(value, (v) => v ?? "");
  }
  return data;
}

export function rowCount(container) {
  return container.querySelectorAll(":scope > .kb-items > .kb-item").length;
}

// Adds one row from the container's template; returns the new row or null at the maximum.
export function addRow(container) {
  const max = Number(container.dataset.max || 20);
  const index = rowCount(container);
  if (index >= max) return null;
  const template = container.querySelector(":scope > template.kb-row-template");
  const html = template.innerHTML.replaceAll(ROW_NUMBER, String(index + 1)).replaceAll(ROW, String(index));
  const list = container.querySelector(":scope > .kb-items");
  list.insertAdjacentHTML("beforeend", html.trim());
  return list.lastElementChild;
}

// Removes rows above the first `keep` (used when the form is cleared).
export function trimRows(container, keep) {
  const rows = container.querySelectorAll(":scope > .kb-items > .kb-item");
  rows.forEach((row, i) => {
    if (i >= keep) row.remove();
  });
}

function flatten(value, prefix, out) {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push([prefix, value == null ? "" : String(value)]);
}

// Puts data into the form: adds rows where the data has more than the form shows.
export function fill(form, data) {
  for (const container of form.querySelectorAll("[data-repeat]")) {
    const items = data[container.dataset.repeat];
    const wanted = Array.isArray(items) ? items.length : 0;
    while (rowCount(container) < wanted && addRow(container)) {
      /* add rows until the data fits */
    }
  }
  const entries = [];
  flatten(data, "", entries);
  const values = new Map(entries);
  for (const el of form.elements) {
    if (!el.name || el.type === "file") continue;
    const value = values.get(el.name) ?? "";
    if (el.type === "radio") el.checked = el.value === value;
    else el.value = value;
  }
}
