"""Where the group stands: the seven steps, what is done, and what the werkproces expects.

The titles of the steps and the forms that fit each step come from the same cross-link data the
step pages use (formlogic/kruisverwijzingen.py). What marks a step as done is our reading of
the werkproces (2016, sections 3.2 to 3.8): the decision or the document a step ends with.
The werkproces also says steps overlap and come back; the user says which step the group is in,
and the werkmap only suggests one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from formlogic.dutch import aantal, lange_datum
from formlogic.forms.werkmap.kinderen import Kinderen
from formlogic.kruisverwijzingen import stappen

# What the werkproces expects in each step, in short (our own words; sections 3.2 to 3.8).
VERWACHT: dict[int, str] = {
    1: "Partners delen wat zij zien aan groepsgedrag, alleen over de groep als geheel en nog niet over "
       "personen. Samen besluit u of het gewone werk het signaal oppakt, of dat u informatie gaat verzamelen.",
    2: "Breng de informatie over de groep bij elkaar, met de groepsscan van de politie en wat partners weten. "
       "Gaat het over personen, dan is er een uitvoeringscoördinator. Beslis of een integraal beeld nodig is, "
       "en met welke partners.",
    3: "Maak met de partners het integraal beeld: de groep, de omgeving en waar nodig personen. Maak daarna een "
       "concept plan van aanpak met een ruwe schatting van kosten en inzet, zonder namen.",
    4: "Het ketenoverleg besluit of de groep voorrang krijgt. Besluit het tot een aanpak, dan legt het ook vast: "
       "de doelen, wie stuurt, wanneer het overleg hoort hoe het gaat, en wie naar buiten communiceert.",
    5: "Maak met de partners het plan van aanpak: doelen, maatregelen op de drie sporen, strategie, rollen, "
       "monitoring en meetbare resultaten. De acties staan in de interventiematrix.",
    6: "De partners voeren hun acties uit. Volg of de acties gebeuren en wat ze opleveren. Stel het plan bij als "
       "dat nodig is, en houd het ketenoverleg op de hoogte.",
    7: "Het ketenoverleg besluit of de aanpak kan afschalen of stoppen: zijn de doelen bereikt? Draag over wat "
       "overblijft, spreek af hoe lang de gegevens bewaard blijven, en evalueer de samenwerking.",
}

KLAAR, NU, OPEN, LATER = "klaar", "nu", "open", "later"
STATUS_NL = {KLAAR: "Afgerond", NU: "Hier staat de groep", OPEN: "Niet afgerond", LATER: "Nog niet"}


@dataclass(frozen=True)
class StapStand:
    nummer: int
    titel: str
    status: str
    verwacht: str
    gedaan: tuple[str, ...]  # what the werkmap shows of this step
    klaar: bool
    formulieren: tuple[str, ...]


def _datum(v: dict, name: str) -> date | None:
    value = v.get(name)
    return value if isinstance(value, date) else None


def _sessies(k: Kinderen) -> tuple[int, int, int]:
    """(sessions, answers taken in, rode draden written) over the werkmap's sessions."""
    sessies = k.van("circulair-vragen")
    antwoorden = sum(len(s.data.get("antwoorden") or []) for s in sessies)
    rode = sum(1 for s in sessies for t in (s.data.get("rode_draden") or {}).values() if str(t).strip())
    return len(sessies), antwoorden, rode


