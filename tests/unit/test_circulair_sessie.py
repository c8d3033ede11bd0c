"""The circulair-vragen session: taking in answers files, actions, views, exports, the draft."""
import json

import pytest

from formlogic import bridge, get_form
from formlogic.document import load_document
from formlogic.intake import Replace, open_files
from formlogic.render import render
from formlogic.validation import build_draft, check, normalize
from tests.unit.circulair_case import ANTWOORDEN, SESSIE_ID, antwoordbestand, sessie

FORM = get_form("circulair-vragen")


def take_in(data, *files, keuzes=None):
    return open_files(FORM, normalize(FORM, data), list(files), keuzes or {})


def with_answers(*orgs):
    out = take_in(sessie(), *[(f"{o}.json", antwoordbestand(o)) for o in orgs])
    assert out.data is not None, out.messages
    return out.data


def texts(outcome):
    return [m.text for m in outcome.messages]


def test_answers_files_are_taken_in_with_a_line_each():
    out = take_in(sessie(), ("politie.json", antwoordbestand("Politie")), ("jw.json", antwoordbestand("Jongerenwerk")))
    assert texts(out) == [
        "politie.json: de antwoorden van Politie zijn toegevoegd (9 antwoorden bij 5 vragen).",
        "jw.json: de antwoorden van Jongerenwerk zijn toegevoegd (9 antwoorden bij 5 vragen).",
    ]
    assert [e["organisatie"] for e in out.data["antwoorden"]] == ["Politie", "Jongerenwerk"]
    assert out.data["antwoorden"][0] == {"organisatie": "Politie", "bron": "bestand", "bestand": "politie.json",
                                         "antwoorden": ANTWOORDEN["Politie"]}


def test_the_same_organisation_twice_asks_which_answers_to_keep():
    data = with_answers("Politie")
    again = antwoordbestand("politie ", antwoorden={"v1": "Nieuwe overlast bij het station", "v2": "Messen gezien bij twee jongens"})
    out = take_in(data, ("politie-2.json", again))
    assert out.data is None and len(out.conflicts) == 1
    c = out.conflicts[0]
    assert c.question == "Van politie staan al antwoorden in de sessie (uit Politie.json). Welke antwoorden houdt u?"
    assert [o.value for o in c.options] == ["behoud", "vervang", "samen"]

    kept = take_in(data, ("politie-2.json", again), keuzes={c.key: "behoud"})
    assert kept.data is None and texts(kept) == ["politie-2.json: de antwoorden van politie die er al stonden, zijn gebleven."]
    replaced = take_in(data, ("politie-2.json", again), keuzes={c.key: "vervang"})
    assert replaced.data["antwoorden"][0]["antwoorden"]["v1"] == "Nieuwe overlast bij het station"
    assert "v3" not in replaced.data["antwoorden"][0]["antwoorden"]
    joined = take_in(data, ("politie-2.json", again), keuzes={c.key: "samen"})
    assert joined.data["antwoorden"][0]["antwoorden"]["v1"].splitlines() == [
        "Overlast bij het winkelcentrum", "Vooral 's avonds laat", "Vier vaste kopstukken", "Nieuwe overlast bij het station"]
    assert texts(joined) == ["politie-2.json: de antwoorden van politie zijn samengevoegd (1 nieuw antwoord)."]


def test_two_files_of_one_organisation_in_one_go_also_ask():
    out = take_in(sessie(), ("a.json", antwoordbestand("School")), ("b.json", antwoordbestand("School")))
    assert out.data is None and [c.key for c in out.conflicts] == ["bestand-1"]


