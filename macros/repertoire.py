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


def render_posities() -> str:
    """What plus, min and mee mean: the same texts as the interventiematrix form's group map."""
    from formlogic.forms.interventiematrix.begrippen import POSITIES

    rows = ["| Positie | Wat het betekent |", "| --- | --- |"]
    rows += [f"| **{o.label}** | {o.uitleg} |" for o in POSITIES]
    return "\n".join(rows) + "\n"


def render_richtingen(indent: int = 4) -> str:
    """The directions per position that the interventiematrix form suggests (our advice), as a
    list to stand inside an "Ons advies" box: the handout and the form say the same."""
    from formlogic.forms.interventiematrix.analyse import RICHTINGEN
    from formlogic.forms.interventiematrix.begrippen import POSITIES, label

    pad = " " * indent
    lines = []
    for r in RICHTINGEN:
        wie = label(POSITIES, r.positie) + (", kopstuk" if r.kopstuk else "")
        lines.append(f"{pad}- **{wie}**: {r.tekst} ({r.basis})")
    return "\n".join(lines).lstrip() + "\n"
