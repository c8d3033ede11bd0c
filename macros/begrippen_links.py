"""Link the first use of each glossary term on a page to its entry on the Begrippenlijst.

Works on the page's HTML (after Markdown), so it never touches link text, headings, code, the
titles of admonitions, form controls or the forms themselves. An abbreviation already stands in
an <abbr> with its tooltip: its first one is wrapped in the link, so it keeps the tooltip.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape, unescape
from html.parser import HTMLParser

from macros.begrippen import Begrip

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
# Text inside these is not running prose, or already does something when clicked.
SKIP_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "template", "noscript",
                       "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "legend", "textarea",
                       "select", "option", "summary", "svg", "nav", "dt", "figcaption"})
# Admonition titles, the forms (their help texts sit next to inputs) and the print-site cover.
SKIP_CLASSES = frozenset({"admonition-title", "kb-app", "kb-no-glossary", "headerlink"})
CSS_CLASS = "kb-begrip"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


class _Linker(HTMLParser):
    def __init__(self, terms: dict[str, Begrip], href: Callable[[Begrip], str]) -> None:
        super().__init__(convert_charrefs=False)
        self.terms = terms  # lower-cased spelling -> term
        self.href = href
        self.done: set[str] = set()  # anchors already linked on this page
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skips its text)
        self.abbr_at: int | None = None  # index in out of the open <abbr>'s start tag
        self.abbr_text = ""
        words = sorted(terms, key=len, reverse=True)
        self.pattern = re.compile(
            rf"(?<![\w\-À-ÿ])({'|'.join(re.escape(w) for w in words)})(?![\w+À-ÿ-])", re.IGNORECASE
        ) if words else None

    @property
    def skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def _link(self, begrip: Begrip, inner: str) -> str:
        title = escape(_first_sentence(begrip.uitleg))
        return f'<a class="{CSS_CLASS}" href="{escape(self.href(begrip))}" title="{title}">{inner}</a>'

    def _match(self, spelling: str) -> Begrip | None:
        begrip = self.terms.get(spelling.lower())
        if begrip is None or begrip.anker in self.done:
            return None
        # Names and abbreviations match only as written; ordinary words also at a sentence start.
        if begrip.term[:1].isupper() and spelling != begrip.term and spelling not in begrip.varianten:
            return None
        if begrip.is_afkorting and spelling not in (begrip.term, *begrip.varianten):
            return None
        return begrip

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or ""
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "abbr" and not self.skipping:
            self.abbr_at, self.abbr_text = len(self.out), ""
        self.out.append(raw)
        if tag not in VOID:
            self.stack.append((tag, tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "abbr" and self.abbr_at is not None:
            begrip = self._match(unescape(self.abbr_text))
            if begrip is not None and begrip.is_afkorting:
                inner = "".join(self.out[self.abbr_at:])
                del self.out[self.abbr_at:]
                self.out.append(self._link(begrip, inner))
                self.done.add(begrip.anker)
            self.abbr_at = None

    def handle_data(self, data):
        if self.abbr_at is not None:
            self.abbr_text += data
            self.out.append(data)
        elif self.skipping or self.pattern is None:
            self.out.append(data)
        else:
            self.out.append(self.pattern.sub(self._replace, data))

    def _replace(self, m: re.Match) -> str:
        begrip = self._match(m.group(1))
        if begrip is None or begrip.is_afkorting:  # abbreviations are linked through their <abbr>
            return m.group(1)
        self.done.add(begrip.anker)
        return self._link(begrip, m.group(1))

    def handle_entityref(self, name):
        self.handle_data(f"&{name};") if self.abbr_at is not None else self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};") if self.abbr_at is not None else self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def link_terms(html: str, begrippen: Iterable[Begrip], href: Callable[[Begrip], str]) -> str:
    """`html` with the first use of each term linked to `href(term)`; the rest unchanged."""
    terms: dict[str, Begrip] = {}
    for b in begrippen:
        for spelling in (b.term, *b.varianten):
            terms[spelling.lower()] = b
    linker = _Linker(terms, href)
    linker.feed(html)
    linker.close()
    return "".join(linker.out)
