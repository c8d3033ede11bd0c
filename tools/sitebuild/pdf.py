"""The handbook and the handouts as PDF files, made from the built site with WeasyPrint.

Why WeasyPrint: a well-kept paged-media engine in Python (pip, with Debian's Pango), so the
build needs no browser; it does what paper needs and a browser's print does not: a table of
contents with page numbers (`target-counter`), running heads (`string-set`), page numbers in
the margins, PDF bookmarks from the headings. Only print/handboek.css styles the PDFs; the
theme's style sheets and scripts are not loaded, and nothing is fetched from outside the site.

- The handbook (site/handboek/handboek.pdf) is the page the print-site plugin builds (all pages,
  cover, contents), without the ICT pages (mkdocs.yml excludes them). Chapters (and the menu's
  sections within them) start on a new page; where that would leave the page before nearly
  empty, a second pass lets that chapter follow on the same page (no near-empty pages).
- Each handout (site/training/handout-*/handout-*.pdf) is its page's frame, on one A4: when it
  does not fit, the text gets a little smaller until it does.

`make site` runs this after MkDocs. The PDFs are kept in build/pdf/ under a hash of their HTML
and style sheet, so a build whose pages did not change copies them in a moment.

    python -m tools.sitebuild.pdf --site site
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSS_FILE = ROOT / "print" / "handboek.css"
HANDOUT_CSS = ROOT / "print" / "handout.css"  # on top of handboek.css
HANDBOOK = "handboek/index.html"
HANDBOOK_PDF = "handboek/handboek.pdf"
HANDOUTS = "training/handout-*/index.html"
NEARLY_EMPTY = 0.22  # a page whose text fills less than this part of its height is nearly empty
HANDOUT_SIZES = ("10pt", "9.5pt", "9pt", "8.5pt", "8pt")


@dataclass(frozen=True)
class Made:
    pdf: Path
    pages: int
    seconds: float
    cached: bool
    note: str = ""


def _fetcher(site: Path):
    """Files of the built site only (images); the theme's style sheets and scripts come back
    empty, and anything else is refused: the PDF asks nothing of any other host."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = (site.resolve().as_uri() + "/", CSS_FILE.parent.as_uri() + "/")

    class SiteFiles(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if not url.startswith(allowed):
                raise ValueError(f"niet van deze site: {url}")
            if url.split("?")[0].endswith((".css", ".js", ".mjs")) and not url.startswith(allowed[1]):
                return URLFetcherResponse(url, b"", {"Content-Type": "text/css"})
            return super().fetch(url, headers)

    return SiteFiles()


def _render(page: Path, site: Path, extra_css: str = "", handout: bool = False):
    from weasyprint import CSS, HTML

    sheets = [CSS(filename=str(f)) for f in (CSS_FILE, HANDOUT_CSS) if f == CSS_FILE or handout]
    sheets += [CSS(string=extra_css)] if extra_css else []
    return HTML(filename=str(page), url_fetcher=_fetcher(site)).render(stylesheets=sheets)


def filled(page) -> float:
    """How much of the page's content area its text and images fill, from the top (0 to 1)."""
    from weasyprint.formatting_structure import boxes

    box = page._page_box  # noqa: SLF001 (pinned version; the public Page has no layout)
    top, height = box.content_box_y(), box.height
    lowest = top
    stack = [c for c in box.children if not isinstance(c, boxes.MarginBox)]
    while stack:
        b = stack.pop()
        if isinstance(b, (boxes.LineBox, boxes.ReplacedBox)):
            lowest = max(lowest, b.position_y + b.margin_height())
        elif isinstance(b, boxes.ParentBox):
            stack.extend(b.children)
    return (lowest - top) / height if height else 1.0


_SECTION = re.compile(r"<section\b[^>]*>|</section>")
_ID = re.compile(r"""\bid=["']([^"']+)["']""")


def chapter_ids(html: str) -> list[str]:
    """The ids of the sections that start on a new page (handboek.css): the chapters right
    inside #print-site-page, and the sections of the menu within a chapter (md-section, such as
    Training > Oefencasussen)."""
    start = html.find('id="print-site-page"')
    ids, depth = [], 0
    for tag in _SECTION.finditer(html, max(start, 0)):
        if tag.group().startswith("</"):
            depth -= 1
            if depth < 0:
                break
            continue
        depth += 1
        if (depth == 1 or "md-section" in tag.group()) and (m := _ID.search(tag.group())):
            ids.append(m.group(1))
    return ids


def _chapter_css(ids: set[str]) -> str:
    return "".join(f"#{i} {{ break-before: auto !important; margin-top: 2em; }}\n" for i in sorted(ids))


def render_handbook(site: Path, moved: set[str]) -> tuple[object, set[str]]:
    """The handbook; a chapter after a nearly empty page follows on that page instead. `moved`:
    the chapters that did so last time (a first guess that saves a pass)."""
    page = site / HANDBOOK
    chapters = set(chapter_ids(page.read_text(encoding="utf-8")))
    moved = moved & chapters
    doc = _render(page, site, _chapter_css(moved))
    for _ in range(3):  # a chapter that moves up may leave another page short: look again
        starts = {i: a for i, p in enumerate(doc.pages) for a in p.anchors if a in chapters}
        follow = {starts[i + 1] for i, p in enumerate(doc.pages[:-1])
                  if i > 0 and i + 1 in starts and filled(p) < NEARLY_EMPTY}
        if not follow - moved:
            break
        moved |= follow
        doc = _render(page, site, _chapter_css(moved))
    return doc, moved


def render_handout(page: Path, site: Path) -> tuple[object, str]:
    """A handout on one A4: the largest text size at which it fits."""
    for size in HANDOUT_SIZES:
        doc = _render(page, site, f"html {{ font-size: {size}; }}\n", handout=True)
        if len(doc.pages) == 1:
            break
    return doc, f"tekst {size}"


def _key(page: Path) -> str:
    from weasyprint import __version__

    digest = hashlib.sha256()
    html = page.read_bytes()
    article = html[html.find(b"<article"):html.rfind(b"</article>")]  # not the footer's build date
    for part in (article or html, CSS_FILE.read_bytes(), HANDOUT_CSS.read_bytes(), Path(__file__).read_bytes(),
                 __version__.encode()):
        digest.update(part)
    return digest.hexdigest()[:20]


def make(page: Path, target: Path, cache: Path, site: Path, handout: bool) -> Made:
    start = time.perf_counter()
    cached = cache / f"{target.stem}-{_key(page)}.pdf"
    about = cached.with_suffix(".json")  # its page count and how it was made
    hit = cached.exists() and about.exists()
    if not hit:
        if handout:
            doc, note = render_handout(page, site)
        else:
            guess = cache / f"doorlopend-{target.stem}.json"  # kept across builds, not keyed
            moved = set(json.loads(guess.read_text(encoding="utf-8"))) if guess.exists() else set()
            doc, moved = render_handbook(site, moved)
            cache.mkdir(parents=True, exist_ok=True)
            guess.write_text(json.dumps(sorted(moved)), encoding="utf-8")
            note = f"doorlopend na een bijna lege pagina: {', '.join(sorted(moved))}" if moved else ""
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"{target.stem}-*"):
            old.unlink()
        doc.write_pdf(cached)
        about.write_text(json.dumps({"pages": len(doc.pages), "note": note}), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, target)
    info = json.loads(about.read_text(encoding="utf-8"))
    return Made(target, info["pages"], time.perf_counter() - start, hit, info["note"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "pdf")
    args = parser.parse_args(argv)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    site = args.site.resolve()
    if not (site / HANDBOOK).exists():
        print(f"{site / HANDBOOK} ontbreekt: bouw eerst de site (mkdocs build).", file=sys.stderr)
        return 1
    jobs = [(site / HANDBOOK, site / HANDBOOK_PDF, False)]
    jobs += [(p, p.parent / f"{p.parent.name}.pdf", True) for p in sorted(site.glob(HANDOUTS))]
    for page, target, handout in jobs:
        made = make(page, target, args.cache, site, handout)
        print(f"pdf: {target.relative_to(site)}: {made.pages} pagina's, {made.seconds:.1f} s"
              f"{' (uit de cache)' if made.cached else ''}{f'; {made.note}' if made.note else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
