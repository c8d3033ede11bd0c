"""How soon the form logic is ready, side by side with the simplest page a user could write.

    python -m benchmarks.pyodide_ready --site site [--runs 5]

Prints one table; asserts nothing (speed depends on the machine). The bare page
(benchmarks/bare/) calls loadPyodide() on the main thread from the site's own vendored files;
it is served next to the site for this run only, never shipped. "First visit" starts with an
empty browser profile; "later visit" reloads in the same profile, as a returning user's
browser would; a third visit shows what the browser keeps from then on (Chromium keeps compiled
JavaScript only from the third load of a script). Times run from the start of navigation until
the page reports Python ready.

Also printed: when the form page first showed content (typing can start then), the steps of
the worker's start, the bytes that travelled on a first visit (compressed where the server
sent a compressed file), and the main thread's long frames with the scripts that filled them,
so "no long task from our code" is a figure, not a claim.
"""
from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from benchmarks.common import arguments, browser_name, line
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.helpers import VALID, fill, fill_valid
from tools.serve import serve_in_background

BARE = Path(__file__).resolve().parent / "bare"
BARE_PAGE, FORM_PAGE = "bare page, main thread", "gespreksverslag form"
PAGES = {BARE_PAGE: ("bench-bare/", "body"), FORM_PAGE: ("formulieren/gespreksverslag/", ".kb-app")}
VISITS = ("first", "later", "third")
# Registered before the page's own scripts. Long animation frames name the scripts that ran in
# them (Chromium's Long Animation Frames API): that tells the theme's work from ours.
WATCH = """window.__long = {tasks: [], scripts: []};
new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.tasks.push(e.duration)))
  .observe({type: 'longtask', buffered: true});
new PerformanceObserver(l => l.getEntries().forEach(f => f.scripts.forEach(s => window.__long.scripts.push(
  [(s.sourceURL || s.invoker || '?').split('/').pop(), s.duration]))))
  .observe({type: 'long-animation-frame', buffered: true});"""
LONG = "() => ({longest: Math.max(0, ...window.__long.tasks), scripts: window.__long.scripts})"
PAINT = "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"
# Worker steps after the worker began (the worker's own marks): Python restored, logic answered.
STEPS = {"Python restored": "Python gestart", "logic ready": "klaar"}


def ready_ms(page: Page, url: str, marker: str) -> float:
    page.goto(url)
    page.locator(f"{marker}[data-ready-after-ms]").wait_for(timeout=120_000)
    return float(page.get_attribute(marker, "data-ready-after-ms"))


def worker_steps(page: Page) -> dict[str, float]:
    """When the worker began and each step ended, in the page's clock."""
    marks = json.loads(page.get_attribute(".kb-app", "data-python-marks"))
    began = marks["worker"]
    return {"worker began": began, **{name: began + marks[key] for name, key in STEPS.items()}}


def check_ms(page: Page) -> float:
    done = int(page.get_attribute(".kb-app", "data-checks") or 0)
    start = time.perf_counter()
    page.click("button.kb-check")
    page.locator(f".kb-app[data-checks='{done + 1}']").wait_for()
    return (time.perf_counter() - start) * 1000


class Figures:
    def __init__(self) -> None:
        self.ready = {name: {v: [] for v in VISITS} for name in PAGES}
        self.paint = {v: [] for v in VISITS}
        self.steps = {v: defaultdict(list) for v in VISITS}
        self.longest: dict[str, list[float]] = {name: [] for name in PAGES}
        self.scripts: dict[str, list[float]] = defaultdict(list)  # script -> its runs in long frames
        self.checks: list[float] = []
        self.wire: dict[str, list[int]] = {name: [] for name in PAGES}

    def visit(self, page: Page, name: str, visit: str, url: str, marker: str) -> None:
        self.ready[name][visit].append(ready_ms(page, url, marker))
        long = page.evaluate(LONG)
        if visit == "first":
            self.longest[name].append(long["longest"])
        if name == FORM_PAGE:
            self.paint[visit].append(page.evaluate(PAINT))
            for step, ms in worker_steps(page).items():
                self.steps[visit][step].append(ms)
            for script, ms in long["scripts"]:
                self.scripts[script].append(ms)

    def print(self, runs: int) -> None:
        bare = {v: statistics.median(self.ready[BARE_PAGE][v]) for v in VISITS}
        print(f"Python ready, {runs} runs, headless {browser_name()}, site served on 127.0.0.1 (one run of the browser)")
        for name, times in self.ready.items():
            for visit in VISITS:
                ratio = statistics.median(times[visit]) / bare[visit]
                print(f"{line(f'{name}, {visit} visit', times[visit])}   {ratio:4.2f}x bare")
        for visit in VISITS:
            print(line(f"form: first content painted, {visit} visit", self.paint[visit]))
            for step, values in self.steps[visit].items():
                print(line(f"form: {step}, {visit} visit", values))
        print(line("check + draft round trip (form)", self.checks))
        for name, values in self.longest.items():
            print(line(f"longest main-thread task, {name}", values))
        print("scripts in the form page's long frames (> 50 ms), per visit, longest first:")
        for script, values in sorted(self.scripts.items(), key=lambda kv: -max(kv[1]))[:8]:
            print(f"  {script[:40]:<42} longest {max(values):6.1f} ms   seen {len(values)}x")
        for name, sizes in self.wire.items():
            print(f"{'bytes on the wire, first visit, ' + name:<44} {statistics.median(sizes) / 1_000_000:7.2f} MB")


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(args.site, site)
        shutil.copytree(BARE, site / "bench-bare")
        server, base = serve_in_background(site, base="/jeugdgroepen/")
        with sync_playwright() as p:
            for _ in range(args.runs):
                for name, (path, marker) in PAGES.items():
                    with tempfile.TemporaryDirectory() as profile:
                        ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM,
                                                                   args=CHROMIUM_ARGS, headless=True)
                        page = ctx.new_page()
                        page.add_init_script(WATCH)
                        sizes: list[int] = []
                        page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
                        figures.visit(page, name, "first", base + path, marker)
                        figures.wire[name].append(sum(sizes))
                        for visit in VISITS[1:]:
                            page.wait_for_timeout(2000)  # a later visit comes later: what the browser keeps is kept
                            figures.visit(page, name, visit, base + path, marker)
                        if name == FORM_PAGE:
                            fill_valid(page)
                            figures.checks.append(check_ms(page))
                            fill(page, {"#f-situatie": VALID["#f-situatie"] * 50})
                            figures.checks.append(check_ms(page))
                        ctx.close()
        server.shutdown()
    figures.print(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
