""""Wat doe ik als…": the situations' data (data/situaties.yml), its checks and the built page.

Each situation's answer says what the sources say and names them, or is marked as our own
advice; its links (step, method, role, form) resolve; a situation it shares with the "Welke
stap?" exercise takes its step from there, and the exercise links back to the answer.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sitehtml import ROOT, built_path, site_pages

from macros.kennisbank import load_kruisverwijzingen
from macros.situaties import PAGINA, load_situaties, render_situaties, stap_van
from macros.welke_stap import load_situaties as load_oefening

DATA = ROOT / "data"
DOCS = ROOT / "docs"
KV = load_kruisverwijzingen(DATA / "kruisverwijzingen.yml")
OEFENING = {s.id: s for s in load_oefening(DATA / "welke-stap.yml", DOCS)}
SITUATIES = load_situaties(DATA / "situaties.yml", KV, OEFENING, DOCS)
SECTION = re.compile(r'<h2 id="(?P<id>[^"]+)"[^>]*>.*?(?=<h2 |</article>)', re.S)
TAG = re.compile(r"<[^>]+>")


def test_the_situations_of_the_issue_are_all_there():
    words = {s.id: s.vraag.lower() for s in SITUATIES.situaties}
    for id_, word in [("jongere-komt-niet", "opdagen"), ("ouders-weigeren-huisbezoek", "huisbezoek"),
                      ("groep-verplaatst", "plek"), ("oproep-om-te-vechten", "sociale media"),
                      ("partner-deelt-niet", "informatie"), ("nieuwe-jongeren", "nieuwe jongeren"),
                      ("plan-loopt-vast", "loopt vast"), ("groep-is-rustig", "rustig")]:
        assert word in words[id_]


def test_shared_situations_take_their_step_from_the_exercise():
    shared = SITUATIES.voor_oefening()
    assert set(shared) == {"station", "afronden"}
    for key, s in shared.items():
        assert s.stap is None and stap_van(s, OEFENING) == OEFENING[key].stap


GOED = """
bronnen: {werkproces-2016: Werkproces}
situaties:
  - id: proef
    vraag: Iets gebeurt
    zoekwoorden: iets
    stap: 6
    antwoord: Het werkproces zegt dit.
    bronnen: [[werkproces-2016, paragraaf 3.7]]
    formulieren: [interventiematrix]
    methoden: [methodieken/groepsscan.md]
    wie: [[De procesregisseur, rollen.md#procesregisseur]]
"""


@pytest.mark.parametrize(("oud", "nieuw", "melding"), [
    ("    antwoord: Het werkproces zegt dit.\n    bronnen: [[werkproces-2016, paragraaf 3.7]]\n", "",
     "geef een antwoord met bronnen, of ons advies"),
    ("    bronnen: [[werkproces-2016, paragraaf 3.7]]\n", "", "geef een antwoord met bronnen"),
    ("[[werkproces-2016,", "[[werkproces-2023,", "onbekende bron 'werkproces-2023'"),
    ("    stap: 6\n", "    stap: 6\n    oefening: station\n", "noem de stap óf de oefening"),
    ("    stap: 6\n", "    oefening: bestaat-niet\n", "onbekende oefening 'bestaat-niet'"),
    ("    stap: 6\n", "", "noem de stap óf de oefening"),
    ("[interventiematrix]", "[tovenarij]", "onbekend formulier 'tovenarij'"),
    ("methodieken/groepsscan.md", "methodieken/weg.md", "pagina 'methodieken/weg.md' bestaat niet"),
    ("rollen.md#procesregisseur]", "rol.md#x]", "pagina 'rol.md#x' bestaat niet"),
    ("[[De procesregisseur, rollen.md#procesregisseur]]", "[De procesregisseur]", "verwacht [tekst, pagina]"),
    ("  - id: proef", "  - id: Proef!", "id alleen met kleine letters"),
    ("    zoekwoorden: iets\n", "    zoekwoorden: ' '\n", "geef de zoekwoorden"),
    ("    vraag: Iets gebeurt\n", "    vraag: Iets gebeurt\n    kleur: rood\n", "onbekende sleutel"),
])
def test_bad_data_is_refused_with_a_dutch_message(tmp_path: Path, oud: str, nieuw: str, melding: str):
    assert oud in GOED
    path = tmp_path / "situaties.yml"
    path.write_text(GOED.replace(oud, nieuw), encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(melding)):
        load_situaties(path, KV, OEFENING, DOCS)


def test_advice_alone_is_enough_and_says_so_under_bron(tmp_path: Path):
    path = tmp_path / "situaties.yml"
    path.write_text(GOED.replace("    antwoord: Het werkproces zegt dit.\n    bronnen: [[werkproces-2016, paragraaf 3.7]]\n",
                                 "    advies: {titel: doe dit, tekst: 'Zie [stap 6](stappen/stap-6-uitvoeren-monitoren.md).'}\n"),
                    encoding="utf-8")
    data = load_situaties(path, KV, OEFENING, DOCS)
    md = render_situaties(data, KV, OEFENING, "training/x.md", {})
    assert '!!! tip "Ons advies: doe dit"' in md
    assert "](../stappen/stap-6-uitvoeren-monitoren.md)" in md  # a link in a text, made relative
    assert "het antwoord is ons advies" in md


@pytest.fixture(scope="module")
def page(built_site: Path) -> str:
    return (built_site / built_path(PAGINA)).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sections(page: str) -> dict[str, str]:
    return {m["id"]: m.group(0) for m in SECTION.finditer(page)}


def test_every_situation_is_a_section_with_its_source_or_our_advice(sections):
    for s in SITUATIES.situaties:
        html = sections[s.id]
        has_source = re.search(r'class="kb-situatie-bron".*?href="\.\./bronnen/#', html, re.S)
        has_advice = re.search(r'class="admonition tip">\s*<p class="admonition-title">Ons advies: ', html)
        assert has_source or has_advice, s.id
        if s.advies:
            assert has_advice, s.id
        if s.bronnen:
            assert has_source, s.id


def test_every_situation_links_its_step_and_a_role_or_method(sections):
    for s in SITUATIES.situaties:
        links = sections[s.id].split('class="kb-situatie-links"', 1)[1]
        step = built_path(KV.stappen[stap_van(s, OEFENING)].pagina).removesuffix("index.html")
        assert f'href="../{step}"' in links, s.id
        assert "../rollen/#" in links or "../methodieken/" in links, s.id
        for f in s.formulieren:
            assert f'href="../{built_path(KV.formulieren[f].pagina).removesuffix("index.html")}"' in links


def test_the_page_links_only_to_pages_and_anchors_that_exist(built_site: Path):
    pages = site_pages(built_site)
    page = pages[built_path(PAGINA)]
    checked = 0
    for link in page.links:
        parts = urlsplit(link.url)
        if link.tag != "a" or parts.scheme:
            continue
        target = page.rel
        if parts.path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page.rel), unquote(parts.path)))
            target = target if target.endswith(".html") else f"{target}/index.html".removeprefix("./")
            assert target in pages, f"{link.url}: geen pagina"
        if parts.fragment:
            assert unquote(parts.fragment) in pages[target].ids, f"{link.url}: geen anker"
        checked += 1
    assert checked >= 8 * 5


def test_the_exercise_links_back_to_the_shared_answers(built_site: Path):
    exercise = (built_site / "training/welke-stap/index.html").read_text(encoding="utf-8")
    for key, s in SITUATIES.voor_oefening().items():
        assert f'href="../../wat-doe-ik-als/#{s.id}"' in exercise, key
    assert exercise.count('class="kb-ws-meer"') == len(SITUATIES.voor_oefening())


def test_answers_are_plain_text_before_the_boxes(sections):
    """The answer from the sources comes first, as plain text, so it is not mistaken for advice."""
    for s in SITUATIES.situaties:
        if s.antwoord:
            first = TAG.sub("", sections[s.id].split("</h2>", 1)[1]).strip()
            assert first.startswith(" ".join(s.antwoord.split())[:40]), s.id
