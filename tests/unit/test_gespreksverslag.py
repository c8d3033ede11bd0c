"""The gespreksverslag's own rules: age, dates, afspraken, the confirm-by date and the draft."""
import pytest

from formlogic import build_draft, check, get_form
from formlogic.kernpunten import kernpunt
from formlogic.render import render

FORM = get_form("gespreksverslag")


def by_level(result, level):
    return {m.field: m.text for m in result.messages if m.level == level}


@pytest.mark.parametrize("age", ["8", "15", "23"])
def test_age_inside_halt_target_group_gives_no_warning(valid_data, today, age):
    valid_data["leeftijd"] = age
    assert by_level(check(FORM, valid_data, today=today), "warning") == {}


@pytest.mark.parametrize("age", ["7", "24", "30"])
def test_age_outside_halt_target_group_warns_but_does_not_block(valid_data, today, age):
    valid_data["leeftijd"] = age
    result = check(FORM, valid_data, today=today)
    assert result.ok
    assert by_level(result, "warning") == {"leeftijd": (
        f"De jongere is {age} jaar. Halt noemt voor zijn aanpak van jeugdgroepen jongeren van 8 tot 23 jaar. "
        "Klopt de leeftijd? Zo ja: overleg of een andere aanpak beter past.")}


def test_date_of_birth_alone_is_enough_and_age_counts_on_the_day_of_the_talk(valid_data, today):
    valid_data["leeftijd"] = ""
    valid_data["geboortedatum"] = "2010-11-21"  # 16 on 21-11, the talk was on 20-11-2026
    result = check(FORM, valid_data, today=today)
    assert result.ok
    assert result.derived["leeftijd"] == "Leeftijd op de dag van het gesprek: 15 jaar."


def test_date_of_birth_outside_target_group_warns_on_that_field(valid_data, today):
    valid_data["leeftijd"] = ""
    valid_data["geboortedatum"] = "2000-01-01"
    assert "geboortedatum" in by_level(check(FORM, valid_data, today=today), "warning")


def test_age_and_date_of_birth_that_disagree(valid_data, today):
    valid_data["geboortedatum"] = "2005-01-01"  # 21, typed 15
    assert by_level(check(FORM, valid_data, today=today), "warning")["leeftijd"].startswith(
        "Leeftijd en geboortedatum passen niet bij elkaar: volgens de geboortedatum is de jongere 21 jaar.")


def test_date_of_birth_in_the_future(valid_data, today):
    valid_data["leeftijd"] = ""
    valid_data["geboortedatum"] = "2027-01-01"
    assert by_level(check(FORM, valid_data, today=today), "error") == {
        "geboortedatum": "Geboortedatum: deze datum ligt in de toekomst."}


def test_invalid_age_does_not_also_ask_for_age_or_birth_date(valid_data, today):
    valid_data["leeftijd"] = "abc"
    assert list(by_level(check(FORM, valid_data, today=today), "error")) == ["leeftijd"]


@pytest.mark.parametrize("second", ["2026-11-20", "2026-11-19"])
def test_second_talk_must_be_after_the_first(valid_data, today, second):
    valid_data["tweede_gesprek"] = second
    assert by_level(check(FORM, valid_data, today=today), "error") == {"tweede_gesprek": (
        "Het tweede gesprek moet na het eerste gesprek zijn (20-11-2026). Kies een latere datum.")}


def test_talk_in_the_future_is_questioned(valid_data, today):
    valid_data["gespreksdatum"] = "2026-12-01"
    valid_data["tweede_gesprek"] = "2026-12-15"
    result = check(FORM, valid_data, today=today)
    assert result.ok
    assert by_level(result, "warning") == {
        "gespreksdatum": "De datum van het gesprek ligt in de toekomst. Klopt dat?"}


def test_missing_second_talk_gets_a_hint(valid_data, today):
    valid_data["tweede_gesprek"] = ""
    assert "tweede_gesprek" in by_level(check(FORM, valid_data, today=today), "hint")


def test_about_three_afspraken(valid_data, today):
    assert by_level(check(FORM, valid_data, today=today), "hint") == {}
    valid_data["afspraken"].append("Niet meer blowen")
    assert by_level(check(FORM, valid_data, today=today), "hint") == {"afspraken": (
        "U heeft 4 afspraken. Richt u op ongeveer drie afspraken. Dan is er ruimte voor afspraken over negatief "
        "gedrag en over positief gedrag dat de jongere volhoudt.")}


def test_confirm_by_date_is_three_days_after_the_talk(valid_data, today):
    result = check(FORM, valid_data, today=today)
    assert result.derived["bevestigen_uiterlijk"] == (
        "Bevestig de afspraken uiterlijk maandag 23 november 2026 schriftelijk aan de jongere "
        "en de ouders, met een brief of e-mail.")


def test_no_confirm_by_date_without_a_talk_date(valid_data, today):
    valid_data["gespreksdatum"] = ""
    assert "bevestigen_uiterlijk" not in check(FORM, valid_data, today=today).derived


def test_no_draft_while_errors_remain(today):
    assert build_draft(FORM, check(FORM, {}, today=today)) is None


def test_draft_holds_the_report(valid_data, today):
    md = render(build_draft(FORM, check(FORM, valid_data, today=today)), "md")
    assert md.startswith("# Gespreksverslag preventief gesprek\n")
    assert "| Jongere | R\\.T\\. |" not in md  # dots are not escaped
    assert "| Jongere | R.T. |" in md
    assert "| Leeftijd | 15 jaar |" in md
    assert "| Positie in de groep | Mee: Laat zich meetrekken door de groep, ten goede en ten kwade. |" in md
    assert "| Datum gesprek | 20 november 2026 |" in md
    assert "Sanne de Vries (Halt, 06-12345678) / Yusuf Demir (Jongerenwerk)" in md
    assert "1. Om 22.00 uur thuis\n2. Naar school blijven gaan\n3. Niet meer bij het winkelcentrum hangen" in md
    assert "- Tweede gesprek: vrijdag 11 december 2026" in md
    assert "> Bevestig deze afspraken uiterlijk maandag 23 november 2026 schriftelijk." in md
    assert "## Situatie bij het begin van het gesprek\n\nHing met de groep bij het winkelcentrum.  \nHielp" in md
    assert "## Overige opmerkingen" not in md  # empty parts are left out
    assert "*Concept van 23 november 2026*" in md


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_draft_says_only_the_afspraken_are_shared(valid_data, today, fmt):
    # The Halt tool shares the afspraken with the partners; that the report, with what the
    # professionals saw at home, stays with its writers is our advice, and says so (issue 19).
    out = render(build_draft(FORM, check(FORM, valid_data, today=today)), fmt)
    flat = " ".join(out.split())
    assert kernpunt("afspraken-delen").kort in flat
    assert "Advies van de Kennisbank: houd het volledige gespreksverslag bij de professionals" in flat
    assert "Deel met de partners alleen de afspraken" in flat
    assert "Deel dit verslag" not in flat
