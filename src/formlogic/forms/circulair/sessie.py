"""Circulair vragen, the regisseur's session: prepare, collect the partners' answers, show the
flip-overs, write the rode draden, and make the integraal beeld.

Werkvorm (werkproces 2016, step 3): before the session every organisation briefly answers the
same questions about the group; in the session the answers to one question go on one
flip-over and the participants ask each other questions until a rode draad is clear; the rode
draden together are the building block of the integraal beeld.
"""
from __future__ import annotations

from collections import Counter

from formlogic._model import Data, Export, Field, FormDefinition, Message, Option, Parsed, Section, View
from formlogic.forms.circulair import samenvoegen as sv
from formlogic.forms.circulair import weergaven
from formlogic.forms.circulair import voorbeeld
from formlogic.forms.circulair.analyse import answer_lines
from formlogic.forms.circulair.common import (
    MAX_ORGANISATIES, MAX_VRAGEN, PRIVACY_ADVIES, STANDAARDVRAGEN, org_key, vraag_label, vragen_van,
)


def per_vraag(name: str, label: str, help: str, rows: int = 3) -> Field:
    """A text per question of the session; the questions come from the `vragen` rows."""
    def resolve(data: Data) -> Field:
        keys = tuple(Option(vid, vraag_label(i, tekst)) for i, (vid, tekst) in enumerate(vragen_van(data.get("vragen")), 1))
        return Field(name, label, "map", help=help, keys=keys, rows=rows, privacy_scan=True,
                     empty_text="Schrijf eerst de vragen op.")
    return Field(name, label, "map", resolve=resolve, depends_on=("vragen",))


SECTIONS = (
    Section("De sessie", (
        Field("sessie_id", "Kenmerk van de sessie", "hidden", auto_id=True),
        Field("groep", "Werknaam of code van de groep", required=True, max_length=80, privacy_scan=True,
              help="Geen namen van jongeren. Bijvoorbeeld: groep Winkelcentrum of groep 12.",
              required_text="Vul een werknaam of code van de groep in."),
        Field("gemeente", "Gemeente", max_length=80),
        Field("datum", "Datum van de sessie", "date"),
        Field("organisaties", "Uitgenodigde organisaties", "list", required=True, item_label="Organisatie",
              initial_items=3, max_items=MAX_ORGANISATIES, max_length=120, reorder=True, item_type="text",
              required_text="Vul minstens één organisatie in die de vragen beantwoordt.",
              help="Elke organisatie die de vragen vooraf beantwoordt. Bijvoorbeeld politie, jongerenwerk, "
                   "Halt, school, wijkteam."),
    )),
    Section("De vragen", (
        Field("vragen", "Vragen", "group", required=True, item_label="Vraag", initial_items=1,
              max_items=MAX_VRAGEN, reorder=True,
              initial=tuple({"id": vid, "tekst": tekst} for vid, tekst in STANDAARDVRAGEN),
              required_text="Schrijf minstens één vraag op.",
              help="De vijf voorbeeldvragen uit het werkproces staan er al. U kunt ze aanpassen, weghalen, "
                   "verplaatsen en aanvullen. Verander de vragen liever niet meer nadat u het vragenbestand "
                   "heeft verstuurd.",
              item_fields=(
                  Field("id", "Kenmerk", "hidden", auto_id=True),
                  Field("tekst", "Tekst van de vraag", "textarea", required=True, rows=2, max_length=500, noun="de tekst",
                        privacy_scan=True),  # the questions go to every partner
              )),
    ), exports=("vragenbestand",),
        help="Stuur de partners het vragenbestand. Zij openen het op de pagina 'Circulair vragen: "
             "antwoorden van uw organisatie', vullen hun antwoorden in en sturen u een antwoordbestand terug."),
    Section("Antwoorden van de partners", (
        Field("antwoorden", "Antwoorden", "data", normalize_data=sv.normalize_lijst, texts=sv.teksten),
    ), files="Open antwoordbestanden", views=("ontvangen",)),
    Section("Antwoorden intypen voor een organisatie", (
        Field("invoer_organisatie", "Organisatie", max_length=120,
              help="Van welke organisatie zijn deze antwoorden? Bijvoorbeeld als een partner ze mailde of "
                   "vertelde."),
        per_vraag("invoer", "Antwoorden", "Eén antwoord per regel. Schrijf over de groep; noem personen "
                                          "alleen met een code of een rol."),
    ), actions=(Option("invoer-toevoegen", "Zet deze antwoorden bij de sessie"),)),
    Section("Flap-overs", (), views=("flapovers",),
            help="Per vraag één flap-over. Laat ze in de sessie zien met 'Presenteer': één vraag per scherm."),
    Section("Rode draden", (
        per_vraag("rode_draden", "Rode draad per vraag",
                  "Wat is na het doorvragen de rode draad? De suggesties bij de flap-overs kunnen helpen; "
                  "de deelnemers beslissen samen.", rows=3),
    )),
    Section("Afronding", (
        Field("deelnemers", "Deelnemers aan de sessie", "list", item_label="Deelnemer", initial_items=2, item_type="text",
              max_items=60, max_length=200, help="Organisatie en rol, bijvoorbeeld 'politie, wijkagent'. "
                                                 "Namen zijn niet nodig."),
        Field("duiding", "Duiding in het kort", "textarea", privacy_scan=True, rows=4,
              help="Wat is het probleem, en wat betekent dat voor de aanpak? Het plan van aanpak neemt dit over."),
        Field("open_punten", "Open punten", "list", item_label="Open punt", initial_items=1, max_items=30,
              max_length=500, privacy_scan=True),
    )),
)


