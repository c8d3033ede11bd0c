"""The message builder, and every message the forms generate: each one a Dutch sentence.

The sweep tests go over every field of every form (generated from the definitions, so a new
form or field is covered without new test code): the required message of every field and
every row column, and the messages that bad input in every place produces."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from formlogic import FORMS
from formlogic import messages as m
from formlogic._model import Field, Option
from formlogic.validation import check, concrete_fields

from tests.unit.formcases import PAGE_FORMS, places, with_value


@pytest.mark.parametrize(("question", "clause"), [
    ("Wat is het probleem?", "wat het probleem is"),
    ("Hoe lang worden de gegevens bewaard?", "hoe lang de gegevens worden bewaard"),
    ("Waarom worden gegevens gedeeld?", "waarom gegevens worden gedeeld"),
    ("Wat is er gezien?", "wat er is gezien"),
    ("Wat ging er goed?", "wat er goed ging"),
    ("Bij wie kan de ontvanger terecht?", "bij wie de ontvanger terecht kan"),
    ("Wie komt op huisbezoek?", "wie op huisbezoek komt"),
    ("Welke organisaties bespreken de jongere?", "welke organisaties de jongere bespreken"),
    ("Is er hulp nodig?", "of er hulp nodig is"),
    ("Zijn de doelen bereikt?", "of de doelen zijn bereikt"),
    ("Wat moet er gebeuren?", "wat er moet gebeuren"),
    ("Wat mag de ontvanger?", "wat de ontvanger mag"),
    ("Wat vindt de jongere ervan om bij de groep te horen?", "wat de jongere ervan vindt om bij de groep te horen"),
    ("Wie neemt het over?", "wie het overneemt"),
    ("Waar gaat het over?", "waar het over gaat"),
    ("Wat is het beleid?", "wat het beleid is"),  # a noun after an article is no participle
    ("Wat ging er verkeerd?", "wat er verkeerd ging"),  # no auxiliary: the verb goes last
])
def test_questions_become_indirect_questions_in_dutch_word_order(question, clause):
    assert m.indirect_question(question) == clause


@pytest.mark.parametrize("question", [
    "Met welke organisaties?",  # no verb
    "Wanneer ongeveer?",
    "Bereikt?",
    "Wie volgt de afspraken, en hoe?",  # two questions in one
    "Korte analyse: hoe verliep het gesprek?",
    "Wie zijn de spilfiguren? Noem een rol.",
    "Uw organisatie?",  # does not start with a verb or a question word
    "Gemeente",
])
def test_a_question_the_builder_cannot_turn_around_is_left_alone(question):
    assert m.indirect_question(question) is None


@pytest.mark.parametrize(("field", "message"), [
    (Field("probleem", "Wat is het probleem?", "textarea"), "Schrijf op wat het probleem is."),
    (Field("bewaartermijn", "Hoe lang worden de gegevens bewaard?"), "Schrijf op hoe lang de gegevens worden bewaard."),
    (Field("gemeente", "Gemeente"), "Vul de gemeente in."),
    (Field("onderwerp", "Onderwerp"), "Vul het onderwerp in."),
    (Field("datum", "Datum van de brief", "date"), "Vul de datum van de brief in."),
    (Field("org", "Uw organisatie", "choice"), "Kies uw organisatie."),
    (Field("wie", "Wie komt op huisbezoek?", "choice"), "Kies wie op huisbezoek komt."),
    (Field("stoppen", "Wat er moet gebeuren", "textarea"), "Schrijf op wat er moet gebeuren."),
    (Field("afspraken", "Afspraken", "list", item_label="Afspraak"), "Vul minstens één afspraak in."),
    (Field("doelen", "Doelen", "choices", item_label="Doel"), "Kies minstens één doel."),
    # the label's first word is no noun the builder knows: the field declares the article
    (Field("kosten", "Globale schatting van de kosten", article="de"), "Vul de globale schatting van de kosten in."),
    (Field("wat", "Wat", noun="wat er gebeurt"), "Schrijf op wat er gebeurt."),
    (Field("eind", "Eind", "date", noun="de einddatum"), "Vul de einddatum in."),
    (Field("x", "Iets", required_text="Vul iets anders in."), "Vul iets anders in."),
])
def test_required_messages_fit_their_label(field, message):
    assert m.required_message(field) == message


def test_a_row_cell_says_which_row():
    naam = Field("naam", "Naam")
    assert m.required_message(naam, "professional 2") == "Vul bij professional 2 de naam in."
    assert m.required_message(Field("wat", "Wat", noun="wat er gebeurt"), "actie 3") == "Schrijf bij actie 3 op wat er gebeurt."
    assert m.required_message(Field("spoor", "Spoor", "choice"), "actie 3") == "Kies bij actie 3 het spoor."
    assert m.required_message(Field("x", "Naam", required_text="Vul een naam in."), "rij 1") == "Rij 1: vul een naam in."


def test_without_an_article_the_builder_falls_back_to_a_safe_sentence_not_a_guess():
    assert m.required_message(Field("x", "Globale schatting")) == "Vul het veld 'Globale schatting' in."
    assert m.required_message(Field("x", "Wanneer ongeveer?")) == "Beantwoord de vraag 'Wanneer ongeveer?'."
    assert m.required_message(Field("x", "Sorteer op", "choice", options=(Option("a", "A"),))) == \
        "Maak een keuze bij 'Sorteer op'."
    assert m.is_fallback(m.required_message(Field("x", "Globale schatting")))
    assert not m.is_fallback(m.required_message(Field("x", "Gemeente")))


# --- every field of every form ---------------------------------------------------------------

ARTICLE_BEFORE = m.DETERMINERS | {"één"}
QUESTION_START = re.compile(r"^Vul (?:\w+ )?(?:wat|wie|waar|wanneer|waarom|hoe|hoeveel|welke?|of)\b")


def sentence_problems(text: str, label: str = "") -> list[str]:
    """What keeps `text` from being a Dutch sentence about the field labelled `label`."""
    problems = []
    if not text[:1].isupper():
        problems.append("begint niet met een hoofdletter")
    if not text.endswith((".", "?", ".'")):
        problems.append("eindigt niet als een zin")
    if text.endswith("? in.") or re.search(r"\?\s+in\b", text) or "?:" in text:
        problems.append("een vraag in een zin geplakt")
    if QUESTION_START.match(text):
        problems.append("'Vul' met een vraag")
    if "  " in text or " ." in text:
        problems.append("dubbele spatie")
    low, name = text.lower().split("mogelijkheden:")[0], label.lower().rstrip("?")  # not the options listed
    # A noun needs its article; a label that is a clause ("Wat er moet gebeuren") needs none.
    if name and name.split()[0] not in m.DETERMINERS | m.QUESTION_WORDS | m.PREPOSITIONS:
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            before = low[:hit.start()]
            if before.endswith("'") or re.match(r"\s+\d", low[hit.end():]):
                continue  # the label quoted as a name ("bij 'Gemeente'"), or a row ("actie 2")
            previous = before.split()[-1] if before.split() else ""
            if previous not in ARTICLE_BEFORE:
                problems.append(f"herhaalt '{label}' zonder lidwoord")
    return problems


def every_field(form):
    """(field, row) for every field and every row column of the form, in every state."""
    seen = set()
    for data in ({}, form.example or {}):
        for f in concrete_fields(form, data):
            if f.name not in seen and f.shown:
                seen.add(f.name)
                yield f, ""
                for c in f.item_fields:
                    if c.shown:
                        yield c, m.row_name(f, 1)


@pytest.mark.parametrize("key", sorted(FORMS))
def test_every_required_message_of_every_field_is_a_dutch_sentence(key):
    form = FORMS[key]
    problems = {}
    for f, row in every_field(form):
        # every field, also those not required now: the message is there the day it becomes so
        text = m.required_message(replace(f, required=True), row)
        if found := sentence_problems(text, f.label):
            problems[text] = found
        if f.required and m.is_fallback(text):
            problems[text] = [f"'{f.label}' is verplicht: geef het veld een lidwoord (article) of noun"]
    assert problems == {}


def _bad_values():
    """Values that make a place speak: too long with a phone number in it, a bad date, a year
    long ago, a number out of range, a choice that does not exist."""
    yield "Bel 06-12345678 " + "x" * 6000
    yield "01-01-1800"
    yield "1000"


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_every_message_from_bad_input_in_every_place_is_a_dutch_sentence(key, today):
    form = FORMS[key]
    labels = {}
    for f in concrete_fields(form, form.example):
        labels[f.name] = f.label
        for c in f.item_fields:
            labels[f"{f.name}.*.{c.name}"] = c.label
    problems = {}
    texts = set()
    for path, put in places(form, form.example):
        for value in _bad_values():
            for msg in check(form, with_value(form, put, value), today=today).messages:
                texts.add(msg.text)
                parts = (msg.field or "").split(".")
                label = labels.get(f"{parts[0]}.*.{parts[-1]}" if len(parts) == 3 else parts[0], "")
                if found := sentence_problems(msg.text, label if len(parts) != 2 else ""):
                    problems[msg.text] = found
    for msg in check(form, {}, today=today).messages:  # the empty form
        texts.add(msg.text)
        if found := sentence_problems(msg.text):
            problems[msg.text] = found
    assert texts, "no message at all: the sweep found no place"
    assert problems == {}
