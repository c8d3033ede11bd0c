"""Evaluatieverslag (step 7): were the goals of the plan reached, which actions remain and who
takes them over, how long the information is kept, and the werkproces's points on the
cooperation (roles, information, capacity, effect, speed, planned versus actual duration, other
bottlenecks). It can take in an interventiematrix file: the actions not yet done come over."""
from __future__ import annotations

from collections.abc import Mapping

from formlogic import draft as d
from formlogic._model import Data, Field, FormDefinition, Incoming, Message, Option, Outcome, Parsed, Section
from formlogic.dutch import aantal, lange_datum
from formlogic.forms.interventiematrix.begrippen import DOELEN
from formlogic.kernpunten import kernpunt, voetregel

BEREIKT = (Option("ja", "Bereikt"), Option("deels", "Deels bereikt"), Option("nee", "Niet bereikt"))
PUNTEN = (
    ("rollen", "Rollen en afspraken", "Was duidelijk wie wat deed? Werkten de afspraken?"),
    ("informatie", "Informatie tussen de partners", "Kwam de informatie op tijd bij wie hem nodig had?"),
    ("inzet", "Inzet van mensen en middelen", "Hoeveel en welke inzet was nodig?"),
    ("effect", "Effect van de uitvoering", "Wat werkte, en wat niet?"),
    ("snelheid", "Snelheid", "Hoe snel reageerden de partners op wat er gebeurde?"),
    ("knelpunten", "Andere knelpunten", ""),
)

SECTIONS = (
    Section("De aanpak", (
        Field("groep", "Werknaam of code van de groep", required=True, max_length=80, privacy_scan=True),
        Field("gemeente", "Gemeente", max_length=80),
        Field("datum", "Datum van de evaluatie", "date", required=True),
        Field("looptijd_gepland", "Geplande looptijd", max_length=120, help="Bijvoorbeeld: 12 maanden."),
        Field("looptijd_werkelijk", "Werkelijke looptijd", max_length=120),
    ), files="Neem de open acties over uit een interventiematrix"),
    Section("De doelen", (
        Field("doelen", "Zijn de doelen bereikt?", "group", item_label="Doel", layout="table", initial_items=4,
              max_items=12, help="De toetsvraag: zijn de doelen uit het plan van aanpak bereikt?",
              initial=tuple({"doel": o.label, "bereikt": "", "toelichting": ""} for o in DOELEN[:4]),
              item_fields=(Field("doel", "Doel", required=True, max_length=200, noun="wat het doel is"),
                           Field("bereikt", "Bereikt?", "choice", options=BEREIKT, widget="select"),
                           Field("toelichting", "Toelichting", "textarea", rows=2, max_length=1000, privacy_scan=True))),
        Field("besluit", "Besluit over de aanpak", "textarea", rows=3, max_length=1000,
              help="Wordt de aanpak afgeschaald of gestopt? Wie besliste dat?"),
    )),
    Section("Wat overblijft", (
        Field("resterend", "Resterende acties en begeleiding", "group", item_label="Actie", layout="table",
              initial_items=2, max_items=100, reorder=True,
              item_fields=(Field("actie", "Actie", required=True, max_length=300, privacy_scan=True,
                                  noun="wat er nog moet gebeuren"),
                           Field("door", "Wie neemt het over?", max_length=200, privacy_scan=True))),
        Field("bewaartermijn", "Afgesproken bewaartermijn van de gegevens", required=True, max_length=300, article="de",
              help=f"{kernpunt('bewaartermijn').kort} Ons advies: schrijf ook op waarom."),
    )),
    Section("De samenwerking", tuple(Field(k, label, "textarea", help=h, rows=3, max_length=2000, privacy_scan=True)
                                     for k, label, h in PUNTEN)),
)


def check(p: Parsed) -> list[Message]:
    open_ = [r["doel"] for r in p.values.get("doelen") or [] if r.get("doel") and not r.get("bereikt")]
    if open_:
        return [Message("hint", f"Bij {aantal(len(open_), 'doel', 'doelen')} staat nog niet of het is bereikt.", "doelen")]
    return []


