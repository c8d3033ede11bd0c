"""The trainer's example: the session from the practice case 'Het plein waar niemand meer komt'
(data/oefencasussen.yml). Zandermeer is an invented town; the group, the partners' answers and
the young people (only codes) are invented too."""
from __future__ import annotations

from formlogic.forms.circulair.common import STANDAARDVRAGEN

SESSIE_ID = "plein1"
ORGANISATIES = ["Jeugdboa's", "Politie", "Jongerenwerk", "Leerplicht", "Sociaal wijkteam", "Opbouwwerk"]
VRAGEN = [{"id": vid, "tekst": tekst} for vid, tekst in STANDAARDVRAGEN]

ANTWOORDEN = {
    "Jeugdboa's": {
        "v1": "Twaalf vaste gezichten op het Marktplein\nElke avond tot laat\nWisselende jongeren eromheen",
        "v2": "Winkeliers worden bang gemaakt\nDe donkere hoek van het plein",
        "v4": "J1 en J2 bepalen wat de groep doet\nJ7 is al weken weg",
    },
    "Politie": {
        "v1": "Intimidatie van winkeliers\nDiefstal uit winkels",
        "v2": "Heling door J2 en J5\nJ7 is elders aangehouden als koerier",
        "v4": "J2 daagt winkeliers uit\nJ7 heeft nog steeds aanzien",
        "v5": "Geen sleutelfiguren bekend",
    },
    "Jongerenwerk": {
        "v1": "Groep van twaalf, 15 tot 19 jaar\nIntimidatie op het plein",
        "v2": "Meelopers doen mee met wie het hardst roept\nBoetes voor iedereen maakten het erger",
        "v3": "Een paar jongeren vragen hulp bij een stage\nJ6 sport bij een club",
        "v4": "J1 heeft gezag en helpt bij activiteiten",
        "v5": "De trainer van de sportclub",
    },
    "Leerplicht": {
        "v2": "J4 en J8 zijn gestopt met hun opleiding",
        "v3": "Terug naar een opleiding of een stage",
    },
    "Sociaal wijkteam": {
        "v2": "Schulden in het gezin van J5",
        "v3": "Het gezin van J5 zoekt hulp",
    },
    "Opbouwwerk": {
        "v1": "Bewoners durven 's avonds niet meer over het plein",
        "v2": "Bewoners voelen zich niet gehoord",
        "v5": "Bewoners die willen praten",
    },
}

SESSIE = {
    "sessie_id": SESSIE_ID,
    "groep": "Groep Marktplein",
    "gemeente": "Zandermeer",
    "datum": "03-12-2026",
    "organisaties": ORGANISATIES,
    "vragen": VRAGEN,
    "antwoorden": [{"organisatie": org, "bron": "bestand", "bestand": f"antwoorden-{i}.json", "antwoorden": a}
                   for i, (org, a) in enumerate(ANTWOORDEN.items(), 1)],
    "invoer_organisatie": "",
    "invoer": {},
    "rode_draden": {
        "v1": "Een vaste groep van twaalf maakt het plein 's avonds onveilig voor winkeliers en bewoners.",
        "v2": "Een harde kern rond heling; meelopers gaan mee met wie het hardst roept.",
        "v3": "Stage, opleiding en sport zijn de ingangen; het gezin van J5 wil hulp.",
        "v4": "J1 heeft positieve invloed; J2 en de afwezige J7 trekken de andere kant op.",
        "v5": "De trainer van de sportclub; bewoners die willen praten.",
    },
    "deelnemers": ["Jeugdboa's, teamleider", "Politie, wijkagent", "Jongerenwerk, jongerenwerker",
                   "Leerplicht, leerplichtambtenaar", "Sociaal wijkteam, gezinscoach", "Opbouwwerk, opbouwwerker"],
    "duiding": "De groep voelt zich na de boetes voor iedereen aangevallen. De overlast komt vooral van een "
               "kleine kern; de meelopers en J1 zijn te bereiken met stage, opleiding en sport.",
    "open_punten": ["Wie praat met de bewoners, en wanneer?"],
}

# A partner's answers file, as the jongerenwerk would send it.
PARTNER = {
    "sessie": {"id": SESSIE_ID, "groep": SESSIE["groep"], "gemeente": SESSIE["gemeente"], "datum": SESSIE["datum"],
               "organisaties": ORGANISATIES, "vragen": VRAGEN},
    "organisatie": "Jongerenwerk",
    "andere_organisatie": "",
    "antwoorden": ANTWOORDEN["Jongerenwerk"],
}
