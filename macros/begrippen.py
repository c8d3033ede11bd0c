"""Glossary: load data/begrippen.yml, render the Begrippenlijst and the abbreviation lines."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Begrip:
    term: str
    uitleg: str
    voluit: str = ""  # full form; set only for abbreviations, which then get a tooltip
    varianten: tuple[str, ...] = ()  # other spellings of an abbreviation ("boa" for "BOA"): same tooltip
    meer: str = ""  # docs-relative page (may carry #anchor) that tells more about the term

    @property
    def is_afkorting(self) -> bool:
        return bool(self.voluit)

    @property
    def anker(self) -> str:
        """The id of the term on the Begrippenlijst, e.g. `pva`, `zorg-en-veiligheidshuis`."""
        return anker(self.term)


def anker(term: str) -> str:
    """A stable, readable id for a term: lower case ASCII, words joined by hyphens, `+` as `plus`."""
    text = unicodedata.normalize("NFKD", term.replace("+", " plus"))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _letter(term: str) -> str:
    first = anker(term)[:1]
    return first.upper() if first.isalpha() else "0-9"


def load_begrippen(path: Path) -> list[Begrip]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    begrippen = []
    for entry in raw:
        entry = dict(entry)
        entry["varianten"] = tuple(entry.get("varianten") or ())
        begrippen.append(Begrip(**entry))
    seen: set[str] = set()
    ankers: set[str] = set()
    for b in begrippen:
        if b.varianten and not b.is_afkorting:
            raise ValueError(f"{path.name}: {b.term} heeft varianten maar geen voluit")
        for woord in (b.term, *b.varianten):
            if woord in seen:
                raise ValueError(f"begrip staat dubbel in {path.name}: {woord}")
            seen.add(woord)
        if not b.anker or b.anker in ankers:
            raise ValueError(f"{path.name}: {b.term} geeft geen uniek anker ({b.anker!r})")
        ankers.add(b.anker)
    return sorted(begrippen, key=lambda b: (b.anker, b.term.casefold()))


def abbreviation_lines(begrippen: list[Begrip]) -> str:
    """Markdown `abbr` definitions: `*[PvA]: plan van aanpak` (variants get the same title)."""
    return "\n".join(
        f"*[{woord}]: {b.voluit}"
        for b in begrippen
        if b.is_afkorting
        for woord in (b.term, *b.varianten)
    )


def render_begrippenlijst(begrippen: list[Begrip]) -> str:
    """A definition list grouped by first letter, each term with an anchor for deep links.

    A letter index comes first; letter headings have ids `letter-a` ..., terms have `Begrip.anker`.
    """
    groepen: dict[str, list[Begrip]] = {}
    for b in begrippen:
        groepen.setdefault(_letter(b.term), []).append(b)
    letters = sorted(groepen, key=lambda x: (x != "0-9", x))
    index = " · ".join(f"[{letter}](#letter-{letter.lower()})" for letter in letters)
    out: list[str] = [f'<nav class="begrippen-index" markdown>{index}</nav>', ""]
    for letter in letters:
        out.append(f"## {letter} {{#letter-{letter.lower()}}}\n")
        for b in groepen[letter]:
            title = f"**{b.term}** ({b.voluit})" if b.is_afkorting else f"**{b.term}**"
            uitleg = b.uitleg.strip()
            if b.meer:
                uitleg += f" [Meer over {b.term}]({b.meer})"
            out.append(f"{title} {{#{b.anker}}}\n:   {uitleg}\n")
    return "\n".join(out)


def afkortingen(begrippen: list[Begrip]) -> dict[str, str]:
    """{word: full form} for every abbreviation and each of its variants."""
    return {w: b.voluit for b in begrippen if b.is_afkorting for w in (b.term, *b.varianten)}


def html_met_afkortingen(text: str, afk: Mapping[str, str]) -> str:
    """`text` as HTML: escaped, on one line, each abbreviation in an <abbr> with its full form.
    For HTML written outside Markdown, where the `abbr` extension gives no tooltips."""
    html = escape(" ".join(text.split()))
    if not afk:
        return html
    words = "|".join(re.escape(escape(w)) for w in sorted(afk, key=len, reverse=True))
    return re.sub(rf"(?<![\w&])({words})(?!\w)",
                  lambda m: f'<abbr title="{escape(afk[m.group(1)])}">{m.group(1)}</abbr>', html)
