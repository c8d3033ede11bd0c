"""The analysis of an interventiematrix: pure functions over the parsed rows.

A row of `acties` (parsed): {"wat", "doelen": [..], "spoor", "gericht_op", "partner", "soort",
"start": date|None, "eind": date|None, "resultaat", "status", "monitoring", "bron"}; a row of
`leden`: {"code", "positie", "rol", "notities"}.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from formlogic.forms.interventiematrix.begrippen import DOELEN, SPOREN

Row = dict[str, Any]
_MEASURE = re.compile(r"\d|%|\b(?:minder|meer|minstens|hoogstens|geen|elke|iedere|alle|per week|per maand|wekelijks|"
                      r"maandelijks|binnen|voor \d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Dekking:
    telling: dict[tuple[str, str], int]  # (doel, spoor) -> number of actions
    leeg: list[tuple[str, str]]  # cells without any action


def dekking(acties: list[Row]) -> Dekking:
    telling = {(d.value, s.value): 0 for d in DOELEN for s in SPOREN}
    for a in acties:
        for doel in a.get("doelen") or []:
            if (doel, a.get("spoor")) in telling:
                telling[(doel, a["spoor"])] += 1
    return Dekking(telling, [cel for cel, n in telling.items() if n == 0])


def balans(acties: list[Row]) -> dict[str, int]:
    """How many actions of each kind (grenzen, belonen, zorg; '' for none chosen)."""
    out = {"grenzen": 0, "belonen": 0, "zorg": 0, "": 0}
    for a in acties:
        out[a.get("soort") if a.get("soort") in out else ""] += 1
    return out


def uit_balans(telling: dict[str, int]) -> bool:
    """Limits only, or far more limits than rewards and support together."""
    steun = telling["belonen"] + telling["zorg"]
    return telling["grenzen"] > 0 and (steun == 0 or telling["grenzen"] > 3 * steun)


def smart(a: Row) -> list[str]:
    """What an action still lacks to be SMART enough to check later."""
    missing = []
    if not a.get("partner"):
        missing.append("wie het doet")
    if not a.get("eind"):
        missing.append("een einddatum")
    if not a.get("resultaat"):
        missing.append("een verwacht resultaat")
    elif not _MEASURE.search(a["resultaat"]):
        missing.append("een meetbaar resultaat (een aantal, een datum of 'geen')")
    return missing


def _codes_in(text: str, codes: list[str]) -> set[str]:
    words = {w.casefold() for w in re.findall(r"[\w.-]+", text or "")}
    return {c for c in codes if c.casefold() in words}


def onbereikt(leden: list[Row], acties: list[Row]) -> list[str]:
    """Codes of members no action is aimed at by name (group actions reach them only as a group)."""
    codes = [m["code"] for m in leden if m.get("code")]
    bereikt: set[str] = set()
    for a in acties:
        bereikt |= _codes_in(a.get("gericht_op") or "", codes)
    return [c for c in codes if c not in bereikt]


@dataclass(frozen=True)
class Overleg:
    """For the overleg of step 6: actions to raise."""

    te_laat: list[tuple[int, Row]]  # end date passed, not done
    niet_uitgevoerd: list[tuple[int, Row]]
    niet_gestart: list[tuple[int, Row]]  # start date passed, still planned


def overleg(acties: list[Row], peildatum: date) -> Overleg:
    te_laat, niet, gestart = [], [], []
    for nr, a in enumerate(acties, 1):
        status = a.get("status")
        if status == "niet-uitgevoerd":
            niet.append((nr, a))
        elif a.get("eind") and a["eind"] < peildatum and status != "uitgevoerd":
            te_laat.append((nr, a))
        elif a.get("start") and a["start"] < peildatum and status in (None, "gepland"):
            gestart.append((nr, a))
    return Overleg(te_laat, niet, gestart)


@dataclass(frozen=True)
class Richting:
    """A direction for a member of the group map: our advice (the form shows it as the
    Kennisbank's, the plus-min-mee handout renders the same list), with what it draws on."""
    positie: str
    kopstuk: bool | None  # True: only a kopstuk; None: any role
    tekst: str
    repertoire: tuple[str, ...]
    basis: str  # the source or story it draws on, in a few words


RICHTINGEN: tuple[Richting, ...] = (
    Richting("plus", True, "Geef dit positieve kopstuk ruimte, bijvoorbeeld met een stage of extra uren in het "
             "jongerencentrum, zodat hij of zij anderen meetrekt.", ("stage", "jongerencentrum"), "zo deed Hilversum"),
    Richting("plus", None, "Versterk wat goed gaat: betrek deze jongere bij positieve activiteiten.",
             ("activiteit", "stage"), "het werkproces: goed gedrag belonen"),
    Richting("min", True, "Werkt een negatief kopstuk niet mee? Overweeg een persoonsgerichte aanpak of Top X.",
             ("pga", "top-x"), "zo deed Purmerend met de harde kern"),
    Richting("min", None, "Een preventief gesprek lijkt bij een min-jongere nauwelijks zinvol. Kijk naar een "
             "persoonsgerichte aanpak of politie-inzet.", ("pga", "halt"),
             "de samenwerkingstool: bij min is politie-inzet nodig"),
    Richting("mee", None, "Trek deze meeloper los van de groep, via de ouders en het jongerenwerk.",
             ("preventief-gesprek", "ouders-bellen", "vaste-jongerenwerker"),
             "in Purmerend trokken ouders meelopers uit de groep"),
)
GEEN_POSITIE = "Kies eerst een positie (plus, min of mee); dan volgt een richting."


def richting(m: Row) -> tuple[str, tuple[str, ...]]:
    """A direction for one member of the map, and repertoire entries that fit it (a suggestion)."""
    positie, kopstuk = m.get("positie"), m.get("rol") == "kopstuk"
    for r in RICHTINGEN:
        if r.positie == positie and (r.kopstuk is None or r.kopstuk == kopstuk):
            return r.tekst, r.repertoire
    return GEEN_POSITIE, ()
