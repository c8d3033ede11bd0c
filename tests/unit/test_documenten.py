"""The documents of issue 10: the four letters, the plan van aanpak and the evaluatie. Their own
rules, their intakes of other forms' files, and their drafts (every format: tests/unit/test_trust.py)."""
import json
from copy import deepcopy
from datetime import date

import pytest

from formlogic import FORMS, bridge
from formlogic.document import dumps, to_document
from formlogic.forms.brieven.taal import b1
from formlogic.intake import open_files
from formlogic.render import render
from formlogic.validation import build_draft, check, normalize
from tests.unit.circulair_case import antwoordbestand, sessie
from tests.unit.matrix_case import VOORBEELD as MATRIX

TODAY = date(2026, 11, 24)


def example(key: str, **changes) -> dict:
    return {**deepcopy(FORMS[key].example), **changes}


def md(key: str, data: dict) -> str:
    return render(build_draft(FORMS[key], check(FORMS[key], data, today=TODAY)), "md")


def file_of(key: str, data: dict) -> tuple[str, str]:
    return (f"{key}.json", dumps(to_document(FORMS[key], data)))


def take_in(key: str, data: dict, *files, keuzes=None):
    return open_files(FORMS[key], normalize(FORMS[key], data), list(files), keuzes or {})


def test_b1_warns_on_long_formal_text_and_long_sentences():
    text = "Derhalve verzoeken wij u teneinde de overlast te beëindigen " + "heel " * 25 + "snel."
    msgs = [(m.level, m.text) for m in b1("Tekst", "tekst", text, 20)]
    assert ("warning", "De tekst bij 'Tekst' is lang (35 woorden). Een brief in eenvoudig Nederlands (B1) blijft "
                       "onder de 20 woorden.") in msgs
    assert ("warning", "De tekst bij 'Tekst' klinkt formeel. Gewone woorden zijn duidelijker: 'derhalve' wordt "
                       "'daarom'; 'teneinde' wordt 'om'; 'verzoeken' wordt 'vragen'.") in msgs
    assert ("hint", "Bij 'Tekst' is 1 zin langer dan 20 woorden. Maak er twee korte zinnen van.") in msgs
    assert b1("Tekst", "tekst", "Je was vaak in de winkelstraat. Dat moet stoppen.", 100) == []


def test_the_burgemeester_signs_and_the_contact_point_answers():
    text = md("brief-burgemeester", example("brief-burgemeester"))
    assert "Daarom komen twee medewerkers van Halt in de komende twee weken" in text
    assert "Burgemeester van Kwakelhaven" in text
    assert "contact op met het Zorg- en Veiligheidshuis" in text
    formal = example("brief-burgemeester", gezien="Derhalve is reeds geconstateerd dat u woonachtig bent in de wijk.")
    assert any("klinkt formeel" in m.text for m in check(FORMS["brief-burgemeester"], formal).messages)


def test_the_confirmation_goes_within_three_days():
    late = example("bevestiging-afspraken", verzenddatum="21-11-2026")
    warning = [m.text for m in check(FORMS["bevestiging-afspraken"], late).messages]
    assert warning == ["Deze brief gaat later dan drie dagen na het gesprek weg. Bevestig de afspraken uiterlijk "
                       "vrijdag 20 november 2026."]
    early = example("bevestiging-afspraken", verzenddatum="16-11-2026")
    assert check(FORMS["bevestiging-afspraken"], early).messages[0].level == "error"


def test_the_confirmation_takes_the_afspraken_from_a_gespreksverslag_and_nothing_else(valid_data):
    empty = {**example("bevestiging-afspraken"), "afspraken": [], "jongere": "", "afzender": ""}
    out = take_in("bevestiging-afspraken", empty, file_of("gespreksverslag", valid_data))
    assert out.data["afspraken"] == valid_data["afspraken"] and out.data["jongere"] == "R.T."
    assert out.data["afzender"] == "Halt en Jongerenwerk"  # the organisations, as the report has them
    assert out.data["ondertekenaar"] == "Sanne de Vries (Halt) en Yusuf Demir (Jongerenwerk)"
    assert "situatie" not in out.data and "Hing met de groep" not in json.dumps(out.data)
    asked = take_in("bevestiging-afspraken", example("bevestiging-afspraken"), file_of("gespreksverslag", valid_data))
    assert asked.data is None and asked.conflicts[0].key == "verslag"


