""""Wat doe ik als…": situations a professional meets (data/situaties.yml), each with a short
answer, rendered as Markdown sections of one page.

The answer follows the convention of every guidance page: plain text says what the sources say
(named under *Bron*), an "In de praktijk" box what one municipality did, an "Ons advies" box our
own advice. Links come out as relative Markdown links, so MkDocs (strict) checks every page and
anchor. A situation may name the same situation in the "Welke stap?" exercise (`oefening`): its
step then comes from the exercise's data, and the exercise links back here (`terugverwijzingen`).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros.kennisbank import Kruisverwijzingen, relative
from macros.oefencasussen import ID, build_entry
from macros.welke_stap import Situatie as Oefensituatie

PAGINA = "wat-doe-ik-als.md"
OEFENING = "training/welke-stap.md"
MD_LINK = re.compile(r"\]\((?P<doel>[^)\s#]+\.md)(?P<anker>#[^)\s]*)?\)")


@dataclass(frozen=True)
class Link:
    tekst: str
    pagina: str  # docs-relative, may carry #anchor


@dataclass(frozen=True)
class Bronvermelding:
    bron: str  # key of a source: its anchor on the Bronnen page
    waar: str


@dataclass(frozen=True)
class Blok:
    titel: str
    tekst: str


@dataclass(frozen=True)
class Situatie:
    id: str
    vraag: str
    zoekwoorden: str
    antwoord: str = ""
    stap: int | None = None
    oefening: str = ""
    praktijk: tuple[Blok, ...] = ()
    advies: Blok | None = None
    methoden: tuple[str, ...] = ()
    wie: tuple[Link, ...] = ()
    formulieren: tuple[str, ...] = ()
    verder: tuple[Link, ...] = ()
    bronnen: tuple[Bronvermelding, ...] = ()


@dataclass(frozen=True)
class Situaties:
    bronnen: dict[str, str]  # key (anchor on the Bronnen page) -> title
    situaties: tuple[Situatie, ...]

    def voor_oefening(self) -> dict[str, Situatie]:
        """The situations that share an exercise item, by that item's id."""
        return {s.oefening: s for s in self.situaties if s.oefening}


def _pair(cls, value, where: str):
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise ValueError(f"{where}: verwacht [tekst, pagina], niet {value!r}")
    return cls(*value)


def _target_exists(docs: Path, target: str) -> bool:
    return (docs / target.partition("#")[0]).is_file()


def load_situaties(path: Path, kv: Kruisverwijzingen, oefening: Mapping[str, Oefensituatie],
                   docs: Path | None = None) -> Situaties:
    """Read and check the situations. `oefening` holds the exercise's situations by id."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    bronnen = {str(k): str(v) for k, v in (raw.get("bronnen") or {}).items()}
    situaties: list[Situatie] = []
    for entry in raw.get("situaties") or []:
        entry = dict(entry)
        where = f"wat doe ik als: situatie {entry.get('id')!r}"
        entry["praktijk"] = [build_entry(Blok, b, where) for b in entry.get("praktijk") or []]
        if entry.get("advies"):
            entry["advies"] = build_entry(Blok, entry["advies"], where)
        for key, cls in (("wie", Link), ("verder", Link), ("bronnen", Bronvermelding)):
            entry[key] = [_pair(cls, v, where) for v in entry.get(key) or []]
        s = build_entry(Situatie, entry, where)
        _check(s, where, bronnen, kv, oefening, docs)
        situaties.append(s)
    if len({s.id for s in situaties}) != len(situaties):
        raise ValueError("wat doe ik als: een id staat dubbel")
    if len({s.oefening for s in situaties if s.oefening}) != sum(1 for s in situaties if s.oefening):
        raise ValueError("wat doe ik als: twee situaties wijzen naar dezelfde oefening")
    return Situaties(bronnen, tuple(situaties))


def _check(s: Situatie, where: str, bronnen: Mapping[str, str], kv: Kruisverwijzingen,
           oefening: Mapping[str, Oefensituatie], docs: Path | None) -> None:
    if not ID.fullmatch(s.id):
        raise ValueError(f"{where}: id alleen met kleine letters, cijfers en streepjes")
    if (s.stap is None) == (not s.oefening):
        raise ValueError(f"{where}: noem de stap óf de oefening (de stap komt dan uit de oefening)")
    if s.oefening and s.oefening not in oefening:
        raise ValueError(f"{where}: onbekende oefening {s.oefening!r} in welke-stap.yml")
    if s.stap is not None and s.stap not in kv.stappen:
        raise ValueError(f"{where}: stap {s.stap} bestaat niet")
    if not (s.antwoord and s.bronnen) and not s.advies:
        raise ValueError(f"{where}: geef een antwoord met bronnen, of ons advies (of allebei)")
    if s.bronnen and not s.antwoord:
        raise ValueError(f"{where}: bronnen zonder antwoord")
    if not s.zoekwoorden.split():
        raise ValueError(f"{where}: geef de zoekwoorden")
    for b in s.bronnen:
        if b.bron not in bronnen:
            raise ValueError(f"{where}: onbekende bron {b.bron!r}")
    for f in s.formulieren:
        if f not in kv.formulieren or not kv.formulieren[f].pagina:
            raise ValueError(f"{where}: onbekend formulier {f!r}")
    for m in s.methoden:
        if not m.startswith("methodieken/"):
            raise ValueError(f"{where}: {m!r} is geen methodepagina")
    if docs:
        for target in (*s.methoden, *(link.pagina for link in (*s.wie, *s.verder))):
            if not _target_exists(docs, target):
                raise ValueError(f"{where}: pagina {target!r} bestaat niet")


def stap_van(s: Situatie, oefening: Mapping[str, Oefensituatie]) -> int:
    """The step of a situation: its own, or the one the exercise gives it."""
    return s.stap if s.stap is not None else oefening[s.oefening].stap


def oefening_anker(s: Situatie, volgorde: list[str]) -> str:
    """The exercise item's anchor: the exercise numbers its situations in data order."""
    return f"situatie-{volgorde.index(s.oefening) + 1}"


