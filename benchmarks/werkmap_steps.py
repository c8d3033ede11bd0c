"""The werkmap's requests to Python, timed in the interpreter this runs in (CPython, or Pyodide
under Node through benchmarks/run_in_pyodide.mjs): the same bridge.handle() the browser's worker
calls, on the 30-document werkmap of benchmarks/werkmap_case.py. Prints; asserts nothing."""
from __future__ import annotations

import json
import statistics
import sys
import time

from benchmarks.werkmap_case import werkmap
from formlogic import FORMS, bridge
from formlogic.document import dumps, to_document

TODAY = "14-01-2027"


def _timed(request: dict, runs: int) -> tuple[list[float], dict]:
    text = json.dumps({**request, "vandaag": TODAY})
    times, reply = [], {}
    for _ in range(runs):
        start = time.perf_counter()
        reply = json.loads(bridge.handle(text))
        times.append((time.perf_counter() - start) * 1000)
    assert reply.get("type") != "error", reply
    return times, reply


def main(runs: int = 7) -> None:
    data = werkmap()
    saved = dumps(to_document(FORMS["werkmap"], data))
    opened = json.loads(bridge.handle(json.dumps({"type": "open", "formulier": "werkmap", "vandaag": TODAY,
                                                  "bestanden": [{"naam": "map.json", "tekst": saved}]})))["gegevens"]
    matrix = opened["documenten"][0]["document"]["gegevens"]
    steps = {
        "open the werkmap file (30 documents)": {"type": "open", "formulier": "werkmap",
                                                 "bestanden": [{"naam": "map.json", "tekst": saved}]},
        "due list (view 'te-doen')": {"type": "refresh", "formulier": "werkmap", "gegevens": opened,
                                      "weergaven": ["te-doen"]},
        "all three views": {"type": "refresh", "formulier": "werkmap", "gegevens": opened},
        "check + dossieroverzicht": {"type": "check", "formulier": "werkmap", "gegevens": opened},
        "save (export the werkmap file)": {"type": "export", "formulier": "werkmap", "gegevens": opened},
        "put a document back (matrix changed)": {"type": "action", "formulier": "werkmap", "naam": "terugzetten",
                                                 "arg": "d1", "gegevens": opened,
                                                 "document": {**matrix, "peildatum": "16-01-2027"}},
        "open a document (fill from the werkmap)": {"type": "action", "formulier": "werkmap", "naam": "openen",
                                                    "arg": "d4", "gegevens": opened},
        "the form's HTML for a document": {"type": "form", "formulier": "interventiematrix", "ingebed": True},
    }
    print(f"werkmap requests in {sys.platform} Python {sys.version.split()[0]}: {len(saved) // 1000} kB file, "
          f"{len(opened['documenten'])} documents, {len(matrix['acties'])} matrix actions; ms, {runs} runs")
    print(f"{'request':<44} {'first':>8} {'median':>8} {'max':>8}")
    for name, req in steps.items():
        times, _ = _timed(req, runs)
        print(f"{name:<44} {times[0]:8.1f} {statistics.median(times):8.1f} {max(times):8.1f}")


if __name__ == "__main__":
    main()
