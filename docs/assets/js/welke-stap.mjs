// "Welke stap?": feedback on the learner's choice, right under the question.
// Its own script because it is an exercise, not a form: no Python, no fields to keep. The
// page holds every text (macros/welke_stap.py); this only compares the choice with the
// answer in data-stap / data-ook / data-methode, shows the verdict and the explanation, and
// counts the right answers. Nothing is stored or sent: reload the page and it starts again.

function chosen(item, vraag) {
  const input = item.querySelector(`[data-vraag='${vraag}'] input:checked`);
  return input ? { value: input.value, label: input.nextElementSibling.textContent } : null;
}

// A step's label ("Stap 4: Adviseren ...") inside a sentence starts in lower case.
function inSentence(label) {
  return label.replace(/^Stap /, "stap ");
}

function labelOf(item, vraag, value) {
  const input = [...item.querySelectorAll(`[data-vraag='${vraag}'] input`)].find((i) => i.value === value);
  return input?.nextElementSibling.textContent ?? value;
}

// The verdict for one question: [outcome, sentence]; outcome is "goed", "ook" or "fout".
function judgeStep(item) {
  const pick = chosen(item, "stap");
  const answer = item.dataset.stap;
  const also = (item.dataset.ook || "").split(" ").filter(Boolean);
  const right = labelOf(item, "stap", answer);
  if (!pick) return ["fout", `U koos nog geen stap. Deze situatie hoort bij ${inSentence(right)}.`];
  if (pick.value === answer) return ["goed", `Goed: ${right}.`];
  if (also.includes(pick.value)) {
    return ["ook", `Ook goed: ${pick.label}. De situatie hoort vooral bij ${inSentence(right)}.`];
  }
  return ["fout", `Nog niet. U koos ${inSentence(pick.label)}. Deze situatie hoort bij ${inSentence(right)}.`];
}

function judgeMethod(item) {
  if (!item.dataset.methode) return null;
  const pick = chosen(item, "methode");
  const right = labelOf(item, "methode", item.dataset.methode);
  if (!pick) return ["fout", `U koos nog geen werkvorm. Het best past: ${right}.`];
  if (pick.value === item.dataset.methode) return ["goed", `Werkvorm: goed, ${right}.`];
  return ["fout", `Werkvorm: u koos ${pick.label}. Het best past: ${right}.`];
}

function check(item) {
  const verdicts = [judgeStep(item), judgeMethod(item)].filter(Boolean);
  const feedback = item.querySelector(".kb-ws-feedback");
  const sentences = verdicts.map(([outcome, text]) => {
    const p = Object.assign(document.createElement("p"), { className: "kb-ws-oordeel", textContent: text });
    p.dataset.uitkomst = outcome;
    return p;
  });
  // The explanation (with the links to the step and method pages) is the page's own text.
  const explanation = item.querySelector(".kb-ws-uitleg").cloneNode(true);
  feedback.replaceChildren(...sentences, ...explanation.children);
  feedback.dataset.uitkomst = verdicts.every(([o]) => o !== "fout") ? "goed" : "fout";
  item.dataset.goed = verdicts[0][0] === "fout" ? "nee" : "ja";
}

function score(root) {
  const items = root.querySelectorAll(".kb-ws-item");
  const end = root.querySelector(".kb-ws-eind");
  end.querySelector(".kb-ws-goed").textContent = [...items].filter((i) => i.dataset.goed === "ja").length;
  end.hidden = ![...items].some((i) => i.dataset.goed);
}

function reset(root) {
  for (const item of root.querySelectorAll(".kb-ws-item")) {
    item.querySelectorAll("input:checked").forEach((i) => { i.checked = false; });
    item.querySelector(".kb-ws-feedback").replaceChildren();
    delete item.querySelector(".kb-ws-feedback").dataset.uitkomst;
    delete item.dataset.goed;
  }
  score(root);
  root.querySelector(".kb-ws-item input")?.focus();
}

export function startWelkeStap(root) {
  root.querySelectorAll(".kb-ws-check").forEach((b) => { b.hidden = false; });
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (button?.classList.contains("kb-ws-check")) {
      check(button.closest(".kb-ws-item"));
      score(root);
    } else if (button?.classList.contains("kb-ws-opnieuw")) {
      reset(root);
    }
  });
  // A new choice makes the old verdict stale: clear it, so the room never reads a wrong one.
  root.addEventListener("change", (event) => {
    const item = event.target.closest(".kb-ws-item");
    if (item?.dataset.goed) {
      item.querySelector(".kb-ws-feedback").replaceChildren();
      delete item.dataset.goed;
      score(root);
    }
  });
}
