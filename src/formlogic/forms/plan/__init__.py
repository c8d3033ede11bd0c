"""Concept plan van aanpak (steps 3 to 5): problem and duiding, goals, the three tracks,
strategy and scenarios, roles and tasks, communication, organisation and monitoring, expected
effects with a zero measurement, and a rough estimate of costs and capacity (the werkproces's
contents of a plan). It takes in an integraal beeld file and an interventiematrix file when the
user has them (overname.py), and works without them. The plan goes to step 4 without names."""
from __future__ import annotations

import re

from formlogic import draft as d
from formlogic._model import Field, FormDefinition, Message, Outcome, Parsed, Section, View
from formlogic.dutch import lange_datum, opsomming
from formlogic.forms.interventiematrix.begrippen import DOELEN, SPOREN, STATUSSEN, label
from formlogic.forms.plan import overname as ov
from formlogic.kernpunten import kernpunt, voetregel


def _tekst(name: str, label_: str, help_: str = "", rows: int = 4, required: bool = False, **more) -> Field:
    return Field(name, label_, "textarea", help=help_, rows=rows, required=required, max_length=4000, privacy_scan=True,
                 **more)


SECTIONS = (
    Section("De groep", (
        Field("groep", "Werknaam of code van de groep", required=True, max_length=80, privacy_scan=True,
              help="Geen namen: het concept gaat geanonimiseerd naar stap 4."),
        Field("gemeente", "Gemeente", max_length=80),
        Field("datum", "Datum van dit concept", "date", required=True),
        # What the files bring, kept whole (its messages stand beside the button that takes them in).
        Field("beeld", "Overgenomen integraal beeld", "data", normalize_data=ov.normalize_beeld, texts=ov.beeld_teksten),
        Field("matrix", "Overgenomen interventiematrix", "data", normalize_data=ov.normalize_matrix,
              texts=ov.matrix_teksten),
    ), files="Neem een integraal beeld of een interventiematrix over", views=("overgenomen",)),
    Section("Probleem en duiding", (
        _tekst("probleem", "Wat is het probleem?", "Aard en omvang: de groep, de plek en, waar nodig, personen, "
                                                  "zonder dat iemand herkenbaar is.", required=True),
        _tekst("duiding", "Duiding", "Wat betekent het? De rode draden uit het integraal beeld horen hier."),
    )),
    Section("Doelen", (
        Field("doelen", "Doelen van de aanpak", "choices", options=DOELEN, required=True,
              required_text="Kies minstens één doel."),
        _tekst("doelen_uitleg", "De doelen concreet", "Zo concreet en meetbaar mogelijk: wat, hoeveel, wanneer?", rows=3),
    )),
    Section("De drie sporen", tuple(_tekst(f"spoor_{s.value}", s.label, "De maatregelen op dit spoor.", rows=4)
                                    for s in SPOREN)),
    Section("Strategie", (
        _tekst("strategie", "Strategie", "Wat eerst? Welke interventies? Vergeet niet goed gedrag te belonen."),
        _tekst("scenarios", "Scenario's", "Wat doet u als het beter gaat, en wat als het slechter gaat?", rows=3),
    )),
    Section("Rollen en taken", (
        Field("rollen", "Wie doet wat", "group", item_label="Partner", layout="table", initial_items=3, max_items=40,
              reorder=True, item_fields=(Field("partner", "Partner", required=True, max_length=120, noun="de organisatie"),
                                         Field("taak", "Taak en verantwoordelijkheid", "textarea", rows=2,
                                               max_length=1000, privacy_scan=True))),
    )),
    Section("Communicatie", (_tekst("communicatie", "Communicatie", "Met de groep, de ouders, de buurt en de pers, "
                                                                    "ook via sociale media.", rows=3),)),
    Section("Organisatie en monitoring", (
        _tekst("organisatie", "Organisatie en werkwijze", "Welke partner levert welke informatie, met welk doel? Hoe "
                                                          "legt u afspraken vast en volgt u ze?", rows=3),
    )),
    Section("Effecten", (
        _tekst("effecten", "Gewenste effecten en resultaten",
               "Bij voorkeur per domein, zo concreet en meetbaar mogelijk, met termijnen.", rows=3),
        _tekst("nulmeting", "Nulmeting", "Hoe is het nu? Dan weet u wat een haalbaar doel is.", rows=3),
    )),
    Section("Kosten en inzet", (
        _tekst("kosten", "Globale schatting van kosten en inzet", "Nodig in stap 4 om te kunnen kiezen welke groep voorrang "
                                                                   "krijgt.", rows=3, required=True, article="de"),
    )),
)


CODE = re.compile(r"\bJ\d{1,2}\b")  # how the forms name a young person (J1); a code still points to someone


def _met_code(p: Parsed) -> str | None:
    """The first text of the concept (typed, or a rode draad taken in) that names a young person by code."""
    for f in (f for s in SECTIONS for f in s.fields if f.type == "textarea"):
        if CODE.search(p.values.get(f.name) or ""):
            return f.name
    beeld = p.values.get("beeld") or {}
    if any(CODE.search(q.get("rode_draad") or "") for q in beeld.get("vragen") or []):
        return "groep"
    return None


