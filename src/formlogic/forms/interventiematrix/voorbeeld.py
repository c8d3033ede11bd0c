"""The trainer's example: the interventiematrix of the practice case 'Het plein waar niemand meer
komt' (data/oefencasussen.yml; Zandermeer, Groep Marktplein, J1 to J8 are invented, like the
circulair-vragen and plan-van-aanpak examples of the same case). The tests keep their own data."""
from __future__ import annotations


def actie(nr: int, wat: str, doelen: list[str], spoor: str, gericht_op: str, partner: str, soort: str,
          start: str, eind: str, resultaat: str, status: str, monitoring: str = "", bron: str = "",
          repertoire: str = "") -> dict:
    """One row of the matrix as the form saves it (also used for the tests' own case)."""
    return {"id": f"a{nr}", "wat": wat, "doelen": doelen, "spoor": spoor, "gericht_op": gericht_op,
            "partner": partner, "soort": soort, "start": start, "eind": eind, "resultaat": resultaat,
            "status": status, "monitoring": monitoring, "bron": bron, "repertoire": repertoire}


VOORBEELD = {
    "groep": "Groep Marktplein",
    "gemeente": "Zandermeer",
    "peildatum": "15-01-2027",
    "leden": [
        {"code": "J1", "positie": "plus", "rol": "kopstuk", "notities": "Oudste; anderen luisteren. Wil een stage in de techniek."},
        {"code": "J2", "positie": "min", "rol": "kopstuk", "notities": "Verdacht van heling. Daagt winkeliers uit."},
        {"code": "J3", "positie": "mee", "rol": "meeloper", "notities": "Zit nog op school."},
        {"code": "J4", "positie": "mee", "rol": "meeloper", "notities": "Gestopt met de opleiding; loopt achter J2 aan."},
        {"code": "J5", "positie": "min", "rol": "meeloper", "notities": "Verdacht van heling. Thuis veel problemen."},
        {"code": "J6", "positie": "mee", "rol": "randfiguur", "notities": "Vooral in het weekend; sport bij een club."},
        {"code": "J7", "positie": "min", "rol": "onbekend", "notities": "Al weken weg; zijn aanzien in de groep groeit."},
        {"code": "J8", "positie": "mee", "rol": "randfiguur", "notities": "Gestopt met de opleiding."},
    ],
    "acties": [
        actie(1, "De groep vertellen dat er een groepsaanpak is", ["dynamiek", "aanwas"], "groep", "de groep",
               "politie en jongerenwerk", "grenzen", "01-12-2026", "08-12-2026", "Alle vaste leden gesproken",
               "uitgevoerd", "Wijkagent meldt in het overleg", "Integraal beeld, vraag 1", "groep-informeren"),
        actie(2, "Stage in de techniek", ["perspectief", "dynamiek"], "persoon", "J1",
               "jongerenwerk", "belonen", "05-01-2027", "30-06-2027", "J1 loopt minstens 12 weken stage",
               "gepland", "", "Vraag van J1 aan het jongerenwerk", "stage"),
        actie(3, "Aanmelden voor de persoonsgerichte aanpak", ["overlast", "netwerk"], "persoon", "J5",
               "Zorg- en Veiligheidshuis", "zorg", "01-12-2026", "31-01-2027", "Binnen 8 weken een plan voor J5 en het gezin",
               "lopend", "", "Wijkteam: schulden in het gezin", "pga"),
        actie(4, "Optreden tegen heling", ["overlast", "netwerk"], "persoon", "J2", "politie", "grenzen",
               "01-12-2026", "31-03-2027", "Elke melding van heling opgevolgd", "lopend", "", "Verdenking (politie)"),
        actie(5, "Terug naar een opleiding", ["perspectief"], "persoon", "J4 en J8", "leerplicht", "zorg",
               "01-12-2026", "28-02-2027", "J4 en J8 ingeschreven bij een opleiding", "lopend", "", "Leerplicht"),
        actie(6, "Preventief gesprek met jongere en ouders", ["perspectief", "aanwas"], "persoon", "J3",
               "Halt en jongerenwerk", "grenzen", "01-12-2026", "20-12-2026", "Drie afspraken op papier",
               "uitgevoerd", "", "", "preventief-gesprek"),
        actie(7, "Extra uren in het jongerencentrum", ["overlast", "perspectief"], "groep", "de groep",
               "jongerenwerk", "belonen", "01-12-2026", "31-03-2027", "Minder meldingen op het Marktplein",
               "lopend", "", "", "jongerencentrum"),
        actie(8, "Jeugdboa's volgen de groep en spreken hen aan", ["overlast", "gedrag"], "groep", "de groep",
               "gemeente (handhaving)", "grenzen", "01-12-2026", "31-03-2027", "Twee avonden per week op het plein",
               "lopend", "", "", "jeugdboas"),
        actie(9, "Licht en prullenbakken in de donkere hoek", ["overlast"], "omgeving", "Marktplein",
               "gemeente", "grenzen", "01-12-2026", "28-02-2027", "Geen donkere hoek meer", "gepland", "",
               "Signaal van bewoners", "openbare-ruimte"),
        actie(10, "Bewonersavond met opbouwwerk", ["overlast"], "omgeving", "bewoners rond het plein",
               "opbouwwerk", "zorg", "15-01-2027", "15-01-2027", "Bewoners weten wat er gebeurt",
               "gepland", "", "", "bewoners"),
    ],
    "filter_partner": "",
    "filter_spoor": "",
    "filter_status": "",
    "sorteer": "",
}
