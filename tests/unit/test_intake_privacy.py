"""Text enters a form in several ways, and every way gets the privacy scan typed text gets:
taken in from another form's file (answers into a session, an integraal beeld and a matrix into
the plan, a gespreksverslag into the bevestiging, a matrix into the evaluatie), opened from a
saved file, filled from the example. The warnings say where the text came from.

Generated from the definitions: every form that takes files in, every string anywhere in the
incoming document, one at a time."""
from __future__ import annotations

import json
from copy import deepcopy
from typing import Any

import pytest

from formlogic import FORMS
from formlogic.bridge import respond
from formlogic.document import dumps, to_document
from formlogic.forms.circulair import voorbeeld
from formlogic.intake import Replace, open_files
from formlogic.messages import lcfirst
from formlogic.validation import check, normalize, privacy_warnings

PHONE = "06-12345678"
# Whatever the user is asked while taking a file in: yes, replace.
KEUZES = {"verslag": "ja", "beeld": "ja", "matrix": "ja", **{f"bestand-{i}": "vervang" for i in range(3)},
          **{f"werkmap-{key}-0": "vervang" for key in FORMS}}  # the werkmap has that document already
PAIRS = sorted((key, other) for key, form in FORMS.items() for other in form.accepts)


def incoming_example(key: str) -> dict[str, Any]:
    """A document of form `key` as another form receives it."""
    if key == "integraal-beeld":  # made by a session, never filled in on a page
        reply = respond({"type": "export", "formulier": "circulair-vragen", "document": "integraal-beeld",
                         "gegevens": voorbeeld.SESSIE})
        return json.loads(reply["tekst"])["gegevens"]
    return deepcopy(FORMS[key].example)


def strings(value: Any, path: tuple = ()):
    """The path of every string in a JSON value."""
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, (*path, i))


def with_text(value: Any, path: tuple, text: str) -> Any:
    out = deepcopy(value)
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = f"{target[path[-1]]} Bel {text}".strip()
    return out


def test_every_form_that_takes_files_in_is_swept():
    assert {("bevestiging-afspraken", "gespreksverslag"), ("circulair-vragen", "circulair-antwoorden"),
            ("evaluatie", "interventiematrix"), ("plan-van-aanpak", "integraal-beeld"),
            ("plan-van-aanpak", "interventiematrix")} <= set(PAIRS)


@pytest.mark.parametrize(("key", "other"), PAIRS)
def test_text_taken_in_from_a_file_gets_the_privacy_warning_with_its_source(key: str, other: str, today):
    """Where the text lands, it gets the warning typed text there gets, said with the file's
    name; what lands in a data field (kept whole, never typed) is always scanned."""
    form, source = FORMS[key], incoming_example(other)
    base = normalize(form, {**form.example, "antwoorden": [], "beeld": None, "matrix": None})
    known = {(w.field, w.text) for w in privacy_warnings(form, base)}
    data_fields = {f.name for f in form.fields() if f.type == "data"}
    name = "bestand-van-een-partner.json"
    warned = 0
    for path in strings(source):
        doc = dumps(to_document(FORMS[other], with_text(source, path, PHONE)))
        outcome = open_files(form, base, [(name, doc)], KEUZES)
        if outcome.data is None:
            continue
        landed = {k for k, v in outcome.data.items() if PHONE in json.dumps(v)}
        new = [w for w in privacy_warnings(form, outcome.data) if (w.field, w.text) not in known]
        if landed & data_fields and path[-1] != "id":  # an id is no text anyone reads
            assert new, f"{path} landed in {landed} without a privacy scan"
        said = [m.text for m in outcome.messages if m.level == "warning"]
        assert said == [f"{name}: {lcfirst(w.text)}" for w in new], path
        # ... and afterwards the form's own check keeps warning, beside the field, as for typed text
        after = {(m.field, m.text) for m in check(form, outcome.data, today=today).messages}
        assert {(w.field, w.text) for w in new} <= after
        warned += bool(new)
    assert warned > 0, "no text of the file was warned about: the sweep tested nothing"


def test_the_warning_says_which_organisation_and_question():
    source = incoming_example("circulair-antwoorden")
    vid = source["sessie"]["vragen"][2]["id"]
    source["antwoorden"][vid] = "Bel de vader op 06-12345678"
    outcome = open_files(FORMS["circulair-vragen"], normalize(FORMS["circulair-vragen"], {**voorbeeld.SESSIE, "antwoorden": []}),
                         [("antwoorden-politie.json", dumps(to_document(FORMS["circulair-antwoorden"], source)))], {})
    [warning] = [m for m in outcome.messages if m.level == "warning"]
    org = source["organisatie"] if source["organisatie"] != "anders" else source["andere_organisatie"]
    assert warning.text == (f"antwoorden-politie.json: de tekst in het antwoord van {org} op vraag 3 lijkt een "
                            "telefoonnummer te bevatten. Laat dit weg: de antwoorden gaan over de groep. Noem personen "
                            "alleen met een code of een rol.")
    assert warning.field == "antwoorden"  # shown beside the button that took the file in


def test_only_what_the_file_brings_is_reported():
    form = FORMS["bevestiging-afspraken"]
    typed = normalize(form, {**form.example, "monitoring": "Bel 06-11111111"})  # typed before
    verslag = with_text(incoming_example("gespreksverslag"), ("afspraken", 1), PHONE)
    outcome = open_files(form, typed, [("verslag.json", dumps(to_document(FORMS["gespreksverslag"], verslag)))],
                         {"verslag": "ja"})
    warnings = [m.text for m in outcome.messages if m.level == "warning"]
    assert warnings == ["verslag.json: de tekst bij afspraak 2 lijkt een telefoonnummer te bevatten. Laat dit weg: "
                        "de brief heeft het niet nodig."]


@pytest.mark.parametrize("key", sorted(k for k, f in FORMS.items() if f.example))
def test_a_saved_file_that_is_opened_again_says_what_it_holds(key: str):
    form = FORMS[key]
    warned_before = len(privacy_warnings(form, form.example))
    for path in strings(normalize(form, form.example)):
        data = with_text(normalize(form, form.example), path, PHONE)
        if len(privacy_warnings(form, data)) == warned_before:
            continue  # a place without the scan (a contact field, a choice)
        result = open_files(form, {}, [("opgeslagen.json", dumps(to_document(form, data)))], {})
        assert isinstance(result, Replace)
        assert any(n.text.startswith("opgeslagen.json: ") and "telefoonnummer" in n.text for n in result.notes), path
        reply = respond({"type": "open", "formulier": key, "bestanden": [
            {"naam": "opgeslagen.json", "tekst": dumps(to_document(form, data))}]})
        assert any("telefoonnummer" in m["tekst"] for m in reply["meldingen"]), path  # also where nothing is taken in
        return
    pytest.fail("no place of the form is scanned")


def test_the_examples_hold_nothing_that_looks_private():
    for key, form in FORMS.items():
        if form.example:
            assert privacy_warnings(form, form.example) == [], key