@pytest.mark.parametrize("text, message", [
    (antwoordbestand("Politie", sessie_id="andere"), "a.json: Dit antwoordbestand hoort bij een andere sessie "
                                                     "(Groep Winkelcentrum 01-12-2026). Het is niet toegevoegd."),
    (antwoordbestand("Politie", antwoorden={"v9": "Iets"}, vragen=[{"id": "v9", "tekst": "Een oude vraag?"}]),
     "a.json: Dit bestand hoort bij een andere vragenlijst: de vraag 'Een oude vraag?' staat niet (meer) in deze "
     "sessie. Het is niet toegevoegd."),
    (antwoordbestand("", antwoorden={"v1": "x"}), "a.json: In dit bestand staat geen organisatie. Het is niet toegevoegd."),
    (antwoordbestand("Halt"), "a.json: Dit bestand van Halt bevat nog geen antwoorden. Het is niet toegevoegd."),
    ("{kapot", "a.json: Dit bestand is geen formulierbestand: het is geen geldige JSON."),
    ('{"formulier": "circulair-antwoorden", "versie": 9, "gegevens": {}}',
     "a.json: Dit bestand is gemaakt met een nieuwere versie van het formulier (versie 9)."),
    ('{"formulier": "gespreksverslag", "versie": 1, "gegevens": {}}',
     "a.json: Dit bestand hoort bij het formulier 'Gespreksverslag preventief gesprek'. Het bestand is niet geopend."),
    ("x" * 2_000_001, "a.json: Dit bestand is te groot voor een formulierbestand."),
])
def test_files_that_do_not_belong_are_refused_and_nothing_changes(text, message):
    data = with_answers("Politie")
    out = take_in(data, ("a.json", text), ("school.json", antwoordbestand("School")))
    assert out.messages[0].level == "error" and out.messages[0].text.startswith(message)
    assert [e["organisatie"] for e in out.data["antwoorden"]] == ["Politie", "School"]  # the good file still joins


def test_a_reworded_question_keeps_its_answers_and_says_so():
    data = sessie()
    data["vragen"][1]["tekst"] = "Welke risico's ziet u?"
    out = take_in(data, ("p.json", antwoordbestand("Politie")))
    assert out.data is not None
    assert texts(out)[0].endswith("Vraag 2 is na het versturen aangepast; de antwoorden staan bij de nieuwe tekst.")


def test_a_partner_from_outside_the_invitation_is_named_by_what_they_typed():
    out = take_in(sessie(), ("b.json", antwoordbestand("x", organisatie="anders", andere="Buurtsportcoach",
                                                       antwoorden={"v3": "Voetbal op het plein"})))
    assert out.data["antwoorden"][0]["organisatie"] == "Buurtsportcoach"
    hints = [m.text for m in check(FORM, out.data).messages if m.level == "hint"]
    assert "Er zijn antwoorden van Buurtsportcoach, maar die organisatie staat niet bij de uitgenodigde organisaties." in hints


def test_the_session_file_itself_replaces_the_work():
    doc = json.loads(bridge.handle(json.dumps({"type": "export", "formulier": "circulair-vragen", "gegevens": with_answers("Politie")})))
    result = take_in(sessie(), ("sessie.json", doc["tekst"]))
    assert isinstance(result, Replace) and result.data["antwoorden"][0]["organisatie"] == "Politie"


def test_typed_answers_join_the_session_and_the_fields_empty():
    data = normalize(FORM, sessie(invoer_organisatie="Wijkteam", invoer={"v2": "Ouders hebben weinig zicht"}))
    out = FORM.actions["invoer-toevoegen"](data, check(FORM, data).parsed, {"arg": "", "keuzes": {}})
    assert out.data["antwoorden"][-1] == {"organisatie": "Wijkteam", "bron": "ingetypt", "bestand": "",
                                          "antwoorden": {"v2": "Ouders hebben weinig zicht"}}
    assert out.data["invoer_organisatie"] == "" and out.data["invoer"] == {}
    empty = FORM.actions["invoer-toevoegen"](normalize(FORM, sessie(invoer_organisatie="Wijkteam")), None, {"keuzes": {}})
    assert empty.data is None and texts(empty) == ["Typ eerst minstens één antwoord van Wijkteam."]


def test_removing_answers_asks_first():
    data = normalize(FORM, with_answers("Politie", "School"))
    remove = FORM.actions["antwoorden-verwijderen"]
    asked = remove(data, None, {"arg": "school", "keuzes": {}})
    assert asked.data is None and asked.conflicts[0].question == "Wilt u de antwoorden van School uit de sessie halen?"
    assert remove(data, None, {"arg": "school", "keuzes": {"verwijderen": "nee"}}).data is None
    done = remove(data, None, {"arg": "school", "keuzes": {"verwijderen": "ja"}})
    assert [e["organisatie"] for e in done.data["antwoorden"]] == ["Politie"]


