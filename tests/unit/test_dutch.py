from datetime import date

import pytest

from formlogic.dutch import aantal, korte_datum, lange_datum, leeftijd_op, parse_date, zonder_jaar


@pytest.mark.parametrize("text, expected", [
    ("2026-11-23", date(2026, 11, 23)),
    ("23-11-2026", date(2026, 11, 23)),
    ("3/2/2026", date(2026, 2, 3)),
    ("03.02.2026", date(2026, 2, 3)),
    (" 2026-1-5 ", date(2026, 1, 5)),
    ("3 december 2026", date(2026, 12, 3)),
    ("3 dec. 2026", date(2026, 12, 3)),
    ("14 Mrt 2027", date(2027, 3, 14)),
])
def test_parse_date_accepts_iso_and_dutch(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "morgen", "31-02-2026", "2026-13-01", "23-11-26", "20261123",
                                  "3 decembre 2026", "3 de 2026", "31 februari 2026"])
def test_parse_date_rejects_what_is_not_a_date(text):
    assert parse_date(text) is None


def test_dutch_notation():
    d = date(2026, 11, 23)
    assert lange_datum(d) == "23 november 2026"
    assert lange_datum(d, met_dag=True) == "maandag 23 november 2026"
    assert korte_datum(date(2026, 3, 4)) == "04-03-2026"


@pytest.mark.parametrize("born, on, age", [
    (date(2010, 11, 23), date(2026, 11, 23), 16),  # birthday today
    (date(2010, 11, 24), date(2026, 11, 23), 15),  # birthday tomorrow
    (date(2008, 2, 29), date(2026, 2, 28), 17),
])
def test_leeftijd_op(born, on, age):
    assert leeftijd_op(born, on) == age


def test_aantal():
    assert aantal(1, "afspraak", "afspraken") == "1 afspraak"
    assert aantal(4, "afspraak", "afspraken") == "4 afspraken"


@pytest.mark.parametrize("text, expected", [
    ("3-12", "3-12"), ("03/12", "3-12"), ("3 december", "3-12"), ("3 dec.", "3-12"),
    ("3-13", None), ("40-1", None), ("3-12-2026", None), ("morgen", None), ("3 decembre", None),
])
def test_a_date_without_its_year_is_recognised(text, expected):
    assert zonder_jaar(text) == expected
