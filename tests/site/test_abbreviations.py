"""Abbreviations in the built pages: each one explained, none forgotten.

1. Every abbreviation in data/begrippen.yml (an entry with `voluit`, and its `varianten`)
   that stands as a word in the main content of a built page is wrapped in
   <abbr title="voluit"> there, so Material shows its tooltip. Text in <code>/<pre> is
   exempt; so is text inside an inline <svg>, where HTML <abbr> cannot go (test 2 still
   checks that the glossary knows it).
2. Every all-capitals token of two or more letters (PGA, OM, BOA in "BOA's") in the main
   content, outside <code>/<pre> and outside <abbr>, is reported with page and token. That
   surfaces abbreviations missing from the glossary, and defined ones that did not get a
   tooltip.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from sitehtml import ROOT, WORD_CHARS, Page, site_pages, word_pattern

from macros.begrippen import load_begrippen

# All-capital tokens that are not abbreviations. Keep this list very short; justify each.
NOT_ABBREVIATIONS: dict[str, str] = {
    # Roman numerals: the source numbers its annexes (bijlage I, II) and the seven clusters of
    # the informatiematrix (I to VII) this way, and the pages keep that numbering.
    "II": "Romeins cijfer", "III": "Romeins cijfer", "IV": "Romeins cijfer",
    "VI": "Romeins cijfer", "VII": "Romeins cijfer",
    # The name of a WCAG conformance level ("niveau AA"), not short for anything.
    "AA": "WCAG-niveau",
}

CAPS = re.compile(rf"(?<![{WORD_CHARS}])[A-Z]{{2,}}(?![{WORD_CHARS}])")


def _afkortingen() -> dict[str, str]:
    """{word: voluit} for each abbreviation and each of its variants."""
    out: dict[str, str] = {}
    for b in load_begrippen(ROOT / "data" / "begrippen.yml"):
        if b.is_afkorting:
            for woord in (b.term, *getattr(b, "varianten", ())):
                out[woord] = b.voluit
    return out


def _content_pages(site: Path) -> list[Page]:
    return [p for p in site_pages(site).values() if p.main]


def test_glossary_has_abbreviations() -> None:
    assert len(_afkortingen()) >= 3


def test_content_pages_found(built_site: Path) -> None:
    rels = {p.rel for p in _content_pages(built_site)}
    assert {"index.html", "stappen/index.html", "begrippen/index.html"} <= rels


def unwrapped_abbreviations(pages: list[Page], afkortingen: dict[str, str]) -> list[str]:
    patterns = {woord: word_pattern(woord) for woord in afkortingen}
    found: dict[tuple[str, str], int] = defaultdict(int)
    for page in pages:
        for piece in page.main:
            if piece.in_code or piece.in_abbr is not None or piece.in_svg:
                continue
            for woord, pattern in patterns.items():
                found[(page.rel, woord)] += len(pattern.findall(piece.text))
    return [f"{rel}: {woord} ({n}x zonder <abbr>)" for (rel, woord), n in sorted(found.items()) if n]


def wrong_titles(pages: list[Page], afkortingen: dict[str, str]) -> list[str]:
    return sorted({
        f"{page.rel}: <abbr title={title!r}>{text}</abbr>, verwacht {afkortingen[text]!r}"
        for page in pages
        for text, title in page.abbrs
        if text in afkortingen and title != afkortingen[text]
    })


def capital_tokens(pages: list[Page], afkortingen: dict[str, str]) -> list[str]:
    found: dict[tuple[str, str], int] = defaultdict(int)
    for page in pages:
        for piece in page.main:
            if piece.in_code or piece.in_abbr is not None:
                continue
            for token in CAPS.findall(piece.text):
                if token not in NOT_ABBREVIATIONS:
                    found[(page.rel, token)] += 1
    return [
        f"{rel}: {token}" + (" (staat in begrippen.yml, maar zonder tooltip)" if token in afkortingen
                             else " (ontbreekt in begrippen.yml)")
        for (rel, token), _n in sorted(found.items())
    ]


def test_every_abbreviation_has_a_tooltip(built_site: Path) -> None:
    missing = unwrapped_abbreviations(_content_pages(built_site), _afkortingen())
    assert not missing, f"{len(missing)} afkorting(en) zonder tooltip:\n" + "\n".join(missing)


def test_tooltips_show_the_full_form(built_site: Path) -> None:
    wrong = wrong_titles(_content_pages(built_site), _afkortingen())
    assert not wrong, "\n".join(wrong)


def test_no_unexplained_capital_tokens(built_site: Path) -> None:
    tokens = capital_tokens(_content_pages(built_site), _afkortingen())
    assert not tokens, (
        f"{len(tokens)} hoofdletterwoord(en) zonder <abbr>; voeg ze toe aan data/begrippen.yml "
        "of schrijf ze voluit:\n" + "\n".join(tokens)
    )


# -- the checks must be able to fail: a tiny page with known faults -------------------------

def _page(tmp_path: Path, body: str) -> list[Page]:
    (tmp_path / "index.html").write_text(
        f'<html><body><nav>OM buiten de inhoud</nav><article class="md-content__inner">{body}'
        '</article><footer>XYZ</footer></body></html>', encoding="utf-8")
    return list(site_pages(tmp_path).values())


def test_checks_find_faults(tmp_path: Path) -> None:
    pages = _page(tmp_path, (
        '<h1 id="t">Titel<a class="headerlink" href="#t">¶</a></h1>'
        '<p>Het <abbr title="Openbaar Ministerie">OM</abbr> en het OM. Twee BOA\'s en een boa.</p>'
        '<p><abbr title="fout">PvA</abbr> <code>PGA</code></p><pre>NAW</pre>'
        '<svg><text>SAOA</text></svg><p>De PGA en de IJssel.</p>'
    ))
    afk = {"OM": "Openbaar Ministerie", "BOA": "buitengewoon opsporingsambtenaar",
           "boa": "buitengewoon opsporingsambtenaar", "PvA": "plan van aanpak"}
    assert unwrapped_abbreviations(pages, afk) == [
        "index.html: BOA (1x zonder <abbr>)", "index.html: OM (1x zonder <abbr>)",
        "index.html: boa (1x zonder <abbr>)",
    ]
    assert wrong_titles(pages, afk) == [
        "index.html: <abbr title='fout'>PvA</abbr>, verwacht 'plan van aanpak'"]
    assert capital_tokens(pages, afk) == [
        "index.html: BOA (staat in begrippen.yml, maar zonder tooltip)",
        "index.html: OM (staat in begrippen.yml, maar zonder tooltip)",
        "index.html: PGA (ontbreekt in begrippen.yml)",
        "index.html: SAOA (ontbreekt in begrippen.yml)",
    ]


@pytest.mark.parametrize(("text", "tokens"), [
    ("BOA's en GGD-medewerkers", ["BOA", "GGD"]),
    ("PvA, IJssel, Top X, CO2", []),
    ("(OM) en 'PGA'.", ["OM", "PGA"]),
])
def test_capital_token_pattern(text: str, tokens: list[str]) -> None:
    assert CAPS.findall(text) == tokens
