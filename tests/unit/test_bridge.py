"""The worker protocol: known requests answered, everything else a Dutch error, never a crash."""
import json

import pytest

from formlogic import FORMS, __version__, bridge


def call(req) -> dict:
    return json.loads(bridge.handle(json.dumps(req)))


def test_hello():
    assert call({"type": "hello", "id": 1}) == {"type": "ready", "versie": __version__, "id": 1}


def test_check_valid_data_gives_the_draft(valid_data):
    resp = call({"type": "check", "formulier": "gespreksverslag", "gegevens": valid_data,
                 "vandaag": "2026-11-23", "id": 7})
    assert resp["type"] == "checked" and resp["ok"] is True and resp["id"] == 7
    assert "<h2>Gespreksverslag preventief gesprek</h2>" in resp["concept"]["html"]
    assert resp["afgeleid"]["bevestigen_uiterlijk"].startswith("Bevestig de afspraken uiterlijk maandag 23 november 2026")


def test_check_uses_the_date_of_the_page(valid_data):
    valid_data["gespreksdatum"] = "2026-11-24"
    valid_data["tweede_gesprek"] = "2026-12-24"
    future = call({"type": "check", "formulier": "gespreksverslag", "gegevens": valid_data, "vandaag": "2026-11-23"})
    assert [m["veld"] for m in future["meldingen"]] == ["gespreksdatum"]
    later = call({"type": "check", "formulier": "gespreksverslag", "gegevens": valid_data, "vandaag": "2026-11-25"})
    assert later["meldingen"] == []


def test_check_with_errors_gives_messages_with_field_ids():
    resp = call({"type": "check", "formulier": "gespreksverslag", "gegevens": {}})
    assert resp["ok"] is False and resp["concept"] is None
    first = resp["meldingen"][0]
    assert first == {"niveau": "fout", "tekst": "Vul de initialen of een schuilnaam van de jongere in.",
                     "veld": "initialen", "id": "f-initialen"}
    assert {"veld": "professionals.0.naam", "id": "f-professionals-0-naam"}.items() <= resp["meldingen"][3].items()


def test_export_then_open_round_trip(valid_data):
    doc = call({"type": "export", "formulier": "gespreksverslag", "gegevens": valid_data})
    assert doc["type"] == "document"
    assert doc["bestandsnaam"].startswith("gespreksverslag-") and doc["bestandsnaam"].endswith(".json")
    opened = call({"type": "open", "formulier": "gespreksverslag", "tekst": doc["tekst"]})
    assert opened == {"type": "opened", "formulier": "gespreksverslag", "gegevens": valid_data, "meldingen": []}


def test_open_a_broken_file():
    resp = call({"type": "open", "formulier": "gespreksverslag", "tekst": "geen json"})
    assert resp["type"] == "error"
    assert resp["tekst"].startswith("Dit bestand is geen formulierbestand")


@pytest.mark.parametrize("fmt, start", [("md", "# Gespreksverslag"), ("txt", "GESPREKSVERSLAG"), ("html", "<!doctype html>")])
def test_render_formats(valid_data, fmt, start):
    resp = call({"type": "render", "formulier": "gespreksverslag", "gegevens": valid_data, "formaat": fmt})
    assert resp["type"] == "rendered" and resp["tekst"].startswith(start)
    assert resp["bestandsnaam"].endswith(f".{fmt}")


def test_render_refuses_while_errors_remain():
    resp = call({"type": "render", "formulier": "gespreksverslag", "gegevens": {}, "formaat": "md"})
    assert resp == {"type": "error", "tekst": "Het concept kan nog niet worden gemaakt: verbeter eerst de fouten in het formulier."}


@pytest.mark.parametrize("req, text", [
    ({"type": "wis_alles"}, "Onbekend verzoek: 'wis_alles'."),
    ({}, "Onbekend verzoek: None."),
    ([1], "Onbekend verzoek: 'list'."),
    ({"type": "check", "formulier": "pizza", "gegevens": {}}, f"Onbekend formulier 'pizza'. Bekende formulieren: {', '.join(sorted(FORMS))}."),
    ({"type": "render", "formulier": "gespreksverslag", "gegevens": {}, "formaat": "pdf"}, "Onbekend formaat 'pdf'."),
])
def test_unknown_requests_are_refused(req, text):
    assert call(req) == {"type": "error", "tekst": text, **({"id": req["id"]} if isinstance(req, dict) and "id" in req else {})}


def test_unreadable_request():
    assert json.loads(bridge.handle("{niet")) == {"type": "error", "tekst": "Onleesbaar verzoek."}


def test_an_unexpected_failure_becomes_a_message(monkeypatch, valid_data):
    def boom(*args, **kwargs):
        raise ZeroDivisionError
    monkeypatch.setattr(bridge, "check", boom)
    resp = call({"type": "check", "formulier": "gespreksverslag", "gegevens": valid_data, "id": 3})
    assert resp == {"type": "error", "id": 3, "tekst": "Er ging iets mis in de controle (ZeroDivisionError). "
                    "Uw tekst blijft staan; probeer het opnieuw of download uw gegevens."}
