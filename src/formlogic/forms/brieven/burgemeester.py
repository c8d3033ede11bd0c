"""Brief van de burgemeester. The sources describe two letters, and the form makes either, never
a mix of both:

- **aankondiging** (Halt's aanschrijfactie, seed 000): the burgemeester writes to the parents
  about the nuisance seen, says it must stop, and announces a home visit by two professionals;
  at the visit parents and child tell their side and parents can ask for help.
- **uitreiking** (the Groningen example letter in the Halt/jongerenwerk samenwerkingstool,
  seed 001): the young person (and the parents) get the letter during the talk; it says that
  the young person is or was involved in the nuisance of a group, that the partners record
  and share data about the group, theirs too, and which organisations discuss them.

The burgemeester signs; the contact point answers questions."""
from __future__ import annotations

from formlogic._model import Field, FormDefinition, Message, Option, Parsed, Section
from formlogic.dutch import opsomming
from formlogic.forms.brieven.brief import (AANHEF, AFDELING, JONGERE, ONDERTEKENAAR, PLAATS, datum_tekst, letter,
                                          regels)
from formlogic.forms.brieven.taal import b1

SOORT = (
    Option("aankondiging", "Aan de ouders, per post, vóór het huisbezoek",
           "De brief beschrijft de overlast en kondigt een huisbezoek aan. Zo beschrijft Halt de aanschrijfactie."),
    Option("uitreiking", "Aan de jongere, uitgereikt tijdens het gesprek",
           "De jongere krijgt de brief in het gesprek. De brief zegt ook dat de partners gegevens delen. "
           "Zo doet de groepsaanpak in Groningen het."),
)
# Halt's method sends two of its professionals (safety and quality of the talk); the other two
# are local choices the sources do not describe, and their hints say so.
LOKAAL = "Een keuze van uw gemeente. De aanpak van Halt beschrijft alleen een bezoek door Halt."
BEZOEK = (
    Option("halt", "Twee medewerkers van Halt",
           "Zo beschrijft Halt de aanschrijfactie: twee professionals, voor de veiligheid en de kwaliteit van het gesprek."),
    Option("beide", "Een medewerker van Halt en een jongerenwerker", LOKAAL),
    Option("jongerenwerk", "Twee jongerenwerkers", LOKAAL),
)
WIE = {"halt": "twee medewerkers van Halt", "beide": "een medewerker van Halt en een jongerenwerker",
       "jongerenwerk": "twee jongerenwerkers"}

SECTIONS = (
    Section("De brief", (
        Field("soort", "Welke brief?", "choice", options=SOORT, required=True, initial="aankondiging",
              required_text="Kies welke brief u maakt."),
        Field("gemeente", "Gemeente", required=True, max_length=80),
        Field("datum", "Datum van de brief", "date", required=True),
        Field("kenmerk", "Ons kenmerk", max_length=60,
              help="Het nummer waaronder de gemeente de brief bewaart. Leeg: de regel valt weg."),
        Field("onderwerp", "Onderwerp", required=True, max_length=120, initial="Overlast door een groep jongeren"),
    )),
    Section("Aan wie", (AANHEF, JONGERE)),
    Section("Wat er speelt", (
        Field("gezien", "Wat is er gezien?", "textarea", required=True, rows=5, max_length=2000, privacy_scan=True,
              help="Wat deed deze jongere, of waarbij was hij of zij? Schrijf zoals de ontvanger het leest: aan de "
                   "ouders ('uw kind was …') of aan de jongere ('je was …'). Noem geen strafbare feiten van anderen "
                   "uit de groep. Schrijf kort en in gewone woorden."),
        Field("stoppen", "Wat er moet gebeuren", "textarea", required=True, rows=3, max_length=1000,
              initial="Deze overlast moet stoppen. Dat is belangrijk voor de buurt."),
    )),
    Section("Het gesprek", (
        Field("bezoek_door", "Wie komt op huisbezoek?", "choice", options=BEZOEK, initial="halt",
              help="Alleen bij de brief aan de ouders, vóór het huisbezoek."),
        Field("bezoek_wanneer", "Wanneer ongeveer?", max_length=120, help="Bijvoorbeeld: in de komende twee weken."),
        Field("organisaties", "Welke organisaties bespreken de jongere?", "list", item_type="text",
              item_label="Organisatie", initial_items=3, max_items=20, max_length=120,
              help="Schrijf ze zoals in een zin: de politie, Halt, het jongerenwerk, de gemeente. De brief die "
                   "tijdens het gesprek wordt uitgereikt, noemt ze allemaal."),
    )),
    Section("Afzender en ondertekening", (
        Field("contact", "Aanspreekpunt voor vragen", required=True, max_length=120, initial="het Zorg- en Veiligheidshuis"),
        Field("contact_telefoon", "Telefoonnummer van het aanspreekpunt", max_length=40,
              help="Het algemene nummer van de organisatie, geen privénummer."),
        AFDELING, PLAATS, ONDERTEKENAAR,
        Field("ondertekening", "Functie onder de handtekening", max_length=120,
              help="Leeg: 'Burgemeester van' en de gemeente. De burgemeester ondertekent de brief."),
    )),
)


def check(p: Parsed) -> list[Message]:
    v = p.values
    out = [*b1("Wat is er gezien?", "gezien", v.get("gezien") or "", 120),
           *b1("Wat er moet gebeuren", "stoppen", v.get("stoppen") or "", 60)]
    if v.get("soort") == "aankondiging" and not v.get("bezoek_door"):
        out.append(Message("error", "Kies wie op huisbezoek komt: de brief kondigt dat bezoek aan.", "bezoek_door"))
    if v.get("soort") == "uitreiking" and not _organisaties(v):
        out.append(Message("error", "Vul minstens één organisatie in die de jongere bespreekt: de brief noemt ze.",
                           "organisaties"))
    return out


