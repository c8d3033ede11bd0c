"""Cross-links between steps, practice stories, methods and forms.

One data file (data/kruisverwijzingen.yml) says what belongs to which step; the step pages
render their *Werkvormen*, *In de praktijk* and *Formulieren bij deze stap* blocks from it.
Links come out as relative Markdown links, so MkDocs (strict) checks that each target and
anchor exists.

Every block sits in a `<div class="kb-...">` (md_in_html), so tests can find it in the built
page. A step without practice fragments still renders its block, with a note instead of
fragments: the build stays green while the stories are being written, and
tests/site/test_kruisverwijzingen.py is where a missing fragment fails.
"""
from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
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
        for key in s.get("formulieren") or []:
            if key not in formulieren:
                raise ValueError(f"stap {nummer}: onbekend formulier {key!r}")
        methoden = tuple(s.get("methoden") or [])
        if len(set(methoden)) != len(methoden):
            raise ValueError(f"stap {nummer}: een methode staat dubbel in de lijst")
        stappen[int(nummer)] = Stap(
            nummer=int(nummer),
            titel=s["titel"],
            pagina=s["pagina"],
            praktijk=fragmenten,
            methoden=methoden,
            formulieren=tuple(s.get("formulieren") or []),
        )
    return Kruisverwijzingen(verhalen, formulieren, stappen)


def linked_pages(kv: Kruisverwijzingen) -> set[str]:
    """Every docs-relative page (without #anchor) the cross-links point to."""
    pages = {v.pagina for v in kv.verhalen.values()}
    pages |= {p for f in kv.formulieren.values() for p in (f.pagina, f.methode) if p}
    for stap in kv.stappen.values():
        pages.add(stap.pagina)
        pages.update(stap.methoden)
    return pages


def relative(target: str, current: str) -> str:
    """Path of `target` (docs-relative, may carry #anchor) as seen from page `current`."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(current) or ".")
    return f"{rel}#{anchor}" if anchor else rel


def nav_titles(nav: Iterable | None) -> dict[str, str]:
    """Page titles from the `nav` of mkdocs.yml: {"methodieken/saoa.md": "SAOA", ...}.

    Entries without a title (a bare "stappen/index.md") are left out; the caller falls back
    to a title made from the file name.
    """
    titles: dict[str, str] = {}

    def walk(items: Iterable) -> None:
        for item in items or ():
            if isinstance(item, Mapping):
                for title, value in item.items():
                    if isinstance(value, str):
                        titles.setdefault(value, str(title))
                    else:
                        walk(value)

    walk(nav or ())
    return titles


def _page_title(path: str, titels: Mapping[str, str] | None = None) -> str:
    if titels and path in titels:
        return titels[path]
    stem = posixpath.basename(path).removesuffix(".md")
    return stem.replace("-", " ").capitalize()


def _div(css_class: str, body: list[str]) -> str:
    """A md_in_html block: Markdown inside, a class the tests can find outside."""
    return "\n".join([f'<div class="{css_class}" markdown>', "", *body, "", "</div>", ""])


def render_praktijk(kv: Kruisverwijzingen, nummer: int, current: str) -> str:
    """The *In de praktijk* block: what each procesregisseur did in this step."""
    stap = kv.stappen[nummer]
    lines = ["## In de praktijk {#in-de-praktijk}", ""]
    if not stap.praktijk:
        body = [
            f"Voor stap {nummer} is nog geen voorbeeld uit de praktijk uitgewerkt. "
            f"Lees intussen de [verhalen van drie procesregisseurs]"
            f"({relative('praktijk/index.md', current)}).",
        ]
        return "\n".join(lines) + "\n" + _div("kb-praktijk kb-leeg", body)
    body = [f'!!! example "In de praktijk: zo pakten procesregisseurs stap {nummer} aan"', ""]
    for f in stap.praktijk:
        v = kv.verhalen[f.verhaal]
        link = relative(f"{v.pagina}#{f.anker}", current)
        body.append(f"    - [**{v.titel}**]({link}): {f.tekst.strip()}")
    return "\n".join(lines) + "\n" + _div("kb-praktijk", body)


def render_methoden(
    kv: Kruisverwijzingen, nummer: int, current: str, titels: Mapping[str, str] | None = None
) -> str:
    """The list of method pages that fit this step, titled as in the navigation."""
    stap = kv.stappen[nummer]
    if not stap.methoden:
        body = [f"Bekijk het [overzicht van werkvormen]({relative('methodieken/index.md', current)})."]
    else:
        body = [f"- [{_page_title(m, titels)}]({relative(m, current)})" for m in stap.methoden]
    return _div("kb-methoden", body)


def render_formulieren(
    kv: Kruisverwijzingen, nummer: int, current: str, titels: Mapping[str, str] | None = None
) -> str:
    """The *Formulieren bij deze stap* block: a card per form, or a note when there is none."""
    stap = kv.stappen[nummer]
    lines = ["## Formulieren bij deze stap {#formulieren-bij-deze-stap}", ""]
    alle = relative("formulieren/index.md", current)
    if not stap.formulieren:
        body = [f"Bij deze stap hoort geen formulier. Bekijk [alle formulieren]({alle})."]
        return "\n".join(lines) + "\n" + _div("kb-formulieren kb-leeg", body)
    body = []
    for key in stap.formulieren:
        f = kv.formulieren[key]
        if f.pagina:
            body += [f"-   :material-file-document-edit-outline: **[{f.titel}]({relative(f.pagina, current)})**",
                     "", "    ---", "", f"    {f.uitleg}", ""]
            continue
        if not f.methode:
            uitleg_bij = ""
        elif f.methode == current:
            uitleg_bij = " Wat erin hoort, leest u op deze pagina."
        else:
            uitleg_bij = (f" Lees intussen de uitleg bij [{_page_title(f.methode, titels)}]"
                          f"({relative(f.methode, current)}).")
        body += [f"-   :material-progress-wrench: **{f.titel}** (in ontwikkeling)",
                 "", "    ---", "", f"    {f.uitleg}{uitleg_bij}", ""]
    return "\n".join(lines) + "\n" + _div("grid cards kb-formulieren", body)


def stappen_tekst(nummers: Iterable[int]) -> str:
    """'stap 6', 'stap 2 en 3', 'stap 3, 5 en 6'."""
    n = [str(x) for x in sorted(nummers)]
    if not n:
        return ""
    return "stap " + (n[0] if len(n) == 1 else f"{', '.join(n[:-1])} en {n[-1]}")


def render_formulieren_per_stap(kv: Kruisverwijzingen, current: str) -> str:
    """Every form with the steps it belongs to: from the same data as the step pages' blocks."""
    lines = []
    for key, f in kv.formulieren.items():
        if not f.pagina:
            continue
        stappen = [n for n, s in kv.stappen.items() if key in s.formulieren]
        lines.append(f"- [{f.titel}]({relative(f.pagina, current)})"
                     + (f" ({stappen_tekst(stappen)})" if stappen else ""))
    return "\n".join(lines) + "\n"
