"""Field-level checks, on the real gespreksverslag definition and on a small test form."""
from datetime import date

from formlogic import Field, FormDefinition, Section, check, get_form
from formlogic.validation import build_draft, normalize

FORM = get_form("gespreksverslag")


def errors(result):
    return {m.field: m.text for m in result.messages if m.level == "error"}


def test_valid_data_has_no_errors(valid_data, today):
    result = check(FORM, valid_data, today=today)
    assert errors(result) == {}
    assert result.ok


def test_empty_form_names_every_required_field(today):
    result = check(FORM, {}, today=today)
    assert errors(result) == {
        "initialen": "Vul de initialen of een schuilnaam van de jongere in.",
        "leeftijd": "Vul de leeftijd of de geboortedatum van de jongere in.",
        "gespreksdatum": "Vul de datum van het gesprek in.",
        "professionals.0.naam": "Vul minstens één aanwezige professional in.",
        "afspraken.0": "Vul minstens één afspraak in.",
    }
    assert not result.ok


def test_errors_follow_the_order_of_the_form(today):
    fields = [m.field for m in check(FORM, {}, today=today).messages if m.level == "error"]
    assert fields == ["initialen", "leeftijd", "gespreksdatum", "professionals.0.naam", "afspraken.0"]


def test_whitespace_only_counts_as_empty(valid_data, today):
    valid_data["initialen"] = "   \n "
    assert "initialen" in errors(check(FORM, valid_data, today=today))


def test_invalid_date_gets_a_dutch_example(valid_data, today):
    valid_data["gespreksdatum"] = "31-02-2026"
    assert errors(check(FORM, valid_data, today=today)) == {
        "gespreksdatum": "Bij 'Datum van het gesprek' staat geen bestaande datum. Schrijf de datum als "
                         "dag-maand-jaar, bijvoorbeeld 20-11-2026."
    }


def test_a_date_without_its_year_asks_for_the_year(valid_data, today):
    valid_data["gespreksdatum"] = "3-12"
    year = date.today().year  # the example uses this year, whatever the form's 'today'
    assert errors(check(FORM, valid_data, today=today)) == {
        "gespreksdatum": f"Bij 'Datum van het gesprek' mist het jaar. Schrijf de datum als dag-maand-jaar, "
                         f"bijvoorbeeld 3-12-{year}."
    }
    valid_data["gespreksdatum"] = "20 november 2026"  # as written in a letter: accepted
    assert check(FORM, valid_data, today=today).ok


def test_dutch_date_notation_is_accepted(valid_data, today):
    valid_data["gespreksdatum"] = "20-11-2026"
    assert check(FORM, valid_data, today=today).ok


def test_age_must_be_a_whole_number(valid_data, today):
    valid_data["leeftijd"] = "vijftien"
    assert errors(check(FORM, valid_data, today=today)) == {
        "leeftijd": "Vul bij 'Leeftijd' een heel getal in cijfers in, bijvoorbeeld 15."
    }
    valid_data["leeftijd"] = "15 jaar"
    assert check(FORM, valid_data, today=today).ok


def test_unknown_choice_is_an_error(valid_data, today):
    valid_data["positie"] = "leider"
    assert errors(check(FORM, valid_data, today=today)) == {
        "positie": "Kies bij 'Positie in de groep' een van deze mogelijkheden: Plus, Mee, Min."
    }


def test_empty_list_items_are_ignored_but_keep_their_position(valid_data, today):
    valid_data["afspraken"] = ["", "Naar school", "   "]
    result = check(FORM, valid_data, today=today)
    assert result.ok
    assert result.parsed.get("afspraken") == ["Naar school"]


def test_half_filled_group_row_names_the_missing_column(valid_data, today):
    valid_data["professionals"] = [{"naam": "", "organisatie": "Halt", "contact": ""}]
    assert errors(check(FORM, valid_data, today=today)) == {
        "professionals.0.naam": "Vul bij professional 1 de naam in."
    }


