"""The interventiematrix: the analysis (grid, balance, SMART, unreached members, the overleg),
the repertoire and its actions, sorting and filtering, and every output format incl. CSV."""
import csv
import io
import json
from copy import deepcopy
from datetime import date

import pytest

from formlogic import bridge, get_form
from formlogic.csvfile import BOM, neutralize, to_csv
from formlogic.forms.interventiematrix import analyse as an
from formlogic.forms.interventiematrix.repertoire import REPERTOIRE
from formlogic.render import render
from formlogic.validation import build_draft, check, normalize

from tests.unit.matrix_case import VOORBEELD as MATRIX

FORM = get_form("interventiematrix")


def example(**changes) -> dict:
    return {**deepcopy(MATRIX), **changes}


def parsed(data: dict, today=date(2027, 1, 15)):
    return check(FORM, data, today=today).parsed


def view(name: str, data: dict) -> str:
    reply = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "interventiematrix",
                                                 "gegevens": data, "weergaven": [name], "vandaag": "2027-01-15"})))
    return reply["weergaven"][name]


def test_the_grid_shows_every_goal_and_track_and_the_empty_cells():
    acties = parsed(example()).values["acties"]
    cover = an.dekking(acties)
    assert cover.telling[("overlast", "omgeving")] == 1 and cover.telling[("perspectief", "persoon")] == 2
    assert ("gedrag", "persoon") in cover.leeg and ("gedrag", "groep") in cover.leeg
    html = view("overzicht", example())
    assert "<li>Problematisch groepsgedrag stoppen of verminderen: alle drie de sporen</li>" in html
    assert ">leeg</td>" in html


def test_a_plan_that_only_sets_limits_is_out_of_balance():
    data = example()
    for a in data["acties"]:
        a["soort"] = "grenzen"
    assert an.uit_balans(an.balans(parsed(data).values["acties"]))
    assert "Advies van de Kennisbank: deze matrix stelt vooral grenzen." in view("overzicht", data)
    assert not an.uit_balans(an.balans(parsed(example()).values["acties"]))
    assert "stelt vooral grenzen" not in view("overzicht", example())


def test_overdue_and_not_carried_out_actions_are_raised_for_the_overleg():
    data = example(peildatum="15-03-2027")  # after the end of actions 2, 4 and 6
    data["acties"][4]["status"] = "niet-uitgevoerd"
    o = an.overleg(parsed(data).values["acties"], date(2027, 3, 15))
    assert [nr for nr, _ in o.te_laat] == [2, 4, 6]
    assert [nr for nr, _ in o.niet_uitgevoerd] == [5]
    assert [nr for nr, _ in o.niet_gestart] == [3]  # start passed, still planned
    html = view("overzicht", data)
    assert "Actie 2 (Aanmelden voor de persoonsgerichte aanpak): de einddatum 31-01-2027 is voorbij" in html
    assert "Actie 5 (Extra uren in het jongerencentrum): niet uitgevoerd." in html


def test_members_no_action_names_are_listed():
    assert an.onbereikt(parsed(example()).values["leden"], parsed(example()).values["acties"]) == ["J4"]
    assert "Geen actie noemt: J4." in view("overzicht", example())


def test_smart_checks_per_action():
    assert an.smart({"partner": "", "eind": None, "resultaat": ""}) == ["wie het doet", "een einddatum",
                                                                        "een verwacht resultaat"]
    assert an.smart({"partner": "x", "eind": date(2027, 1, 1), "resultaat": "Het gaat beter"}) == [
        "een meetbaar resultaat (een aantal, een datum of 'geen')"]
    assert an.smart({"partner": "x", "eind": date(2027, 1, 1), "resultaat": "Minder meldingen"}) == []


@pytest.mark.parametrize("positie, rol, ids", [("plus", "kopstuk", ("stage", "jongerencentrum")),
                                               ("min", "kopstuk", ("pga", "top-x")),
                                               ("mee", "meeloper", ("preventief-gesprek", "ouders-bellen", "vaste-jongerenwerker"))])
def test_directions_for_the_group_map_are_suggestions_with_entries_to_add(positie, rol, ids):
    assert an.richting({"positie": positie, "rol": rol})[1] == ids
    html = view("richtingen", example(leden=[{"code": "J9", "positie": positie, "rol": rol, "notities": ""}]))
    assert f'data-actie="uit-repertoire" data-arg="{ids[0]}|J9"' in html


