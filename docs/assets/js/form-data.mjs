// Reading and writing a form's data. Field names are paths ("afspraken.0",
// "professionals.1.naam", "rode_draden.v3"); the data is the nested object formlogic expects.
// Rows are a view of an array: moving or removing a row rewrites the array and redraws the rows.

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

function named(elements) {
  return [...elements].filter((el) => el.name && el.type !== "file");
}

// Everything typed, as nested data. Rows keep their position (empty ones too), so a message
// about "afspraken.2" still points at the third row.
export function collect(form) {
  const data = {};
  const checked = new Map(); // checkbox name -> the values ticked (a list, also when empty)
  for (const el of named(form.elements)) {
    if (el.type === "radio") {
      if (!data[el.name]) data[el.name] = "";
      if (el.checked) data[el.name] = el.value;
      continue;
    }
    if (el.type === "checkbox") {
      if (!checked.has(el.name)) checked.set(el.name, []);
      if (el.checked) checked.get(el.name).push(el.value);
      continue;
    }
    setPath(data, el.name.split("."), el.value);
  }
  for (const [name, values] of checked) setPath(data, name.split("."), values);
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) data[key] = Array.from(value, (v) => v ?? "");
  }
  return data;
}

// A fresh id for a new row or form (the page is often served over plain http on an intranet,
// where crypto.randomUUID is missing; getRandomValues works everywhere).
function newId() {
  const [a, b] = crypto.getRandomValues(new Uint32Array(2));
  return a.toString(36) + b.toString(36).slice(0, 3);
}

export function assignIds(root, { fresh = false } = {}) {
  for (const el of root.querySelectorAll("input[data-auto-id]")) {
    if (fresh || !el.value) el.value = newId();
  }
}

function items(container) {
  return container.querySelectorAll(":scope .kb-items > .kb-item");
}

export function rowCount(container) {
  return items(container).length;
}

// Adds one row from the container's template; returns the new row or null at the maximum.
export function addRow(container) {
  const max = Number(container.dataset.max || 20);
  const index = rowCount(container);
  if (index >= max) return null;
  const template = container.querySelector(":scope template.kb-row-template");
  const html = template.innerHTML.replaceAll(ROW_NUMBER, String(index + 1)).replaceAll(ROW, String(index));
  const list = container.querySelector(":scope .kb-items");
  list.insertAdjacentHTML("beforeend", html.trim());
  assignIds(list.lastElementChild);
  return list.lastElementChild;
}

// Removes rows above the first `keep` (used when the form is cleared).
export function trimRows(container, keep) {
  items(container).forEach((row, i) => {
    if (i >= keep) row.remove();
  });
}

// [path, value] for every value in the data; a list of strings also stands whole under its own
// path, for the checkboxes that hold it.
function flatten(value, prefix, out) {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) out.push([prefix, value]);
    value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push([prefix, value == null ? "" : String(value)]);
}

// Sets every named control among `elements` from the data ("" where the data has nothing).
function fillElements(elements, data) {
  const entries = [];
  flatten(data, "", entries);
  const values = new Map(entries);
  for (const el of named(elements)) {
    const value = values.get(el.name) ?? "";
    if (el.type === "radio") el.checked = el.value === value;
    else if (el.type === "checkbox") el.checked = Array.isArray(value) && value.includes(el.value);
    else el.value = Array.isArray(value) ? "" : value;
  }
}

function growRows(container, wanted) {
  while (rowCount(container) < wanted && addRow(container)) {
    /* add rows until the data fits */
  }
}

// Puts data into the form. Rows follow the data: as many as it has (at least the field's
// minimum, e.g. three empty afspraken); `replace` false only adds rows, never removes them.
export function fill(form, data, { replace = true } = {}) {
  for (const container of form.querySelectorAll("[data-repeat]")) {
    const rows = data[container.dataset.repeat];
    const wanted = Math.max(Array.isArray(rows) ? rows.length : 0, Number(container.dataset.min || 0));
    if (replace) trimRows(container, wanted);
    growRows(container, wanted);
  }
  fillElements(form.elements, data);
}

// Puts data into the controls inside one part of the form (a redrawn field, say).
export function fillWithin(element, data) {
  fillElements(element.querySelectorAll("input, textarea, select"), data);
}

// Moves, copies or removes row `index` of a repeating field; returns the index of the row
// to focus next, or null when nothing changed (the first row cannot move up, say).
export function rowOp(form, container, index, op) {
  const name = container.dataset.repeat;
  const rows = collect(form)[name] || [];
  let target = index;
  if (op === "up" && index > 0) {
    [rows[index - 1], rows[index]] = [rows[index], rows[index - 1]];
    target = index - 1;
  } else if (op === "down" && index < rows.length - 1) {
    [rows[index + 1], rows[index]] = [rows[index], rows[index + 1]];
    target = index + 1;
  } else if (op === "duplicate" && rows.length < Number(container.dataset.max || 20)) {
    rows.splice(index + 1, 0, structuredClone(rows[index]));
    target = index + 1;
  } else if (op === "remove") {
    rows.splice(index, 1);
    target = Math.min(index, rows.length - 1);
  } else return null;
  trimRows(container, 0);
  growRows(container, rows.length);
  fillWithin(container, { [name]: rows });
  if (op === "duplicate") assignIds(items(container)[target], { fresh: true }); // a copy is a new row
  return target;
}
