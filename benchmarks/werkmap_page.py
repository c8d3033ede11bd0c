"""Switching documents inside the werkmap page, against opening that form's own page anew.

    python -m benchmarks.werkmap_page --site site [--runs 5]

In headless Chromium on the built site: the practice case 'plein' as a werkmap; then, per run,
from the interventiematrix to a gespreksverslag and back, timed from the click until the shown
form has answered. The first
visit to a document fills a form drawn ahead (prefetch); later visits reuse it. 'Answered' runs
until the shown form's check has come back from Python. Opening a form's page anew is timed from
navigation until its Python answers a check. Prints figures; asserts nothing.
"""
from __future__ import annotations

import sys
import time

from benchmarks.common import arguments, browser_page, line

PAGE = "formulieren/werkmap/"


def _wait(page, script: str, timeout_s: float = 120) -> None:
    """Polls in the page (the strict CSP forbids wait_for_function's eval)."""
    end = time.monotonic() + timeout_s
    while not page.evaluate(script):
        if time.monotonic() > end:
            raise TimeoutError(script)
        time.sleep(0.01)


# Runs in the page: click the contents button of a document, resolve when the host has switched
# and the shown form has answered a check (its live check after the data arrived).
SWITCH = """async (arg) => {
  const host = document.querySelector('.kb-host');
  const before = Number(host.dataset.switches || 0);
  const t0 = performance.now();
  document.querySelector(`.kb-host-nav button[data-arg="${arg}"]`).click();
  while (Number(host.dataset.switches || 0) <= before) await new Promise(r => setTimeout(r, 2));
  const switched = performance.now() - t0;
  // The shown form answers: its check button, through the page's one worker, until the reply is shown.
  const root = document.querySelector('.kb-host-stage > .kb-app');
  const checks = Number(root.dataset.checks || 0);
  root.querySelector('button.kb-check').click();
  while (Number(root.dataset.checks || 0) <= checks) await new Promise(r => setTimeout(r, 2));
  return { switched, answered: performance.now() - t0, steps: host.dataset.switchSteps };
}"""


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    with browser_page(args.site, viewport={"width": 1280, "height": 800}) as (page, base):
        page.goto(base + PAGE)
        _wait(page, "document.querySelector('.kb-host')?.dataset.hostWired === 'true' && "
                    "document.querySelector('.kb-app')?.dataset.ready === 'true'")
        page.on("dialog", lambda d: d.accept())
        page.click("button[data-action='example']")
        _wait(page, "document.querySelectorAll('.kb-host-nav button').length === 7")
        time.sleep(3)  # the host draws the documents' forms while the user reads (prefetch)
        first, later, answered = [], [], []
        for run in range(args.runs):
            for arg in ("d3", "d4"):  # interventiematrix (200-line form), gespreksverslag
                r = page.evaluate(SWITCH, arg)
                (first if run == 0 else later).append(r["switched"])
                if run == 0:
                    print(f"first switch to {arg}: {r['steps']} (ms since the click, per step); "
                          f"answered a check after {r['answered']:.0f} ms")
                else:
                    answered.append(r["answered"])
        workers = sum("pyodide-worker" in w.url for w in page.workers)
        anew = []
        for _ in range(args.runs):
            t0 = time.monotonic()
            page.goto(base + "formulieren/gespreksverslag/")
            _wait(page, "document.querySelector('.kb-app')?.dataset.ready === 'true'")
            page.click("button.kb-check")
            _wait(page, "Number(document.querySelector('.kb-app').dataset.checks || 0) > 0")
            anew.append((time.monotonic() - t0) * 1000)
    print(f"werkmap page, {args.runs} runs; Python workers on the werkmap page after all switches: {workers}")
    print(line("switch, first visit to a document", first))
    print(line("switch, later visits (form kept)", later))
    print(line("switch until the form answered a check", answered))
    print(line("open the gespreksverslag page anew", anew))
    return 0


if __name__ == "__main__":
    sys.exit(main())
