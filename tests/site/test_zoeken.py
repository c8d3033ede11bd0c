"""The site's search index (issue 21): explanation weighs more than forms and exercises, a
form's fields are not in the index, every situation of "Wat doe ik als…" is an entry of its own,
and the theme's search strings are Dutch that reads right (stop words never "Niet gevonden")."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import brotli
import pytest
from mkdocs.exceptions import PluginError
from sitehtml import ROOT, site_pages

from hooks.stopwoorden import QUESTION_FRAME, patch_question, patch_worker
from hooks.zoekgewicht import ZOEKGEWICHT, zoekgewicht, zonder_interface
from macros.kennisbank import load_kruisverwijzingen
from macros.situaties import load_situaties
from macros.welke_stap import load_situaties as load_oefening


@pytest.fixture(scope="module")
def index(built_site: Path) -> list[dict]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize(("page", "boost"), [
    ("wat-doe-ik-als.md", 2.0), ("rollen.md", 2.0), ("training/oefencasussen/plein.md", 0.4),
    ("formulieren/gespreksverslag.md", 0.7), ("praktijk/purmerend.md", 0.8),
    ("stappen/stap-1-signalen-delen.md", None), ("methodieken/saoa.md", None), ("rollenspel.md", None),
])
def test_the_weight_of_a_page_comes_from_one_table(page: str, boost: float | None):
    assert zoekgewicht(page) == boost


def test_explanation_weighs_more_than_forms_and_exercises():
    weights = dict(ZOEKGEWICHT)
    assert min(weights["wat-doe-ik-als.md"], weights["rollen.md"]) > 1 > max(weights["formulieren/"], weights["training/"])


def test_the_index_carries_the_weights(index):
    boosts = {d["location"].split("#")[0]: d.get("boost") for d in index}
    assert boosts["wat-doe-ik-als/"] == 2.0
    assert boosts["training/welke-stap/"] == 0.4
    assert boosts["stappen/stap-6-uitvoeren-monitoren/"] is None


def test_a_forms_fields_are_not_in_the_index_but_its_explanation_is(index):
    from formlogic import get_form
    from formlogic.formhtml import concrete_fields, initial_data

    form = get_form("gespreksverslag")
    text = " ".join(d["text"] for d in index if d["location"].startswith("formulieren/gespreksverslag/"))
    helps = [f.help for f in concrete_fields(form, initial_data(form)) if len(f.help) > 30]
    assert len(helps) >= 3
    for help_text in helps:
        assert help_text[:30] not in text
    assert "Halt-medewerker" in text  # the page's own introduction is still found


def test_the_exercise_indexes_its_situations_not_its_answers(index):
    doc = next(d for d in index if d["location"] == "training/welke-stap/")
    assert "Bekijk het antwoord" not in doc["text"] and "In welke stap zit u?" not in doc["text"]
    oefening = load_oefening(ROOT / "data" / "welke-stap.yml")
    assert " ".join(oefening[0].tekst.split())[:40] in " ".join(doc["text"].split())


def test_every_situation_is_its_own_search_entry(index):
    kv = load_kruisverwijzingen(ROOT / "data" / "kruisverwijzingen.yml")
    oefening = {s.id: s for s in load_oefening(ROOT / "data" / "welke-stap.yml")}
    entries = {d["location"]: d for d in index}
    for s in load_situaties(ROOT / "data" / "situaties.yml", kv, oefening).situaties:
        entry = entries[f"wat-doe-ik-als/#{s.id}"]
        assert entry["title"] == s.vraag
        words = (entry["title"] + " " + entry["text"]).lower()
        for word in s.zoekwoorden.lower().split():
            assert word in words, (s.id, word)


def test_the_search_strings_are_dutch_that_reads_right(built_site: Path):
    html = site_pages(built_site)["index.html"].path.read_text(encoding="utf-8")
    config = json.loads(html.split('<script id="__config" type="application/json">', 1)[1].split("</script>", 1)[0])
    t = config["translations"]
    assert (t["search.result.one"], t["search.result.other"]) == ("1 pagina gevonden", "# pagina's gevonden")
    assert t["search.result.term.missing"] == "Niet gevonden"
    assert "overeenkomend" not in json.dumps(t) and "Ontbreekt" not in json.dumps(t)


WORKER = "for(let s of r)(i=lunr.stopWordFilter)!=null&&i.call(lunr,s.term)&&(n[s.term]=!1);return n}"


def test_the_missing_words_check_asks_the_sites_own_stop_words():
    assert patch_worker(WORKER, "nl") == (
        "for(let s of r)(i=(lunr.nl||lunr).stopWordFilter)!=null&&i.call(lunr,s.term)&&(n[s.term]=!1);return n}")
    with pytest.raises(PluginError, match="de zoekcode van het thema is veranderd"):
        patch_worker(WORKER.replace("lunr.stopWordFilter", "lunr.filter"), "nl")
    with pytest.raises(PluginError, match="onbekende taal"):
        patch_worker(WORKER, "nl);alert(1")


@pytest.mark.parametrize(("query", "searched"), [
    ("wat doe ik als een jongere niet komt opdagen", "een jongere niet komt opdagen"),
    ("Wat moet ik doen als ouders een huisbezoek weigeren", "ouders een huisbezoek weigeren"),
    ("wat te doen als de groep weer rustig is", "de groep weer rustig is"),
    ("wat kan ik doen bij een oproep om te vechten", "een oproep om te vechten"),
    ("wat als het plan vastloopt", "het plan vastloopt"),
    ("wat doe ik als", "wat doe ik als"),            # the frame alone: the page of that name
    ("wat doe ik als ", "wat doe ik als "),          # still typing
    ("wat doet de politie", "wat doet de politie"),  # not a situation's frame
    ("hoe werkt plus-min-mee", "hoe werkt plus-min-mee"),
])
def test_a_questions_frame_is_not_searched_for(query: str, searched: str):
    assert re.sub(QUESTION_FRAME, "", query, flags=re.IGNORECASE) == searched


def test_the_worker_drops_the_frame_before_it_searches():
    worker = 'class S{search(e){if(e=e.replace(/x/,""),e=ce(e),!e)return{items:[]}}}'
    assert patch_question(worker) == worker.replace("search(e){", f'search(e){{e=e.replace(/{QUESTION_FRAME}/i,"");', 1)
    with pytest.raises(PluginError, match="de zoekcode van het thema is veranderd"):
        patch_question(worker.replace("search(e)", "find(e)"))


def test_the_built_worker_and_its_compressed_copies_are_patched(built_site: Path):
    [worker] = (built_site / "assets/javascripts/workers").glob("search.*.min.js")
    js = worker.read_bytes()
    assert b"(lunr.nl||lunr).stopWordFilter" in js and b"=lunr.stopWordFilter)" not in js
    assert js.count(b"(?:als|bij|wanneer|indien)") == 1
    assert brotli.decompress(worker.with_name(worker.name + ".br").read_bytes()) == js
    assert gzip.decompress(worker.with_name(worker.name + ".gz").read_bytes()) == js


def test_the_forms_interface_leaves_the_index():
    index = {"config": {"lang": ["nl"]}, "docs": [
        {"location": "formulieren/x/", "title": "X", "text": "uitleg"},
        {"location": "formulieren/x/#zo-werkt-het", "title": "Zo werkt het", "text": "stappen"},
        {"location": "formulieren/x/#kb-draft-title", "title": "Concept", "text": "Download voor Word"},
    ]}
    assert [d["location"] for d in zonder_interface(index)["docs"]] == ["formulieren/x/", "formulieren/x/#zo-werkt-het"]
    assert zonder_interface(index)["config"] == index["config"]


def test_a_form_page_is_found_by_its_explanation_not_by_its_buttons(index):
    forms = [d for d in index if d["location"].startswith("formulieren/")]
    assert len({d["location"].split("#")[0] for d in forms}) >= 10
    assert not [d["location"] for d in index if "#kb-" in d["location"]]
    for ui in ("De controle laadt", "Vul in met het oefenvoorbeeld", "Download voor Word", "Maak een keuze",
               "Nog niet opgeslagen"):
        assert not [d["location"] for d in forms if ui in d["text"] or ui in d["title"]], ui
    titles = {d["location"]: d["title"] for d in forms}
    assert titles["formulieren/werkmap/#zo-werkt-het"] == "Zo werkt het"  # not "Zo werkt hetOverzicht"
    assert any("groepsaanpak loopt maanden" in d["text"] for d in forms if d["location"] == "formulieren/werkmap/")
