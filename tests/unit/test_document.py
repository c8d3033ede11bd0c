"""The JSON document: round trip, versions, and clear Dutch refusals."""
import json
from datetime import datetime

import pytest

from formlogic.document import nesting_depth
from formlogic import DocumentError, FormDefinition, dumps, get_form, load_document, to_document
from formlogic.forms import FORMS

FORM = get_form("gespreksverslag")


def test_round_trip_loses_nothing(valid_data):
    valid_data["overige"] = "Emoji 👍 en <tags> en {{ 7*7 }}\nop twee regels"
    text = dumps(to_document(FORM, valid_data, saved=datetime(2026, 11, 23, 14, 5, 9, 123)))
    form, data, notes = load_document(text, expected_form="gespreksverslag")
    assert form is FORM
    assert data == valid_data
    assert notes == []
    doc = json.loads(text)
    assert doc["formulier"] == "gespreksverslag"
    assert doc["versie"] == 1
    assert doc["opgeslagen"] == "2026-11-23T14:05:09"
    assert "👍" in text  # readable UTF-8, not \u escapes


def test_round_trip_keeps_invalid_input_as_typed():
    typed = {"leeftijd": "vijftien", "gespreksdatum": "30-02-2026", "afspraken": ["", "b", ""]}
    _, data, _ = load_document(dumps(to_document(FORM, typed)))
    assert data["leeftijd"] == "vijftien"
    assert data["gespreksdatum"] == "30-02-2026"
    assert data["afspraken"] == ["", "b", ""]


@pytest.mark.parametrize("text, message", [
    ("", "Dit bestand is geen formulierbestand: het is geen geldige JSON."),
    ("{kapot", "Dit bestand is geen formulierbestand: het is geen geldige JSON."),
    ("[1, 2]", "Dit bestand is geen formulierbestand van deze site."),
    ('{"formulier": "gespreksverslag"}', "Dit bestand is geen formulierbestand van deze site."),
    ('{"formulier": "pizza", "versie": 1, "gegevens": {}}', "Onbekend formulier 'pizza'."),
    ('{"formulier": "gespreksverslag", "gegevens": {}}', "Dit bestand heeft geen geldig versienummer"),
    ('{"formulier": "gespreksverslag", "versie": true, "gegevens": {}}', "Dit bestand heeft geen geldig versienummer"),
    ('{"formulier": "gespreksverslag", "versie": 0, "gegevens": {}}', "Dit bestand heeft geen geldig versienummer"),
    ('{"formulier": "gespreksverslag", "versie": 9, "gegevens": {}}',
     "Dit bestand is gemaakt met een nieuwere versie van het formulier (versie 9). Deze site kent versie 1."),
    ('{"formulier": "gespreksverslag", "versie": 1, "gegevens": []}', "De gegevens in dit bestand hebben een onverwachte vorm."),
])
def test_files_that_do_not_fit_get_a_dutch_message(text, message):
    with pytest.raises(DocumentError) as e:
        load_document(text)
    assert str(e.value).startswith(message)


def test_deeply_nested_json_is_refused_not_crashing():
    """In Pyodide, json.loads on this overflows the JavaScript stack and kills the worker."""
    with pytest.raises(DocumentError, match="geen geldige JSON"):
        load_document("[" * 100_000 + "]" * 100_000)


def test_nesting_depth_ignores_brackets_inside_strings():
    assert nesting_depth('{"a": [1, {"b": "[[[{{{\\"}]"}]}') == 3
    assert nesting_depth('"[[["') == 0


def test_too_large_file():
    with pytest.raises(DocumentError, match="te groot"):
        load_document(" " * 2_000_001)


def test_file_of_another_form_is_refused_on_this_form(monkeypatch):
    other = FormDefinition("brief", "Bevestigingsbrief", "", 1, ())
    monkeypatch.setitem(FORMS, "brief", other)
    with pytest.raises(DocumentError, match="hoort bij het formulier 'Bevestigingsbrief'"):
        load_document('{"formulier": "brief", "versie": 1, "gegevens": {}}', expected_form="gespreksverslag")


def test_unknown_fields_are_named(valid_data):
    doc = to_document(FORM, valid_data)
    doc["gegevens"]["bsn"] = "123"
    _, data, notes = load_document(dumps(doc))
    assert "bsn" not in data
    assert [n.text for n in notes] == ["Deze onderdelen van het bestand kent het formulier niet; ze zijn niet geopend: bsn."]


def test_older_versions_are_upgraded(monkeypatch):
    """A form at version 3 opens a version-1 file through both migrations, in order."""
    base = get_form("gespreksverslag")

    def v1_to_v2(data):
        data = dict(data)
        data["initialen"] = data.pop("naam", "")
        return data

    def v2_to_v3(data):
        return {**data, "woonplaats": data.get("woonplaats", "").upper()}

    upgraded = FormDefinition(base.key, base.title, base.intro, 3, base.sections,
                              migrations={1: v1_to_v2, 2: v2_to_v3})
    monkeypatch.setitem(FORMS, "gespreksverslag", upgraded)
    _, data, notes = load_document(
        '{"formulier": "gespreksverslag", "versie": 1, "gegevens": {"naam": "R.T.", "woonplaats": "Assen"}}')
    assert data["initialen"] == "R.T."
    assert data["woonplaats"] == "ASSEN"
    assert notes == []
