"""Circulair vragen at scale: 30 organisations x 8 questions x 5 answers, taken into a session
in headless Chromium, merge and analysis in the browser's worker.

    python -m benchmarks.circulair --site site [--runs 5]

Prints figures; asserts nothing. 'In Python' is the time the worker spent inside formlogic for
the request; 'on the page' runs from choosing the 30 files until the page shows the result
(reading the files, both requests, drawing the flip-overs).
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import arguments, browser_name, browser_page, line

PAGE = "formulieren/circulair-vragen/"
ORGS, QUESTIONS, ANSWERS = 30, 8, 5
WORDS = ("overlast winkelcentrum harde kern meelopers spijbelen school ouders thuis voetbal buurthuis "
         "messen drugs snapchat stage bijbaan mentor wijkteam avond plein jongerencentrum").split()


def session() -> dict:
    vragen = [{"id": f"v{i}", "tekst": f"Vraag nummer {i} over de groep?"} for i in range(1, QUESTIONS + 1)]
    orgs = [f"Organisatie {n}" for n in range(1, ORGS + 1)]
    return {"sessie_id": "bench1", "groep": "Groep Bench", "gemeente": "Oosterbroek", "datum": "01-12-2026",
            "organisaties": orgs, "vragen": vragen}


def answers_file(org: str, n: int, data: dict) -> str:
    answers = {v["id"]: "\n".join(" ".join(WORDS[(n * 7 + q * 3 + a * 5 + k) % len(WORDS)] for k in range(4))
                                  for a in range(ANSWERS))
               for q, v in enumerate(data["vragen"])}
    sessie = {"id": data["sessie_id"], "groep": data["groep"], "gemeente": data["gemeente"], "datum": data["datum"],
              "organisaties": data["organisaties"], "vragen": data["vragen"]}
    return json.dumps({"formulier": "circulair-antwoorden", "versie": 1, "opgeslagen": "2026-11-24T10:00:00",
                       "gegevens": {"sessie": sessie, "organisatie": org, "antwoorden": answers}})



def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    data = session()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sessie_file = folder / "sessie.json"
        sessie_file.write_text(json.dumps({"formulier": "circulair-vragen", "versie": 1, "opgeslagen": "2026-11-24T10:00:00",
                                           "gegevens": data}), encoding="utf-8")
        files = []
        for n, org in enumerate(data["organisaties"]):
            path = folder / f"antwoorden-{n}.json"
            path.write_text(answers_file(org, n, data), encoding="utf-8")
            files.append(path)
        merge, analysis, total = [], [], []
        with browser_page(args.site) as (page, base):
            for _ in range(args.runs):
                page.goto(base + PAGE)
                page.locator(".kb-app[data-ready='true']").wait_for(timeout=120_000)
                page.set_input_files("#kb-open", sessie_file)
                page.locator(".kb-app[data-opens='1']").wait_for()
                start = time.perf_counter()
                page.set_input_files("#kb-files-3", files)
                page.locator(".kb-app[data-opens='2']").wait_for(timeout=120_000)
                total.append((time.perf_counter() - start) * 1000)
                merge.append(float(page.get_attribute(".kb-app", "data-msopen")))
                analysis.append(float(page.get_attribute(".kb-app", "data-msrefresh")))
                assert page.locator("#flap-v8 tr").count() == ORGS  # every organisation on the last flip-over
    print(f"Circulair vragen: {ORGS} organisations x {QUESTIONS} questions x {ANSWERS} answers, "
          f"{args.runs} runs, headless {browser_name()}")
    print(line("merge of 30 answers files, in Python", merge))
    print(line("analysis + flip-overs and fields, in Python", analysis))
    print(line("on the page, files chosen until shown", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
