"""'Wat moet er nu gebeuren': the werkmap's due list, computed from its basics and documents.

- afspraken from a gespreksverslag that no bevestiging in the werkmap confirms yet, with the
  date the gespreksverslag form derives (three days after the talk);
- matrix actions overdue at the next overleg (or at the matrix's own peildatum, or today);
- members of the group no action is aimed at;
- the evaluation and the retention agreement once the approach is scaled down;
- once the retention end date has passed: the werkmap must now be destroyed;
- what the current step still lacks (the decision of step 4 and who steers, say).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from formlogic.dutch import aantal, lange_datum
from formlogic.forms.gespreksverslag import bevestigen_uiterlijk
from formlogic.forms.interventiematrix import analyse
from formlogic.forms.werkmap.kinderen import Kinderen

BIJNA_VERLOPEN_DAGEN = 30

# How urgent an item is: the list is sorted on it, and the page marks it.
VERNIETIGEN, TE_LAAT, BINNENKORT, OPEN = 0, 1, 2, 3


@dataclass(frozen=True)
class Taak:
    urgentie: int
    tekst: str
    datum: date | None = None  # when it is due (sorts within the same urgency)
    knop: tuple[str, str, str] | None = None  # (action, arg, label) that starts it
    punten: tuple[str, ...] = ()  # what the item is about, one line each (the late actions, say)


def _wie(p) -> str:
    return (p.get("initialen") or p.get("jongere") or "de jongere").strip()


def _bevestigd(k: Kinderen) -> set[tuple[str, date]]:
    """(young person, date of the talk) of every bevestiging in the werkmap."""
    out = set()
    for b in k.van("bevestiging-afspraken"):
        v = k.parsed(b).values
        if v.get("jongere") and isinstance(v.get("gespreksdatum"), date):
            out.add((v["jongere"].strip().casefold(), v["gespreksdatum"]))
    return out


def _afspraken(k: Kinderen, today: date) -> list[Taak]:
    out = []
    bevestigd = _bevestigd(k)
    for verslag in k.van("gespreksverslag"):
        p = k.parsed(verslag)
        gesprek = p.get("gespreksdatum")
        if not p.get("afspraken") or gesprek is None:
            continue
        wie = _wie(p.values)
        if (wie.casefold(), gesprek) in bevestigd:
            continue
        uiterlijk = bevestigen_uiterlijk(p)
        te_laat = uiterlijk < today
        tekst = (f"Bevestig de afspraken met {wie} (gesprek van {lange_datum(gesprek)}) uiterlijk "
                 f"{lange_datum(uiterlijk, met_dag=True)}." + (" Die datum is voorbij." if te_laat else ""))
        out.append(Taak(TE_LAAT if te_laat else BINNENKORT, tekst, uiterlijk,
                        ("nieuw", f"bevestiging-afspraken|doc:{verslag.id}", f"Maak de bevestiging voor {wie}")))
    return out


def _regel(nr: int, a: dict, datum: str) -> str:
    wie = f" ({a['partner']})" if a.get("partner") else ""
    return f"Actie {nr}, {a.get('wat')}{wie}: {datum}."


def _acties(v: dict, k: Kinderen, today: date) -> list[Taak]:
    """Per matrix one item per kind of lateness, with the actions listed: the overleg goes
    through them in one go."""
    out = []
    for matrix in k.van("interventiematrix"):
        p = k.parsed(matrix)
        peil = v.get("volgend_overleg") or p.get("peildatum") or today
        moment = f"op het overleg van {lange_datum(peil)}" if peil != today else "vandaag"
        knop = ("openen", matrix.id, "Open de interventiematrix")
        stand = analyse.overleg(p.values.get("acties") or [], peil)
        if stand.te_laat:
            out.append(Taak(TE_LAAT, f"{aantal(len(stand.te_laat), 'actie is', 'acties zijn')} {moment} over de "
                                     "einddatum en niet uitgevoerd.", min(a["eind"] for _, a in stand.te_laat), knop,
                            tuple(_regel(nr, a, f"klaar op {lange_datum(a['eind'])}") for nr, a in stand.te_laat)))
        if stand.niet_uitgevoerd:
            out.append(Taak(OPEN, f"{aantal(len(stand.niet_uitgevoerd), 'actie is', 'acties zijn')} niet uitgevoerd. "
                                  f"Bespreek {moment} wat er nu gebeurt.", None, knop,
                            tuple(_regel(nr, a, "niet uitgevoerd") for nr, a in stand.niet_uitgevoerd)))
        if stand.niet_gestart:
            out.append(Taak(OPEN, f"{aantal(len(stand.niet_gestart), 'actie had', 'acties hadden')} al moeten "
                                  "beginnen en staan nog op gepland.", None, knop,
                            tuple(_regel(nr, a, f"start {lange_datum(a['start'])}") for nr, a in stand.niet_gestart)))
        leden = list(v.get("leden") or []) or list(p.values.get("leden") or [])
        if leden and p.values.get("acties"):
            if niet := analyse.onbereikt(leden, p.values["acties"]):
                out.append(Taak(OPEN, f"Geen actie in de interventiematrix richt zich op {', '.join(niet)}. "
                                      "Bespreek of dat zo moet blijven.", None, knop))
    return out


def _afschalen(v: dict, k: Kinderen, today: date) -> list[Taak]:
    out = []
    afgeschaald, tot = v.get("afgeschaald"), v.get("bewaren_tot")
    if tot is not None and tot < today:
        out.append(Taak(VERNIETIGEN, f"De afgesproken bewaartermijn is voorbij sinds {lange_datum(tot)}. Vernietig "
                                     "deze werkmap nu: het bestand op uw computer, kopieën in downloads en e-mail, "
                                     "en wat deze browser bewaart.", tot))
    elif tot is not None and tot - today <= timedelta(days=BIJNA_VERLOPEN_DAGEN):
        out.append(Taak(BINNENKORT, f"Op {lange_datum(tot)} is de bewaartermijn voorbij. Dan vernietigt u deze werkmap.",
                        tot))
    if afgeschaald is None:
        return out
    if tot is None:
        out.append(Taak(TE_LAAT, "De aanpak is afgeschaald. Spreek met de partners af hoe lang de gegevens bewaard "
                                 "blijven, en vul de einddatum in bij 'Bewaren tot'.", afgeschaald))
    if v.get("geevalueerd") is None:
        if k.van("evaluatie"):
            out.append(Taak(OPEN, "Bespreek het evaluatieverslag in het ketenoverleg en vul de datum in bij "
                                  "'Evaluatie besproken'.", None))
        else:
            out.append(Taak(BINNENKORT, "Evalueer de aanpak: de resultaten en de samenwerking. Het verslag gaat naar "
                                        "het ketenoverleg.", None, ("nieuw", "evaluatie", "Maak het evaluatieverslag")))
    return out


def _stap(v: dict, k: Kinderen, stap: int) -> list[Taak]:
    """What the current step still lacks, as the werkmap can see it."""
    out = []
    if stap >= 4 and v.get("besluit") is None:
        out.append(Taak(OPEN, "Vul de datum in waarop het ketenoverleg over de aanpak besloot (stap 4)."))
    if v.get("besluit") is not None and v.get("besluit_uitkomst") != "niet" and not v.get("stuurt"):
        out.append(Taak(OPEN, "Leg vast wie op de aanpak stuurt. Dat bepaalt het ketenoverleg bij het besluit."))
    if stap == 3 and not k.van("plan-van-aanpak"):
        out.append(Taak(OPEN, "Maak een concept plan van aanpak voor het overleg van stap 4.", None,
                        ("nieuw", "plan-van-aanpak", "Maak het concept plan van aanpak")))
    if stap >= 5 and not k.van("interventiematrix"):
        out.append(Taak(OPEN, "Zet de acties van het plan in een interventiematrix.", None,
                        ("nieuw", "interventiematrix", "Maak de interventiematrix")))
    if stap >= 6 and v.get("plan_vastgesteld") is None:
        out.append(Taak(OPEN, "Vul de datum in waarop het plan van aanpak is vastgesteld (stap 5)."))
    return out


def _kapot(k: Kinderen) -> list[Taak]:
    return [Taak(OPEN, f"Document {c.id} kan deze site niet openen: {c.problem} Het blijft ongewijzigd in de werkmap.")
            for c in k.kapot()]


def te_doen(v: dict, k: Kinderen, today: date, stap: int) -> list[Taak]:
    """Everything due, most urgent first; within the same urgency, the earliest date first."""
    taken = [*_afschalen(v, k, today), *_afspraken(k, today), *_acties(v, k, today), *_stap(v, k, stap), *_kapot(k)]
    return sorted(taken, key=lambda t: (t.urgentie, t.datum or date.max))


def samenvatting(taken: list[Taak]) -> str:
    if not taken:
        return "Er staat nu niets open."
    te_laat = sum(1 for t in taken if t.urgentie <= TE_LAAT)
    return f"{aantal(len(taken), 'punt', 'punten')}" + (f", waarvan {te_laat} te laat." if te_laat else ".")
