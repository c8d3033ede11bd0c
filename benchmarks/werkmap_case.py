"""A large werkmap for the benchmarks (fictional, like every case here): 30 documents, among
them 10 gespreksverslagen, 8 partners' answers files and an interventiematrix of 200 actions."""
from __future__ import annotations

from copy import deepcopy

from formlogic import FORMS
from formlogic.document import to_document
from formlogic.forms.circulair.voorbeeld import PARTNER, SESSIE

SPOREN, SOORTEN, STATUS = ("persoon", "groep", "omgeving"), ("grenzen", "belonen", "zorg"), ("gepland", "lopend", "uitgevoerd")
DOELEN = ("overlast", "perspectief", "dynamiek", "aanwas")
LEDEN = [{"code": f"J{i}", "positie": ("plus", "min", "mee")[i % 3]} for i in range(1, 13)]


def _matrix(acties: int = 200) -> dict:
    rows = [{"id": f"a{i}", "wat": f"Actie {i} voor de groep", "doelen": [DOELEN[i % 4]], "spoor": SPOREN[i % 3],
             "gericht_op": f"J{i % 10 + 1}", "partner": f"Partner {i % 9}", "soort": SOORTEN[i % 3],
             "start": f"{i % 28 + 1:02d}-11-2026", "eind": f"{i % 28 + 1:02d}-0{i % 3 + 1}-2027",
             "resultaat": f"Minstens {i % 5 + 1} keer per week", "status": STATUS[i % 3], "monitoring": "",
             "bron": "", "repertoire": ""} for i in range(1, acties + 1)]
    return {**deepcopy(FORMS["interventiematrix"].example), "leden": [{**m, "rol": "", "notities": ""} for m in LEDEN],
            "acties": rows}


def _verslag(i: int) -> dict:
    return {**deepcopy(FORMS["gespreksverslag"].example), "initialen": f"J{i}", "woonplaats": "Zandermeer",
            "gespreksdatum": f"{i + 1:02d}-01-2027", "tweede_gesprek": f"{i + 1:02d}-02-2027"}


def _antwoorden(i: int) -> dict:
    return {**deepcopy(PARTNER), "sessie": {**deepcopy(PARTNER["sessie"]), "id": "tweede"},
            "organisatie": "anders", "andere_organisatie": f"Partner {i}"}


def werkmap() -> dict:
    docs = [("interventiematrix", _matrix()), ("circulair-vragen", SESSIE), ("plan-van-aanpak", FORMS["plan-van-aanpak"].example)]
    docs += [("gespreksverslag", _verslag(i)) for i in range(1, 11)]
    docs += [("circulair-antwoorden", _antwoorden(i)) for i in range(1, 9)]
    docs += [("bevestiging-afspraken", {**FORMS["bevestiging-afspraken"].example, "jongere": f"J{i}",
                                        "gespreksdatum": f"{i + 1:02d}-01-2027"}) for i in range(1, 6)]
    docs += [(k, FORMS[k].example) for k in ("brief-burgemeester", "informatiebrief", "afsluitbrief", "evaluatie")]
    assert len(docs) == 30
    return {"groep": "Groep Marktplein", "gemeente": "Zandermeer", "leden": LEDEN, "stap": "6",
            "start": "05-11-2026", "besluit": "17-12-2026", "besluit_uitkomst": "aanpakken", "stuurt": "De driehoek",
            "plan_vastgesteld": "07-01-2027", "volgend_overleg": "15-01-2027",
            "documenten": [{"id": f"d{n}", "document": to_document(FORMS[k], deepcopy(d))}
                           for n, (k, d) in enumerate(docs, 1)]}