def test_empty_group_rows_are_not_entries(valid_data, today):
    valid_data["professionals"].append({"naam": " ", "organisatie": "", "contact": ""})
    result = check(FORM, valid_data, today=today)
    assert result.ok
    assert len(result.parsed.get("professionals")) == 2


def test_too_long_text_is_an_error_not_a_cut(valid_data, today):
    valid_data["situatie"] = "a" * 5001
    result = check(FORM, valid_data, today=today)
    assert errors(result) == {
        "situatie": "De tekst bij 'Situatie bij het begin van het gesprek' is te lang. "
                    "Maak hem korter dan 5000 tekens (nu 5001)."
    }


def test_privacy_warning_does_not_block(valid_data, today):
    valid_data["houding_ouders"] = "Moeder is bereikbaar op 06-12345678"
    result = check(FORM, valid_data, today=today)
    assert result.ok
    warnings = [m for m in result.messages if m.level == "warning"]
    assert [(m.field, m.text) for m in warnings] == [(
        "houding_ouders",
        "De tekst bij 'Houding van de ouders tegenover het gedrag' lijkt een telefoonnummer te bevatten. "
        "Laat dit weg: het verslag heeft het niet nodig.",
    )]


def test_privacy_warning_names_the_list_item(valid_data, today):
    valid_data["afspraken"][1] = "BSN 123456782 doorgeven"
    [m] = [m for m in check(FORM, valid_data, today=today).messages if m.level == "warning"]
    assert m.field == "afspraken.1"
    assert m.text.startswith("De tekst bij afspraak 2 lijkt een burgerservicenummer (BSN)")


def test_work_contact_of_professionals_is_not_a_privacy_warning(valid_data, today):
    valid_data["professionals"][0]["contact"] = "sanne@halt.example.nl"
    assert not [m for m in check(FORM, valid_data, today=today).messages if m.level == "warning"]


def test_normalize_keeps_what_was_typed_and_drops_unknown_keys():
    data = normalize(FORM, {"initialen": "  A.B. ", "leeftijd": 15, "afspraken": "één", "onbekend": "x",
                            "professionals": [{"naam": "P", "extra": "y"}, "kapot"]})
    assert data["initialen"] == "  A.B. "
    assert data["leeftijd"] == "15"
    assert data["afspraken"] == ["één"]
    assert data["professionals"] == [{"naam": "P", "organisatie": "", "contact": ""}]
    assert "onbekend" not in data
    assert set(data) == {f.name for f in FORM.fields()} - {"voorbeeld"}  # no example mark: left out


def test_an_example_says_so_in_every_output(valid_data, today):
    from formlogic.render import render

    data = {**valid_data, "voorbeeld": "Een jaar later"}
    assert normalize(FORM, data)["voorbeeld"] == "Een jaar later"
    draft = build_draft(FORM, check(FORM, data, today=today))
    assert render(draft, "md").splitlines()[2] == "> **VOORBEELD.** Uit de oefencasus 'Een jaar later'. Dit zijn verzonnen gegevens."
    assert "<p class=\"kb-draft-voorbeeld\"><strong>Voorbeeld.</strong>" in render(draft, "html")
    assert render(draft, "txt").splitlines()[2].startswith("VOORBEELD. ")
    assert build_draft(FORM, check(FORM, valid_data, today=today)).voorbeeld == ""


def test_required_message_of_a_small_form():
    form = FormDefinition("t", "Test", "", 1, (Section("S", (
        Field("naam", "Naam", required=True),
        Field("soort", "Soort", "choice", required=True),
        Field("dag", "Dag", "date"),
    )),))
    result = check(form, {"dag": "1850-01-01"}, today=date(2026, 1, 1))
    assert errors(result) == {"naam": "Vul de naam in.", "soort": "Kies de soort.",
                              "dag": "Bij 'Dag' staat een jaartal van voor 1900. Controleer het jaartal."}