def test_the_closing_letter_says_no_more_information_is_shared():
    assert "delen voor de groepsaanpak geen gegevens meer over jou" in md("afsluitbrief", example("afsluitbrief"))


def test_the_information_letter_names_partners_retention_and_whom_to_ask():
    text = md("informatiebrief", example("informatiebrief"))
    assert "Deze organisaties doen mee: de gemeente, de politie, Halt en het jongerenwerk." in text
    # The example follows its field's help: during the approach the term is not agreed yet (werkproces 3.8).
    assert "Hoe lang bewaren we de gegevens? Dat spreken de organisaties samen af als de aanpak van de groep stopt." in text
    assert "het Zorg- en Veiligheidshuis" in text


def test_the_plan_takes_in_an_integraal_beeld_and_a_matrix_and_keeps_what_was_typed():
    beeld_reply = json.loads(bridge.handle(json.dumps({
        "type": "export", "formulier": "circulair-vragen", "document": "integraal-beeld",
        "gegevens": {**sessie(rode_draden={"v1": "Overlast rond het winkelcentrum"}, duiding="Een kleine kern."),
                     "antwoorden": [{"organisatie": "Politie", "bron": "bestand", "bestand": "p.json",
                                     "antwoorden": {"v1": "Overlast bij het winkelcentrum"}}]}})))
    matrix = MATRIX
    blank = {"groep": "", "datum": "10-12-2026", "probleem": "Al getypt door de regisseur.", "kosten": "8 uur"}
    out = take_in("plan-van-aanpak", blank, ("beeld.json", beeld_reply["tekst"]),
                  file_of("interventiematrix", matrix))
    data = out.data
    assert data["probleem"] == "Al getypt door de regisseur."  # never overwritten
    assert data["duiding"].endswith("Overlast rond het winkelcentrum")
    assert data["groep"] == "Groep Winkelcentrum" and data["beeld"]["naam"] == "beeld.json"
    assert len(data["matrix"]["acties"]) == len(matrix["acties"])
    assert data["spoor_persoon"].startswith("- ") and data["doelen"]
    text = md("plan-van-aanpak", data)
    assert text.count("Overlast rond het winkelcentrum") == 1  # in the duiding, not again in a list of its own
    assert "*Acties uit de interventiematrix*" in text
    again = take_in("plan-van-aanpak", data, file_of("interventiematrix", matrix))
    assert again.conflicts and again.conflicts[0].key == "matrix"
    gone = FORMS["plan-van-aanpak"].actions["weghalen"](normalize(FORMS["plan-van-aanpak"], data), None, {"arg": "matrix"})
    assert gone.data["matrix"] is None and gone.data["spoor_persoon"] == data["spoor_persoon"]


def test_the_plan_works_without_files():
    assert check(FORMS["plan-van-aanpak"], example("plan-van-aanpak")).ok


def test_the_evaluatie_takes_the_actions_not_yet_done_from_a_matrix():
    matrix = MATRIX
    out = take_in("evaluatie", example("evaluatie", resterend=[]), file_of("interventiematrix", matrix))
    open_ = [a["wat"] for a in matrix["acties"] if a["status"] != "uitgevoerd"]
    assert [r["actie"] for r in out.data["resterend"]] == open_
    assert "Geen actie noemt" not in md("evaluatie", out.data)


@pytest.mark.parametrize("key", ["brief-burgemeester", "bevestiging-afspraken", "afsluitbrief", "informatiebrief",
                                 "plan-van-aanpak", "evaluatie"])
def test_every_document_renders_as_docx_through_the_worker(key):
    reply = json.loads(bridge.handle(json.dumps({"type": "render", "formaat": "docx", "formulier": key,
                                                 "gegevens": FORMS[key].example, "vandaag": "2026-11-24"})))
    assert reply["type"] == "rendered" and reply["bestandsnaam"].endswith(".docx")
    import base64
    assert base64.b64decode(reply["base64"])[:2] == b"PK"
