"""The repertoire of interventions as a table on the method pages, from the same data the
interventiematrix form uses (formlogic.forms.interventiematrix.repertoire)."""
from __future__ import annotations

from macros.kennisbank import relative

ZWAARTE = {1: "licht", 2: "middel", 3: "zwaar", 4: "zeer zwaar"}


def render_repertoire(current: str) -> str:
    """A Markdown table: intervention, track, kind, weight, usual partner; light to heavy."""
    from formlogic.forms.interventiematrix.begrippen import SOORTEN, SPOREN, label
    from formlogic.forms.interventiematrix.repertoire import REPERTOIRE

    rows = ["| Interventie | Spoor | Soort | Zwaarte | Meestal door |", "| --- | --- | --- | --- | --- |"]
    for r in sorted(REPERTOIRE, key=lambda r: (r.gewicht, r.spoor, r.naam)):
        naam = f"[{r.naam}]({relative(r.methode, current)})" if r.methode else r.naam
        rows.append(f"| {naam} | {label(SPOREN, r.spoor)} | {label(SOORTEN, r.soort)} | "
                    f"{ZWAARTE[r.gewicht]} | {r.partner} |")
    return "\n".join(rows) + "\n"
