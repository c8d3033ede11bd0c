"""Kernpunten on the pages: a claim the site makes in several places, written once in
formlogic.kernpunten and rendered here in the page's own convention (README, Content rules):
plain text for a source, an "Ons advies" box for our advice, an "In de praktijk" box for one
practice story. Also the two tables that pages and a handout share: privacy per step, and the
rings of Amsterdam Nieuw-West."""
from __future__ import annotations

from collections.abc import Mapping

from formlogic.kernpunten import KERNPUNTEN, PRIVACY_PER_STAP, RINGEN, Kernpunt, kernpunt

from macros.kennisbank import relative

BOX = {"advies": ("tip", "Ons advies"), "praktijk": ("example", "In de praktijk")}


def _meer(k: Kernpunt, current: str) -> str:
    """' Lees meer …' with a link to the kernpunt's home, unless this page is its home."""
    home = k.pagina.partition("#")[0]
    return "" if home == current else f" [Lees meer]({relative(k.pagina, current)})."


def render_kernpunt(id: str, current: str, meer: bool = True, inspringen: int = 0) -> str:
    """A kernpunt as Markdown: a paragraph for a source, a box for advice or one practice story.
    `inspringen`: the indent of the macro call (in a tab or a list), for every line after the first."""
    k = kernpunt(id)
    text = k.tekst + (_meer(k, current) if meer else "")
    if k.soort not in BOX:
        return text + "\n"
    kind, prefix = BOX[k.soort]
    return f'!!! {kind} "{prefix}: {k.titel}"\n{" " * (inspringen + 4)}{text}\n'


def kernpunt_tekst(id: str, soort: str = "bron", kort: bool = False) -> str:
    """Only the text, to stand inside a sentence or a table cell. By default a source's (or a
    sentence about a form); advice only where the caller puts it in an "Ons advies" box."""
    k = kernpunt(id)
    allowed = ("bron", "formulier") if soort == "bron" else (soort,)
    if k.soort not in allowed:
        raise ValueError(f"kernpunt {id!r} is '{k.soort}', hier mag '{soort}': gebruik kernpunt(), "
                         "dat zet het in zijn eigen blok")
    return k.kort if kort else k.tekst


def render_privacy_per_stap(current: str, stap_paginas: Mapping[int, str] | None = None) -> str:
    """The table 'what do you share in which step': with links to the step pages when given."""
    rows = ["| Stap | Wat u deelt | Let op |", "| --- | --- | --- |"]
    for r in PRIVACY_PER_STAP:
        naam = f"{r.stap}. {r.titel}"
        stap = (f"[{naam}]({relative(stap_paginas[r.stap], current)})" if stap_paginas
                else f"**{naam}**")
        rows.append(f"| {stap} | {r.deelt} | {r.let_op} |")
    return "\n".join(rows) + "\n"


def render_ringen() -> str:
    """The three rings of Amsterdam Nieuw-West as a table (ringopstelling page)."""
    rows = ["| Ring | Wie stond er | Wat deden zij |", "| --- | --- | --- |"]
    for r in RINGEN:
        naam = f"**{r.naam[:1].upper()}{r.naam[1:]}** ({'zichtbaar' if r.zichtbaar else 'niet zichtbaar'})"
        rows.append(f"| {naam} | {r.wie} | {r.wat} |")
    return "\n".join(rows) + "\n"


def ids() -> list[str]:
    return sorted(KERNPUNTEN)
