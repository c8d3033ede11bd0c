"""Interventiematrix with the plus-min-mee group map: plan, balance and monitor the actions of
a group approach (steps 3, 5 and 6).

The matrix file is an interface: the concept plan van aanpak takes it in. Change it only with a
version bump and a migration. Version 1:

    {"formulier": "interventiematrix", "versie": 1, "opgeslagen": "...", "gegevens": {
       "groep": str, "gemeente": str, "peildatum": str (dd-mm-jjjj as typed),
       "leden": [{"code", "positie": "plus"|"min"|"mee"|"", "rol": "kopstuk"|"meeloper"|"randfiguur"|"onbekend"|"",
                  "notities"}],
       "acties": [{"id", "wat", "doelen": [goal values, see begrippen.DOELEN],
                   "spoor": "persoon"|"groep"|"omgeving"|"", "gericht_op", "partner",
                   "soort": "grenzen"|"belonen"|"zorg"|"", "start", "eind" (dates as typed),
                   "resultaat", "status": "gepland"|"lopend"|"uitgevoerd"|"niet-uitgevoerd"|"",
                   "monitoring", "bron", "repertoire" (id of the entry it started from, or "")}],
       "filter_partner", "filter_spoor", "filter_status", "sorteer": how the page last showed it}}
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from formlogic._model import Data, Field, FormDefinition, Message, Option, Outcome, Parsed, Section, View
from formlogic.forms.interventiematrix import weergaven as w
from formlogic.validation import is_filled_row
from formlogic.forms.interventiematrix.begrippen import DOELEN, POSITIES, ROLLEN, SOORTEN, SPOREN, STATUSSEN
from formlogic.forms.interventiematrix.repertoire import BY_ID
from formlogic.forms.interventiematrix.voorbeeld import VOORBEELD

MAX_ACTIES = 600
MAX_LEDEN = 60
SORTEER = (Option("", "Volgorde zoals ingevuld"), Option("partner", "Partner"), Option("spoor", "Spoor"),
           Option("status", "Status"), Option("eind", "Einddatum"))

LEDEN = Field("leden", "Groepsleden", "group", item_label="Groepslid", layout="cards", reorder=True,
              initial_items=1, max_items=MAX_LEDEN,
              help="Alleen een code of initialen, nooit een naam. Plus, min of mee: zie de methode plus-min-mee.",
              item_fields=(
                  Field("code", "Code", required=True, max_length=12, privacy_scan=True),
                  Field("positie", "Positie", "choice", options=POSITIES, widget="select"),
                  Field("rol", "Rol", "choice", options=ROLLEN, widget="select"),
                  Field("notities", "Notities", "textarea", rows=1, max_length=500, privacy_scan=True),
              ))

ACTIES = Field("acties", "Acties", "group", item_label="Actie", layout="cards", reorder=True,
               overview=("wat", "spoor", "partner", "eind", "status"),
               initial_items=1, max_items=MAX_ACTIES, required=True, required_text="Vul minstens één actie in.",
               help="Eén kaart per actie. Begin leeg, of kies hieronder uit het repertoire.",
               item_fields=(
                   Field("id", "Kenmerk", "hidden", auto_id=True),
                   Field("wat", "Wat", "textarea", rows=2, required=True, max_length=500, privacy_scan=True,
                         noun="wat er gebeurt"),
                   Field("doelen", "Doelen", "choices", options=DOELEN),
                   Field("spoor", "Spoor", "choice", options=SPOREN, widget="select"),
                   Field("gericht_op", "Gericht op", max_length=120, privacy_scan=True,
                         help="De groep, een code of een plek"),
                   Field("partner", "Wie", max_length=120),
                   Field("soort", "Soort", "choice", options=SOORTEN, widget="select"),
                   Field("start", "Start", "date"),
                   Field("eind", "Eind", "date"),
                   Field("resultaat", "Verwacht resultaat", "textarea", rows=2, max_length=500, privacy_scan=True,
                         help="Meetbaar"),
                   Field("status", "Status", "choice", options=STATUSSEN, widget="select"),
                   Field("monitoring", "Monitoring", "textarea", rows=2, max_length=1000, privacy_scan=True),
                   Field("bron", "Grond", "textarea", rows=2, max_length=500, privacy_scan=True,
                         help="Signaal of informatie"),
                   Field("repertoire", "Uit het repertoire", "hidden"),
               ))

SECTIONS = (
    Section("De aanpak", (
        Field("groep", "Werknaam of code van de groep", required=True, max_length=80, privacy_scan=True,
              help="Geen namen van jongeren.", required_text="Vul een werknaam of code van de groep in."),
        Field("gemeente", "Gemeente", max_length=80),
        Field("peildatum", "Peildatum", "date", help="De dag van het overleg. Leeg: vandaag."),
    )),
    Section("Groepskaart (plus-min-mee)", (LEDEN,), views=("richtingen",)),
    Section("De matrix", (ACTIES,), views=("repertoire",),
            actions=(Option("sorteer", "Zet de acties in de volgorde van 'Sorteer op'"),)),
    Section("Bekijken en volgen", (
        Field("filter_partner", "Toon alleen acties van partner", max_length=120,
              help="Een deel van de naam is genoeg."),
        Field("filter_spoor", "Toon alleen spoor", "choice", options=SPOREN, widget="select"),
        Field("filter_status", "Toon alleen status", "choice", options=STATUSSEN, widget="select"),
        Field("sorteer", "Sorteer op", "choice", options=SORTEER[1:], widget="select"),
    ), views=("overzicht", "partners")),
)


def check_acties(p: Parsed) -> list[Message]:
    out = []
    for nr, a in enumerate(p.values.get("acties") or [], 1):
        if a.get("start") and a.get("eind") and a["eind"] < a["start"]:
            out.append(Message("error", f"Actie {nr}: de einddatum ligt voor de startdatum.", f"acties.{nr - 1}.eind"))
    leden = [m.get("code") for m in p.values.get("leden") or [] if m.get("code")]
    dubbel = sorted({c for c in leden if leden.count(c) > 1})
    if dubbel:
        out.append(Message("warning", f"Deze code staat meer dan eens op de groepskaart: {', '.join(dubbel)}.", "leden"))
    return out


def uit_repertoire(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: a new row from a repertoire entry ("id" or "id|member code")."""
    entry_id, _, code = str(args.get("arg", "")).partition("|")
    entry = BY_ID.get(entry_id)
    if entry is None:
        return Outcome(None, (Message("error", "Deze interventie staat niet (meer) in het repertoire."),))
    rows = [r for r in data.get("acties") or [] if is_filled_row(ACTIES, r)]
    if len(rows) >= MAX_ACTIES:
        return Outcome(None, (Message("error", f"Er kunnen niet meer dan {MAX_ACTIES} acties in de matrix."),))
    row = {c.name: "" for c in ACTIES.item_fields} | {
        "wat": entry.naam, "doelen": list(entry.doelen), "spoor": entry.spoor, "soort": entry.soort, "partner": entry.partner,
        "gericht_op": code or ("de groep" if entry.spoor == "groep" else ""), "status": "gepland",
        "repertoire": entry.id}
    return Outcome({**data, "acties": [*rows, row]},
                   (Message("info", f"Actie {len(rows) + 1} toegevoegd: {entry.naam}. Vul aan wat ontbreekt."),))


