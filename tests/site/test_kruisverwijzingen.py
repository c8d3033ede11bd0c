"""Cross-links of the 7-stappenmodel: data, rendering (macros/kennisbank.py) and built pages.

The data tests read data/kruisverwijzingen.yml and data/praktijkfragmenten.yml as the site
uses them. A step without a practice fragment fails here on purpose: the step pages still
build (with a note), so this test is what says a story is missing.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from sitehtml import ROOT, built_path, site_pages

from macros import kennisbank
from macros.kennisbank import Kruisverwijzingen, load_kruisverwijzingen, nav_titles, relative

DATA = ROOT / "data"
DOCS = ROOT / "docs"
STAPPEN = range(1, 8)


@pytest.fixture(scope="module")
def kv() -> Kruisverwijzingen:
    return load_kruisverwijzingen(DATA / "kruisverwijzingen.yml")


# -- the data ------------------------------------------------------------------------------

def test_all_seven_steps_are_there(kv: Kruisverwijzingen) -> None:
    assert sorted(kv.stappen) == list(STAPPEN)
    for n, stap in kv.stappen.items():
        assert stap.nummer == n
        assert re.fullmatch(rf"stappen/stap-{n}-[a-z0-9-]+\.md", stap.pagina), stap.pagina


@pytest.mark.parametrize("nummer", STAPPEN)
def test_step_has_a_practice_fragment(kv: Kruisverwijzingen, nummer: int) -> None:
    assert kv.stappen[nummer].praktijk, (
        f"stap {nummer} heeft geen praktijkfragment in data/praktijkfragmenten.yml"
    )


@pytest.mark.parametrize("nummer", STAPPEN)
def test_step_has_methods(kv: Kruisverwijzingen, nummer: int) -> None:
    methoden = kv.stappen[nummer].methoden
    assert methoden, f"stap {nummer} noemt geen werkvorm"
    assert all(m.startswith("methodieken/") for m in methoden), methoden


def test_fragments_point_to_the_step_heading(kv: Kruisverwijzingen) -> None:
    """Story pages have one heading per step with id `stap-N`; a fragment of step N links there."""
    wrong = [
        f"stap {n}: {f.verhaal} -> #{f.anker}"
        for n, stap in kv.stappen.items()
        for f in stap.praktijk
        if f.anker != f"stap-{n}"
    ]
    assert not wrong, "fragment wijst naar het kopje van een andere stap:\n" + "\n".join(wrong)


def test_every_linked_page_exists_in_docs(kv: Kruisverwijzingen) -> None:
    missing = sorted(p for p in kennisbank.linked_pages(kv) if not (DOCS / p).is_file())
    assert not missing, f"pagina's die niet bestaan in docs/: {missing}"


def test_every_fragment_anchor_exists_in_the_built_story(kv: Kruisverwijzingen, built_site: Path) -> None:
    pages = site_pages(built_site)
    missing = []
    for n, stap in kv.stappen.items():
        for f in stap.praktijk:
            story = built_path(kv.verhalen[f.verhaal].pagina)
            if story not in pages or f.anker not in pages[story].ids:
                missing.append(f"stap {n}: {story}#{f.anker}")
    assert not missing, "anker ontbreekt in het gebouwde verhaal:\n" + "\n".join(missing)


def test_fragment_texts_are_short_and_plain(kv: Kruisverwijzingen) -> None:
    """One or two sentences, no Jinja or HTML: the text is pasted into a Markdown list item."""
    bad = [
        f"stap {n} {f.verhaal}: {f.tekst[:40]!r}"
        for n, stap in kv.stappen.items()
        for f in stap.praktijk
        if not f.tekst.strip() or "{{" in f.tekst or "{%" in f.tekst or "<" in f.tekst
        or len(f.tekst) > 400
    ]
    assert not bad, bad


# -- the built step pages --------------------------------------------------------------------

def _blocks(page) -> dict[str, list[str]]:
    """Classes of the kb-* blocks in the main content, e.g. {'kb-praktijk': ['kb-leeg']}."""
    found: dict[str, list[str]] = {}
    for tag, classes, _depth in page.classes:
        for c in classes:
            if c in ("kb-praktijk", "kb-formulieren", "kb-methoden"):
                found[c] = [x for x in classes if x != c]
    return found


@pytest.mark.parametrize("nummer", STAPPEN)
def test_step_page_has_its_blocks(kv: Kruisverwijzingen, built_site: Path, nummer: int) -> None:
    stap = kv.stappen[nummer]
    page = site_pages(built_site)[built_path(stap.pagina)]
    assert "in-de-praktijk" in page.ids, "kopje 'In de praktijk' ontbreekt"
    assert "formulieren-bij-deze-stap" in page.ids, "kopje 'Formulieren bij deze stap' ontbreekt"
    text = page.main_text()
    assert "In de praktijk" in text and "Formulieren bij deze stap" in text
    blocks = _blocks(page)
    assert {"kb-praktijk", "kb-formulieren", "kb-methoden"} <= blocks.keys(), blocks
    # A block renders its data: a fragment per story, a link per method.
    for f in stap.praktijk:
        story = relative(built_path(kv.verhalen[f.verhaal].pagina), built_path(stap.pagina))
        href = story.removesuffix("index.html") + "#" + f.anker
        assert any(link.url == href for link in page.links), f"link naar {href} ontbreekt"
    if stap.praktijk:
        assert "kb-leeg" not in blocks["kb-praktijk"]
    for m in stap.methoden:
        href = relative(built_path(m), built_path(stap.pagina)).removesuffix("index.html")
        assert any(link.url == href for link in page.links), f"link naar werkvorm {href} ontbreekt"


@pytest.mark.parametrize("nummer", STAPPEN)
def test_step_page_source_calls_the_macros(kv: Kruisverwijzingen, nummer: int) -> None:
    source = (DOCS / kv.stappen[nummer].pagina).read_text(encoding="utf-8")
    assert re.match(r"---\n(.*\n)*?render_macros: true\n(.*\n)*?---\n", source), "front matter render_macros: true"
    for macro in ("render_methoden", "render_praktijk", "render_formulieren"):
        assert f"{{{{ {macro}({nummer}) }}}}" in source, f"{macro}({nummer}) ontbreekt"
    assert source.rstrip().rsplit("\n## ", 1)[-1].startswith("Bron"), "de pagina eindigt niet met ## Bron"


def test_overview_links_every_step(kv: Kruisverwijzingen, built_site: Path) -> None:
    """The overview has each step twice: in the diagram (inline SVG) and in the plain list."""
    page = site_pages(built_site)["stappen/index.html"]
    for stap in kv.stappen.values():
        href = relative(built_path(stap.pagina), "stappen/index.html").removesuffix("index.html")
        tags = [link.tag for link in page.links if link.url == href]
        assert tags.count("a") >= 2, f"{href}: {tags}"
    svg_titles = [t.text for t in page.main if t.in_svg and t.text.startswith("Stap ")]
    assert len(svg_titles) == 7, svg_titles


# -- macros/kennisbank.py -------------------------------------------------------------------

@pytest.mark.parametrize(("target", "current", "expected"), [
    ("methodieken/saoa.md", "stappen/stap-1-signalen-delen.md", "../methodieken/saoa.md"),
    ("stappen/stap-2-informatie-verzamelen.md", "stappen/stap-1-signalen-delen.md", "stap-2-informatie-verzamelen.md"),
    ("praktijk/hilversum.md#stap-3", "stappen/stap-3-integraal-beeld.md", "../praktijk/hilversum.md#stap-3"),
    ("stappen/index.md", "index.md", "stappen/index.md"),
    ("index.md", "over/beheer.md", "../index.md"),
    ("stappen/stap-5-plan-van-aanpak.md", "stappen/stap-5-plan-van-aanpak.md", "stap-5-plan-van-aanpak.md"),
])
def test_relative(target: str, current: str, expected: str) -> None:
    assert relative(target, current) == expected


def test_nav_titles() -> None:
    nav = [
        {"Home": "index.md"},
        {"7-stappenmodel": ["stappen/index.md", {"Stap 1: Signalen delen": "stappen/stap-1.md"}]},
        {"Methodieken": [{"SAOA": "methodieken/saoa.md"}, {"Jeugdboa's": "methodieken/jeugdboas.md"}]},
    ]
    assert nav_titles(nav) == {
        "index.md": "Home",
        "stappen/stap-1.md": "Stap 1: Signalen delen",
        "methodieken/saoa.md": "SAOA",
        "methodieken/jeugdboas.md": "Jeugdboa's",
    }
    assert nav_titles(None) == {}


def test_nav_titles_of_the_real_nav_cover_all_methods(kv: Kruisverwijzingen) -> None:
    nav_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for stap in kv.stappen.values():
        for m in stap.methoden:
            assert f": {m}" in nav_text, f"{m} staat niet in de nav van mkdocs.yml"


def _write(tmp_path: Path, kruis: str, fragmenten: str) -> Path:
    (tmp_path / "kruisverwijzingen.yml").write_text(textwrap.dedent(kruis), encoding="utf-8")
    (tmp_path / "praktijkfragmenten.yml").write_text(textwrap.dedent(fragmenten), encoding="utf-8")
    return tmp_path / "kruisverwijzingen.yml"


KRUIS = """\
    verhalen:
      hilversum: {titel: "Hilversum (Koen Kokkeler)", pagina: praktijk/hilversum.md}
    formulieren:
      klaar: {titel: Gespreksverslag, uitleg: Maak een verslag., pagina: formulieren/gespreksverslag.md}
      bezig: {titel: Evaluatie, uitleg: Leg vast wat het opleverde., methode: stappen/stap-7.md}
      hier: {titel: Plan, uitleg: Zet het plan op papier., methode: stappen/stap-5.md}
    stappen:
      5:
        titel: Plan
        pagina: stappen/stap-5.md
        methoden: [methodieken/saoa.md, methodieken/gcos.md]
        formulieren: [klaar, bezig, hier]
      7:
        titel: Afronden
        pagina: stappen/stap-7.md
        methoden: []
        formulieren: []