def test_editing_answers_moves_them_to_the_typing_fields_and_back():
    data = normalize(FORM, with_answers("Politie"))
    edit = FORM.actions["antwoorden-bewerken"](data, None, {"arg": "Politie", "keuzes": {}})
    assert edit.data["antwoorden"] == [] and edit.data["invoer_organisatie"] == "Politie"
    assert edit.data["invoer"]["v4"] == "J1 en J2 trekken de groep"
    busy = normalize(FORM, {**data, "invoer_organisatie": "School"})
    assert FORM.actions["antwoorden-bewerken"](busy, None, {"arg": "Politie", "keuzes": {}}).conflicts


def test_views_show_answers_per_organisation_and_the_suggestions():
    html = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "circulair-vragen",
                                                "gegevens": with_answers("Politie", "Jongerenwerk", "School")})))
    flap = html["weergaven"]["flapovers"]
    assert 'id="flap-v2"' in flap and "Vraag 2: Wat zijn de drie grootste risico&#39;s of zorgen?" in flap
    assert "<li>harde kern: Politie, Jongerenwerk</li>" in flap
    assert "Geen antwoord van: Wijkteam, Halt." in flap
    ontvangen = html["weergaven"]["ontvangen"]
    assert "Nog niet binnen: Wijkteam, Halt." in ontvangen
    assert 'data-actie="antwoorden-verwijderen" data-arg="School"' in ontvangen
    assert 'name="rode_draden.v5"' in html["velden"]["rode_draden"]
    assert 'name="invoer.v1"' in html["velden"]["invoer"]


def test_fields_per_question_follow_the_questions():
    data = sessie(vragen=[{"id": "a7", "tekst": "Wat is er veranderd?"}, {"id": "", "tekst": "En verder?"}, {"id": "x", "tekst": " "}])
    html = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "circulair-vragen", "gegevens": data})))
    velden = html["velden"]["rode_draden"]
    assert velden.count("<textarea") == 2 and 'name="rode_draden.a7"' in velden and 'name="rode_draden.rij2"' in velden
    assert "Vraag 1: Wat is er veranderd?" in velden
    none = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "circulair-vragen", "gegevens": sessie(vragen=[])})))
    assert "Schrijf eerst de vragen op." in none["velden"]["rode_draden"]


def test_the_question_file_carries_the_session_and_no_answers():
    resp = json.loads(bridge.handle(json.dumps({"type": "export", "formulier": "circulair-vragen",
                                                "document": "vragenbestand", "gegevens": with_answers("Politie"),
                                                "vandaag": "2026-11-24"})))
    assert resp["bestandsnaam"] == "vragen-groep-winkelcentrum-2026-11-24.json"
    form, data, notes = load_document(resp["tekst"])
    assert form.key == "circulair-antwoorden" and notes == []
    assert data["sessie"]["id"] == SESSIE_ID and data["sessie"]["datum"] == "01-12-2026"
    assert [v["id"] for v in data["sessie"]["vragen"]] == ["v1", "v2", "v3", "v4", "v5"]
    assert data["organisatie"] == "" and all(t == "" for t in data["antwoorden"].values())


def test_the_question_file_waits_for_the_errors_to_be_fixed():
    resp = json.loads(bridge.handle(json.dumps({"type": "export", "formulier": "circulair-vragen",
                                                "document": "vragenbestand", "gegevens": sessie(groep="")})))
    assert resp["type"] == "error" and resp["tekst"].startswith("'Download vragenbestand voor de partners' kan nog niet")
    assert resp["meldingen"][0]["tekst"] == "Vul een werknaam of code van de groep in."


def test_the_integraal_beeld_file_round_trips_and_gives_the_same_draft(today):
    data = with_answers("Politie", "Jongerenwerk", "School", "Wijkteam")
    data["rode_draden"] = {"v1": "Overlast rond het winkelcentrum door een vaste kern"}
    data["open_punten"] = ["Wie spreekt de ouders van J3?"]
    result = check(FORM, data, today=today)
    resp = json.loads(bridge.handle(json.dumps({"type": "export", "formulier": "circulair-vragen",
                                                "document": "integraal-beeld", "gegevens": data, "vandaag": "2026-11-23"})))
    form, beeld, _ = load_document(resp["tekst"])
    assert form.key == "integraal-beeld"
    assert beeld["sessie"] == {"id": SESSIE_ID, "groep": "Groep Winkelcentrum", "gemeente": "Testwijk",
                               "datum": "01-12-2026", "organisaties": ["Politie", "Jongerenwerk", "School", "Wijkteam", "Halt"], "vragen": []}
    v1 = beeld["vragen"][0]
    assert v1["rode_draad"] == "Overlast rond het winkelcentrum door een vaste kern"
    assert {"organisatie": "Jongerenwerk", "tekst": "overlast rond het Winkelcentrum"} in v1["antwoorden"]
    assert {"term": "overlast", "organisaties": ["Politie", "Jongerenwerk"]} in v1["terugkerend"]
    assert beeld["geen_antwoord"] == ["Halt"] and beeld["open_punten"] == ["Wie spreekt de ouders van J3?"]
    from_session = render(build_draft(FORM, result), "md")
    from_file = render(build_draft(form, check(form, beeld, today=today)), "md")
    assert from_session == from_file


