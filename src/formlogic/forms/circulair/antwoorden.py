"""Circulair vragen, a partner's answers: one organisation answers the session's questions on
its own device and sends the regisseur the answers file.

The question file the regisseur sends is this form's document with the session filled in and
no answers yet; the partner opens it here, so the page shows exactly that session's questions.
"""
from __future__ import annotations

from formlogic import draft as d
from formlogic._model import Data, Export, Field, FormDefinition, Message, Option, Parsed, Section, View
from formlogic.dutch import lange_datum
from formlogic.forms.circulair import voorbeeld
from formlogic.forms.circulair.analyse import answer_lines
from formlogic.forms.circulair.common import (
    ANDERS, PRIVACY_ADVIES, naam_van, normalize_sessie, org_key, vraag_label,
)
from formlogic.forms.circulair.weergaven import sessie_feiten
from formlogic.kernpunten import kernpunt, voetregel


def _organisatie(data: Data) -> Field:
    sessie = normalize_sessie(data.get("sessie"))
    orgs = sessie["organisaties"]
    options = tuple(Option(o, o) for o in orgs if o.strip()) + (Option(ANDERS, "Een andere organisatie"),)
    # Before the question file is open there is nothing to choose: the check asks for the file.
    return Field("organisatie", "Uw organisatie", "choice", options=options if orgs else (),
                 required=bool(sessie["vragen"]), mark_optional=False,
                 empty_text="Open eerst het vragenbestand. Dan staan de organisaties hier.")


def _antwoorden(data: Data) -> Field:
    vragen = normalize_sessie(data.get("sessie"))["vragen"]
    keys = tuple(Option(v["id"], vraag_label(i, v["tekst"])) for i, v in enumerate(vragen, 1))
    return Field("antwoorden", "Uw antwoorden", "map", keys=keys, rows=4, privacy_scan=True,
                 help="Eén antwoord per regel, kort en concreet. Schrijf over de groep; noem personen alleen "
                      "met een code of een rol.",
                 empty_text="Open eerst het vragenbestand dat u van de procesregisseur kreeg. Dan staan de "
                            "vragen hier.")


def _vragenbestand_teksten(sessie: dict, data: Data):
    """What the question file brings that people wrote, for the privacy scan."""
    yield "in de naam van de groep in het vragenbestand", sessie["groep"]
    for i, v in enumerate(sessie["vragen"], 1):
        yield f"in vraag {i} van het vragenbestand", v["tekst"]


SECTIONS = (
    Section("Het vragenbestand", (
        Field("sessie", "Sessie", "data", normalize_data=normalize_sessie, texts=_vragenbestand_teksten,
              privacy_advice="U kunt dit niet veranderen: vraag de procesregisseur om het weg te halen. Het "
                             "vragenbestand gaat naar alle partners."),
    ), files="Open het vragenbestand", views=("sessie",),
        help="Begin hier: open het vragenbestand dat u van de procesregisseur kreeg. Dan staan uw organisatie en "
             "de vragen op deze pagina."),
    Section("Uw organisatie", (
        Field("organisatie", "Uw organisatie", "choice", resolve=_organisatie, depends_on=("sessie",)),
        Field("andere_organisatie", "Naam van uw organisatie", max_length=120,
              help="Alleen als u hierboven 'Een andere organisatie' koos."),
    )),
    Section("Uw antwoorden", (
        Field("antwoorden", "Uw antwoorden", "map", resolve=_antwoorden, depends_on=("sessie",)),
    ), exports=("antwoordbestand",)),
)


def naam(p: Parsed) -> str:
    """The organisation's name as it goes to the regisseur."""
    return naam_van(dict(p.raw))


def check(p: Parsed) -> list[Message]:
    sessie = normalize_sessie(p.values.get("sessie"))
    if not sessie["vragen"]:  # the message stands beside the button that opens the file
        return [Message("error", "Open eerst het vragenbestand van de procesregisseur. Dan kunt u uw organisatie "
                                 "kiezen en de vragen beantwoorden.", "sessie")]
    out = []
    if p.values.get("organisatie") == ANDERS and not naam(p):
        out.append(Message("error", "Vul de naam van uw organisatie in.", "andere_organisatie"))
    antwoorden = p.values.get("antwoorden") or {}
    open_ = [str(i) for i, v in enumerate(sessie["vragen"], 1) if not answer_lines(antwoorden.get(v["id"]) or "")]
    if len(open_) == len(sessie["vragen"]):
        out.append(Message("error", "Beantwoord minstens één vraag.", f"antwoorden.{sessie['vragen'][0]['id']}"))
    elif open_:
        out.append(Message("hint", f"Vraag {', '.join(open_)} heeft nog geen antwoord. Weet u niets? Dan mag "
                                   "het leeg blijven.", "antwoorden"))
    if naam(p) and sessie["organisaties"] and p.values.get("organisatie") == ANDERS and \
            org_key(naam(p)) in {org_key(o) for o in sessie["organisaties"]}:
        out.append(Message("hint", f"{naam(p)} staat ook in de lijst; kies het daar.", "organisatie"))
    return out


def _sessie_view(p: Parsed) -> d.Draft:
    sessie = normalize_sessie(p.values.get("sessie"))
    if not sessie["vragen"]:
        return d.Draft("Sessie", footer="U heeft nog geen vragenbestand geopend.")
    return d.Draft("Sessie", parts=(d.Part("De sessie waarvoor u antwoordt", (d.facts(sessie_feiten(sessie)),)),))


def _draft(p: Parsed) -> d.Draft:
    sessie = normalize_sessie(p.values.get("sessie"))
    antwoorden = p.values.get("antwoorden") or {}
    parts = [d.Part("Sessie", (d.facts([("Organisatie", naam(p)), *sessie_feiten(sessie)]),))]
    for i, v in enumerate(sessie["vragen"], 1):
        lines = answer_lines(antwoorden.get(v["id"]) or "")
        parts.append(d.Part(vraag_label(i, v["tekst"]), (d.items(lines) if lines else d.note("Geen antwoord."),)))
    return d.Draft(f"Antwoorden van {naam(p)}", subtitle=f"Circulair vragen, {lange_datum(p.today)}",
                   parts=tuple(parts),
                   footer=voetregel(kernpunt("antwoorden-sturen"), kernpunt("antwoorden-delen"), concept=False))


ANTWOORDEN = FormDefinition(
    key="circulair-antwoorden",
    title="Circulair vragen: antwoorden van uw organisatie",
    intro="Voor een partner: beantwoord de vragen van de procesregisseur voor de sessie circulair vragen.",
    version=1,
    sections=SECTIONS,
    cross_checks=(check,),
    build_draft=_draft,
    draft_title="Uw antwoorden",
    views=(View("sessie", "De sessie", _sessie_view),),
    # The answers file is this form's own document, exactly as typed, checked before it goes.
    exports={"antwoordbestand": Export("Download antwoordbestand voor de procesregisseur",
                                       lambda p: ("circulair-antwoorden", dict(p.raw)),
                                       filename=lambda p: f"antwoorden {naam(p)}", in_draft=True)},
    file_stem=lambda p: f"antwoorden {naam(p)}",
    privacy_advice=PRIVACY_ADVIES,
    example=voorbeeld.PARTNER,
    page="formulieren/circulair-vragen-antwoorden.md",
)