def check_lijsten(p: Parsed) -> list[Message]:
    out = []
    orgs = Counter(org_key(o) for o in p.values.get("organisaties") or [])
    for naam in [o for o in p.values.get("organisaties") or [] if orgs[org_key(o)] > 1][:1]:
        out.append(Message("warning", f"{naam.strip()} staat meer dan eens bij de organisaties.", "organisaties"))
    teksten = Counter(" ".join(t.casefold().split()) for _, t in vragen_van(p.values.get("vragen")))
    if any(n > 1 for n in teksten.values()):
        out.append(Message("warning", "Een vraag staat er twee keer in.", "vragen"))
    return out


def check_antwoorden(p: Parsed) -> list[Message]:
    out = []
    invited = {org_key(o) for o in p.values.get("organisaties") or []}
    vragen = {vid for vid, _ in vragen_van(p.values.get("vragen"))}
    for e in p.values.get("antwoorden") or []:
        if invited and org_key(e["organisatie"]) not in invited:
            out.append(Message("hint", f"Er zijn antwoorden van {e['organisatie']}, maar die organisatie staat niet "
                                       "bij de uitgenodigde organisaties.", "organisaties"))
        if any(answer_lines(t) for vid, t in e["antwoorden"].items() if vid not in vragen):
            out.append(Message("warning", f"Een deel van de antwoorden van {e['organisatie']} hoort bij een vraag die "
                                          "niet meer in de lijst staat. Die antwoorden komen niet in het integraal "
                                          "beeld. Zet de vraag terug als u ze wilt houden.", "vragen"))
    typed = any(answer_lines(t) for t in (p.values.get("invoer") or {}).values() if t)
    if typed:
        out.append(Message("warning", "U heeft antwoorden getypt die nog niet bij de sessie staan. Klik op "
                                      "'Zet deze antwoorden bij de sessie'.", "invoer_organisatie"))
    return out


def check_rode_draden(p: Parsed) -> list[Message]:
    if not p.values.get("antwoorden"):
        return []
    rode = p.values.get("rode_draden") or {}
    open_ = [str(i) for i, (vid, _) in enumerate(vragen_van(p.values.get("vragen")), 1) if not rode.get(vid)]
    if not open_:
        return []
    return [Message("hint", f"Bij vraag {', '.join(open_)} staat nog geen rode draad. Het integraal beeld meldt dat.",
                    "rode_draden")]


def _vragenbestand(p: Parsed) -> tuple[str, Data]:
    datum = p.values.get("datum")
    sessie = {"id": p.values.get("sessie_id") or "", "groep": (p.values.get("groep") or "").strip(),
              "gemeente": (p.values.get("gemeente") or "").strip(),
              "datum": datum.strftime("%d-%m-%Y") if datum else "",
              "organisaties": [o.strip() for o in p.values.get("organisaties") or []],
              "vragen": [{"id": vid, "tekst": tekst} for vid, tekst in vragen_van(p.values.get("vragen"))]}
    return "circulair-antwoorden", {"sessie": sessie, "organisatie": "", "antwoorden": {}}


SESSIE = FormDefinition(
    key="circulair-vragen",
    title="Circulair vragen",
    intro="Voor de procesregisseur of de uitvoeringscoördinator: bereid de sessie voor, verzamel de antwoorden van "
          "de partners en maak samen het integraal beeld.",
    version=1,
    sections=SECTIONS,
    cross_checks=(check_lijsten, check_antwoorden, check_rode_draden),
    build_draft=weergaven.integraal_beeld,
    draft_title="Concept integraal beeld",
    views=(View("ontvangen", "Ontvangen antwoorden", weergaven.ontvangen),
           View("flapovers", "Flap-overs", weergaven.flapovers, present=True)),
    actions={"invoer-toevoegen": sv.invoer_toevoegen,
             "antwoorden-verwijderen": sv.antwoorden_verwijderen,
             "antwoorden-bewerken": sv.antwoorden_bewerken},
    exports={
        "vragenbestand": Export("Download vragenbestand voor de partners", _vragenbestand,
                                filename=lambda p: f"vragen {p.values.get('groep') or ''}"),
        "integraal-beeld": Export("Download integraal beeld als bestand voor het plan van aanpak",
                                  lambda p: ("integraal-beeld", weergaven.beeld_data(p)), in_draft=True,
                                  filename=lambda p: f"integraal beeld {p.values.get('groep') or ''}"),
    },
    accepts={"circulair-antwoorden": sv.neem_bestanden_op},
    file_stem=lambda p: f"sessie {p.values.get('groep') or ''}",
    privacy_advice=PRIVACY_ADVIES,
    example=voorbeeld.SESSIE,
    page="formulieren/circulair-vragen.md",
)
