"""The interventiematrix at scale: 500 actions and 40 members in headless Chromium, analysis in
the browser's worker, and how quickly the 500-row table takes typing.

    python -m benchmarks.matrix --site site [--runs 5]

Prints figures; asserts nothing. 'Analysis in Python' is the worker's time for a check (all
rules over 500 rows); 'views in Python' for drawing the analysis and the partner list.
'Input latency' runs from a key press in a cell of the 500-row table until the next frame is
painted, measured in the page (median and worst of 40 keys).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.common import arguments, browser_name, browser_page, line

PAGE = "formulieren/interventiematrix/"
ACTIES, LEDEN = 500, 40
SPOREN, SOORTEN = ("persoon", "groep", "omgeving"), ("grenzen", "belonen", "zorg")
STATUS = ("gepland", "lopend", "uitgevoerd", "niet-uitgevoerd")
DOELEN = ("overlast", "perspectief", "dynamiek", "aanwas", "gedrag", "netwerk")

# Runs in the page: time from each key to the next painted frame, for 40 keys.
LATENCY = """async (selector) => {
  const el = document.querySelector(selector);
  el.focus();
  const times = [];
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'a', bubbles: true}));
    el.value += 'a';
    el.dispatchEvent(new InputEvent('input', {bubbles: true, data: 'a', inputType: 'insertText'}));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(performance.now() - start);
    await new Promise(r => setTimeout(r, 30));
  }
  times.sort((a, b) => a - b);
  return {median: times[20], worst: times[39]};
}"""


def matrix() -> dict:
    leden = [{"code": f"J{i}", "positie": ("plus", "min", "mee")[i % 3], "rol": ("kopstuk", "meeloper")[i % 2],
              "notities": ""} for i in range(1, LEDEN + 1)]
    acties = [{"id": f"a{i}", "wat": f"Actie nummer {i} voor de groep", "doelen": [DOELEN[i % 6], DOELEN[(i + 2) % 6]],
               "spoor": SPOREN[i % 3], "gericht_op": f"J{i % LEDEN + 1}", "partner": f"Partner {i % 12}",
               "soort": SOORTEN[i % 3], "start": f"{i % 28 + 1:02d}-01-2027", "eind": f"{i % 28 + 1:02d}-03-2027",
               "resultaat": "Minder meldingen" if i % 4 else "", "status": STATUS[i % 4], "monitoring": "",
               "bron": "", "repertoire": ""} for i in range(1, ACTIES + 1)]
    return {"groep": "Groep Bench", "gemeente": "Oosterbroek", "peildatum": "15-02-2027", "leden": leden,
            "acties": acties, "filter_partner": "", "filter_spoor": "", "filter_status": "", "sorteer": ""}



def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    checks, views, opened, lat_median, lat_worst = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "matrix.json"
        path.write_text(json.dumps({"formulier": "interventiematrix", "versie": 1, "opgeslagen": "2027-01-01T10:00:00",
                                    "gegevens": matrix()}), encoding="utf-8")
        with browser_page(args.site, viewport={"width": 1400, "height": 900}) as (page, base):
            for _ in range(args.runs):
                page.goto(base + PAGE)
                page.locator(".kb-app[data-ready='true']").wait_for(timeout=120_000)
                page.set_input_files("#kb-open", path)
                page.locator(".kb-app[data-opens='1']").wait_for(timeout=120_000)
                assert page.locator("#f-acties-499-wat").input_value() == "Actie nummer 500 voor de groep"
                opened.append(float(page.get_attribute(".kb-app", "data-msopen")))
                views.append(float(page.get_attribute(".kb-app", "data-msrefresh")))
                done = int(page.get_attribute(".kb-app", "data-checks") or 0)
                page.click("button.kb-check")
                page.locator(f".kb-app[data-checks='{done + 1}']").wait_for(timeout=120_000)
                checks.append(float(page.get_attribute(".kb-app", "data-mscheck")))
                result = page.evaluate(LATENCY, "#f-acties-250-monitoring")
                lat_median.append(result["median"])
                lat_worst.append(result["worst"])
    print(f"Interventiematrix: {ACTIES} actions, {LEDEN} members, {args.runs} runs, headless {browser_name()}")
    print(line("open the file, in Python", opened))
    print(line("analysis (check of all rules), in Python", checks))
    print(line("views (analysis, partner list), in Python", views))
    print(line("input latency in the 500-row table, median", lat_median))
    print(line("input latency in the 500-row table, worst", lat_worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
