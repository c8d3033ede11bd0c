"""A fictional circulair-vragen session in the fictional town of Oosterbroek: the example a
trainer can show, and the base the tests use. No real group, place or person."""
from __future__ import annotations

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

SESSIE = {
    "sessie_id": SESSIE_ID,
    "groep": "Groep Winkelcentrum",
    "gemeente": "Oosterbroek",
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

# A partner's answers file, as Politie would send it.
PARTNER = {
    "sessie": {"id": SESSIE_ID, "groep": SESSIE["groep"], "gemeente": SESSIE["gemeente"], "datum": SESSIE["datum"],
               "organisaties": ORGANISATIES, "vragen": VRAGEN},
    "organisatie": "Politie",
    "andere_organisatie": "",
    "antwoorden": ANTWOORDEN["Politie"],
}
