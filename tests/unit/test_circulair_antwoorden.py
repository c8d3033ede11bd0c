"""The partner's answers form: its fields follow the question file, its file is the answers file."""
import json

from formlogic import bridge, get_form
from formlogic.document import load_document
from formlogic.formhtml import render_dynamic, render_form
from formlogic.validation import check
from tests.unit.circulair_case import antwoordbestand

FORM = get_form("circulair-antwoorden")


def data_of(text: str) -> dict:
    return load_document(text)[1]


def test_before_the_question_file_the_page_says_what_to_do():
    html = render_form(FORM)
    assert "Open eerst het vragenbestand dat u van de procesregisseur kreeg." in html
    assert "Open het vragenbestand" in html and "multiple" in html  # picker and drop zone
    assert "Begin hier: open het vragenbestand" in html  # at the top of the form
    # Checked empty: one error, about the file, linked to the button that opens it (not "Kies uw
    # organisatie." with nothing to choose from).
    errors = [(m.text, m.field) for m in check(FORM, {}).messages if m.level == "error"]
    assert errors == [("Open eerst het vragenbestand van de procesregisseur. Dan kunt u uw organisatie kiezen en de "
                       "vragen beantwoorden.", "sessie")]
    assert '<input type="file" id="f-sessie" class="kb-open"' in html


def test_the_question_file_gives_one_answer_box_per_question_and_the_invited_organisations():
    data = data_of(antwoordbestand("", antwoorden={}))
    html = render_dynamic(FORM, data)
    assert html["antwoorden"].count("<textarea") == 5
    assert '<label class="kb-label" for="f-antwoorden-v2">Vraag 2: Wat zijn de drie grootste risico&#39;s of zorgen?</label>' in html["antwoorden"]
    for org in ("Politie", "Jongerenwerk", "School", "Wijkteam", "Halt"):
        assert f'value="{org}"' in html["organisatie"]
    assert 'value="anders"' in html["organisatie"]


def test_checks_of_a_partner():
    data = data_of(antwoordbestand("", antwoorden={}))
    errors = [m.text for m in check(FORM, data).messages if m.level == "error"]
    assert errors == ["Kies uw organisatie.", "Beantwoord minstens één vraag."]
    data.update(organisatie="anders", antwoorden={"v1": "Overlast", "v3": ""})
    msgs = [(m.level, m.text) for m in check(FORM, data).messages]
    assert ("error", "Vul de naam van uw organisatie in.") in msgs
    assert ("hint", "Vraag 2, 3, 4, 5 heeft nog geen antwoord. Weet u niets? Dan mag het leeg blijven.") in msgs


def test_the_answers_file_is_the_form_as_typed_and_reopens_unchanged():
    data = data_of(antwoordbestand("", antwoorden={}))
    data.update(organisatie="anders", andere_organisatie="Buurtsportcoach", antwoorden={"v3": "Voetbal op het plein\n"})
    resp = json.loads(bridge.handle(json.dumps({"type": "export", "formulier": "circulair-antwoorden",
                                                "document": "antwoordbestand", "gegevens": data, "vandaag": "2026-11-24"})))
    assert resp["bestandsnaam"] == "antwoorden-buurtsportcoach-2026-11-24.json"
    opened = json.loads(bridge.handle(json.dumps({"type": "open", "formulier": "circulair-antwoorden",
                                                  "bestanden": [{"naam": "a.json", "tekst": resp["tekst"]}]})))
    assert opened["type"] == "opened"
    assert opened["gegevens"]["andere_organisatie"] == "Buurtsportcoach"
    assert opened["gegevens"]["antwoorden"]["v3"] == "Voetbal op het plein\n"


def test_the_partner_draft_lists_the_answers(today):
    from formlogic.render import render
    from formlogic.validation import build_draft

    data = data_of(antwoordbestand("Politie"))
    md = render(build_draft(FORM, check(FORM, data, today=today)), "md")
    assert md.startswith("# Antwoorden van Politie\n")
    assert "- Messen gezien bij twee jongens\n" in md
