"""The "Welke stap?" exercise: short situations (data/welke-stap.yml) rendered as questions.

Each situation is a list item with a group of radio buttons for the seven steps and, where it
fits, one for the method. Everything the learner can read is in the HTML: the answer and
its explanation sit in a <details> that works without JavaScript. The small script
welke-stap.mjs only compares the choice with `data-stap` / `data-methode` and shows which
parts of that text apply; nothing is stored or sent.
"""
from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml

from formlogic.kernpunten import KERNPUNTEN, vul_in
from macros.begrippen import html_met_afkortingen as tekst
from macros.kennisbank import Kruisverwijzingen
from macros.oefencasussen import ID, build_entry

BOX = {"advies": ("tip", "Ons advies"), "praktijk": ("example", "In de praktijk")}


@dataclass(frozen=True)
class Methodevraag:
    opties: tuple[str, ...]
    goed: str
    uitleg: str


@dataclass(frozen=True)
class Situatie:
    id: str
    tekst: str
    stap: int
    uitleg: str
    ook: tuple[int, ...] = ()
    methode: Methodevraag | None = None
    kernpunten: tuple[str, ...] = ()  # advice or practice shown in its own box with the answer


def load_situaties(path: Path, docs: Path | None = None) -> list[Situatie]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    situaties: list[Situatie] = []
    for entry in raw.get("situaties") or []:
        entry = dict(entry)
        where = f"welke stap: situatie {entry.get('id')!r}"
        # Plain texts say what the sources say: a [[kernpunt]] in them must be a source's.
        for key in ("tekst", "uitleg"):
            if isinstance(entry.get(key), str):
                entry[key] = vul_in(entry[key], ("bron",), where)
        if entry.get("methode"):
            m = dict(entry["methode"])
            if isinstance(m.get("uitleg"), str):
                m["uitleg"] = vul_in(m["uitleg"], ("bron",), where)
            entry["methode"] = build_entry(Methodevraag, m, where)
        for k in entry.get("kernpunten") or []:
            if k not in KERNPUNTEN or KERNPUNTEN[k].soort not in BOX:
                raise ValueError(f"{where}: kernpunt {k!r} bestaat niet of is geen advies of praktijk")
        s = build_entry(Situatie, entry, where)
        if not ID.fullmatch(s.id):
            raise ValueError(f"{where}: id alleen met kleine letters, cijfers en streepjes")
        if not all(1 <= n <= 7 for n in (s.stap, *s.ook)) or s.stap in s.ook:
            raise ValueError(f"{where}: stap en ook zijn stappen 1 tot en met 7, zonder dubbele")
        if m := s.methode:
            if m.goed not in m.opties or len(set(m.opties)) != len(m.opties) or len(m.opties) < 2:
                raise ValueError(f"{where}: het goede antwoord staat niet (één keer) bij de opties")
            for p in m.opties:
                if not p.startswith("methodieken/") or (docs and not (docs / p).is_file()):
                    raise ValueError(f"{where}: geen methodepagina {p!r}")
        situaties.append(s)
    if len({s.id for s in situaties}) != len(situaties):
        raise ValueError("welke stap: een id staat dubbel")
    return situaties


def page_url(target: str, current: str) -> str:
    """The built URL of docs page `target` (may carry #anchor) as seen from page `current`,
    with MkDocs' directory URLs (stappen/stap-1.md -> stappen/stap-1/). For raw HTML, which
    MkDocs does not rewrite."""
    def directory(md: str) -> str:
        stem = md.removesuffix(".md")
        return "" if stem == "index" else stem.removesuffix("/index") + "/"

    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(directory(path) or ".", directory(current) or ".")
    url = "./" if rel == "." else rel + "/"
    return f"{url}#{anchor}" if anchor else url


def _keuze(naam: str, legend: str, opties: list[tuple[str, str]], vraag: str,
           afkortingen: Mapping[str, str]) -> str:
    items = "".join(
        f'<label class="kb-ws-optie"><input type="radio" name="{naam}" value="{escape(v)}">'
        f"<span>{tekst(t, afkortingen)}</span></label>" for v, t in opties)
    # data-search-exclude (here and on the answer): the site's search indexes the situations,
    # not seven step names per question nor the answers (no spoilers in a search result).
    return (f'<fieldset class="kb-ws-keuze" data-vraag="{vraag}" data-search-exclude><legend>{escape(legend)}</legend>'
            f'<div class="kb-ws-opties">{items}</div></fieldset>')


