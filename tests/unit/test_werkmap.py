"""The werkmap: a document that holds other forms' documents whole (formlogic/container.py,
forms/werkmap/). Its basics, where the group stands, the due list, working inside it, files
dropped on it, its outputs, and a lossless round trip. Runs in CPython and inside Pyodide."""
import base64
import io
import json
import zipfile
from copy import deepcopy
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from formlogic import FORMS, FormDefinition, bridge
from formlogic.container import children, describe, normalize_children
from formlogic.document import DocumentError, dumps, load_document, to_document
from formlogic.forms.werkmap.kinderen import Kinderen
from formlogic.forms.werkmap.stand import stand
from formlogic.intake import Replace, open_files
from formlogic.kruisverwijzingen import formulieren, stappen
from formlogic.render import render
from formlogic.validation import build_draft, check, normalize
from tests.unit.circulair_case import ANTWOORDEN, antwoordbestand, sessie
from tests.unit.formcases import strategy
from tests.unit.matrix_case import VOORBEELD as MATRIX

W = FORMS["werkmap"]
TODAY = date(2027, 1, 14)


def doc(key: str, data: dict, saved: str = "2026-12-01T10:00:00") -> dict:
    return {"formulier": key, "versie": FORMS[key].version, "opgeslagen": saved, "gegevens": deepcopy(data)}


def verslag(code: str, datum: str, **changes) -> dict:
    return {**deepcopy(FORMS["gespreksverslag"].example), "initialen": code, "gespreksdatum": datum,
            "tweede_gesprek": "", **changes}


def werkmap(*docs: dict, **basis) -> dict:
    """A werkmap of the tests' own group (Testwijk; fictional), with these documents."""
    data = {"groep": "Groep Winkelcentrum", "gemeente": "Testwijk",
            "leden": [{"code": "J1", "positie": "min"}, {"code": "J2", "positie": "plus"},
                      {"code": "J3", "positie": "mee"}, {"code": "J9", "positie": "mee"}],
            "documenten": [{"id": f"d{i}", "document": d} for i, d in enumerate(docs, 1)]}
    return normalize(W, {**data, **basis})


def parsed(data: dict):
    return check(W, data, today=TODAY).parsed


def taken(data: dict) -> list[str]:
    from formlogic.forms.werkmap.overzicht import taken as due

    return [" ".join((t.tekst, *t.punten)) for t in due(parsed(data))]


def act(data: dict, naam: str, arg: str = "", keuzes=None, **extra):
    return W.actions[naam](normalize(W, data), parsed(data), {"arg": arg, "keuzes": keuzes or {}, **extra})


def kind(data: dict, cid: str) -> dict:
    return next(e["document"] for e in data["documenten"] if e["id"] == cid)


# --- The format ----------------------------------------------------------------------------

def test_the_example_is_the_practice_case_plein_in_step_6_and_passes_its_checks():
    result = check(W, W.example, today=TODAY)
    assert result.ok, [m.text for m in result.messages]
    assert W.example["groep"] == "Groep Marktplein" and W.example["stap"] == "6"
    kids = children(normalize(W, W.example)["documenten"])
    assert {c.form.key for c in kids} >= {"circulair-vragen", "plan-van-aanpak", "interventiematrix", "gespreksverslag"}
    md = render(build_draft(W, result), "md")
    assert "De groep staat in stap 6: Plan van aanpak uitvoeren en monitoren." in md
    assert "Bevestig de afspraken met J4 (gesprek van 12 januari 2027) uiterlijk vrijdag 15 januari 2027." in md


def test_documents_are_kept_exactly_as_their_forms_save_them():
    session = doc("circulair-vragen", sessie())
    saved = to_document(W, werkmap(session))
    child = saved["gegevens"]["documenten"][0]
    assert child == {"id": "d1", "document": {**session, "gegevens": normalize(FORMS["circulair-vragen"], sessie())}}
    # and any of them opens alone on its own form
    form, data, notes = load_document(dumps(child["document"]), expected_form="circulair-vragen")
    assert data == child["document"]["gegevens"] and notes == []


