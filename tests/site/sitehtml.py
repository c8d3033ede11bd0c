"""Read the built site with the standard library's html.parser, for the site tests.

One pass over a page collects what the tests need: every id, every URL-valued attribute,
and the text of the main content (Material's `article.md-content__inner`) in pieces that
know whether they sit inside <code>/<pre>, <abbr> or <svg>.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the macros package holds the loaders the site is built from
    sys.path.insert(0, str(ROOT))

# Attributes whose value is a URL the browser may fetch or navigate to.
URL_ATTRS = frozenset({"href", "src", "xlink:href", "action", "formaction", "poster", "data", "cite"})
SRCSET_ATTRS = frozenset({"srcset", "imagesrcset"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
# Text in these is not prose a reader sees as page text.
SKIP_TEXT = frozenset({"script", "style", "template", "noscript"})


@dataclass(frozen=True)
class Link:
    tag: str
    attr: str
    url: str
    line: int


@dataclass(frozen=True)
class Text:
    text: str
    in_code: bool  # inside <code>, <pre>, <kbd> or <samp>
    in_abbr: str | None  # the title of the enclosing <abbr>, or None
    in_svg: bool


@dataclass
class Page:
    path: Path  # the HTML file
    rel: str  # path relative to the site root, with forward slashes
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    main: list[Text] = field(default_factory=list)  # text of the main content
    abbrs: list[tuple[str, str]] = field(default_factory=list)  # (text, title) of each <abbr> in main
    classes: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list)  # (tag, classes, depth) in main

    def main_text(self) -> str:
        return " ".join(t.text for t in self.main)


class _Parser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.main_depth: int | None = None  # stack depth of the main content element
        self._abbr_text: list[str] = []

    # -- helpers -------------------------------------------------------------------------
    def _inside(self, *tags: str) -> bool:
        return any(t in tags for t, _ in self.stack)

    def _in_main(self) -> bool:
        return self.main_depth is not None and 0 <= self.main_depth < len(self.stack)

    def _abbr_title(self) -> str | None:
        for tag, attrs in reversed(self.stack):
            if tag == "abbr":
                return attrs.get("title") or ""
        return None

    def _collect(self, tag: str, attrs: list[tuple[str, str | None]]) -> dict[str, str | None]:
        d = dict(attrs)
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.page.ids.add(value)
            if name in URL_ATTRS:
                self.page.links.append(Link(tag, name, value.strip(), self.getpos()[0]))
            elif name in SRCSET_ATTRS:
                for part in value.split(","):
                    url = part.strip().split(" ")[0]
                    if url:
                        self.page.links.append(Link(tag, name, url, self.getpos()[0]))
        return d

    # -- parser callbacks ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = self._collect(tag, attrs)
        if tag in VOID:
            return
        self.stack.append((tag, d))
        classes = tuple((d.get("class") or "").split())
        if self.main_depth is None and tag == "article" and "md-content__inner" in classes:
            self.main_depth = len(self.stack) - 1
        elif self._in_main():
            self.page.classes.append((tag, classes, len(self.stack)))
        if tag == "abbr" and self._in_main():
            self._abbr_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._collect(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self.stack):
            return  # a stray end tag: ignore, as browsers do
        while self.stack:
            open_tag, attrs = self.stack.pop()
            if open_tag == "abbr" and self._in_main():
                self.page.abbrs.append(("".join(self._abbr_text), attrs.get("title") or ""))
            if self.main_depth is not None and len(self.stack) == self.main_depth:
                self.main_depth = -1  # main content closed; -1 never matches again
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._in_main() or self._inside(*SKIP_TEXT):
            return
        for tag, attrs in self.stack:
            if tag == "a" and "headerlink" in (attrs.get("class") or "").split():
                return  # the ¶ permalink next to each heading
        if self._inside("abbr"):
            self._abbr_text.append(data)
        self.page.main.append(Text(
            text=data,
            in_code=self._inside("code", "pre", "kbd", "samp"),
            in_abbr=self._abbr_title(),
            in_svg=self._inside("svg"),
        ))


def parse_page(path: Path, site: Path) -> Page:
    page = Page(path=path, rel=path.relative_to(site).as_posix())
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return page


@cache
def _parsed(site: Path) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): parse_page(p, site) for p in sorted(site.rglob("*.html"))}


def site_pages(site: Path) -> dict[str, Page]:
    """Every HTML page of the built site, parsed once per test session."""
    return _parsed(Path(site).resolve())


def built_path(docs_path: str) -> str:
    """The built file of a docs page (use_directory_urls): stappen/x.md -> stappen/x/index.html."""
    stem = docs_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


WORD_CHARS = r"0-9A-Za-zÀ-ÖØ-öø-ÿ"


def word_pattern(word: str) -> re.Pattern[str]:
    """`word` as a whole word: not part of a longer word (`BOA's` holds the word `BOA`)."""
    return re.compile(rf"(?<![{WORD_CHARS}]){re.escape(word)}(?![{WORD_CHARS}])")