def check(p: Parsed) -> list[Message]:
    out = []
    if not any((p.values.get(f"spoor_{s.value}") or "").strip() for s in SPOREN):
        out.append(Message("hint", "Er staat nog op geen enkel spoor een maatregel.", "spoor_persoon"))
    if (veld := _met_code(p)) is not None:
        out.append(Message("warning", f"{kernpunt('geanonimiseerd').kort} Er staat een code van een jongere in "
                                      "(zoals J1). Ook een code wijst naar een persoon: haal hem weg, of schrijf "
                                      "over 'een jongere'.", veld))
    return out


def _matrix_table(matrix: dict) -> d.Block:
    return d.table(["Nr.", "Wat", "Spoor", "Wie", "Eind", "Status"],
                   [(str(nr), a["wat"], label(SPOREN, a["spoor"]), a["partner"], a["eind"],
                     label(STATUSSEN, a["status"] or "gepland")) for nr, a in ov.genummerd(matrix)],
                   caption="Acties uit de interventiematrix")


def _gewoon(text: str) -> str:
    return " ".join(text.split()).casefold()


def _staat_in(getypt: str, tekst: str) -> bool:
    """Whether the typed text already holds this text (spaces and capitals aside)."""
    return _gewoon(tekst) in _gewoon(getypt)


def _zonder(text: str, regels: list[str]) -> str:
    """The typed text without the lines a file wrote into it (the draft shows those with the file)."""
    weg = {_gewoon(r) for r in regels}
    return "\n".join(line for line in text.splitlines() if _gewoon(line) not in weg).strip()


def _verwijzing(nummers: list[int]) -> str:
    return f"Zie {'actie' if len(nummers) == 1 else 'acties'} {opsomming([str(n) for n in nummers])} in de tabel Acties."


def _uit_beeld(beeld: dict, getypt: str) -> d.Part | None:
    """What the integraal beeld brought and the typed problem and duiding do not hold yet."""
    blocks: list[d.Block] = []
    if beeld["duiding"].strip() and not _staat_in(getypt, beeld["duiding"]):
        blocks.append(d.paragraph(beeld["duiding"]))
    if rode := [r for r in ov.rode_draden(beeld) if not _staat_in(getypt, r)]:
        blocks += [d.paragraph("Rode draden:"), d.items(rode)]
    if open_ := [p for p in beeld["open_punten"] if p.strip()]:
        blocks += [d.paragraph("Open punten:"), d.items(open_)]
    return d.Part(f"Uit het integraal beeld ({beeld['naam']})", tuple(blocks)) if blocks else None


def overgenomen(p: Parsed) -> d.Draft:
    parts = []
    if beeld := p.values.get("beeld"):
        rode = [f"{v['tekst']} {v['rode_draad'] or '(geen rode draad)'}" for v in beeld["vragen"]]
        parts.append(d.Part(f"Integraal beeld uit {beeld['naam']}", (d.items(rode),
                                                                   d.buttons(("weghalen", "beeld", "Haal het integraal beeld weg")))))
    if matrix := p.values.get("matrix"):
        parts.append(d.Part(f"Interventiematrix uit {matrix['naam']}", (
            d.paragraph(f"{len(matrix['acties'])} acties."), d.buttons(("weghalen", "matrix", "Haal de interventiematrix weg")))))
    return d.Draft("Overgenomen", parts=tuple(parts),
                   footer="" if parts else "Nog niets overgenomen. Het plan werkt ook zonder deze bestanden.")


def weghalen(data, parsed, args) -> Outcome:
    """Action: remove a taken-in file from the plan; what was typed stays."""
    kind = args.get("arg")
    if kind not in ("beeld", "matrix") or not data.get(kind):
        return Outcome(None, (Message("error", "Dit staat niet (meer) in het plan."),))
    return Outcome({**data, kind: None}, (Message("info", f"Het {ov.SOORT[kind]} is uit het plan gehaald. Wat u typte, "
                                                          "blijft staan."),))


