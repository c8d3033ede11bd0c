"""Informatiebrief gegevensdeling: why information about a young person is shared, with which
partners, how long it is kept, the person's rights and whom to ask. The rights paragraph is a
general start for the municipality's own text (its privacy officer checks it), not legal advice."""
from __future__ import annotations

from formlogic._model import Field, FormDefinition, Message, Parsed, Section
from formlogic.dutch import opsomming
from formlogic.forms.brieven.brief import (AANHEF, AFZENDER_VELDEN, JONGERE, KENMERK, datum_tekst, letter,
                                          ondertekening, regels)
from formlogic.forms.brieven.taal import b1
from formlogic.kernpunten import kernpunt, voetregel

RECHTEN = ("Je mag vragen welke gegevens de organisaties over jou hebben. Klopt er iets niet, dan mag je vragen "
           "om het te verbeteren. Ben je het niet eens met wat er met je gegevens gebeurt, dan kun je dat laten weten.")

SECTIONS = (
    Section("De brief", (
        Field("gemeente", "Gemeente", required=True, max_length=80),
        Field("datum", "Datum van de brief", "date", required=True),
        AANHEF, JONGERE,
    )),
    Section("Welke gegevens en waarom", (
        Field("waarom", "Waarom worden gegevens gedeeld?", "textarea", required=True, rows=4, max_length=1500,
              help="Bijvoorbeeld: om samen de overlast van de groep aan te pakken en jou te helpen."),
        Field("partners", "Met welke organisaties?", "list", required=True, item_type="text", item_label="Organisatie",
              initial_items=3, max_items=20, max_length=120, required_text="Vul minstens één organisatie in.",
              help="Schrijf ze zoals in een zin: de gemeente, de politie, Halt, het jongerenwerk."),
        Field("bewaartermijn", "Hoe lang worden de gegevens bewaard?", required=True, max_length=200,
              help=f"Zoals de partners het afspraken. {kernpunt('bewaartermijn').kort} Staat de termijn nog niet "
                   "vast? Schrijf dan wanneer de partners hem afspreken."),
    )),
    Section("Rechten en vragen", (
        Field("rechten", "Wat mag de ontvanger?", "textarea", rows=4, max_length=1500, initial=RECHTEN,
              help=f"Een algemene tekst om mee te beginnen, geen juridisch advies. Ons advies: "
                   f"{kernpunt('rechten-nakijken').tekst[0].lower()}{kernpunt('rechten-nakijken').tekst[1:]}"),
        Field("vragen_aan", "Bij wie kan de ontvanger terecht?", required=True, max_length=200,
              help="Bijvoorbeeld: het Zorg- en Veiligheidshuis, of de functionaris gegevensbescherming."),
        Field("afzender", "Afzender (organisatie)", required=True, max_length=200,
              help="Bijvoorbeeld: Gemeente Kwakelhaven."),
        KENMERK, *AFZENDER_VELDEN,
    )),
)


def check(p: Parsed) -> list[Message]:
    return b1("Waarom worden gegevens gedeeld?", "waarom", p.values.get("waarom") or "", 100)


def build(p: Parsed):
    v = p.values
    partners = [x.strip() for x in v.get("partners") or [] if x.strip()]
    return letter(
        onderwerp="Wij delen gegevens over jou",
        afzender=regels(v.get("afzender") or "", v.get("afdeling") or ""),
        plaats=v.get("plaats") or v.get("gemeente") or "", datum=datum_tekst(v.get("datum")),
        kenmerk=v.get("kenmerk") or "", aanhef=v.get("aanhef") or "Beste",
        alineas=[f"Met deze brief laten we je weten dat organisaties gegevens over jou delen. {v.get('waarom') or ''}",
                 f"Deze organisaties doen mee: {opsomming(partners)}.",
                 f"Hoe lang bewaren we de gegevens? {v.get('bewaartermijn') or ''}",
                 v.get("rechten") or "",
                 f"Heb je vragen, of wil je iets weten over je gegevens? Neem dan contact op met {v.get('vragen_aan') or ''}."],
        ondertekend=ondertekening(v.get("ondertekenaar") or "", v.get("functie") or ""),
        footer=voetregel(kernpunt("rechten-nakijken")))


EXAMPLE = {"gemeente": "Kwakelhaven", "datum": "12-11-2026", "aanhef": "Beste J6 en ouders", "jongere": "J6",
           "waarom": "Zo kunnen we samen de overlast in de winkelstraat aanpakken en jou helpen als dat nodig is.",
           "partners": ["de gemeente", "de politie", "Halt", "het jongerenwerk"],
           "bewaartermijn": "Dat spreken de organisaties samen af als de aanpak van de groep stopt.",
           "rechten": RECHTEN, "vragen_aan": "het Zorg- en Veiligheidshuis",
           "afzender": "Gemeente Kwakelhaven", "kenmerk": "", "afdeling": "Openbare orde en veiligheid", "plaats": "",
           "ondertekenaar": "", "functie": "uitvoeringscoördinator"}

INFORMATIEBRIEF = FormDefinition(
    key="informatiebrief", title="Informatiebrief gegevensdeling",
    intro="Laat een jongere en de ouders weten dat gegevens worden gedeeld: waarom, met wie, hoe lang, en bij wie ze "
          "terechtkunnen.",
    version=1, sections=SECTIONS, cross_checks=(check,), build_draft=build, draft_title="Concept van de brief",
    file_stem=lambda p: f"informatiebrief {p.values.get('jongere') or ''}",
    privacy_advice="Laat dit weg: de brief heeft het niet nodig.",
    page="formulieren/informatiebrief.md", example=EXAMPLE,
)
