"""The "Welke stap?" exercise: its data (data/welke-stap.yml), its checks and its built page.

The built page must work without the script too: every answer and explanation is in the HTML
(a <details> per situation), with a link to the step page that resolves.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from sitehtml import ROOT, built_path, site_pages

from macros.kennisbank import load_kruisverwijzingen
from macros.begrippen import html_met_afkortingen
from macros.welke_stap import load_situaties, page_url

DATA = ROOT / "data"
DOCS = ROOT / "docs"
PAGE = "training/welke-stap.md"
KV = load_kruisverwijzingen(DATA / "kruisverwijzingen.yml")
SITUATIES = load_situaties(DATA / "welke-stap.yml", DOCS)


def test_situations_cover_every_step_and_ask_for_methods() -> None:
    assert len(SITUATIES) >= 10
    assert {s.stap for s in SITUATIES} == set(range(1, 8))
    assert sum(1 for s in SITUATIES if s.methode) >= 5


@pytest.mark.parametrize(("target", "current", "url"), [
    ("stappen/stap-1-signalen-delen.md", "training/welke-stap.md", "../../stappen/stap-1-signalen-delen/"),
    ("stappen/index.md", "training/welke-stap.md", "../../stappen/"),
    ("index.md", "training/welke-stap.md", "../../"),
    ("training/welke-stap.md#x", "training/welke-stap.md", "./#x"),
    ("methodieken/saoa.md", "index.md", "methodieken/saoa/"),
])
def test_page_url_follows_directory_urls(target: str, current: str, url: str) -> None:
    assert page_url(target, current) == url


def test_text_is_escaped_and_abbreviations_get_a_title() -> None:
    html = html_met_afkortingen("De <b>BOA</b> & de boa en BOAS", {"BOA": "buitengewoon opsporingsambtenaar"})
    assert html == ('De &lt;b&gt;<abbr title="buitengewoon opsporingsambtenaar">BOA</abbr>&lt;/b&gt; '
                    "&amp; de boa en BOAS")


GOED = """
situaties:
  - id: proef
    tekst: Iets.
    stap: 2
    ook: [3]
    uitleg: Daarom.
    methode: {opties: [methodieken/groepsscan.md, methodieken/saoa.md], goed: methodieken/groepsscan.md, uitleg: Zo.}
"""


@pytest.mark.parametrize(("oud", "nieuw", "melding"), [
    ("stap: 2", "stap: 9", "stappen 1 tot en met 7"),
    ("ook: [3]", "ook: [2]", "zonder dubbele"),
    ("goed: methodieken/groepsscan.md", "goed: methodieken/gcos.md", "goede antwoord"),
    ("methodieken/saoa.md]", "methodieken/weg.md]", "geen methodepagina"),
    ("uitleg: Daarom.", "uitleg: Daarom.\n    score: 3", "onbekende sleutel"),
])
def test_loader_refuses(tmp_path: Path, oud: str, nieuw: str, melding: str) -> None:
    path = tmp_path / "welke-stap.yml"
    path.write_text(GOED, encoding="utf-8")
    assert load_situaties(path, DOCS)[0].stap == 2
    path.write_text(GOED.replace(oud, nieuw), encoding="utf-8")
    with pytest.raises(ValueError, match=melding):
        load_situaties(path, DOCS)


def test_built_page_has_every_situation_with_its_answer(built_site: Path) -> None:
    page = site_pages(built_site)[built_path(PAGE)]
    html = page.path.read_text(encoding="utf-8")
    items = re.findall(r'<li class="kb-ws-item" id="situatie-(\d+)" data-stap="(\d)"[^>]*>(.*?)</li>', html, re.S)
    assert len(items) == len(SITUATIES)
    for (nr, stap, body), s in zip(items, SITUATIES, strict=True):
        assert int(stap) == s.stap
        assert len(re.findall(rf'type="radio" name="ws-{s.id}-stap"', body)) == 7
        assert len(re.findall(rf'type="radio" name="ws-{s.id}-methode"', body)) == (len(s.methode.opties) if s.methode else 0)
        assert '<button type="button" class="md-button md-button--primary kb-ws-check" hidden>' in body
        assert 'class="kb-ws-feedback" role="status" aria-live="polite"' in body
        antwoord = re.search(r'<details class="kb-ws-antwoord"[^>]*>(.*?)</details>', body, re.S).group(1)
        hrefs = re.findall(r'<a href="([^"]+)"', antwoord)  # glossary links (class first) left out
        step_url = posixpath.normpath(posixpath.join(posixpath.dirname(page.rel), hrefs[0]))
        assert step_url + "/index.html" == built_path(KV.stappen[s.stap].pagina), nr
