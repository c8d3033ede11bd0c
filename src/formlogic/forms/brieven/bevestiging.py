"""Bevestiging van afspraken, after a preventive talk: the afspraken as the young person wrote
them, who follows them and how, the next contact. Sent within three days of the talk (seed 001).
It can start from a saved gespreksverslag: the afspraken come over, the report itself not."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from formlogic import draft as d
from formlogic._model import Conflict, Data, Field, FormDefinition, Incoming, Message, Option, Outcome, Parsed, Section
from formlogic.dutch import lange_datum, opsomming
from formlogic.forms.brieven.brief import (AANHEF, AFZENDER_VELDEN, JONGERE, KENMERK, datum_tekst, letter,
                                          ondertekening, regels)
from formlogic.kernpunten import kernpunt, voetregel

BINNEN_DAGEN = 3

SECTIONS = (
    Section("Het gesprek", (
        JONGERE,
        Field("gespreksdatum", "Datum van het gesprek", "date", required=True),
        Field("verzenddatum", "Datum van deze brief", "date", required=True,
              help="Uiterlijk drie dagen na het gesprek."),
    ), files="Neem de afspraken over uit een gespreksverslag"),
    Section("De afspraken", (
        Field("afspraken", "Afspraken", "list", required=True, item_label="Afspraak", initial_items=3, max_items=10,
              max_length=500, privacy_scan=True, required_text="Vul minstens één afspraak in.",
              help="Zoals de jongere ze zelf opschreef."),
        Field("monitoring", "Wie volgt de afspraken, en hoe?", max_length=200, privacy_scan=True,
              help="Bijvoorbeeld: de jongerenwerker belt over twee weken."),
        Field("volgend_contact", "Datum van het volgende contact", "date"),
    )),
    Section("Van wie", (
        AANHEF,
        Field("afzender", "Afzender (organisatie)", required=True, max_length=200,
              help="Bijvoorbeeld: Halt en het jongerenwerk Kwakelhaven."),
        Field("contact", "Contact voor vragen", max_length=200, help="Een werkadres of algemeen nummer."),
        KENMERK, *AFZENDER_VELDEN,
    )),
)


def check(p: Parsed) -> list[Message]:
    gesprek, verzend = p.get("gespreksdatum"), p.get("verzenddatum")
    if not (gesprek and verzend):
        return []
    if verzend < gesprek:
        return [Message("error", "De brief kan niet voor het gesprek zijn verstuurd.", "verzenddatum")]
    if verzend > gesprek + timedelta(days=BINNEN_DAGEN):
        return [Message("warning", f"Deze brief gaat later dan drie dagen na het gesprek weg. Bevestig de afspraken "
                                   f"uiterlijk {lange_datum(gesprek + timedelta(days=BINNEN_DAGEN), met_dag=True)}.",
                        "verzenddatum")]
    return []


def derive(p: Parsed) -> dict[str, str]:
    if (gesprek := p.get("gespreksdatum")) is None:
        return {}
    return {"uiterlijk": f"Verstuur deze brief uiterlijk {lange_datum(gesprek + timedelta(days=BINNEN_DAGEN), met_dag=True)}."}


def uit_verslag(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """Intake of a gespreksverslag file: the afspraken and their follow-up, nothing else."""
    verslag = files[-1].data
    filled = any(a.strip() for a in data.get("afspraken") or [])
    if filled and keuzes.get("verslag") != "ja":
        if keuzes.get("verslag") == "nee":
            return Outcome(None, (Message("info", "De afspraken die er al stonden, zijn gebleven."),))
        return Outcome(None, (), (Conflict("verslag", "In de brief staan al afspraken. Wilt u ze vervangen door de "
                                           "afspraken uit het gespreksverslag?", (
            Option("nee", "Nee, laat de afspraken staan"), Option("ja", "Ja, neem ze over uit het verslag"))),))
    mensen = [r for r in verslag.get("professionals") or [] if r.get("naam", "").strip()]
    professionals = [f"{r.get('naam', '').strip()} ({r.get('organisatie', '').strip()})".replace(" ()", "")
                     for r in mensen]
    organisaties = list(dict.fromkeys(r.get("organisatie", "").strip() for r in mensen if r.get("organisatie", "").strip()))
    new = {**data, "jongere": verslag.get("initialen") or data.get("jongere", ""),
           "gespreksdatum": verslag.get("gespreksdatum") or data.get("gespreksdatum", ""),
           "afspraken": [a for a in verslag.get("afspraken") or [] if a.strip()],
           "monitoring": verslag.get("monitoring_door") or data.get("monitoring", ""),
           "volgend_contact": verslag.get("tweede_gesprek") or data.get("volgend_contact", ""),
           "afzender": opsomming(organisaties) or data.get("afzender", ""),
           "ondertekenaar": opsomming(professionals) or data.get("ondertekenaar", "")}
    return Outcome(new, (Message("info", f"{files[-1].name}: de afspraken en het vervolg staan nu in de brief. De rest "
                                         "van het verslag gaat niet mee."),))


def build(p: Parsed):
    v = p.values
    afspraken = [a for a in v.get("afspraken") or []]
    alineas = [f"Op {datum_tekst(v.get('gespreksdatum'))} hebben we met je gepraat. Je hebt toen deze afspraken "
               "gemaakt en zelf opgeschreven:",
               d.items(afspraken, numbered=True)]
    if v.get("monitoring"):
        alineas.append(f"Zo houden we contact over de afspraken: {v['monitoring']}.")
    if v.get("volgend_contact"):
        alineas.append(f"We spreken elkaar weer op {lange_datum(v['volgend_contact'], met_dag=True)}.")
    if v.get("contact"):
        alineas.append(f"Heb je vragen? Neem dan contact op: {v['contact']}.")
    return letter(onderwerp="Bevestiging van onze afspraken",
                  afzender=regels(v.get("afzender") or "", v.get("afdeling") or "",
                                  f"Contact: {v['contact']}" if v.get("contact") else ""),
                  plaats=v.get("plaats") or "", datum=datum_tekst(v.get("verzenddatum")), kenmerk=v.get("kenmerk") or "",
                  aanhef=v.get("aanhef") or "Beste", alineas=alineas,
                  ondertekend=ondertekening(v.get("ondertekenaar") or "", v.get("functie") or ""),
                  footer=voetregel(kernpunt("bevestigen").kort))


EXAMPLE = {
    "jongere": "J6", "gespreksdatum": "17-11-2026", "verzenddatum": "19-11-2026",
    "afspraken": ["Om 22.00 uur thuis, ook in het weekend", "Niet meer naar de winkelstraat na schooltijd",
                  "Twee keer per week naar de sportclub"],
    "monitoring": "de jongerenwerker belt over twee weken", "volgend_contact": "08-12-2026",
    "aanhef": "Beste J6 en moeder", "afzender": "Halt en het jongerenwerk Kwakelhaven", "contact": "",
    "kenmerk": "", "afdeling": "", "plaats": "Kwakelhaven", "ondertekenaar": "",
    "functie": "Halt-medewerker en jongerenwerker",
}

BEVESTIGING = FormDefinition(
    key="bevestiging-afspraken",
    title="Bevestiging van afspraken",
    intro="Na een preventief gesprek: bevestig de afspraken binnen drie dagen op papier of per e-mail.",
    version=1, sections=SECTIONS, cross_checks=(check,), derive=derive, build_draft=build,
    draft_title="Concept van de bevestiging", accepts={"gespreksverslag": uit_verslag},
    file_stem=lambda p: f"bevestiging {p.values.get('jongere') or ''}",
    privacy_advice="Laat dit weg: de brief heeft het niet nodig.",
    page="formulieren/bevestiging-afspraken.md", example=EXAMPLE,
)
