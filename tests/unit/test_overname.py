"""Drafts that take in other forms' files (issue 18): no text twice, and nothing taken in lost.
What a file brought and the typed text did not replace is still in the draft, once."""
import json
import re
from copy import deepcopy
from datetime import date

import pytest

from formlogic import FORMS, bridge
from formlogic.document import dumps, to_document
from formlogic.intake import open_files
from formlogic.render import render
from formlogic.validation import build_draft, check, normalize
from tests.unit.circulair_case import sessie
from tests.unit.matrix_case import VOORBEELD as MATRIX

TODAY = date(2026, 12, 1)


def take_in(key: str, data: dict, *files) -> dict:
    out = open_files(FORMS[key], normalize(FORMS[key], data), list(files), {})
    assert out.data is not None, out
    return out.data


def txt(key: str, data: dict) -> str:
    draft = build_draft(FORMS[key], check(FORMS[key], data, today=TODAY))
    assert draft is not None
    return render(draft, "txt")


def repeated(text: str) -> list[str]:
    """Sentences or lines of some length that the text holds more than once."""
    pieces = [p.strip(" -.:;") for line in text.splitlines() for p in re.split(r"(?<=[.!?])\s+|\s\|\s", line)]
    long = [p for p in pieces if len(p) >= 25]
    return sorted({p for p in long if long.count(p) > 1})


def beeld_file() -> tuple[str, str]:
    reply = json.loads(bridge.handle(json.dumps({
        "type": "export", "formulier": "circulair-vragen", "document": "integraal-beeld",
        "gegevens": {**sessie(rode_draden={"v1": "Overlast rond het winkelcentrum na sluitingstijd"},
                              duiding="Een kleine kern zoekt de grens op, de rest loopt mee."),
                     "open_punten": ["Wat weet de school over verzuim van de groep?"],
                     "antwoorden": [{"organisatie": "politie", "bron": "bestand", "bestand": "p.json",
                                     "antwoorden": {"v1": "Overlast bij het winkelcentrum"}}]}})))
    assert reply["type"] == "document", reply
    return ("beeld.json", reply["tekst"])


def matrix_file() -> tuple[str, str]:
    return ("matrix.json", dumps(to_document(FORMS["interventiematrix"], MATRIX)))


PLAN_EMPTY = {"groep": "", "datum": "10-12-2026", "probleem": "", "kosten": "8 uur per week"}


def test_the_plan_shows_what_it_took_in_once():
    data = take_in("plan-van-aanpak", PLAN_EMPTY, beeld_file(), matrix_file())
    text = txt("plan-van-aanpak", data)
    assert repeated(text) == [], repeated(text)
    assert text.count("Overlast rond het winkelcentrum na sluitingstijd") == 1  # the rode draad
    assert text.count("Een kleine kern zoekt de grens op") == 1  # the beeld's duiding
    for actie in MATRIX["acties"]:
        if actie["wat"].strip():
            assert text.count(actie["wat"]) == 1, actie["wat"]


def test_the_plan_loses_nothing_a_file_brought_when_the_user_typed_over_it():
    typed = {**PLAN_EMPTY, "probleem": "Eigen tekst over het probleem.", "duiding": "Eigen duiding.",
             "spoor_persoon": "Eigen maatregel voor personen.", "rollen": [{"partner": "politie", "taak": "Eigen taak."}]}
    data = take_in("plan-van-aanpak", typed, beeld_file(), matrix_file())
    text = txt("plan-van-aanpak", data)
    assert repeated(text) == [], repeated(text)
    for kept in ("Eigen tekst over het probleem.", "Eigen duiding.", "Eigen maatregel voor personen.", "Eigen taak.",
                 "Een kleine kern zoekt de grens op, de rest loopt mee.",
                 "Overlast rond het winkelcentrum na sluitingstijd", "Wat weet de school over verzuim van de groep?"):
        assert text.count(kept) == 1, kept
    for actie in MATRIX["acties"]:
        if actie["wat"].strip():
            assert text.count(actie["wat"]) == 1, actie["wat"]


def test_the_evaluatie_lists_each_open_action_once():
    data = take_in("evaluatie", {**deepcopy(FORMS["evaluatie"].example), "resterend": []}, matrix_file())
    data = take_in("evaluatie", data, matrix_file())  # the same file again adds nothing
    text = txt("evaluatie", data)
    assert repeated(text) == [], repeated(text)
    for actie in MATRIX["acties"]:
        if actie["wat"].strip() and actie["status"] != "uitgevoerd":
            assert text.count(actie["wat"]) == 1, actie["wat"]


def test_the_bevestiging_says_each_afspraak_once(valid_data):
    empty = {**deepcopy(FORMS["bevestiging-afspraken"].example), "afspraken": [], "jongere": "", "afzender": "",
             "verzenddatum": "21-11-2026"}
    data = take_in("bevestiging-afspraken", empty, ("verslag.json", dumps(to_document(FORMS["gespreksverslag"],
                                                                                       valid_data))))
    text = txt("bevestiging-afspraken", data)
    assert repeated(text) == [], repeated(text)
    for afspraak in valid_data["afspraken"]:
        assert text.count(afspraak) == 1
    assert "Sanne de Vries" in text and valid_data["monitoring_door"] in text


@pytest.mark.parametrize("key", ["plan-van-aanpak", "evaluatie", "bevestiging-afspraken"])
def test_the_examples_say_nothing_twice(key):
    text = txt(key, FORMS[key].example)
    assert repeated(text) == [], repeated(text)