def test_a_row_from_the_repertoire_has_its_track_kind_partner_and_goals():
    data = normalize(FORM, example())
    out = FORM.actions["uit-repertoire"](data, parsed(data), {"arg": "stage|J2", "keuzes": {}})
    row = out.data["acties"][-1]
    assert len(out.data["acties"]) == 7
    assert (row["wat"], row["spoor"], row["soort"], row["gericht_op"], row["repertoire"]) == (
        "Stage of werk voor een positief kopstuk", "persoon", "belonen", "J2", "stage")
    assert row["doelen"] == ["perspectief", "dynamiek"] and row["status"] == "gepland"
    unknown = FORM.actions["uit-repertoire"](data, parsed(data), {"arg": "bestaat-niet"})
    assert unknown.data is None and unknown.messages[0].level == "error"


def test_the_repertoire_covers_every_track_and_kind_from_light_to_heavy():
    assert {r.spoor for r in REPERTOIRE} == {"persoon", "groep", "omgeving"}
    assert {r.soort for r in REPERTOIRE} == {"grenzen", "belonen", "zorg"}
    assert {r.gewicht for r in REPERTOIRE} == {1, 2, 3, 4}
    assert len({r.id for r in REPERTOIRE}) == len(REPERTOIRE)


def test_sorting_the_rows_and_filtering_the_partner_list():
    data = normalize(FORM, example(sorteer="partner"))
    out = FORM.actions["sorteer"](data, parsed(data), {"arg": ""})
    assert [a["partner"] for a in out.data["acties"]][:3] == ["gemeente", "Halt en jongerenwerk", "jongerenwerk"]
    filtered = view("partners", example(filter_partner="jongerenwerk", filter_status="lopend"))
    assert "2 acties van 2 partners." in filtered
    assert "Preventief gesprek met ouders" in filtered and "Stage bij de voetbalclub" not in filtered


def test_end_before_start_is_an_error_and_double_codes_a_warning():
    data = example()
    data["acties"][0]["eind"] = "01-11-2026"
    data["leden"].append({"code": "J1", "positie": "", "rol": "", "notities": ""})
    msgs = {(m.level, m.text) for m in check(FORM, data).messages}
    assert ("error", "Actie 1: de einddatum ligt voor de startdatum.") in msgs
    assert ("warning", "Deze code staat meer dan eens op de groepskaart: J1.") in msgs


def test_csv_opens_in_excel_with_dutch_settings_and_runs_no_formula():
    data = example()
    data["acties"][0]["wat"] = '=HYPERLINK("https://example.org","klik")'
    data["acties"][1]["monitoring"] = "@SUM(A1:A2)"
    data["acties"][2]["gericht_op"] = "+J2; -J3"
    reply = json.loads(bridge.handle(json.dumps({"type": "render", "formaat": "csv", "formulier": "interventiematrix",
                                                 "gegevens": data, "vandaag": "2027-01-15"})))
    assert reply["bestandsnaam"] == "interventiematrix-groep-winkelcentrum-2027-01-15.csv"
    text = reply["tekst"]
    assert text.startswith(BOM) and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert rows[0][:3] == ["Nr.", "Wat", "Doelen"] and len(rows) == 7
    assert rows[1][1] == "'=HYPERLINK(\"https://example.org\",\"klik\")"
    assert rows[2][11] == "'@SUM(A1:A2)" and rows[3][4] == "'+J2; -J3"
    assert rows[1][7:9] == ["01-12-2026", "08-12-2026"]  # dd-mm-jjjj
    assert rows[4][2] == "Sterkere positie en perspectief van de jongeren, Geen nieuwe leden in de groep"  # Excel: a comma


@pytest.mark.parametrize("cell, safe", [("=1+1", "'=1+1"), ("-2", "'-2"), ("\t=x", "'\t=x"), ("gewoon", "gewoon")])
def test_neutralize(cell, safe):
    assert neutralize(cell) == safe


def test_csv_with_semicolons_quotes_and_line_breaks_reads_back():
    text = to_csv(["a;b", "c"], [["x;y", 'z"\nw']])
    assert list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";")) == [["a;b", "c"], ["x;y", 'z"\nw']]


@pytest.mark.parametrize("fmt, piece", [
    ("md", "| 1 | De groep vertellen dat er een groepsaanpak is | Negatieve groepsdynamiek doorbreken / Geen nieuwe leden in de groep |"),
    ("html", "<caption>De interventiematrix</caption>"),
    ("txt", "INTERVENTIEMATRIX: GROEP WINKELCENTRUM"),
])
def test_draft_formats(fmt, piece):
    text = render(build_draft(FORM, check(FORM, example(), today=date(2027, 1, 15))), fmt)
    assert piece in text