def test_older_documents_are_upgraded_with_their_own_forms_migrations(monkeypatch):
    base = FORMS["gespreksverslag"]
    upgraded = FormDefinition(base.key, base.title, base.intro, 2, base.sections,
                              migrations={1: lambda d: {**d, "initialen": d.get("naam", "")}})
    monkeypatch.setitem(FORMS, "gespreksverslag", upgraded)
    old = {"formulier": "gespreksverslag", "versie": 1, "opgeslagen": "2026-01-01T09:00:00",
           "gegevens": {"naam": "J3", "gespreksdatum": "01-12-2026"}}
    data = normalize(W, {"groep": "G", "documenten": [{"id": "a", "document": old}]})
    child = data["documenten"][0]["document"]
    assert child["versie"] == 2 and child["gegevens"]["initialen"] == "J3"
    assert child["opgeslagen"] == "2026-01-01T09:00:00"  # when the document itself was last saved


def test_a_document_this_site_cannot_open_is_kept_as_it_came_and_named():
    newer = {"formulier": "gespreksverslag", "versie": 99, "opgeslagen": "2030-01-01T00:00:00", "gegevens": {"x": 1}}
    unknown = {"formulier": "brief-aan-de-maan", "versie": 1, "gegevens": {}}
    inner = {"formulier": "werkmap", "versie": 1, "gegevens": {"groep": "binnen"}}
    data = werkmap(newer, unknown, inner)
    assert [e["document"] for e in data["documenten"]] == [newer, unknown, inner]
    again = load_document(dumps(to_document(W, data)), expected_form="werkmap")[1]
    assert again == data  # saved and reopened, still exactly as it came
    msgs = [m.text for m in check(W, data, today=TODAY).messages]
    assert any("nieuwere versie van het formulier (versie 99)" in t and "blijft ongewijzigd" in t for t in msgs)
    assert any("Onbekend formulier 'brief-aan-de-maan'" in t for t in msgs)
    assert any("Een werkmap kan niet in een andere worden bewaard." in t for t in msgs)


def test_entries_get_unique_ids_and_broken_entries_are_no_entry():
    entries = normalize_children([{"id": "x", "document": doc("gespreksverslag", verslag("J1", "01-12-2026"))},
                                  {"id": "x", "document": doc("gespreksverslag", verslag("J2", "01-12-2026"))},
                                  {"document": doc("gespreksverslag", verslag("J3", "01-12-2026"))},
                                  {"id": "y"}, "tekst", None])
    assert [e["id"] for e in entries] == ["x", "xx", "d3"]
    assert normalize_children(entries) == entries


def test_a_werkmap_larger_than_a_form_file_still_opens_but_a_form_file_that_large_does_not():
    big = verslag("J1", "01-12-2026", situatie="tekst " * 800, analyse="tekst " * 800, overige="tekst " * 800)
    data = werkmap(*(doc("gespreksverslag", big) for _ in range(150)))
    text = dumps(to_document(W, data))
    assert len(text) > 2_000_000
    assert load_document(text, expected_form="werkmap")[1] == data
    with pytest.raises(DocumentError, match="te groot"):
        load_document('{"formulier": "gespreksverslag", ' + " " * 2_000_001 + "}")


