"""Brief van de burgemeester (aanschrijfactie): to a young person and the parents about the
nuisance of a group they are part of, announcing a home visit (Halt seed 000; the example letter
in the Halt samenwerkingstool, seed 001). The burgemeester signs; the contact point answers."""
from __future__ import annotations

from formlogic._model import Field, FormDefinition, Message, Option, Parsed, Section
from formlogic.forms.brieven.brief import AANHEF, JONGERE, datum_tekst, letter
from formlogic.forms.brieven.taal import b1

BEZOEK = (
    Option("halt", "Halt"),
    Option("jongerenwerk", "Het jongerenwerk"),
    Option("beide", "Halt en het jongerenwerk samen"),
)
WIE = {"halt": "komt een medewerker van Halt", "jongerenwerk": "komt een jongerenwerker",
       "beide": "komen een medewerker van Halt en een jongerenwerker"}

SECTIONS = (
    Section("De brief", (
        Field("gemeente", "Gemeente", required=True, max_length=80),
        Field("datum", "Datum van de brief", "date", required=True),
        Field("kenmerk", "Ons kenmerk", max_length=60),
        Field("onderwerp", "Onderwerp", required=True, max_length=120, initial="Overlast door een groep jongeren"),
    )),
    Section("Aan wie", (AANHEF, JONGERE)),
    Section("Wat er speelt", (
        Field("gezien", "Wat is er gezien?", "textarea", required=True, rows=5, max_length=2000, privacy_scan=True,
              help="Wat deed deze jongere, of waarbij was hij of zij? Noem geen strafbare feiten van anderen uit "
                   "de groep. Schrijf kort en in gewone woorden."),
        Field("stoppen", "Wat er moet gebeuren", "textarea", required=True, rows=3, max_length=1000,
              initial="Deze overlast moet stoppen. Dat is belangrijk voor de buurt en ook voor jou."),
    )),
    Section("Het huisbezoek", (
        Field("bezoek_door", "Wie komt op huisbezoek?", "choice", options=BEZOEK, required=True,
              required_text="Kies wie op huisbezoek komt."),
        Field("bezoek_wanneer", "Wanneer ongeveer?", max_length=120, help="Bijvoorbeeld: in de komende twee weken."),
        Field("organisaties", "Welke organisaties bespreken de jongere?", "list", required=True, item_type="text",
              item_label="Organisatie", initial_items=3, max_items=20, max_length=120,
              required_text="Vul minstens één organisatie in die de jongere bespreekt."),
    )),
    Section("Contact en ondertekening", (
        Field("contact", "Aanspreekpunt voor vragen", required=True, max_length=120, initial="het Zorg- en Veiligheidshuis"),
        Field("contact_telefoon", "Telefoonnummer van het aanspreekpunt", max_length=40,
              help="Het algemene nummer van de organisatie, geen privénummer."),
        Field("ondertekening", "Ondertekening", max_length=120,
              help="Leeg: 'De burgemeester van' en de gemeente. De burgemeester ondertekent de brief."),
    )),
)


def check(p: Parsed) -> list[Message]:
    return [*b1("Wat is er gezien?", "gezien", p.values.get("gezien") or "", 120),
            *b1("Wat er moet gebeuren", "stoppen", p.values.get("stoppen") or "", 60)]


def build(p: Parsed):
    v = p.values
    orgs = [o.strip() for o in v.get("organisaties") or [] if o.strip()]
    wanneer = f" {v['bezoek_wanneer'].strip()}" if v.get("bezoek_wanneer") else ""
    telefoon = f", telefoon {v['contact_telefoon'].strip()}" if v.get("contact_telefoon") else ""
    ondertekening = v.get("ondertekening") or f"De burgemeester van {v.get('gemeente') or ''}"
    return letter(
        onderwerp=v.get("onderwerp") or "Overlast door een groep jongeren",
        kop=[("Gemeente", v.get("gemeente") or ""), ("Datum", datum_tekst(v.get("datum"))),
             ("Ons kenmerk", v.get("kenmerk") or ""), ("Aan", v.get("jongere") or "")],
        aanhef=v.get("aanhef") or "Beste",
        alineas=[
            f"De gemeente heeft samen met andere organisaties de overlast van een groep jongeren in kaart "
            f"gebracht. Jij hoort bij die groep. {v.get('gezien') or ''}",
            v.get("stoppen") or "",
            f"Daarom {WIE.get(v.get('bezoek_door') or '', 'komt iemand')}{wanneer} bij jullie thuis op bezoek. "
            "We horen graag jouw kant van het verhaal, en ook die van je ouders. Samen maken we afspraken.",
            f"Deze organisaties bespreken de groep, en ook jou: {', '.join(orgs)}. Zij delen daarvoor gegevens.",
            f"Heb je vragen over deze brief? Neem dan contact op met {v.get('contact') or ''}{telefoon}.",
        ],
        groet="Met vriendelijke groet,",
        ondertekening=ondertekening,
        footer="Concept. Maak de brief af in Word: zet er de naam en het adres bij. De burgemeester ondertekent.",
    )


EXAMPLE = {
    "gemeente": "Kwakelhaven", "datum": "10-11-2026", "kenmerk": "JG-2026-14", "onderwerp": "Overlast door een groep jongeren",
    "aanhef": "Beste J6 en ouders", "jongere": "J6",
    "gezien": "Je was de afgelopen weken vaak 's avonds laat in de winkelstraat, waar de groep lawaai maakt en "
              "bewoners lastigvalt.",
    "stoppen": "Deze overlast moet stoppen. Dat is belangrijk voor de buurt en ook voor jou.",
    "bezoek_door": "beide", "bezoek_wanneer": "in de komende twee weken",
    "organisaties": ["Politie", "Halt", "Jongerenwerk", "Gemeente"],
    "contact": "het Zorg- en Veiligheidshuis", "contact_telefoon": "", "ondertekening": "",
}

BRIEF_BURGEMEESTER = FormDefinition(
    key="brief-burgemeester",
    title="Brief van de burgemeester",
    intro="Voor wie de aanschrijfactie voorbereidt: een concept van de brief aan een jongere en de ouders.",
    version=1, sections=SECTIONS, cross_checks=(check,), build_draft=build, draft_title="Concept van de brief",
    file_stem=lambda p: f"brief burgemeester {p.values.get('jongere') or ''}",
    privacy_advice="Laat dit weg: de brief heeft het niet nodig.",
    page="formulieren/brief-burgemeester.md", example=EXAMPLE,
)
