"""How long until a form's Python logic is ready, and how long a check takes, in headless Chromium.

    python -m benchmarks.pyodide_ready --site site [--runs 5]

Prints figures; asserts nothing (speed depends on the machine). "First visit" starts with an
empty browser profile; "later visits" reuse it, as a returning user's browser would.
Times are from the start of navigation until the page reports the Python logic ready.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.helpers import VALID, fill, fill_valid
from tools.serve import serve_in_background

FORM = "formulieren/gespreksverslag/"


def ready_ms(page, url: str) -> float:
    page.goto(url)
    page.locator(".kb-app[data-ready='true']").wait_for(timeout=120_000)
    return float(page.get_attribute(".kb-app", "data-ready-after-ms"))


def check_ms(page) -> float:
    done = int(page.get_attribute(".kb-app", "data-checks") or 0)
    start = time.perf_counter()
    page.click("button.kb-check")
    page.locator(f".kb-app[data-checks='{done + 1}']").wait_for()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, default=Path("site"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    server, base = serve_in_background(args.site.resolve(), base="/jeugdgroepen/")
    url = base + FORM
    first, later, checks = [], [], []
    transferred = 0
    with sync_playwright() as p:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as profile:
                ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                           headless=True)
                page = ctx.new_page()
                sizes: list[int] = []
                page.on("response", lambda r: sizes.append(int(r.headers.get("content-length", 0))))
                first.append(ready_ms(page, url))
                transferred = sum(sizes)
                later.append(ready_ms(page, url))
                fill_valid(page)
                checks.append(check_ms(page))
                fill(page, {"#f-situatie": VALID["#f-situatie"] * 50})
                checks.append(check_ms(page))
                ctx.close()
    server.shutdown()

    def line(name: str, values: list[float]) -> str:
        return (f"{name:<34} median {statistics.median(values):7.0f} ms   "
                f"min {min(values):7.0f}   max {max(values):7.0f}   (n={len(values)})")

    print(f"Pyodide readiness, {args.runs} runs, headless {Path(CHROMIUM).name}, site served on 127.0.0.1")
    print(line("ready, first visit (empty cache)", first))
    print(line("ready, later visit (cached)", later))
    print(line("check + draft round trip", checks))
    print(f"{'bytes fetched on first visit':<34} {transferred / 1_000_000:7.1f} MB (uncompressed; the test server does not compress)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