def _bewijs(v: dict, k: Kinderen) -> dict[int, tuple[bool, list[str]]]:
    """Per step: whether it is done, and what the werkmap shows of it."""
    sessies, antwoorden, rode = _sessies(k)
    matrices = k.van("interventiematrix")
    acties = [a for m in matrices for a in k.parsed(m).values.get("acties") or []]
    uitgevoerd = sum(1 for a in acties if a.get("status") == "uitgevoerd")
    out: dict[int, tuple[bool, list[str]]] = {}

    start = _datum(v, "start")
    out[1] = (start is not None, [f"Besloten informatie te verzamelen op {lange_datum(start)}."] if start else [])
    gedaan2 = []
    if sessies:
        gedaan2.append(f"{aantal(sessies, 'sessie', 'sessies')} circulair vragen, "
                       f"{aantal(antwoorden, 'antwoordbestand', 'antwoordbestanden')} van partners binnen.")
    out[2] = (antwoorden > 0 or bool(k.van("integraal-beeld")), gedaan2)
    plannen = k.van("plan-van-aanpak")
    gedaan3 = ([f"{aantal(rode, 'rode draad', 'rode draden')} in het integraal beeld."] if rode else []) + \
              ([f"{aantal(len(plannen), 'concept plan', 'concept plannen')} van aanpak."] if plannen else [])
    out[3] = (bool(plannen), gedaan3)
    besluit = _datum(v, "besluit")
    gedaan4 = []
    if besluit:
        uitkomst = {"aanpakken": "de groep aanpakken", "niet": "de groep (nu) niet aanpakken"}.get(v.get("besluit_uitkomst") or "")
        gedaan4.append(f"Besluit van het ketenoverleg op {lange_datum(besluit)}" + (f": {uitkomst}." if uitkomst else "."))
    if v.get("stuurt"):
        gedaan4.append(f"Stuurt op de aanpak: {v['stuurt']}.")
    out[4] = (besluit is not None, gedaan4)
    plan = _datum(v, "plan_vastgesteld")
    gedaan5 = ([f"Plan van aanpak vastgesteld op {lange_datum(plan)}."] if plan else []) + \
              ([f"{aantal(len(acties), 'actie', 'acties')} in de interventiematrix."] if matrices else [])
    out[5] = (plan is not None, gedaan5)
    verslagen = k.van("gespreksverslag")
    gedaan6 = ([f"{uitgevoerd} van de {aantal(len(acties), 'actie', 'acties')} uitgevoerd."] if acties else []) + \
              ([f"{aantal(len(verslagen), 'gespreksverslag', 'gespreksverslagen')}."] if verslagen else [])
    afgeschaald = _datum(v, "afgeschaald")
    out[6] = (afgeschaald is not None, gedaan6)
    gedaan7 = []
    if afgeschaald:
        gedaan7.append(f"Afgeschaald of gestopt op {lange_datum(afgeschaald)}.")
    if (tot := _datum(v, "bewaren_tot")) is not None:
        gedaan7.append(f"Bewaartermijn afgesproken: tot {lange_datum(tot)}.")
    if (geevalueerd := _datum(v, "geevalueerd")) is not None:
        gedaan7.append(f"Evaluatie besproken op {lange_datum(geevalueerd)}.")
    out[7] = (geevalueerd is not None and tot is not None, gedaan7)
    return out


def voorgestelde_stap(klaar: dict[int, bool]) -> int:
    """The first step not done (7 when all are)."""
    return next((n for n in sorted(klaar) if not klaar[n]), 7)


def stand(v: dict, k: Kinderen) -> tuple[int, bool, list[StapStand]]:
    """(the step the group is in, whether the user chose it, every step's state)."""
    bewijs = _bewijs(v, k)
    gekozen = v.get("stap")
    nu = int(gekozen) if gekozen and str(gekozen).isdigit() and 1 <= int(gekozen) <= 7 else 0
    nu_of_voorstel = nu or voorgestelde_stap({n: b[0] for n, b in bewijs.items()})
    out = []
    for n, info in stappen().items():
        klaar, gedaan = bewijs.get(n, (False, []))
        status = NU if n == nu_of_voorstel else KLAAR if klaar else OPEN if n < nu_of_voorstel else LATER
        out.append(StapStand(n, info.titel, status, VERWACHT[n], tuple(gedaan), klaar, info.formulieren))
    return nu_of_voorstel, bool(nu), out