@pytest.mark.parametrize("key", sorted(k for k, f in FORMS.items() if not f.holds and f.example is not None))
def test_any_werkmap_survives_save_and_open_exactly(key):
    """Hypothesis: the werkmap's own fields typed anything, and documents of a form typed anything."""
    child = strategy(FORMS[key]).map(lambda d: {"formulier": key, "versie": FORMS[key].version,
                                                "opgeslagen": "2027-01-01T12:00:00", "gegevens": d})
    basics = strategy(W).map(lambda d: {k: v for k, v in d.items() if k != "documenten"})

    @settings(max_examples=15, deadline=None, database=None)
    @given(basics, st.lists(st.tuples(st.text(max_size=8), child), max_size=3))
    def round_trip(basis, docs):
        data = {**basis, "documenten": [{"id": i, "document": d} for i, d in docs]}
        opened = load_document(dumps(to_document(W, data)), expected_form="werkmap")[1]
        assert opened == normalize(W, data)
        assert load_document(dumps(to_document(W, opened)), expected_form="werkmap")[1] == opened
        for e in opened["documenten"]:  # each document saved out alone opens on its own form
            assert load_document(dumps(e["document"]), expected_form=key)[1] == e["document"]["gegevens"]

    round_trip()


# --- Where the group stands -------------------------------------------------------------------

def test_the_steps_come_from_the_same_cross_links_as_the_step_pages():
    assert list(stappen()) == [1, 2, 3, 4, 5, 6, 7]
    assert "circulair-vragen" in stappen()[3].formulieren and "evaluatie" in stappen()[7].formulieren
    assert formulieren()["interventiematrix"].titel == "Interventiematrix"
    html = bridge.handle(json.dumps({"type": "refresh", "formulier": "werkmap", "gegevens": werkmap(stap="3"),
                                     "vandaag": "14-01-2027"}))
    views = json.loads(html)["weergaven"]["stappen"]
    assert f"Stap 3. {stappen()[3].titel}" in views
    for key in stappen()[3].formulieren:  # the forms that fit now, as buttons that make one
        assert f'data-actie="nieuw" data-arg="{key}"' in views


def test_the_contents_show_every_document_as_a_button_and_a_date_never_splits():
    data = werkmap(doc("interventiematrix", MATRIX))
    html = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "werkmap", "gegevens": data,
                                                "weergaven": ["inhoud"], "vandaag": "14-01-2027"})))["weergaven"]["inhoud"]
    assert 'data-actie="openen" data-arg=""' in html and "Overzicht" in html
    entry = normalize(FORMS["werkmap"], data)["documenten"][0]
    assert f'data-actie="openen" data-arg="{entry["id"]}"' in html
    datum = MATRIX["peildatum"]
    assert datum.replace("-", "\u2011") in html and datum not in html  # a narrow screen keeps 15-01-2027 whole


def test_the_step_is_suggested_from_the_werkmap_until_the_user_chooses_one():
    k = lambda data: Kinderen(tuple(children(data["documenten"])), TODAY)  # noqa: E731
    empty = werkmap()
    assert stand(dict(parsed(empty).values), k(empty))[:2] == (1, False)
    started = werkmap(doc("circulair-vragen", sessie()), start="01-11-2026")
    assert stand(dict(parsed(started).values), k(started))[0] == 2
    besloten = werkmap(doc("plan-van-aanpak", FORMS["plan-van-aanpak"].example), start="01-11-2026",
                       besluit="01-12-2026", stap="5")
    nu, gekozen, steps = stand(dict(parsed(besloten).values), k(besloten))
    assert (nu, gekozen) == (5, True)
    assert [s.status for s in steps] == ["klaar", "open", "klaar", "klaar", "nu", "later", "later"]


# --- Wat moet er nu gebeuren ------------------------------------------------------------------

def test_an_unconfirmed_afspraak_is_due_with_its_three_day_date_until_a_bevestiging_confirms_it():
    data = werkmap(doc("gespreksverslag", verslag("J3", "12-01-2027")))
    assert "Bevestig de afspraken met J3 (gesprek van 12 januari 2027) uiterlijk vrijdag 15 januari 2027." in taken(data)
    late = werkmap(doc("gespreksverslag", verslag("J3", "02-01-2027")))
    assert any(t.endswith("uiterlijk dinsdag 5 januari 2027. Die datum is voorbij.") for t in taken(late))
    bevestiging = {**FORMS["bevestiging-afspraken"].example, "jongere": "J3", "gespreksdatum": "12-01-2027",
                   "verzenddatum": "13-01-2027"}
    done = werkmap(doc("gespreksverslag", verslag("J3", "12-01-2027")), doc("bevestiging-afspraken", bevestiging))
    assert not any("Bevestig de afspraken met J3" in t for t in taken(done))


