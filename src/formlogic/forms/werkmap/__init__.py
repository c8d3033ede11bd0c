"""Werkmap: one group's whole approach in one file, from the first signal to the evaluation.

A werkmap holds the group's basics once and the documents of every form exactly as those forms
save them, each with its own `formulier` and `versie` (formlogic/container.py): any document can
be saved out alone and opened on its own page and by the command line. It stays on the user's
own computer like every form file. Version 1:

    {"formulier": "werkmap", "versie": 1, "opgeslagen": "2027-01-12T17:00:00", "gegevens": {
       "groep": str,                    # working name or code, never a young person's name
       "gemeente": str,
       "leden": [{"code": str, "positie": "plus"|"min"|"mee"|""}],   # codes only
       "stap": "1".."7"|"",             # the step the group is in, as the user says
       # the decisions that matter; dates as typed (dd-mm-jjjj), "" when not yet:
       "start": str,                    # the decision to gather information (step 1 -> 2)
       "besluit": str, "besluit_uitkomst": "aanpakken"|"niet"|"", "stuurt": str,  # step 4
       "plan_vastgesteld": str,         # step 5
       "volgend_overleg": str,          # the next overleg: actions overdue then are due now
       "afgeschaald": str, "bewaren_tot": str, "geevalueerd": str,   # step 7
       "documenten": [{"id": str, "document": {"formulier", "versie", "opgeslagen", "gegevens"}}],
       "voorbeeld": str                 # only in a trainer's example (every form has it)
    }}

Opening a werkmap upgrades each document with its own form's migrations; a document this site
cannot open is kept as it came. Python computes where the group stands (forms/werkmap/stand.py)
and what is due (tedoen.py); the page shows it through the sandboxed templates.
"""
from __future__ import annotations

from formlogic._model import Data, Field, FormDefinition, Message, Option, Parsed, Section, View
from formlogic.container import documents_field
from formlogic.dutch import lange_datum
from formlogic.forms.interventiematrix.begrippen import POSITIES
from formlogic.forms.werkmap import overzicht
from formlogic.forms.werkmap.inname import ElkFormulier
from formlogic.forms.werkmap.kinderen import kinderen
from formlogic.forms.werkmap.voorbeeld import WERKMAP as VOORBEELD
from formlogic.forms.werkmap.werken import ACTIONS

MAX_LEDEN = 60
UITKOMST = (Option("aanpakken", "De groep aanpakken"), Option("niet", "De groep (nu) niet aanpakken"))


def _stap(data: Data) -> Field:
    """The step, with the titles the step pages use (read when the form is drawn, not at import)."""
    from formlogic.kruisverwijzingen import stappen

    options = tuple(Option(str(n), f"Stap {n}. {s.titel}") for n, s in stappen().items())
    return Field("stap", "In welke stap staat de groep?", "choice", options=options, widget="select",
                 help="De stappen lopen soms door elkaar. Kies de stap waar het zwaartepunt nu ligt.")


def _datum(name: str, label: str, help: str = "") -> Field:
    return Field(name, label, "date", help=help)


SECTIONS = (
    Section("De groep", (
        Field("groep", "Werknaam of code van de groep", required=True, max_length=80, privacy_scan=True,
              help="Geen namen van jongeren. De werkmap zet dit in elk document dat u maakt.",
              required_text="Vul een werknaam of code van de groep in."),
        Field("gemeente", "Gemeente", max_length=80),
        Field("leden", "Groepsleden", "group", item_label="Groepslid", layout="table", reorder=True,
              initial_items=1, max_items=MAX_LEDEN,
              help="Alleen een code, nooit een naam. Plus, min of mee: zie de methode plus-min-mee.",
              item_fields=(Field("code", "Code", required=True, max_length=12, privacy_scan=True),
                           Field("positie", "Positie", "choice", options=POSITIES, widget="select"))),
    )),
    Section("Wat moet er nu gebeuren", (), views=("te-doen",)),
    Section("Waar staat de aanpak", (
        Field("stap", "In welke stap staat de groep?", "choice", resolve=_stap),
        _datum("start", "Start: besloten informatie te verzamelen",
               "Het einde van stap 1: de partners besloten de informatie over de groep te verzamelen."),
        _datum("besluit", "Besluit van het ketenoverleg (stap 4)"),
        Field("besluit_uitkomst", "Wat besloot het ketenoverleg?", "choice", options=UITKOMST),
        Field("stuurt", "Wie stuurt op de aanpak?", max_length=200,
              help="Dat bepaalt het ketenoverleg bij het besluit. Bijvoorbeeld de driehoek, of het management "
                   "van de partners."),
        _datum("plan_vastgesteld", "Plan van aanpak vastgesteld (stap 5)"),
        _datum("volgend_overleg", "Volgend overleg",
               "Acties die dan over hun einddatum zijn, staan bij 'Wat moet er nu gebeuren'."),
        _datum("afgeschaald", "Aanpak afgeschaald of gestopt (stap 7)"),
        _datum("bewaren_tot", "Bewaren tot",
               "Bij het afschalen spreken de partners af hoe lang de gegevens bewaard blijven. Na deze datum "
               "vernietigt u de werkmap."),
        _datum("geevalueerd", "Evaluatie besproken in het ketenoverleg"),
    ), views=("stappen",)),
    Section("Documenten", (documents_field("documenten", "Documenten"),),
            files="Zet bestanden in de werkmap", views=("documenten",),
            help="Antwoordbestanden van partners gaan naar hun sessie circulair vragen. Andere bestanden worden "
                 "een document in de werkmap."),
)


