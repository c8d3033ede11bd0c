"""How soon the form logic is ready, side by side with the simplest page a user could write.

    python -m benchmarks.pyodide_ready --site site [--runs 5]

Prints one table; asserts nothing (speed depends on the machine). The bare page
(benchmarks/bare/) calls loadPyodide() on the main thread from the site's own vendored files;
it is served next to the site for this run only, never shipped. "First visit" starts with an
empty browser profile; "later visit" reloads in the same profile, as a returning user's
browser would. Times run from the start of navigation until the page reports Python ready.
Bytes are what travelled over the wire on a first visit (compressed where the server sent a
compressed file), and the longest main-thread task on the form page while Python loaded.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.common import arguments, browser_name, line
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.helpers import VALID, fill, fill_valid
from tools.serve import serve_in_background

BARE = Path(__file__).resolve().parent / "bare"
PAGES = {"bare page, main thread": ("bench-bare/", "body"), "gespreksverslag form": ("formulieren/gespreksverslag/", ".kb-app")}
# Registered before the page's own scripts: every long task on the main thread is kept.
WATCH_LONG_TASKS = """window.__longTasks = [];
new PerformanceObserver(list => list.getEntries().forEach(e => window.__longTasks.push(e.duration)))
  .observe({type: 'longtask', buffered: true});"""
LONGEST = "() => Math.max(0, ...window.__longTasks)"


def ready_ms(page, url: str, marker: str) -> float:
    page.goto(url)
    page.locator(f"{marker}[data-ready-after-ms]").wait_for(timeout=120_000)
    return float(page.get_attribute(marker, "data-ready-after-ms"))


def check_ms(page) -> float:
    done = int(page.get_attribute(".kb-app", "data-checks") or 0)
    start = time.perf_counter()
    page.click("button.kb-check")
    page.locator(f".kb-app[data-checks='{done + 1}']").wait_for()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(args.site, site)
        shutil.copytree(BARE, site / "bench-bare")
        server, base = serve_in_background(site, base="/jeugdgroepen/")
        times = {name: {"first": [], "later": []} for name in PAGES}
        checks, wire = [], {}
        longest: dict[str, list[float]] = {name: [] for name in PAGES}
        with sync_playwright() as p:
            for _ in range(args.runs):
                for name, (path, marker) in PAGES.items():
                    with tempfile.TemporaryDirectory() as profile:
                        ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM,
                                                                   args=CHROMIUM_ARGS, headless=True)
                        page = ctx.new_page()
                        page.add_init_script(WATCH_LONG_TASKS)
                        sizes: list[int] = []
                        page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
                        times[name]["first"].append(ready_ms(page, base + path, marker))
                        wire[name] = sum(sizes)
                        longest[name].append(page.evaluate(LONGEST))
                        page.wait_for_timeout(2000)  # a later visit comes later: what the browser keeps is kept
                        times[name]["later"].append(ready_ms(page, base + path, marker))
                        if marker == ".kb-app":
                            fill_valid(page)
                            checks.append(check_ms(page))
                            fill(page, {"#f-situatie": VALID["#f-situatie"] * 50})
                            checks.append(check_ms(page))
                        ctx.close()
        server.shutdown()
    bare = {k: statistics.median(v) for k, v in times["bare page, main thread"].items()}
    print(f"Python ready, {args.runs} runs, headless {browser_name()}, site served on 127.0.0.1 (one run of the browser)")
    for name, runs in times.items():
        for visit in ("first", "later"):
            ratio = statistics.median(runs[visit]) / bare[visit]
            print(f"{line(f'{name}, {visit} visit', runs[visit])}   {ratio:4.2f}x bare")
    print(line("check + draft round trip (form)", checks))
    for name, values in longest.items():
        print(line(f"longest main-thread task, {name}", values))
    for name, size in wire.items():
        print(f"{'bytes on the wire, first visit, ' + name:<44} {size / 1_000_000:7.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
