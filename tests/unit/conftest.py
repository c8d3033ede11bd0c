"""Fixtures for the formlogic tests. These tests also run inside Pyodide (tools/pyodide_tests.py):
keep them free of subprocesses, network and anything outside the standard library and pytest."""
from __future__ import annotations

from copy import deepcopy
from datetime import date

import pytest


TODAY = date(2026, 11, 23)

# Fictional: R.T. and the two professionals do not exist.
VALID = {
    "initialen": "R.T.",
    "woonplaats": "Groningen",
    "leeftijd": "15",
    "geboortedatum": "",
    "positie": "mee",
    "gespreksdatum": "2026-11-20",
    "professionals": [
        {"naam": "Sanne de Vries", "organisatie": "Halt", "contact": "06-12345678"},
        {"naam": "Yusuf Demir", "organisatie": "Jongerenwerk", "contact": ""},
    ],
    "afspraken": ["Om 22.00 uur thuis", "Naar school blijven gaan", "Niet meer bij het winkelcentrum hangen"],
    "monitoring_door": "Yusuf Demir, jongerenwerk",
    "tweede_gesprek": "2026-12-11",
    "situatie": "Hing met de groep bij het winkelcentrum.\nHielp wel een buurvrouw met boodschappen.",
    "houding_ouders": "Moeder schrok en wil meewerken.",
    "houding_jongere": "Praatte het eerst goed.",
    "groep_jongere": "Vindt de groep gezellig.",
    "groep_ouders": "Willen dat hij andere vrienden zoekt.",
    "hulp_nodig": "Hulp bij huiswerk.",
    "toekomstbeeld": "Wil monteur worden.",
    "analyse": "Ging eerst stroef, daarna open.",
    "overige": "",
}


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def valid_data() -> dict:
    """A complete, valid gespreksverslag as the page would send it."""
    return deepcopy(VALID)