def _organisaties(v: dict) -> list[str]:
    return [o.strip() for o in v.get("organisaties") or [] if o.strip()]


def _aankondiging(v: dict, telefoon: str) -> list[str]:
    """To the parents, before the home visit (Halt)."""
    wanneer = f" {v['bezoek_wanneer'].strip()}" if v.get("bezoek_wanneer") else ""
    orgs = _organisaties(v)
    return [
        "De gemeente heeft samen met andere organisaties de overlast van een groep jongeren in kaart gebracht. "
        f"Daarbij kwam ook uw kind in beeld. {v.get('gezien') or ''}",
        v.get("stoppen") or "",
        f"Daarom komen {WIE.get(v.get('bezoek_door') or '', 'twee medewerkers')}{wanneer} bij u thuis op bezoek. "
        "Zij vertellen wat er speelt en wat de overlast voor de buurt betekent. U en uw kind kunnen dan uw kant van "
        "het verhaal vertellen. Samen bespreken we hoe de overlast stopt. Wilt u hulp bij de opvoeding? Zeg het "
        "dan in het gesprek.",
        f"Deze organisaties werken hierin samen: {opsomming(orgs)}." if orgs else "",
        f"Heeft u vragen over deze brief? Neem dan contact op met {v.get('contact') or ''}{telefoon}.",
    ]


def _uitreiking(v: dict, telefoon: str) -> list[str]:
    """To the young person, handed over during the talk (Groningen)."""
    return [
        "Je krijgt deze brief in ons gesprek. Uit onderzoek, ook van de politie, blijkt dat je betrokken bent of "
        "was bij overlast door een groep jongeren. De gemeente heeft die overlast samen met andere organisaties in "
        f"kaart gebracht. {v.get('gezien') or ''}",
        v.get("stoppen") or "",
        "De organisaties gaan gegevens over deze groep vastleggen en met elkaar delen. Dat geldt ook voor gegevens "
        f"over jou. Ze bespreken je in een overleg. Daaraan doen mee: {opsomming(_organisaties(v))}.",
        "In het gesprek leggen we uit wat de overlast is en hoe we jouw rol in de groep zien. We horen graag jouw "
        "kant van het verhaal. Daarna maken we samen met jou, en met je ouders, afspraken over hoe je verder wilt.",
        f"Heb je na het gesprek nog vragen? Bel dan met {v.get('contact') or ''}{telefoon}.",
    ]


def build(p: Parsed):
    v = p.values
    telefoon = f", telefoon {v['contact_telefoon'].strip()}" if v.get("contact_telefoon") else ""
    gemeente = (v.get("gemeente") or "").strip()
    alineas = (_uitreiking if v.get("soort") == "uitreiking" else _aankondiging)(v, telefoon)
    return letter(
        onderwerp=v.get("onderwerp") or "Overlast door een groep jongeren",
        afzender=regels(f"Gemeente {gemeente}" if gemeente else "", v.get("afdeling") or "",
                        f"Aanspreekpunt: {v['contact']}" if v.get("contact") else "",
                        f"Telefoon: {v['contact_telefoon']}" if v.get("contact_telefoon") else ""),
        plaats=v.get("plaats") or gemeente, datum=datum_tekst(v.get("datum")), kenmerk=v.get("kenmerk") or "",
        aanhef=v.get("aanhef") or "Beste", alineas=alineas,
        ondertekend=((v.get("ondertekenaar") or "").strip() or "[naam]",
                     (v.get("ondertekening") or "").strip() or f"Burgemeester van {gemeente}"),
        footer="Concept. Maak de brief af in Word: zet er de naam en het adres bij. De burgemeester ondertekent.",
    )


def naar_versie_2(data: dict) -> dict:
    """Version 1 made one letter, which announced a home visit: that is the aankondiging."""
    return {**data, "soort": data.get("soort") or "aankondiging"}


EXAMPLE = {
    "soort": "aankondiging",
    "gemeente": "Kwakelhaven", "datum": "10-11-2026", "kenmerk": "JG-2026-14", "onderwerp": "Overlast door een groep jongeren",
    "aanhef": "Beste ouders of verzorgers van J6", "jongere": "J6",
    "gezien": "Uw kind was de afgelopen weken vaak 's avonds laat in de winkelstraat. Daar maakt de groep lawaai en "
              "valt bewoners lastig.",
    "stoppen": "Deze overlast moet stoppen. Dat is belangrijk voor de buurt, en ook voor uw kind.",
    "bezoek_door": "halt", "bezoek_wanneer": "in de komende twee weken",
    "organisaties": ["de politie", "Halt", "het jongerenwerk", "de gemeente"],
    "contact": "het Zorg- en Veiligheidshuis", "contact_telefoon": "", "afdeling": "Openbare orde en veiligheid",
    "plaats": "", "ondertekenaar": "", "ondertekening": "",
}

BRIEF_BURGEMEESTER = FormDefinition(
    key="brief-burgemeester",
    title="Brief van de burgemeester",
    intro="Voor wie de aanschrijfactie voorbereidt: een concept van de brief aan de ouders vóór een huisbezoek, of "
          "aan de jongere tijdens het gesprek.",
    version=2, migrations={1: naar_versie_2}, sections=SECTIONS, cross_checks=(check,), build_draft=build,
    draft_title="Concept van de brief", file_stem=lambda p: f"brief burgemeester {p.values.get('jongere') or ''}",
    privacy_advice="Laat dit weg: de brief heeft het niet nodig.",
    page="formulieren/brief-burgemeester.md", example=EXAMPLE,
)