def build(p: Parsed) -> d.Draft:
    """The plan. What a taken-in file wrote into the plan's own fields stands once: with the
    file's part (the integraal beeld, the table of actions), and the fields refer to it."""
    v = p.values
    matrix, beeld = v.get("matrix"), v.get("beeld")
    parts = [d.Part("De groep", (d.facts([(k, x) for k, x in (("Groep", v.get("groep") or ""),
                                                             ("Gemeente", v.get("gemeente") or "")) if x]),)),
             d.Part("Probleem en duiding", tuple(d.paragraph(x) for x in (v.get("probleem"), v.get("duiding")) if x))]
    if beeld and (part := _uit_beeld(beeld, f"{v.get('probleem') or ''}\n{v.get('duiding') or ''}")):
        parts.append(part)
    parts.append(d.Part("Doelen", (d.items([label(DOELEN, x) for x in v.get("doelen") or []]),
                                   *((d.paragraph(v["doelen_uitleg"]),) if v.get("doelen_uitleg") else ()))))
    sporen = []
    for s in SPOREN:
        text = v.get(f"spoor_{s.value}") or ""
        if matrix and (nummers := [nr for nr, a in ov.genummerd(matrix) if a["spoor"] == s.value]):
            text = f"{_zonder(text, ov.spoor_regels(matrix, s.value))}\n{_verwijzing(nummers)}".strip()
        sporen.append((s.label, text or "Nog niet ingevuld."))
    parts.append(d.Part("De drie sporen", (d.facts(sporen),)))
    if matrix:
        parts.append(d.Part("Acties", (_matrix_table(matrix),)))
    for title, keys in (("Strategie en scenario's", ("strategie", "scenarios")), ("Communicatie", ("communicatie",)),
                        ("Organisatie en monitoring", ("organisatie",)), ("Effecten en nulmeting", ("effecten", "nulmeting")),
                        ("Kosten en inzet", ("kosten",))):
        blocks = tuple(d.paragraph(v[k]) for k in keys if v.get(k))
        if blocks:
            parts.append(d.Part(title, blocks))
    gemaakt = ov.taken(matrix) if matrix else {}
    rollen = []
    for r in v.get("rollen") or []:
        partner, taak = r.get("partner") or "", r.get("taak") or ""
        if taak.strip() and taak.strip() == gemaakt.get(partner.strip()):  # the matrix's actions: in their table
            taak = _verwijzing([nr for nr, a in ov.genummerd(matrix) if a["partner"].strip() == partner.strip()])
        rollen.append((partner, taak))
    if rollen:
        parts.insert(-1, d.Part("Rollen en taken", (d.table(["Partner", "Taak"], rollen),)))
    return d.Draft(f"Concept plan van aanpak: {v.get('groep') or 'de groep'}",
                   subtitle=f"Concept van {lange_datum(v['datum'])}" if v.get("datum") else "", parts=tuple(parts),
                   footer=voetregel(kernpunt("geanonimiseerd").kort))


EXAMPLE = {
    "groep": "Groep Marktplein", "gemeente": "Zandermeer", "datum": "10-12-2026",
    "probleem": "Een vaste groep van twaalf jongeren maakt het Marktplein 's avonds onveilig. Winkeliers melden "
                "intimidatie en diefstal; bewoners durven er niet meer langs.",
    "duiding": "Na boetes voor iedereen voelt de groep zich aangevallen. Een kleine kern zoekt de grens op; de meelopers "
               "zijn te bereiken met stage, opleiding en sport.",
    "doelen": ["overlast", "perspectief", "dynamiek"],
    "doelen_uitleg": "Binnen zes maanden de helft minder meldingen van winkeliers; twee jongeren weer op een opleiding.",
    "spoor_persoon": "- Persoonsgerichte aanpak voor een jongere met veel problemen thuis\n- Stage voor een jongere "
                     "met positieve invloed in de groep", "spoor_groep": "- Extra uren in het jongerencentrum",
    "spoor_omgeving": "- Licht en prullenbakken op het plein\n- Bewonersavond",
    "strategie": "Eerst het samenscholingsverbod laten vervallen en met de groep praten. Goed gedrag belonen.",
    "scenarios": "Loopt de overlast op, dan gericht optreden tegen de kern, niet tegen iedereen.",
    "rollen": [{"partner": "Jongerenwerk", "taak": "Contact met de groep, een stage"},
               {"partner": "Gemeente", "taak": "Regie, het plein, de bewoners"},
               {"partner": "Politie", "taak": "Optreden tegen heling"}],
    "communicatie": "De wijkagent en de jongerenwerker vertellen de groep wat er gebeurt. Een bewonersbrief.",
    "organisatie": "Elke vier weken overleg; de acties staan in de interventiematrix.",
    "effecten": "Minder meldingen; bewoners voelen zich veiliger.", "nulmeting": "Nu gemiddeld 14 meldingen per maand.",
    "kosten": "Jongerenwerk 8 uur per week, jeugdboa's 2 avonden per week, eenmalig verlichting.",
    "beeld": None, "matrix": None,
}

PLAN_VAN_AANPAK = FormDefinition(
    key="plan-van-aanpak", title="Concept plan van aanpak",
    intro="Voor de uitvoeringscoördinator en de procesregisseur: een concept van het plan van aanpak, met wat u in "
          "het integraal beeld en de interventiematrix al heeft.",
    version=1, sections=SECTIONS, cross_checks=(check,), build_draft=build, draft_title="Concept plan van aanpak",
    views=(View("overgenomen", "Overgenomen bestanden", overgenomen),),
    actions={"weghalen": weghalen},
    accepts={"integraal-beeld": ov.neem_beeld_op, "interventiematrix": ov.neem_matrix_op},
    file_stem=lambda p: f"plan van aanpak {p.values.get('groep') or ''}",
    privacy_advice="Laat dit weg: het plan gaat geanonimiseerd naar stap 4.",
    page="formulieren/plan-van-aanpak.md", example=EXAMPLE,
)