def render_situatie(nr: int, s: Situatie, kv: Kruisverwijzingen, current: str,
                    titels: Mapping[str, str], afkortingen: Mapping[str, str] | None = None,
                    antwoord: tuple[str, str] | None = None) -> str:
    """`antwoord`: (docs page#anchor, title) of the same situation on "Wat doe ik als…"."""
    afk = afkortingen or {}

    def stap_titel(n: int) -> str:
        return titels.get(kv.stappen[n].pagina, f"Stap {n}")

    stap = kv.stappen[s.stap]
    opties = [(str(n), stap_titel(n)) for n in sorted(kv.stappen)]
    delen = [_keuze(f"ws-{s.id}-stap", "In welke stap zit u?", opties, "stap", afk)]
    uitleg = [f'<p><strong>{tekst(stap_titel(s.stap), afk)}.</strong> {tekst(s.uitleg, afk)} '
              f'<a href="{page_url(stap.pagina, current)}">Lees meer over stap {s.stap}</a>.</p>']
    attrs = f'data-stap="{s.stap}" data-ook="{" ".join(map(str, s.ook))}"'
    if m := s.methode:
        delen.append(_keuze(f"ws-{s.id}-methode", "Welke werkvorm past hier het best?",
                            [(p, titels.get(p, p)) for p in m.opties], "methode", afk))
        uitleg.append(f'<p><strong>Werkvorm: {tekst(titels.get(m.goed, m.goed), afk)}.</strong> '
                      f'{tekst(m.uitleg, afk)} '
                      f'<a href="{page_url(m.goed, current)}">Lees meer over deze werkvorm</a>.</p>')
        attrs += f' data-methode="{escape(m.goed)}"'
    for k in (KERNPUNTEN[i] for i in s.kernpunten):
        kind, prefix = BOX[k.soort]  # the same box as an admonition, so the convention test sees it
        uitleg.append(f'<div class="admonition {kind}"><p class="admonition-title">{prefix}: '
                      f'{tekst(k.titel, afk)}</p><p>{tekst(k.tekst, afk)}</p></div>')
    if antwoord:
        doel, vraag = antwoord
        uitleg.append(f'<p class="kb-ws-meer">Wat doet u in zo\'n geval? Lees '
                      f'<a href="{page_url(doel, current)}">Wat doe ik als: {escape(vraag)}</a>.</p>')
    return (
        f'<li class="kb-ws-item" id="situatie-{nr}" {attrs}>'
        f'<h2 class="kb-ws-titel">Situatie {nr}</h2>'
        f'<p class="kb-ws-tekst">{tekst(s.tekst, afk)}</p>'
        + "".join(delen)
        + '<div class="kb-ws-acties"><button type="button" class="md-button md-button--primary kb-ws-check" hidden>'
          "Controleer mijn antwoord</button></div>"
          '<div class="kb-ws-feedback" role="status" aria-live="polite"></div>'
          '<details class="kb-ws-antwoord" data-search-exclude><summary>Bekijk het antwoord</summary>'
          f'<div class="kb-ws-uitleg">{"".join(uitleg)}</div></details></li>'
    )


def render_welke_stap(situaties: list[Situatie], kv: Kruisverwijzingen, current: str,
                      titels: Mapping[str, str], afkortingen: Mapping[str, str] | None = None,
                      antwoorden: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The whole exercise as one raw HTML block (no blank lines, so Markdown leaves it alone).
    `antwoorden`: by situation id, the same situation's answer on "Wat doe ik als…"."""
    antwoorden = antwoorden or {}
    items = "".join(render_situatie(nr, s, kv, current, titels, afkortingen, antwoorden.get(s.id))
                    for nr, s in enumerate(situaties, 1))
    return (
        f'<div class="kb-ws" data-welke-stap><ol class="kb-ws-lijst">{items}</ol>'
        '<div class="kb-ws-eind" hidden><p class="kb-ws-score">'
        f'U heeft <span class="kb-ws-goed">0</span> van de {len(situaties)} situaties goed. '
        "Dit telt alleen op deze pagina: niets wordt bewaard of verstuurd.</p>"
        '<button type="button" class="md-button kb-ws-opnieuw">Opnieuw beginnen</button></div></div>\n'
    )