def test_matrix_actions_overdue_at_the_next_overleg_and_members_no_action_reaches():
    data = werkmap(doc("interventiematrix", MATRIX), volgend_overleg="01-02-2027")
    due = taken(data)
    late = next(t for t in due if t.startswith("2 acties zijn op het overleg van 1 februari 2027 over de einddatum en "
                                               "niet uitgevoerd."))
    assert "Actie 2, Aanmelden voor de persoonsgerichte aanpak (Zorg- en Veiligheidshuis): klaar op 31 januari 2027." in late
    assert "Geen actie in de interventiematrix richt zich op J9. Bespreek of dat zo moet blijven." in due
    earlier = werkmap(doc("interventiematrix", MATRIX), volgend_overleg="20-01-2027")
    assert not any("Actie 2," in t for t in taken(earlier))


def test_scaling_down_asks_for_the_retention_date_and_the_evaluation():
    data = werkmap(afgeschaald="10-01-2027")
    due = taken(data)
    assert any("Spreek met de partners af hoe lang de gegevens bewaard blijven" in t for t in due)
    assert any(t.startswith("Evalueer de aanpak") for t in due)
    msgs = [(m.level, m.field) for m in check(W, data, today=TODAY).messages]
    assert ("warning", "bewaren_tot") in msgs


def test_after_the_retention_date_the_werkmap_says_it_must_now_be_destroyed():
    data = werkmap(afgeschaald="01-06-2026", bewaren_tot="31-12-2026", geevalueerd="01-07-2026")
    result = check(W, data, today=TODAY)
    assert result.derived["vernietigen"].startswith("De afgesproken bewaartermijn is voorbij sinds 31 december 2026. "
                                                    "Vernietig deze werkmap nu")
    assert taken(data)[0].startswith("De afgesproken bewaartermijn is voorbij sinds 31 december 2026.")
    assert "vernietigen" not in check(W, {**data, "bewaren_tot": "31-12-2027"}, today=TODAY).derived


# --- Working inside the werkmap -----------------------------------------------------------------

def test_a_new_document_gets_what_the_werkmap_knows_and_the_page_is_told_to_show_it():
    out = act(werkmap(volgend_overleg="01-02-2027"), "nieuw", "interventiematrix")
    child = kind(out.data, out.show)["gegevens"]
    assert (child["groep"], child["gemeente"], child["peildatum"]) == ("Groep Winkelcentrum", "Testwijk", "01-02-2027")
    assert [(r["code"], r["positie"]) for r in child["leden"]] == [("J1", "min"), ("J2", "plus"), ("J3", "mee"),
                                                                  ("J9", "mee")]
    assert "Uit de werkmap ingevuld: werknaam of code van de groep, gemeente, peildatum, groepsleden." \
        in out.messages[0].text
    talk = act(werkmap(), "nieuw", "gespreksverslag|lid:J2")
    assert {k: v for k, v in kind(talk.data, talk.show)["gegevens"].items() if k in ("initialen", "positie")} == \
        {"initialen": "J2", "positie": "plus"}
    assert act(werkmap(), "nieuw", "werkmap").messages[0].level == "error"


def test_a_bevestiging_made_from_a_gespreksverslag_takes_its_afspraken_through_its_own_intake():
    data = werkmap(doc("gespreksverslag", verslag("J3", "12-01-2027")), doc("gespreksverslag", verslag("J1", "13-01-2027")))
    out = act(data, "nieuw", "bevestiging-afspraken|doc:d1")
    brief = kind(out.data, out.show)["gegevens"]
    assert brief["jongere"] == "J3" and brief["gespreksdatum"] == "12-01-2027"
    assert brief["afspraken"] == FORMS["gespreksverslag"].example["afspraken"]
    assert not any("Bevestig de afspraken met J3" in t for t in taken(out.data))
    assert any("Bevestig de afspraken met J1" in t for t in taken(out.data))


