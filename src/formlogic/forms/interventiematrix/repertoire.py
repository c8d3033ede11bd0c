"""The repertoire: interventions the sources and the method pages name, each with its track,
kind, usual partner and weight from light (1) to heavy (4). One place for the form (a row can
start from an entry) and the method pages (macros render the table from this data).

Like the CCV's interventiematrix for weapons and young people: every partner sees the whole
arsenal, from light to serious, so the approach is predictable. Entries are general; the
partner is who usually does it, and each municipality arranges this in its own way.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Interventie:
    id: str
    naam: str
    spoor: str  # persoon | groep | omgeving
    soort: str  # grenzen | belonen | zorg
    partner: str
    gewicht: int  # 1 licht .. 4 zwaar
    uitleg: str
    methode: str = ""  # docs-relative page that tells more
    doelen: tuple[str, ...] = ()  # the goals it usually serves (a start; the user adjusts)


REPERTOIRE: tuple[Interventie, ...] = (
    Interventie("groep-informeren", "De groep open vertellen dat er een groepsaanpak is", "groep", "grenzen",
                "procesregisseur en politie", 1, "Jongeren weten dat partners samen kijken en wat er van hen verwacht wordt.", doelen=('dynamiek', 'aanwas')),
    Interventie("preventief-gesprek", "Preventief gesprek met jongere en ouders", "persoon", "grenzen",
                "Halt en jongerenwerk", 1, "Samen praten over het gedrag en een paar afspraken maken.",
                "methodieken/preventief-gesprek.md", doelen=('perspectief', 'aanwas')),
    Interventie("vaste-jongerenwerker", "Een vaste jongerenwerker als aanspreekpunt", "persoon", "zorg",
                "jongerenwerk", 1, "Jongere en ouders weten bij wie ze terechtkunnen.", doelen=('perspectief',)),
    Interventie("ouders-bellen", "Ouders bellen en hulp aanbieden", "persoon", "zorg",
                "gemeente (jeugd)", 1, "Ouders horen wat er speelt en krijgen steun aangeboden.", doelen=('perspectief',)),
    Interventie("stage", "Stage of werk voor een positief kopstuk", "persoon", "belonen",
                "jongerenwerk en school", 1, "Een plus-jongere krijgt ruimte en wordt een voorbeeld.",
                "methodieken/plus-min-mee.md", doelen=('perspectief', 'dynamiek')),
    Interventie("jongerencentrum", "Extra openingsuren van het jongerencentrum", "groep", "belonen",
                "jongerenwerk", 1, "Een plek met toezicht en iets te doen.", "methodieken/plus-min-mee.md", doelen=('overlast', 'perspectief')),
    Interventie("activiteit", "Positieve activiteit: sport, muziek of talent", "groep", "belonen",
                "jongerenwerk of sportvereniging", 1, "Goed gedrag krijgt aandacht en erkenning.", doelen=('perspectief', 'dynamiek')),
    Interventie("sociale-media", "Sociale media: waarschuwen en goed gedrag laten zien", "groep", "belonen",
                "gemeente, politie en jongerenwerk", 1, "Online dezelfde boodschap als op straat.",
                "methodieken/sociale-media.md", doelen=('gedrag', 'dynamiek')),
    Interventie("openbare-ruimte", "Kleine ingreep in de openbare ruimte: licht, bank, hek", "omgeving", "grenzen",
                "gemeente", 1, "De hangplek wordt minder aantrekkelijk of beter zichtbaar.", doelen=('overlast',)),
    Interventie("bewoners", "Bewoners informeren en betrekken", "omgeving", "zorg",
                "gemeente, opbouwwerk en jongerenwerk", 1, "Bewoners weten dat er iets gebeurt en waar ze terechtkunnen.", doelen=('overlast',)),
    Interventie("wijkteam", "Hulp via het wijkteam voor jongere en gezin", "persoon", "zorg",
                "wijkteam", 2, "Hulp bij wat er thuis of op school speelt.", doelen=('perspectief',)),
    Interventie("jeugdboas", "Jeugdboa's die de groep volgen en aanspreken", "groep", "grenzen",
                "gemeente (toezicht en handhaving)", 2, "Aanwezig op straat; gedrag wordt vastgelegd.",
                "methodieken/jeugdboas.md", doelen=('overlast', 'gedrag')),
    Interventie("aanschrijfactie", "Brief van de burgemeester met huisbezoek", "persoon", "grenzen",
                "gemeente en Halt", 2, "De burgemeester schrijft de ouders; Halt komt langs.",
                "methodieken/aanschrijfactie-en-huisbezoeken.md", doelen=('gedrag', 'aanwas')),
    Interventie("halt", "Halt-straf na een strafbaar feit", "persoon", "grenzen",
                "politie en Halt", 2, "Een leerstraf in plaats van een boete of een zaak.", doelen=('gedrag',)),
    Interventie("straatcoaches", "Straatcoaches en gezinsbezoeken", "groep", "grenzen",
                "straatcoaches (zoals SAOA in Amsterdam)", 2, "Aanwezig op straat en in gesprek met ouders.",
                "methodieken/saoa.md", doelen=('overlast', 'gedrag')),
    Interventie("pga", "Persoonsgerichte aanpak", "persoon", "zorg",
                "gemeente of Zorg- en Veiligheidshuis", 3, "Een plan op maat voor één jongere, met zorg en straf samen.",
                "methodieken/pga-en-top-x.md", doelen=('overlast', 'netwerk')),
    Interventie("veilig-thuis", "Melding bij Veilig Thuis", "persoon", "zorg",
                "elke betrokken professional", 3, "Bij zorgen over de veiligheid thuis.", doelen=('perspectief',)),
    Interventie("cameratoezicht", "Cameratoezicht op de hangplek", "omgeving", "grenzen",
                "gemeente en politie", 3, "Een harde maatregel; alleen als lichtere niet werken.", doelen=('overlast',)),
    Interventie("ringopstelling", "Ringopstelling bij een aangekondigde rel", "groep", "grenzen",
                "politie, met handhaving en jongerenwerk", 3, "Drie ringen rond de plek, zodat jongeren kunnen omkeren.",
                "methodieken/ringopstelling.md", doelen=('overlast', 'gedrag')),
    Interventie("dealers", "De politie pakt dealers rond de groep aan", "groep", "grenzen",
                "politie", 3, "Minder invloed van criminele netwerken op de groep.", doelen=('netwerk', 'dynamiek')),
    Interventie("top-x", "Top X-aanpak", "persoon", "grenzen",
                "gemeente, politie en OM", 4, "Voor wie doorgaat met ernstige feiten.", "methodieken/pga-en-top-x.md", doelen=('overlast', 'netwerk')),
    Interventie("gebiedsverbod", "Gebiedsverbod", "persoon", "grenzen",
                "burgemeester", 4, "Gericht op een persoon; als algemene maatregel kan het averechts werken.", doelen=('overlast',)),
    Interventie("samenscholingsverbod", "Samenscholingsverbod", "omgeving", "grenzen",
                "burgemeester", 4, "Voor een gebied; in Hilversum werkte het averechts als algemene maatregel.", doelen=('overlast',)),
    Interventie("jeugdbescherming", "Jeugdbescherming, vrijwillig of via de rechter", "persoon", "zorg",
                "Raad voor de Kinderbescherming en jeugdbescherming", 4, "Als de ontwikkeling van de jongere ernstig wordt bedreigd.", doelen=('perspectief',)),
)

BY_ID = {i.id: i for i in REPERTOIRE}
