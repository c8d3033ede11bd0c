import pytest

from formlogic.privacy import elfproef, scan


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999999990"])
def test_elfproef_accepts_valid_numbers(bsn):
    assert elfproef(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "000000000", "12345678", "1234567890", "12345678a"])
def test_elfproef_rejects_invalid_numbers(bsn):
    assert not elfproef(bsn)


def kinds(text):
    return [v.soort for v in scan(text)]


@pytest.mark.parametrize("text", [
    "Zijn BSN is 123456782.",
    "bsn 1234.56.782",
    "nummer 123 456 782 staat in het dossier",
])
def test_bsn_found_in_its_usual_notations(text):
    assert kinds(text) == ["bsn"]


def test_nine_digits_failing_the_elfproef_are_not_a_bsn():
    assert kinds("Kenmerk 123456789") == []


@pytest.mark.parametrize("text", [
    "Bel 06-12345678", "bel 06 1234 5678", "tel. 020-1234567", "+31 6 12345678", "0031201234567",
    "+31 (0)20 123 4567",
])
def test_phone_numbers_found(text):
    assert "telefoon" in kinds(text)


@pytest.mark.parametrize("text", ["mail naar r.t@voorbeeld.nl", "x+y@school.example.org"])
def test_email_found(text):
    assert kinds(text) == ["e-mail"]


@pytest.mark.parametrize("text", [
    "Het gesprek was op 20-11-2026 om 14.30 uur.",
    "Postcode 1234 AB, huisnummer 12.",
    "Hij kreeg 3 afspraken en komt om 22.00 uur thuis.",
    "In 2025 en 2026 waren er 150 meldingen.",
    "",
])
def test_ordinary_text_gives_no_warning(text):
    assert kinds(text) == []


def test_each_kind_is_reported_once():
    assert kinds("06-12345678 en 06-87654321, a@b.nl, 123456782") == ["bsn", "telefoon", "e-mail"]
