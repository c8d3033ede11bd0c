"""The trainer's example: the practice case 'Het plein waar niemand meer komt' (data/oefencasussen.yml)
as a whole werkmap in step 6, so a workshop walks the seven steps on one group. Zandermeer, Groep
Marktplein and J1 to J8 are invented; the documents are the examples of the case's forms (session,
plan, matrix), with two invented talks: J3's afspraken are confirmed, J4's are not yet."""
from __future__ import annotations

from copy import deepcopy

from formlogic.forms.circulair.voorbeeld import SESSIE
from formlogic.forms.interventiematrix.voorbeeld import VOORBEELD as MATRIX
from formlogic.forms.plan import EXAMPLE as PLAN


def _doc(formulier: str, opgeslagen: str, gegevens: dict) -> dict:
    return {"formulier": formulier, "versie": 1, "opgeslagen": opgeslagen, "gegevens": deepcopy(gegevens)}


def _gesprek(code: str, datum: str, tweede: str, afspraken: list[str], situatie: str, analyse: str) -> dict:
    return {
        "initialen": code, "woonplaats": "Zandermeer", "leeftijd": "16", "geboortedatum": "", "positie": "mee",
        "gespreksdatum": datum,
        "professionals": [{"naam": "Medewerker Halt", "organisatie": "Halt", "contact": ""},
                          {"naam": "Jongerenwerker", "organisatie": "Jongerenwerk Zandermeer", "contact": ""}],
        "afspraken": afspraken, "monitoring_door": "De jongerenwerker, met een belletje na twee weken",
        "tweede_gesprek": tweede, "situatie": situatie, "houding_ouders": "", "houding_jongere": "",
        "groep_jongere": "", "groep_ouders": "", "hulp_nodig": "", "toekomstbeeld": "", "analyse": analyse,
        "overige": "",
    }


GESPREK_J3 = _gesprek("J3", "18-12-2026", "15-01-2027",
                      ["Na schooltijd niet meer op het Marktplein", "Om 22.00 uur thuis"],
                      "J3 doet mee met de groep op het plein en zit nog op school.",
                      "Open gesprek. J3 wil van het plein af, maar is bang om vrienden kwijt te raken.")
GESPREK_J4 = _gesprek("J4", "12-01-2027", "02-02-2027",
                      ["Een afspraak maken met de leerplichtambtenaar", "Twee avonden per week naar het jongerencentrum"],
                      "J4 is gestopt met zijn opleiding en loopt achter J2 aan.",
                      "Stroef begin. J4 koos zelf de afspraak over het jongerencentrum.")
BEVESTIGING_J3 = {
    "jongere": "J3", "gespreksdatum": "18-12-2026", "verzenddatum": "19-12-2026",
    "afspraken": GESPREK_J3["afspraken"], "monitoring": "de jongerenwerker belt over twee weken",
    "volgend_contact": "15-01-2027", "aanhef": "Beste J3 en ouders", "afzender": "Halt en het jongerenwerk Zandermeer",
    "contact": "",
}

WERKMAP = {
    "groep": "Groep Marktplein",
    "gemeente": "Zandermeer",
    "leden": [{"code": m["code"], "positie": m["positie"]} for m in MATRIX["leden"]],
    "stap": "6",
    "start": "05-11-2026",
    "besluit": "17-12-2026",
    "besluit_uitkomst": "aanpakken",
    "stuurt": "De driehoek: burgemeester, politie en OM",
    "plan_vastgesteld": "07-01-2027",
    "volgend_overleg": "15-01-2027",
    "afgeschaald": "",
    "geevalueerd": "",
    "bewaren_tot": "",
    "documenten": [
        {"id": "d1", "document": _doc("circulair-vragen", "2026-12-03T16:00:00", SESSIE)},
        {"id": "d2", "document": _doc("plan-van-aanpak", "2026-12-10T11:30:00", PLAN)},
        {"id": "d3", "document": _doc("interventiematrix", "2027-01-07T15:00:00", MATRIX)},
        {"id": "d4", "document": _doc("gespreksverslag", "2026-12-18T17:00:00", GESPREK_J3)},
        {"id": "d5", "document": _doc("bevestiging-afspraken", "2026-12-19T09:00:00", BEVESTIGING_J3)},
        {"id": "d6", "document": _doc("gespreksverslag", "2027-01-12T16:30:00", GESPREK_J4)},
    ],
}