def uit_matrix(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """Intake of an interventiematrix: its actions not yet carried out become remaining actions."""
    matrix = files[-1].data
    open_ = [{"actie": a.get("wat", ""), "door": a.get("partner", "")} for a in matrix.get("acties") or []
             if a.get("wat", "").strip() and a.get("status") != "uitgevoerd"]
    have = {r.get("actie", "").strip().casefold() for r in data.get("resterend") or []}
    new = [r for r in open_ if r["actie"].strip().casefold() not in have]
    rows = [r for r in data.get("resterend") or [] if r.get("actie", "").strip()] + new
    gevuld = {**data, "resterend": rows,
              "groep": data.get("groep") or matrix.get("groep", ""), "gemeente": data.get("gemeente") or matrix.get("gemeente", "")}
    return Outcome(gevuld, (Message("info", f"{files[-1].name}: {len(new)} acties die nog niet zijn uitgevoerd, staan nu "
                                            "bij de resterende acties. Vul in wie ze overneemt."),))


def build(p: Parsed) -> d.Draft:
    v = p.values
    doelen = [(r.get("doel") or "", next((o.label for o in BEREIKT if o.value == r.get("bereikt")), "Nog niet beoordeeld"),
               r.get("toelichting") or "") for r in v.get("doelen") or []]
    parts = [d.Part("De aanpak", (d.facts([(k, x) for k, x in (
        ("Groep", v.get("groep") or ""), ("Gemeente", v.get("gemeente") or ""),
        ("Geplande looptijd", v.get("looptijd_gepland") or ""), ("Werkelijke looptijd", v.get("looptijd_werkelijk") or ""),
        ("Bewaartermijn van de gegevens", v.get("bewaartermijn") or "")) if x]),)),
        d.Part("Zijn de doelen bereikt?", (d.table(["Doel", "Bereikt?", "Toelichting"], doelen),
                                           *((d.paragraph(v["besluit"]),) if v.get("besluit") else ())))]
    rest = [(r.get("actie") or "", r.get("door") or "Nog niemand") for r in v.get("resterend") or []]
    parts.append(d.Part("Resterende acties en wie ze overneemt",
                        (d.table(["Actie", "Wie neemt het over?"], rest),) if rest else (d.paragraph("Geen."),)))
    for k, label, _ in PUNTEN:
        if v.get(k):
            parts.append(d.Part(label, (d.paragraph(v[k]),)))
    return d.Draft(f"Evaluatie: {v.get('groep') or 'de groep'}", subtitle=f"Concept van {lange_datum(v['datum'])}"
                   if v.get("datum") else "", parts=tuple(parts),
                   footer=voetregel(kernpunt("evaluatie-ketenoverleg")))


EXAMPLE = {
    "groep": "Groep Winkelstraat", "gemeente": "Kwakelhaven", "datum": "20-03-2027",
    "looptijd_gepland": "12 maanden", "looptijd_werkelijk": "14 maanden",
    "doelen": [{"doel": DOELEN[0].label, "bereikt": "deels", "toelichting": "Veel minder meldingen; soms nog lawaai."},
               {"doel": DOELEN[1].label, "bereikt": "ja", "toelichting": "Twee jongeren doen mee aan een sportproject."},
               {"doel": DOELEN[2].label, "bereikt": "ja", "toelichting": "Vier meelopers zijn uit de groep."},
               {"doel": DOELEN[3].label, "bereikt": "nee", "toelichting": "Een jonger broertje hangt nu bij de groep."}],
    "besluit": "Het ketenoverleg schaalt de groepsaanpak af. Voor twee jongeren gaat de persoonsgerichte aanpak "
               "door, buiten deze groepsaanpak.",
    "resterend": [{"actie": "Verzuim van de groep elke maand doorgeven", "door": "School, nieuwe verzuimcoördinator"},
                  {"actie": "Contact met nieuwe, jongere kinderen bij de winkelstraat", "door": "Jongerenwerk"}],
    "bewaartermijn": "Twee jaar na het einde van de aanpak, zo afgesproken in het ketenoverleg. Waarom: jongere "
                     "broers en zussen komen soms later bij de groep.",
    "rollen": "Duidelijk, behalve bij de school: de nieuwe verzuimcoördinator kende de afspraak niet.",
    "informatie": "Liep goed via het overleg; de school leverde drie maanden niets aan.",
    "inzet": "", "effect": "De aanschrijfactie met huisbezoek werkte goed voor de meelopers.",
    "snelheid": "", "knelpunten": "",
}

EVALUATIE = FormDefinition(
    key="evaluatie", title="Evaluatieverslag",
    intro="Voor de uitvoeringscoördinator: een concept van het evaluatieverslag aan het einde van de aanpak (stap 7).",
    version=1, sections=SECTIONS, cross_checks=(check,), build_draft=build, draft_title="Concept evaluatieverslag",
    accepts={"interventiematrix": uit_matrix},
    file_stem=lambda p: f"evaluatie {p.values.get('groep') or ''}",
    privacy_advice="Laat dit weg: het verslag gaat over de aanpak, niet over personen.",
    page="formulieren/evaluatie.md", example=EXAMPLE,
)