@pytest.mark.parametrize("fmt, expected", [
    ("md", ["# Integraal beeld: Groep Winkelcentrum", "## Vraag 1: Wat zijn de drie belangrijkste kenmerken van de groep?",
            "| Politie | Overlast bij het winkelcentrum / Vooral 's avonds laat / Vier vaste kopstukken |"]),
    ("txt", ["INTEGRAAL BEELD: GROEP WINKELCENTRUM", "VRAAG 2: WAT ZIJN DE DRIE GROOTSTE RISICO'S OF ZORGEN?",
             "Voor deze vraag is nog geen rode draad vastgesteld."]),
    ("html", ["<h2>Integraal beeld: Groep Winkelcentrum</h2>", "<th scope=\"row\">Geen antwoorden van</th><td>Wijkteam, Halt</td>"]),
])
def test_draft_formats(fmt, expected, today):
    draft = build_draft(FORM, check(FORM, with_answers("Politie", "Jongerenwerk", "School"), today=today))
    text = render(draft, fmt)
    for piece in expected:
        assert piece in text


def test_checks_on_the_session():
    data = with_answers("Politie")
    data["organisaties"] = ["Politie", "politie", "School"]
    data["invoer"] = {"v1": "getypt maar niet toegevoegd"}
    msgs = {m.text for m in check(FORM, data).messages}
    assert "politie staat meer dan eens bij de organisaties." in msgs or "Politie staat meer dan eens bij de organisaties." in msgs
    assert "U heeft antwoorden getypt die nog niet bij de sessie staan. Klik op 'Zet deze antwoorden bij de sessie'." in msgs
    assert "Bij vraag 1, 2, 3, 4, 5 staat nog geen rode draad. Het integraal beeld meldt dat." in msgs
    data["vragen"] = data["vragen"][1:]  # answers to v1 stay in the file, but no longer show
    assert any("hoort bij een vraag die niet meer in de lijst staat" in m.text for m in check(FORM, data).messages)


def test_privacy_warnings_on_answers_typed_in():
    data = sessie(invoer_organisatie="Politie", invoer={"v4": "J1, bel 06-12345678"})
    warn = [m for m in check(FORM, data).messages if m.field == "invoer.v4"]
    assert warn[0].text == ("De tekst bij vraag 4 in 'Antwoorden' lijkt een telefoonnummer te bevatten. Laat dit weg: de "
                            "antwoorden gaan over de groep. Noem personen alleen met een code of een rol.")


HOSTILE = "<img src=x onerror=alert(1)> {{ 7*7 }} {% raw %} [a](https://example.org) <script>x</script>"


def test_hostile_text_stays_literal_in_views_and_every_draft_format(today):
    data = sessie(groep="<b>Groep</b> {{ 7*7 }}", organisaties=[HOSTILE], invoer_organisatie=HOSTILE, invoer={"v1": HOSTILE},
                  rode_draden={"v1": HOSTILE})
    data = FORM.actions["invoer-toevoegen"](normalize(FORM, data), None, {"keuzes": {}}).data
    views = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": "circulair-vragen", "gegevens": data})))
    for html in views["weergaven"].values():
        assert "<img" not in html and "<script" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    draft = build_draft(FORM, check(FORM, data, today=today))
    assert "<img" not in render(draft, "html") and "49" not in render(draft, "html")
    assert "\\<img src=x onerror=alert(1)\\>" in render(draft, "md") and "\\[a\\](https://example.org)" in render(draft, "md")
    assert HOSTILE in render(draft, "txt")
