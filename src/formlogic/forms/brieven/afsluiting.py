"""Positieve afsluitbrief: the young person has left the group approach. From then on the
partners no longer discuss them and share no information about them (seed 001)."""
from __future__ import annotations

from formlogic._model import Field, FormDefinition, Message, Parsed, Section
from formlogic.forms.brieven.brief import (AANHEF, AFZENDER_VELDEN, JONGERE, KENMERK, datum_tekst, letter,
                                          ondertekening, regels)
from formlogic.forms.brieven.taal import b1
from formlogic.kernpunten import kernpunt, voetregel

SECTIONS = (
    Section("De brief", (
        Field("gemeente", "Gemeente", required=True, max_length=80),
        Field("datum", "Datum van de brief", "date", required=True),
        AANHEF, JONGERE,
    )),
    Section("Wat er goed ging", (
        Field("goed", "Wat ging er goed?", "textarea", required=True, rows=4, max_length=1500, privacy_scan=True,
              help="Noem wat de jongere zelf deed: afstand van de groep, geen overlast meer, iets wat goed ging."),
    )),
    Section("Van wie", (
        Field("afzender", "Afzender (organisatie)", required=True, max_length=200,
              help="Bijvoorbeeld: Gemeente Kwakelhaven."),
        Field("contact", "Contact voor vragen", max_length=200),
        KENMERK, *AFZENDER_VELDEN,
    )),
)


def check(p: Parsed) -> list[Message]:
    return b1("Wat ging er goed?", "goed", p.values.get("goed") or "", 100)


def build(p: Parsed):
    v = p.values
    alineas = [
        f"Je doet het goed. {v.get('goed') or ''}",
        "Daarom zit je vanaf nu niet meer in de groepsaanpak. De organisaties bespreken je niet meer in het "
        "overleg over de groep, en ze delen voor de groepsaanpak geen gegevens meer over jou.",
        "We wensen je veel succes. Houd vol wat je hebt bereikt.",
    ]
    if v.get("contact"):
        alineas.append(f"Heb je vragen? Neem dan contact op: {v['contact']}.")
    return letter(onderwerp="Je zit niet meer in de groepsaanpak",
                  afzender=regels(v.get("afzender") or "", v.get("afdeling") or "",
                                  f"Contact: {v['contact']}" if v.get("contact") else ""),
                  plaats=v.get("plaats") or v.get("gemeente") or "", datum=datum_tekst(v.get("datum")),
                  kenmerk=v.get("kenmerk") or "", aanhef=v.get("aanhef") or "Beste", alineas=alineas,
                  ondertekend=ondertekening(v.get("ondertekenaar") or "", v.get("functie") or ""),
                  footer=voetregel(kernpunt("afsluiting").kort))


EXAMPLE = {"gemeente": "Kwakelhaven", "datum": "15-03-2027", "aanhef": "Beste J8", "jongere": "J8",
           "goed": "Je geeft al vier maanden geen overlast meer en je doet elke week mee aan het sportproject.",
           "afzender": "Gemeente Kwakelhaven", "contact": "", "kenmerk": "", "afdeling": "Openbare orde en veiligheid",
           "plaats": "", "ondertekenaar": "", "functie": "uitvoeringscoördinator"}

AFSLUITBRIEF = FormDefinition(
    key="afsluitbrief", title="Positieve afsluitbrief",
    intro="Als een jongere uit de groepsaanpak gaat: een brief die dat zegt, en wat er goed ging.",
    version=1, sections=SECTIONS, cross_checks=(check,), build_draft=build, draft_title="Concept van de brief",
    file_stem=lambda p: f"afsluitbrief {p.values.get('jongere') or ''}",
    privacy_advice="Laat dit weg: de brief heeft het niet nodig.",
    page="formulieren/afsluitbrief.md", example=EXAMPLE,
)