def sorteer(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: put the table's rows in the order chosen under 'Sorteer op'."""
    key = data.get("sorteer") or ""
    if not key:
        return Outcome(None, (Message("error", "Kies eerst bij 'Sorteer op' een volgorde."),))
    rows = data.get("acties") or []
    parsed_rows = parsed.values.get("acties") or []
    filled = [i for i, r in enumerate(rows) if is_filled_row(ACTIES, r)]
    order = sorted(range(len(filled)), key=lambda j: w.sort_key(parsed_rows[j], key, j))
    return Outcome({**data, "acties": [rows[filled[j]] for j in order]},
                   (Message("info", f"De acties staan nu op volgorde van {w.label(SORTEER, key).lower()}."),))


INTERVENTIEMATRIX = FormDefinition(
    key="interventiematrix",
    title="Interventiematrix",
    intro="Voor de procesregisseur of uitvoeringscoördinator en de partners: zet de acties van de "
          "groepsaanpak op een rij, houd de balans in het oog en volg de uitvoering.",
    version=1,
    sections=SECTIONS,
    cross_checks=(check_acties,),
    build_draft=w.concept,
    draft_title="Concept interventiematrix",
    views=(View("richtingen", "Richtingen per groepslid", w.richtingen),
           View("repertoire", "Repertoire", w.repertoire),
           View("overzicht", "Analyse", w.overzicht),
           View("partners", "Wie doet wat en wanneer", w.partners)),
    actions={"uit-repertoire": uit_repertoire, "sorteer": sorteer},
    file_stem=lambda p: f"interventiematrix {p.values.get('groep') or ''}",
    privacy_advice="Laat dit weg: de matrix noemt personen alleen met een code.",
    page="formulieren/interventiematrix.md",
    csv=w.csv_table,
    example=VOORBEELD,
)
