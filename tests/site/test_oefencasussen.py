"""Practice cases for trainers: the data (data/oefencasussen.yml), its checks, its pages.

Every case links at least one step page and one method page (from the data, and in the built
page), has its own page in the nav, keeps the trainer's part folded away, and is fictional:
its place is no place the source documents or the practice stories name, and young people
appear only as codes.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from formlogic import FORMS
import yaml
from sitehtml import ROOT, built_path, site_pages, word_pattern

from macros.kennisbank import load_kruisverwijzingen, nav_titles
from macros.oefencasussen import MAP, Casus, load_oefencasussen, render_casus

DATA = ROOT / "data"
DOCS = ROOT / "docs"
SEEDS = ROOT.parent / "shared" / "seeds"
KV = load_kruisverwijzingen(DATA / "kruisverwijzingen.yml")
CASUSSEN = load_oefencasussen(DATA / "oefencasussen.yml", DOCS, KV.formulieren)
IDS = [c.id for c in CASUSSEN]


def _nav() -> list:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *a: None)  # the emoji settings
    Loader.add_constructor("!ENV", lambda *a: None)  # a setting read from the environment
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["nav"]


# -- the data -------------------------------------------------------------------------------

def test_at_least_four_cases_that_together_cover_all_seven_steps() -> None:
    assert len(CASUSSEN) >= 4
    assert {s.stap for c in CASUSSEN for s in c.stappen} == set(range(1, 8))


@pytest.mark.parametrize("casus", CASUSSEN, ids=IDS)
def test_case_links_a_step_page_and_a_method_page(casus: Casus) -> None:
    stap_paginas = [KV.stappen[s.stap].pagina for s in casus.stappen]
    assert stap_paginas and all((DOCS / p).is_file() for p in stap_paginas)
    assert casus.methoden and all(m.startswith("methodieken/") and (DOCS / m).is_file() for m in casus.methoden)


@pytest.mark.parametrize("casus", CASUSSEN, ids=IDS)
def test_case_has_every_part_the_issue_asks_for(casus: Casus) -> None:
    assert casus.situatie.strip() and casus.signalen and len(casus.partners) >= 3
    assert all(s.vragen for s in casus.stappen)
    t = casus.trainer
    assert t.goed_antwoord and t.stap_en_methode.strip() and t.valkuilen
    assert all(key in FORMS for key in casus.voorbeelden)  # forms whose example is this case


def _other_texts() -> dict[str, str]:
    """Every page of the site outside the training section, and the source documents when
    they are at hand (/work/shared/seeds): places they name are real, or at least not ours."""
    texts = {p.relative_to(DOCS).as_posix(): p.read_text(encoding="utf-8")
             for p in DOCS.rglob("*.md") if not p.relative_to(DOCS).as_posix().startswith("training/")}
    texts.update({p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")} if SEEDS.is_dir() else {})
    return texts


@pytest.mark.parametrize("casus", CASUSSEN, ids=IDS)
def test_case_is_fictional(casus: Casus) -> None:
    plaats = word_pattern(casus.plaats)
    named = [name for name, text in _other_texts().items() if plaats.search(text)]
    assert not named, f"{casus.plaats} staat ook in {named}"
    if casus.jongeren:  # every code the text uses is one of the listed young people
        text = " ".join([casus.situatie, *casus.signalen, *(p.weet for p in casus.partners),
                         *(v for s in casus.stappen for v in s.vragen)])
        assert set(re.findall(r"\bJ\d+\b", text)) <= {j.code for j in casus.jongeren}


def test_each_case_plays_in_its_own_place() -> None:
    plaatsen = [c.plaats for c in CASUSSEN]
    assert len(set(plaatsen)) == len(plaatsen)


# -- the loader refuses what would make a bad page ------------------------------------------

GOED = """
casussen:
  - id: proef
    titel: Proef
    plaats: Nergenshuizen
    kort: Kort.
    duur: 10
    situatie: Iets.
    signalen: [Een signaal.]
    partners: [{wie: Politie, weet: Iets.}]
    jongeren: [{code: J1, over: Iets.}]
    stappen:
      - {stap: 1, vragen: ["Wat?"], methoden: [methodieken/jeugdboas.md], formulieren: [gespreksverslag]}
    trainer: {goed_antwoord: [Dit.], stap_en_methode: Stap 1., valkuilen: [Dat.]}
    patroon: [praktijk/purmerend.md]