def check(p: Parsed) -> list[Message]:
    v, out = p.values, []
    start = p.get("start")
    for name, label in (("besluit", "het besluit"), ("plan_vastgesteld", "het vaststellen van het plan"),
                        ("afgeschaald", "het afschalen"), ("geevalueerd", "de evaluatie")):
        when = p.get(name)
        if start and when and when < start:
            out.append(Message("warning", f"De datum van {label} ligt voor de start. Klopt dat?", name))
    if (tot := p.get("bewaren_tot")) is not None and tot < p.today:
        out.append(Message("warning", f"De bewaartermijn is voorbij sinds {lange_datum(tot)}. Vernietig deze "
                                      "werkmap nu.", "bewaren_tot"))
    elif p.get("afgeschaald") and tot is None and "bewaren_tot" not in p.invalid:
        out.append(Message("warning", "De aanpak is afgeschaald: spreek af hoe lang de gegevens bewaard blijven, en "
                                      "vul de einddatum in.", "bewaren_tot"))
    codes = [m.get("code") for m in v.get("leden") or [] if m.get("code")]
    if dubbel := sorted({c for c in codes if codes.count(c) > 1}):
        out.append(Message("warning", f"Deze code staat meer dan eens bij de groepsleden: {', '.join(dubbel)}.", "leden"))
    for c in kinderen(p).kapot():
        out.append(Message("warning", f"Document {c.id} kan deze site niet openen: {c.problem} Het blijft "
                                      "ongewijzigd in de werkmap.", "documenten"))
    return out


def derive(p: Parsed) -> dict[str, str]:
    """The one fact the page must show at the top: the werkmap is past its retention date."""
    tot = p.get("bewaren_tot")
    if tot is None or tot >= p.today:
        return {}
    return {"vernietigen": f"De afgesproken bewaartermijn is voorbij sinds {lange_datum(tot)}. Vernietig deze "
                           "werkmap nu: het bestand op uw computer, kopieën (downloads, e-mail) en wat deze "
                           "browser ervan bewaart."}


WERKMAP = FormDefinition(
    key="werkmap",
    title="Werkmap",
    intro="Voor de procesregisseur: de hele aanpak van één groep in één bestand, op uw eigen computer. De werkmap "
          "zegt waar de groep staat en wat er nu moet gebeuren.",
    version=1,
    sections=SECTIONS,
    cross_checks=(check,),
    derive=derive,
    build_draft=overzicht.dossieroverzicht,
    draft_title="Dossieroverzicht",
    views=(View("te-doen", "Wat moet er nu gebeuren", overzicht.te_doen_view),
           View("stappen", "De zeven stappen", overzicht.stappen_view),
           View("documenten", "Documenten in deze werkmap", overzicht.documenten_view),
           View("inhoud", "Inhoud", overzicht.inhoud_view)),  # the hosting page's contents
    actions=ACTIONS,
    accepts=ElkFormulier(),
    file_stem=lambda p: f"werkmap {p.values.get('groep') or ''}",
    privacy_advice="Laat dit weg: de werkmap noemt jongeren alleen met een code.",
    page="formulieren/werkmap.md",
    example=VOORBEELD,
    holds="documenten",
    package=overzicht.pakket,
)
