"""What the benchmarks share: the command line, the served site and browser, a line of figures."""
from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tools.serve import serve_in_background


def arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--site", type=Path, default=Path("site"))
    ap.add_argument("--runs", type=int, default=5)
    return ap.parse_args(argv)


@contextmanager
def browser_page(site: Path, **page_args) -> Iterator[tuple[Page, str]]:
    """A headless Chromium page and the base URL of the site served on 127.0.0.1."""
    server, base = serve_in_background(site.resolve(), base="/jeugdgroepen/")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser.new_page(**page_args), base
            browser.close()
    finally:
        server.shutdown()


def line(name: str, values: list[float]) -> str:
    return (f"{name:<44} median {statistics.median(values):7.1f} ms   "
            f"min {min(values):7.1f}   max {max(values):7.1f}   (n={len(values)})")


def browser_name() -> str:
    return Path(CHROMIUM).name
