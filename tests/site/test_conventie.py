"""One convention on every guidance page (issue 8; explained to readers in bronnen.md):

- our own advice or design stands in a `tip` box titled "Ons advies: …";
- what one practice story shows stands in an `example` box titled "In de praktijk: …";
- general information no source gives stands in an `info` box titled "Algemene informatie: …"
  that says it is no legal advice and links to the privacy page.

Checked on the built pages, so boxes made by macros count too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitehtml import site_pages

GUIDANCE = re.compile(r"^(stappen|methodieken|praktijk)/|^(rollen|privacy-en-gegevensdeling|preventie-met-gezag|begrippen|bronnen|wat-doe-ik-als)/index\.html$|^index\.html$")
# Issue 19: the convention holds wherever a reader looks: the training pages (workshop guide,
# the exercise, the handouts, every practice case with its folded trainer's part) and the form
# pages (their introduction, and the form's own help and views as built).
TRAINING = re.compile(r"^training/")
FORMULIEREN = re.compile(r"^formulieren/")
EVERYWHERE = re.compile("|".join(p.pattern for p in (GUIDANCE, TRAINING, FORMULIEREN)))
# <div class="admonition tip"><p class="admonition-title">…</p> and <details class="tip"><summary>…</summary>
BOX = re.compile(r'<div class="admonition ([a-z]+)[^"]*">\s*<p class="admonition-title">(.*?)</p>'
                 r'|<details class="([a-z]+)[^"]*"(?: open(?:="[^"]*")?)?>\s*<summary>(.*?)</summary>', re.S)
TAG = re.compile(r"<[^>]+>")


def boxes(html: str) -> list[tuple[str, str, int]]:
    """(type, title as text, offset) of every admonition on the page."""
    out = []
    for m in BOX.finditer(html):
        kind = m.group(1) or m.group(3)
        title = TAG.sub("", m.group(2) if m.group(1) else m.group(4)).strip()
        out.append((kind, title, m.start()))
    return out


@pytest.fixture(scope="module")
def guidance(built_site: Path) -> dict[str, str]:
    pages = {rel: p.path.read_text(encoding="utf-8") for rel, p in site_pages(built_site).items()
             if EVERYWHERE.search(rel)}
    assert len(pages) >= 50
    # every part the issue names is really in the set
    for part in ("training/handleiding/", "training/welke-stap/", "training/handout-plus-min-mee/",
                 "training/oefencasussen/busstation/", "formulieren/gespreksverslag/", "formulieren/index.html"):
        assert any(rel.startswith(part) for rel in pages), part
    return pages


def test_the_box_pattern_reads_both_kinds_of_box():
    html = ('<div class="admonition tip"><p class="admonition-title">Ons advies: x</p></div>'
            '<details class="example"><summary>In de praktijk: <abbr title="y">OM</abbr></summary></details>')
    assert [(k, t) for k, t, _ in boxes(html)] == [("tip", "Ons advies: x"), ("example", "In de praktijk: OM")]


def test_own_advice_and_practice_stories_are_marked_the_same_way_everywhere(guidance):
    wrong = []
    for rel, html in guidance.items():
        for kind, title, _ in boxes(html):
            if kind == "tip" and not title.startswith("Ons advies"):
                wrong.append(f"{rel}: tip '{title}' moet beginnen met 'Ons advies'")
            if kind == "example" and not title.startswith("In de praktijk"):
                wrong.append(f"{rel}: example '{title}' moet beginnen met 'In de praktijk'")
            if title.startswith("Ons advies") and kind != "tip":
                wrong.append(f"{rel}: '{title}' hoort in een tip-blok")
            if title.startswith("In de praktijk") and kind != "example":
                wrong.append(f"{rel}: '{title}' hoort in een example-blok")
    assert wrong == []


def test_general_information_says_it_is_no_legal_advice_and_points_to_the_privacy_page(guidance):
    found = 0
    for rel, html in guidance.items():
        for kind, title, start in boxes(html):
            if not title.startswith("Algemene informatie"):
                continue
            found += 1
            assert kind == "info", (rel, title)
            ends = [i for i in (html.find("</div>", start), html.find("</details>", start)) if i > 0]
            body = html[start:min(ends)]
            assert "privacy-en-gegevensdeling/" in body or rel.startswith("privacy-en-gegevensdeling"), (rel, title)
            assert "juridisch advies" in TAG.sub("", body), (rel, title)
    assert found >= 1


def test_the_convention_is_explained_to_readers(guidance):
    text = TAG.sub("", guidance["bronnen/index.html"])
    for words in ("Ons advies", "In de praktijk", "Algemene informatie"):
        assert words in text