"""


@pytest.fixture
def small(tmp_path: Path) -> Kruisverwijzingen:
    fragmenten = """\
        5:
          - {verhaal: hilversum, anker: stap-5, tekst: "Koen schreef het plan samen met de wijk."}
        7: []
    """
    return load_kruisverwijzingen(_write(tmp_path, KRUIS, fragmenten))


def test_render_praktijk(small: Kruisverwijzingen) -> None:
    out = kennisbank.render_praktijk(small, 5, "stappen/stap-5.md")
    assert out.startswith("## In de praktijk {#in-de-praktijk}\n")
    assert '<div class="kb-praktijk" markdown>' in out
    assert "[**Hilversum (Koen Kokkeler)**](../praktijk/hilversum.md#stap-5): Koen schreef het plan" in out
    assert out.rstrip().endswith("</div>")


def test_render_praktijk_without_fragments_says_so(small: Kruisverwijzingen) -> None:
    out = kennisbank.render_praktijk(small, 7, "stappen/stap-7.md")
    assert '<div class="kb-praktijk kb-leeg" markdown>' in out
    assert "(../praktijk/index.md)" in out


def test_render_methoden_uses_titles(small: Kruisverwijzingen) -> None:
    out = kennisbank.render_methoden(small, 5, "stappen/stap-5.md", {"methodieken/saoa.md": "SAOA"})
    assert "- [SAOA](../methodieken/saoa.md)" in out
    assert "- [Gcos](../methodieken/gcos.md)" in out  # no title known: made from the file name
    assert '<div class="kb-methoden" markdown>' in out


def test_render_methoden_without_methods_links_the_overview(small: Kruisverwijzingen) -> None:
    assert "(../methodieken/index.md)" in kennisbank.render_methoden(small, 7, "stappen/stap-7.md")


def test_render_formulieren(small: Kruisverwijzingen) -> None:
    out = kennisbank.render_formulieren(small, 5, "stappen/stap-5.md", {"stappen/stap-7.md": "Stap 7: Afronden"})
    assert out.startswith("## Formulieren bij deze stap {#formulieren-bij-deze-stap}\n")
    assert '<div class="grid cards kb-formulieren" markdown>' in out
    assert "**[Gespreksverslag](../formulieren/gespreksverslag.md)**" in out
    assert "**Evaluatie** (in ontwikkeling)" in out
    assert "[Stap 7: Afronden](stap-7.md)" in out
    # A form whose explanation is the current page does not link to itself.
    assert "Wat erin hoort, leest u op deze pagina." in out
    assert "(stap-5.md)" not in out


def test_render_formulieren_without_forms(small: Kruisverwijzingen) -> None:
    out = kennisbank.render_formulieren(small, 7, "stappen/stap-7.md")
    assert '<div class="kb-formulieren kb-leeg" markdown>' in out
    assert "(../formulieren/index.md)" in out


def test_linked_pages(small: Kruisverwijzingen) -> None:
    assert kennisbank.linked_pages(small) == {
        "praktijk/hilversum.md", "formulieren/gespreksverslag.md", "stappen/stap-5.md",
        "stappen/stap-7.md", "methodieken/saoa.md", "methodieken/gcos.md",
    }


@pytest.mark.parametrize(("kruis_edit", "fragmenten", "message"), [
    (None, "5:\n  - {verhaal: utrecht, anker: stap-5, tekst: x}\n", "onbekend verhaal 'utrecht'"),
    (("[klaar, bezig, hier]", "[klaar, bestaat-niet]"), "{}\n", "onbekend formulier 'bestaat-niet'"),
    (("[methodieken/saoa.md, methodieken/gcos.md]", "[methodieken/saoa.md, methodieken/saoa.md]"), "{}\n",
     "dubbel"),
])
def test_load_rejects_wrong_data(tmp_path: Path, kruis_edit, fragmenten: str, message: str) -> None:
    kruis = KRUIS if kruis_edit is None else KRUIS.replace(*kruis_edit)
    with pytest.raises(ValueError, match=message):
        load_kruisverwijzingen(_write(tmp_path, kruis, fragmenten))


def test_rendered_blocks_are_valid_markdown(small: Kruisverwijzingen) -> None:
    """The blocks go through the same Markdown extensions as the site; links stay relative."""
    import markdown

    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "admonition", "toc"])
    html = md.convert(
        kennisbank.render_praktijk(small, 5, "stappen/stap-5.md")
        + "\n" + kennisbank.render_formulieren(small, 5, "stappen/stap-5.md")
    )
    assert '<h2 id="in-de-praktijk">' in html
    assert '<h2 id="formulieren-bij-deze-stap">' in html
    assert 'href="../praktijk/hilversum.md#stap-5"' in html
    assert "markdown" not in re.findall(r"<div[^>]*>", html)[0]  # md_in_html consumed the attribute
