"""Cross-links between steps, practice stories, methods and forms.

One data file (data/kruisverwijzingen.yml) says what belongs to which step; the step pages
render their *In de praktijk*, *Werkvormen* and *Formulieren bij deze stap* blocks from it.
Links come out as relative Markdown links, so MkDocs (strict) checks that each target and
anchor exists.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Verhaal:
    sleutel: str
    titel: str
    pagina: str


@dataclass(frozen=True)
class Fragment:
    verhaal: str
    anker: str
    tekst: str


@dataclass(frozen=True)
class Formulier:
    sleutel: str
    titel: str
    uitleg: str
    pagina: str = ""  # empty while the form is still being built
    methode: str = ""  # the method page to read meanwhile


@dataclass(frozen=True)
class Stap:
    nummer: int
    titel: str
    pagina: str
    praktijk: tuple[Fragment, ...] = ()
    methoden: tuple[str, ...] = ()
    formulieren: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kruisverwijzingen:
    verhalen: dict[str, Verhaal]
    formulieren: dict[str, Formulier]
    stappen: dict[int, Stap] = field(default_factory=dict)


def load_kruisverwijzingen(path: Path, fragmenten_path: Path | None = None) -> Kruisverwijzingen:
    """Read the cross-links; the practice fragments come from a sibling file by default."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    fragmenten_path = fragmenten_path or path.with_name("praktijkfragmenten.yml")
    per_stap = yaml.safe_load(fragmenten_path.read_text(encoding="utf-8")) or {}
    verhalen = {k: Verhaal(k, **v) for k, v in raw["verhalen"].items()}
    formulieren = {k: Formulier(k, **v) for k, v in raw["formulieren"].items()}
    stappen: dict[int, Stap] = {}
    for nummer, s in raw["stappen"].items():
        fragmenten = tuple(Fragment(**f) for f in per_stap.get(int(nummer)) or [])
        for f in fragmenten:
            if f.verhaal not in verhalen:
                raise ValueError(f"stap {nummer}: onbekend verhaal {f.verhaal!r}")
        for key in s.get("formulieren", []):
            if key not in formulieren:
                raise ValueError(f"stap {nummer}: onbekend formulier {key!r}")
        stappen[int(nummer)] = Stap(
            nummer=int(nummer),
            titel=s["titel"],
            pagina=s["pagina"],
            praktijk=fragmenten,
            methoden=tuple(s.get("methoden", [])),
            formulieren=tuple(s.get("formulieren", [])),
        )
    return Kruisverwijzingen(verhalen, formulieren, stappen)


def relative(target: str, current: str) -> str:
    """Path of `target` (docs-relative, may carry #anchor) as seen from page `current`."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(current) or ".")
    return f"{rel}#{anchor}" if anchor else rel


def _page_title(path: str) -> str:
    stem = posixpath.basename(path).removesuffix(".md")
    return stem.replace("-", " ").capitalize()


def render_praktijk(kv: Kruisverwijzingen, nummer: int, current: str) -> str:
    stap = kv.stappen[nummer]
    if not stap.praktijk:
        raise ValueError(f"stap {nummer} heeft geen praktijkfragment in kruisverwijzingen.yml")
    lines = [f'!!! example "In de praktijk: zo deden drie procesregisseurs stap {nummer}"', ""]
    for f in stap.praktijk:
        v = kv.verhalen[f.verhaal]
        link = relative(f"{v.pagina}#{f.anker}", current)
        lines.append(f"    - **{v.titel}**: {f.tekst} [Lees het verhaal]({link})")
    return "\n".join(lines) + "\n"


def render_methoden(kv: Kruisverwijzingen, nummer: int, current: str, titels: dict[str, str] | None = None) -> str:
    stap = kv.stappen[nummer]
    titels = titels or {}
    return "\n".join(
        f"- [{titels.get(m, _page_title(m))}]({relative(m, current)})" for m in stap.methoden
    ) + "\n"


def render_formulieren(kv: Kruisverwijzingen, nummer: int, current: str) -> str:
    stap = kv.stappen[nummer]
    lines = ['!!! tip "Formulieren bij deze stap"', ""]
    if not stap.formulieren:
        lines.append("    Bij deze stap hoort (nog) geen formulier. Bekijk alle [formulieren]"
                     f"({relative('formulieren/index.md', current)}).")
    for key in stap.formulieren:
        f = kv.formulieren[key]
        if f.pagina:
            lines.append(f"    - [{f.titel}]({relative(f.pagina, current)}): {f.uitleg}")
        else:
            lines.append(f"    - {f.titel} (in ontwikkeling): {f.uitleg} Lees intussen de "
                         f"[uitleg van de methode]({relative(f.methode, current)}).")
    return "\n".join(lines) + "\n"