def test_beeld_and_matrix_go_into_the_plan_through_the_plans_own_intake_and_questions():
    session = sessie(antwoorden=[], rode_draden={"v1": "Een vaste kern zorgt voor overlast."})
    data = werkmap(doc("circulair-vragen", session), doc("interventiematrix", MATRIX))
    out = act(data, "nieuw", "plan-van-aanpak")
    plan = kind(out.data, out.show)["gegevens"]
    assert plan["beeld"]["vragen"][0]["rode_draad"] == "Een vaste kern zorgt voor overlast."
    assert len(plan["matrix"]["acties"]) == len(MATRIX["acties"])
    assert "Stage bij de voetbalclub" in plan["spoor_persoon"]
    # once more: the plan asks, as on its own page, before it replaces what it has
    again = act(out.data, "overnemen", out.show)
    assert {c.key for c in again.conflicts} == {"beeld"} and again.data is None
    kept = act(out.data, "overnemen", out.show, keuzes={"beeld": "nee", "matrix": "nee"})
    assert kind(kept.data or out.data, out.show)["gegevens"]["beeld"] == plan["beeld"]


def test_opening_fills_empty_fields_and_putting_back_teaches_the_werkmap():
    matrix = {**MATRIX, "gemeente": ""}
    data = werkmap(doc("interventiematrix", matrix), groep="", leden=[])
    opened = act(data, "openen", "d1")
    assert opened.show == "d1" and kind(opened.data, "d1")["gegevens"]["gemeente"] == "Testwijk"
    changed = deepcopy(kind(opened.data, "d1")["gegevens"])
    changed["acties"][0]["status"] = "lopend"
    back = act(opened.data, "terugzetten", "d1", document=changed)
    assert kind(back.data, "d1")["gegevens"]["acties"][0]["status"] == "lopend"
    assert back.data["groep"] == "Groep Winkelcentrum" and [m["code"] for m in back.data["leden"]] == ["J1", "J2", "J3", "J4"]
    assert "De werkmap nam over: werknaam van de groep, groepsleden." in back.messages[0].text
    assert act(back.data, "terugzetten", "d1", document=changed).data is None  # nothing changed


def test_taking_a_document_out_asks_first():
    data = werkmap(doc("gespreksverslag", verslag("J3", "12-01-2027")))
    ask = act(data, "verwijderen", "d1")
    assert ask.data is None and ask.conflicts[0].options[0].value == "nee"
    assert act(data, "verwijderen", "d1", keuzes={"weg-d1": "nee"}).data is None
    assert act(data, "verwijderen", "d1", keuzes={"weg-d1": "ja"}).data["documenten"] == []


# --- Files dropped on the werkmap -------------------------------------------------------------

def drop(data: dict, *files, keuzes=None):
    return open_files(W, normalize(W, data), list(files), keuzes or {})


def test_three_partner_answers_files_land_in_their_session():
    data = werkmap(doc("circulair-vragen", sessie()))
    files = [(f"{org}.json", antwoordbestand(org)) for org in ("Politie", "Jongerenwerk", "School")]
    out = drop(data, *files)
    got = kind(out.data, "d1")["gegevens"]["antwoorden"]
    assert [a["organisatie"] for a in got] == ["Politie", "Jongerenwerk", "School"]
    assert got[0]["antwoorden"]["v1"] == ANTWOORDEN["Politie"]["v1"]
    # the session's own question when an organisation is there already
    twice = drop(out.data, ("Politie-2.json", antwoordbestand("Politie")))
    assert twice.conflicts and twice.data is None