def _links_in(text: str, current: str) -> str:
    """Docs-relative Markdown links in a data text, made relative to the page they appear on."""
    return MD_LINK.sub(lambda m: f"]({relative(m['doel'] + (m['anker'] or ''), current)})", text)


def _box(kind: str, title: str, text: str, current: str) -> list[str]:
    body = _links_in(" ".join(text.split()), current)
    return [f'!!! {kind} "{title}"', f"    {body}", ""]


def render_situatie(s: Situatie, data: Situaties, kv: Kruisverwijzingen,
                    oefening: Mapping[str, Oefensituatie], volgorde: list[str], current: str,
                    titels: Mapping[str, str]) -> str:
    def link(text: str, target: str) -> str:
        return f"[{text}]({relative(target, current)})"

    nummer = stap_van(s, oefening)
    stap = kv.stappen[nummer]
    lines = [f"## {s.vraag} {{#{s.id}}}", ""]
    if s.antwoord:
        lines += [_links_in(" ".join(s.antwoord.split()), current), ""]
    for p in s.praktijk:
        lines += _box("example", f"In de praktijk: {p.titel}", p.tekst, current)
    if s.advies:
        lines += _box("tip", f"Ons advies: {s.advies.titel}", s.advies.tekst, current)

    verder = [f"- **Stap:** {link(titels.get(stap.pagina, f'Stap {nummer}: {stap.titel}'), stap.pagina)}"]
    if s.methoden:
        verder.append("- **Werkvorm:** " + ", ".join(link(titels.get(m, m), m) for m in s.methoden))
    if s.wie:
        verder.append("- **Wie:** " + ", ".join(link(w.tekst, w.pagina) for w in s.wie))
    if s.formulieren:
        verder.append("- **Formulier:** " + ", ".join(
            link(kv.formulieren[f].titel, kv.formulieren[f].pagina) for f in s.formulieren))
    if s.verder:
        verder.append("- **Lees ook:** " + ", ".join(link(v.tekst, v.pagina) for v in s.verder))
    if s.oefening:
        anker = oefening_anker(s, volgorde)
        verder.append(f"- **Oefenen:** {link('Welke stap? ' + anker.replace('-', ' ').capitalize(), f'{OEFENING}#{anker}')}")
    lines += ['<div class="kb-situatie-links" markdown>', "", *verder, "", "</div>", ""]

    if s.bronnen:
        delen = [f"{link(data.bronnen[b.bron], f'bronnen.md#{b.bron}')}, {b.waar}." for b in s.bronnen]
        lines += [f'<p class="kb-situatie-bron" markdown>**Bron:** {" ".join(delen)}</p>', ""]
    else:
        lines += ['<p class="kb-situatie-bron" markdown>**Bron:** de bronnen zeggen hier niets over; '
                  "het antwoord is ons advies.</p>", ""]
    return "\n".join(lines)


def render_overzicht(data: Situaties, current: str) -> str:
    """A list of every situation, linking to its answer on the page."""
    return "\n".join(f"- [{s.vraag}](#{s.id})" for s in data.situaties) + "\n"


def render_situaties(data: Situaties, kv: Kruisverwijzingen, oefening: Mapping[str, Oefensituatie],
                     current: str, titels: Mapping[str, str]) -> str:
    volgorde = list(oefening)
    return "\n".join(render_situatie(s, data, kv, oefening, volgorde, current, titels)
                     for s in data.situaties)
