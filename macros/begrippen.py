"""Glossary: load data/begrippen.yml, render the Begrippenlijst and the abbreviation lines."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Begrip:
    term: str
    uitleg: str
    voluit: str = ""  # full form; set only for abbreviations, which then get a tooltip

    @property
    def is_afkorting(self) -> bool:
        return bool(self.voluit)


def load_begrippen(path: Path) -> list[Begrip]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    begrippen = [Begrip(**entry) for entry in raw]
    seen: set[str] = set()
    for b in begrippen:
        if b.term in seen:
            raise ValueError(f"begrip staat dubbel in {path.name}: {b.term}")
        seen.add(b.term)
    return sorted(begrippen, key=lambda b: b.term.casefold())


def abbreviation_lines(begrippen: list[Begrip]) -> str:
    """Markdown `abbr` definitions: `*[PvA]: plan van aanpak`."""
    return "\n".join(f"*[{b.term}]: {b.voluit}" for b in begrippen if b.is_afkorting)


def render_begrippenlijst(begrippen: list[Begrip]) -> str:
    """A definition list grouped by first letter, each term with an anchor for deep links."""
    out: list[str] = []
    letter = ""
    for b in begrippen:
        first = b.term[0].upper()
        if first != letter:
            letter = first
            out.append(f"\n## {letter}\n")
        title = f"{b.term} ({b.voluit})" if b.is_afkorting else b.term
        out.append(f"{title}\n:   {b.uitleg}\n")
    return "\n".join(out)