def test_answers_of_another_session_are_refused_with_the_sessions_words():
    out = drop(werkmap(doc("circulair-vragen", sessie())), ("vreemd.json", antwoordbestand("Politie", sessie_id="anders")))
    assert out.data is None and out.messages[0].level == "error" and out.messages[0].text.startswith("vreemd.json:")


def test_answers_without_a_session_are_kept_as_a_document_of_their_own():
    out = drop(werkmap(), ("politie.json", antwoordbestand("Politie")))
    assert kind(out.data, "d1")["formulier"] == "circulair-antwoorden"
    assert "Er is nog geen sessie circulair vragen in de werkmap" in out.messages[0].text


def test_other_files_become_documents_and_a_second_matrix_asks_first(monkeypatch):
    m = ("matrix.json", dumps(to_document(FORMS["interventiematrix"], MATRIX)))
    data = drop(werkmap(), m, ("verslag.json", dumps(to_document(FORMS["gespreksverslag"], verslag("J1", "01-12-2026"))))).data
    assert [e["document"]["formulier"] for e in data["documenten"]] == ["interventiematrix", "gespreksverslag"]
    assert drop(data, m).messages[0].text == "matrix.json: dit document staat al zo in de werkmap."
    other = ("tweede.json", dumps(to_document(FORMS["interventiematrix"], {**MATRIX, "peildatum": "01-03-2027"})))
    ask = drop(data, other)
    assert ask.data is None and [o.value for o in ask.conflicts[0].options] == ["erbij", "vervang", "niet"]
    key = ask.conflicts[0].key
    assert len(drop(data, other, keuzes={key: "erbij"}).data["documenten"]) == 3
    replaced = drop(data, other, keuzes={key: "vervang"}).data
    assert len(replaced["documenten"]) == 2 and kind(replaced, "d1")["gegevens"]["peildatum"] == "01-03-2027"
    assert drop(data, other, keuzes={key: "niet"}).data is None


def test_an_older_saved_form_is_upgraded_when_it_lands(monkeypatch):
    base = FORMS["gespreksverslag"]
    monkeypatch.setitem(FORMS, "gespreksverslag", FormDefinition(
        base.key, base.title, base.intro, 2, base.sections, migrations={1: lambda d: {**d, "initialen": d.get("naam", "")}}))
    old = json.dumps({"formulier": "gespreksverslag", "versie": 1, "gegevens": {"naam": "J2"}})
    out = drop(werkmap(), ("oud.json", old))
    assert kind(out.data, "d1")["versie"] == 2 and kind(out.data, "d1")["gegevens"]["initialen"] == "J2"


def test_a_werkmap_file_replaces_and_what_is_no_form_file_is_refused():
    saved = dumps(to_document(W, W.example))
    assert isinstance(drop(werkmap(), ("map.json", saved)), Replace)
    out = drop(werkmap(), ("kapot.json", "{nee"), ("map.json", saved))
    texts = [m.text for m in out.messages]
    assert out.data is None and any(t.startswith("kapot.json:") for t in texts) and any(t.startswith("map.json:") for t in texts)


# --- Outputs and the bridge ---------------------------------------------------------------------

def ask(**req):
    return json.loads(bridge.handle(json.dumps({"vandaag": "14-01-2027", **req})))


def test_the_zip_has_every_document_in_its_own_formats():
    reply = ask(type="render", formulier="werkmap", formaat="zip", gegevens=W.example)
    assert reply["type"] == "rendered" and reply["bestandsnaam"] == "werkmap-groep-marktplein-2027-01-14.zip"
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(reply["base64"]))) as zf:
        names = zf.namelist()
        matrix = next(n for n in names if n.endswith("/interventiematrix.json"))
        assert load_document(zf.read(matrix).decode("utf-8"), expected_form="interventiematrix")[1]["groep"] == \
            "Groep Marktplein"
        assert load_document(zf.read("werkmap.json").decode("utf-8"), expected_form="werkmap")[1] == normalize(W, W.example)
    assert {"dossieroverzicht.md", "dossieroverzicht.html", "dossieroverzicht.docx"} <= set(names)
    assert sum(n.endswith("/concept.docx") for n in names) == 6 and any(n.endswith(".csv") for n in names)


