"""The tests' own interventiematrix (fictional: Oosterbroek, Groep Winkelcentrum). The page's
trainer example is another case, so changing it never breaks these tests."""
from __future__ import annotations

from formlogic.forms.interventiematrix.voorbeeld import actie

VOORBEELD = {
    "groep": "Groep Winkelcentrum",
    "gemeente": "Oosterbroek",
    "peildatum": "15-01-2027",
    "leden": [
        {"code": "J1", "positie": "min", "rol": "kopstuk", "notities": "Werkt niet mee aan gesprekken."},
        {"code": "J2", "positie": "plus", "rol": "kopstuk", "notities": "Voetbalt; wil een stage."},
        {"code": "J3", "positie": "mee", "rol": "meeloper", "notities": ""},
        {"code": "J4", "positie": "mee", "rol": "randfiguur", "notities": ""},
    ],
    "acties": [
        actie(1, "De groep vertellen dat er een groepsaanpak is", ["dynamiek", "aanwas"], "groep", "de groep",
               "politie en jongerenwerk", "grenzen", "01-12-2026", "08-12-2026", "Alle vaste leden gesproken",
               "uitgevoerd", "Wijkagent meldt in het overleg", "Integraal beeld, vraag 1", "groep-informeren"),
        actie(2, "Aanmelden voor de persoonsgerichte aanpak", ["overlast", "netwerk"], "persoon", "J1",
               "Zorg- en Veiligheidshuis", "zorg", "01-12-2026", "31-01-2027", "Binnen 8 weken een plan voor J1",
               "lopend", "", "Messen gezien (politie)", "pga"),
        actie(3, "Stage bij de voetbalclub", ["perspectief", "dynamiek"], "persoon", "J2",
               "jongerenwerk en school", "belonen", "05-01-2027", "30-06-2027", "J2 loopt minstens 12 weken stage",
               "gepland", "", "", "stage"),
        actie(4, "Preventief gesprek met ouders", ["perspectief", "aanwas"], "persoon", "J3", "Halt en jongerenwerk",
               "grenzen", "01-12-2026", "20-12-2026", "Drie afspraken op papier", "lopend", "", "", "preventief-gesprek"),
        actie(5, "Extra uren in het jongerencentrum", ["overlast", "perspectief"], "groep", "de groep",
               "jongerenwerk", "belonen", "01-12-2026", "31-03-2027", "Minder meldingen bij het winkelcentrum",
               "lopend", "", "", "jongerencentrum"),
        actie(6, "Meer licht bij de achteringang van het winkelcentrum", ["overlast"], "omgeving", "winkelcentrum",
               "gemeente", "grenzen", "01-12-2026", "28-02-2027", "Geen donkere hoek meer", "gepland", "", "",
               "openbare-ruimte"),
    ],
    "filter_partner": "",
    "filter_spoor": "",
    "filter_status": "",
    "sorteer": "",
}
