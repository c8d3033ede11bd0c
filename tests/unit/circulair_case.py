"""The circulair-vragen tests start from the form's fictional example (Oosterbroek): a session
without answers yet, and answers files of four organisations, as the pages would send them."""
from __future__ import annotations

import json
from copy import deepcopy

from formlogic.forms.circulair.voorbeeld import ANTWOORDEN, SESSIE_ID
from formlogic.forms.circulair.voorbeeld import SESSIE as VOORBEELD

SESSIE = {**VOORBEELD, "antwoorden": [], "rode_draden": {}, "duiding": "", "open_punten": [],
          "deelnemers": VOORBEELD["deelnemers"][:2]}


def sessie(**changes) -> dict:
    return {**deepcopy(SESSIE), **changes}


def antwoordbestand(org: str, *, sessie_id: str = SESSIE_ID, vragen=None, antwoorden=None,
                    organisatie=None, andere: str = "") -> str:
    """The text of an answers file as the partner page downloads it."""
    vragen = vragen if vragen is not None else SESSIE["vragen"]
    doc = {
        "formulier": "circulair-antwoorden", "versie": 1, "opgeslagen": "2026-11-24T10:00:00",
        "gegevens": {
            "sessie": {"id": sessie_id, "groep": SESSIE["groep"], "gemeente": SESSIE["gemeente"],
                       "datum": SESSIE["datum"], "organisaties": SESSIE["organisaties"], "vragen": vragen},
            "organisatie": organisatie if organisatie is not None else org,
            "andere_organisatie": andere,
            "antwoorden": antwoorden if antwoorden is not None else ANTWOORDEN.get(org, {}),
        },
    }
    return json.dumps(doc, ensure_ascii=False)