def test_a_document_saved_out_alone_is_its_own_forms_file():
    reply = ask(type="export", formulier="werkmap", kind="d3", gegevens=W.example)
    form, data, _ = load_document(reply["tekst"], expected_form="interventiematrix")
    assert reply["bestandsnaam"].startswith("interventiematrix-groep-marktplein-") and data["acties"]
    assert ask(type="export", formulier="werkmap", kind="d99", gegevens=W.example)["type"] == "error"


def test_the_page_gets_a_forms_html_to_host_it_and_actions_name_the_document_to_show():
    reply = ask(type="form", formulier="gespreksverslag", ingebed=True)
    assert reply["type"] == "form" and 'data-formulier="gespreksverslag"' in reply["html"]
    assert "kb-autosave" not in reply["html"] and "Dit document los bewaren" in reply["html"]
    assert "kb-autosave" in ask(type="form", formulier="gespreksverslag")["html"]
    made = ask(type="action", formulier="werkmap", naam="nieuw", arg="evaluatie", gegevens=W.example)
    assert made["toon"] == "d7" and made["gegevens"]["documenten"][-1]["document"]["formulier"] == "evaluatie"
    back = ask(type="action", formulier="werkmap", naam="terugzetten", arg="d7", gegevens=made["gegevens"],
               document={**made["gegevens"]["documenten"][-1]["document"]["gegevens"], "looptijd_gepland": "12 maanden"})
    assert back["gegevens"]["documenten"][-1]["document"]["gegevens"]["looptijd_gepland"] == "12 maanden"


def test_hostile_text_inside_documents_stays_text_in_the_werkmaps_outputs():
    hostile = '<img src=x onerror=alert(1)>{{ 7*7 }}[klik](javascript:x)'
    data = werkmap(doc("gespreksverslag", verslag(hostile[:40], "12-01-2027", afspraken=[hostile])),
                   doc("interventiematrix", {**MATRIX, "groep": hostile}))
    result = check(W, data, today=TODAY)
    draft = build_draft(W, result)
    html = render(draft, "html", standalone=True)
    views = "".join(json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "werkmap", "gegevens": data})))
                    ["weergaven"].values())
    for text in (html, views):
        assert "<img" not in text and "49" not in text.replace("2049", "")
    assert "[klik](" not in render(draft, "md")
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(ask(type="render", formulier="werkmap", formaat="zip",
                                                         gegevens=data)["base64"]))) as zf:
        for name in zf.namelist():
            if name.endswith(".html"):
                assert "<img" not in zf.read(name).decode("utf-8"), name


def test_describe_names_a_document_by_who_and_when():
    kids = children(werkmap(doc("gespreksverslag", verslag("J3", "12-01-2027")))["documenten"])
    assert describe(kids[0]) == "Gespreksverslag preventief gesprek (J3, 12-01-2027)"


def test_text_that_comes_in_with_a_dropped_file_gets_the_privacy_scan():
    bsn = verslag("J1", "01-12-2026", situatie="Zijn BSN is 111222333.")
    out = drop(werkmap(), ("verslag.json", dumps(to_document(FORMS["gespreksverslag"], bsn))))
    assert any(m.level == "warning" and m.text.startswith("verslag.json:") and "BSN" in m.text for m in out.messages)
    answers = json.loads(antwoordbestand("Politie"))
    answers["gegevens"]["antwoorden"]["v1"] = "Bel 06-12345678"
    got = drop(werkmap(doc("circulair-vragen", sessie())), ("politie.json", json.dumps(answers)))
    assert any(m.level == "warning" and m.text.startswith("politie.json:") for m in got.messages)
