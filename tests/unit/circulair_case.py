"""A realistic, fictional circulair-vragen case for the tests (the invented place Testwijk): a
session without answers yet, and answers files of four organisations, as the pages send them."""
from __future__ import annotations

import json
from copy import deepcopy

from formlogic.forms.circulair.common import STANDAARDVRAGEN

SESSIE_ID = "k3x9p2"
ORGANISATIES = ["Politie", "Jongerenwerk", "School", "Wijkteam", "Halt"]
VRAGEN = [{"id": vid, "tekst": tekst} for vid, tekst in STANDAARDVRAGEN]

ANTWOORDEN = {
    "Politie": {
        "v1": "Overlast bij het winkelcentrum\nVooral 's avonds laat\nVier vaste kopstukken",
        "v2": "Messen gezien bij twee jongens\nDe harde kern dealt",
        "v3": "Voetbalclub\nEen jongen heeft een bijbaan",
        "v4": "J1 en J2 trekken de groep",
        "v5": "Moeder van J3",
    },
    "Jongerenwerk": {
        "v1": "- overlast rond het Winkelcentrum\n- Groep van twaalf jongens, 14 tot 17 jaar",
        "v2": "Harde kern trekt de meelopers mee\nSpijbelen\nDruk op jongere broertjes",
        "v3": "Sport in het buurthuis\nStage zoeken met hulp van de mentor",
        "v4": "J1 is de leider",
        "v5": "De voetbaltrainer",
    },
    "School": {
        "v1": "Veel verzuim bij drie leerlingen",
        "v2": "Spijbelt vaak\nRuzies via Snapchat\nMessen op het schoolplein",
        "v3": "De mentor heeft goed contact",
        "v5": "Mentor",
    },
    "Wijkteam": {
        "v2": "Ouders hebben weinig zicht\nGeldzorgen thuis",
        "v3": "Ouders willen hulp",
    },
}

VOORBEELD = {
    "sessie_id": SESSIE_ID,
    "groep": "Groep Winkelcentrum",
    "gemeente": "Testwijk",
    "datum": "01-12-2026",
    "organisaties": ORGANISATIES,
    "vragen": VRAGEN,
    "antwoorden": [{"organisatie": org, "bron": "bestand", "bestand": f"antwoorden-{org.lower()}.json",
                    "antwoorden": a} for org, a in ANTWOORDEN.items()],
    "invoer_organisatie": "",
    "invoer": {},
    "rode_draden": {
        "v1": "Een vaste kern zorgt 's avonds voor overlast rond het winkelcentrum.",
        "v2": "Wapens en de druk van de harde kern op meelopers.",
        "v3": "Sport, stage en de mentor zijn de beste ingangen.",
        "v4": "J1 is de spil; J2 volgt hem.",
        "v5": "De voetbaltrainer en de mentor hebben gezag.",
    },
    "deelnemers": ["Politie, wijkagent", "Jongerenwerk, straathoekwerker", "School, zorgcoördinator",
                   "Wijkteam, gezinscoach"],
    "duiding": "Een kleine, vaste groep trekt jongere meelopers mee in overlast en soms wapenbezit. "
               "Positieve ingangen zijn sport en school.",
    "open_punten": ["Halt stuurt de antwoorden nog na."],
}


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