"""


@pytest.mark.parametrize(("oud", "nieuw", "melding"), [
    ("duur: 10", "duur: 10\n    kleur: rood", "onbekende sleutel"),
    ("stap: 1,", "stap: 8,", "stappen 1 tot en met 7"),
    ("methodieken/jeugdboas.md]", "methodieken/bestaat-niet.md]", "geen methodepagina"),
    ("methoden: [methodieken/jeugdboas.md], ", "", "minstens één stap een werkvorm"),
    ("formulieren: [gespreksverslag]", "formulieren: [brief]", "onbekend formulier"),
    ("code: J1", "code: Kevin", "alleen met een code"),
    ("patroon: [praktijk/purmerend.md]", "patroon: [stappen/index.md]", "geen praktijkverhaal"),
    ("id: proef", "id: Proef Casus", "kleine letters"),
])
def test_loader_refuses(tmp_path: Path, oud: str, nieuw: str, melding: str) -> None:
    path = tmp_path / "casussen.yml"
    path.write_text(GOED, encoding="utf-8")
    assert load_oefencasussen(path, DOCS, KV.formulieren)[0].id == "proef"
    assert oud in GOED
    path.write_text(GOED.replace(oud, nieuw), encoding="utf-8")
    with pytest.raises(ValueError, match=melding):
        load_oefencasussen(path, DOCS, KV.formulieren)


def test_trainer_part_is_folded_and_indented() -> None:
    md = render_casus(CASUSSEN[0], KV, CASUSSEN[0].pagina, nav_titles(_nav()))
    head, _, trainer = md.partition('??? note "Bespreking voor de trainer"')
    assert trainer and "Veelgemaakte fouten" not in head
    assert all(line.startswith("    ") for line in trainer.strip("\n").splitlines() if line)


# -- the pages ------------------------------------------------------------------------------

def test_every_case_has_a_page_in_the_nav_and_every_page_a_case() -> None:
    stubs = {p.stem for p in (DOCS / MAP).glob("*.md")} - {"index"}
    assert stubs == set(IDS)
    for c in CASUSSEN:
        text = (DOCS / c.pagina).read_text(encoding="utf-8")
        assert f'render_casus("{c.id}")' in text and f'render_casus_bron("{c.id}")' in text
    titels = nav_titles(_nav())
    for c in CASUSSEN:
        assert titels.get(c.pagina, "").startswith(f"Casus {c.nummer}: "), c.pagina


def _resolved_links(page, built_site: Path) -> set[str]:
    """Site-relative built files the page's links point to."""
    import posixpath

    out = set()
    for link in page.links:
        path = urlsplit(link.url).path
        if link.tag != "a" or not path or "://" in link.url:
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.rel), path))
        out.add(target.rstrip("/") + "/index.html" if (built_site / target).is_dir() else target)
    return out


@pytest.mark.parametrize("casus", CASUSSEN, ids=IDS)
def test_built_case_page_links_its_steps_and_methods(built_site: Path, casus: Casus) -> None:
    page = site_pages(built_site)[built_path(casus.pagina)]
    links = _resolved_links(page, built_site)
    for s in casus.stappen:
        assert built_path(KV.stappen[s.stap].pagina) in links, f"stap {s.stap}"
    for m in casus.methoden:
        assert built_path(m) in links, m
    html = page.path.read_text(encoding="utf-8")
    trainer = re.search(r'<details class="note"[^>]*>\s*<summary>Bespreking voor de trainer', html)
    assert trainer and " open" not in trainer.group(0)
    assert casus.plaats in page.main_text()


def test_overview_lists_every_case(built_site: Path) -> None:
    page = site_pages(built_site)["training/oefencasussen/index.html"]
    links = _resolved_links(page, built_site)
    assert {built_path(c.pagina) for c in CASUSSEN} <= links


def test_loader_docstring_documents_the_fields() -> None:
    header = (DATA / "oefencasussen.yml").read_text(encoding="utf-8").split("casussen:")[0]
    for key in ("id", "titel", "plaats", "situatie", "signalen", "partners", "stappen", "trainer",
                "patroon", "voorbeelden"):
        assert re.search(rf"^#\s+{key}\b", header, re.M), key
