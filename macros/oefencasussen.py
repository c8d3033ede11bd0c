"""Practice cases for trainers (data/oefencasussen.yml), rendered to one page per case.

A case is data: the situation, the signals, what each partner knows, questions per step with
the step, method and form pages that go with them, and a trainer's part (folded away on the
page). The cases are fictional: young people appear only as codes (J1, J2 ...), and the test
in tests/site/test_oefencasussen.py checks that no place is one the sources name.

`voorbeelden` names the forms whose built-in example (formlogic, FormDefinition.example) is drawn
from this case, so a form page can
fill its form with a case; it may stay empty.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from formlogic.kernpunten import KERNPUNTEN, vul_in
from macros.kennisbank import Kruisverwijzingen, relative

MAP = "training/oefencasussen"  # one page per case: training/oefencasussen/<id>.md
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CODE = re.compile(r"J\d{1,2}")  # the only way a young person appears in a case


@dataclass(frozen=True)
class Partner:
    wie: str
    weet: str


@dataclass(frozen=True)
class Jongere:
    code: str
    over: str


@dataclass(frozen=True)
class StapVragen:
    stap: int
    vragen: tuple[str, ...]
    methoden: tuple[str, ...] = ()  # docs-relative method pages
    formulieren: tuple[str, ...] = ()  # keys of `formulieren` in kruisverwijzingen.yml


@dataclass(frozen=True)
class Punt:
    """One point of the trainer's part, in the site's convention (README, Content rules): plain
    (what the sources say, or about the fictional case itself), our advice, or what one practice
    story shows (`waar` names it). In the data: a plain string, `{advies: ...}`,
    `{praktijk: ..., waar: ...}` or `{kernpunt: id}`; `[[id]]` in a text is a kernpunt's text."""
    tekst: str
    soort: str = "bron"  # bron | advies | praktijk
    waar: str = ""


@dataclass(frozen=True)
class Trainer:
    goed_antwoord: tuple[Punt, ...]
    stap_en_methode: str
    valkuilen: tuple[Punt, ...]
    privacy: str = ""


def build_punt(raw, where: str) -> Punt:
    """A trainer's point from the data; a kernpunt must go where its kind is shown."""
    if isinstance(raw, str):
        return Punt(vul_in(raw, ("bron",), where))
    raw = dict(raw)
    if set(raw) == {"kernpunt"}:
        k = KERNPUNTEN.get(raw["kernpunt"])
        if k is None:
            raise ValueError(f"{where}: onbekend kernpunt {raw['kernpunt']!r}")
        return Punt(k.tekst, k.soort if k.soort != "formulier" else "bron", k.titel)
    if set(raw) == {"advies"}:
        return Punt(vul_in(raw["advies"], ("advies",), where), "advies")
    if set(raw) == {"praktijk", "waar"}:
        return Punt(vul_in(raw["praktijk"], ("praktijk",), where), "praktijk", raw["waar"])
    raise ValueError(f"{where}: een punt is tekst, of {{advies: …}}, {{praktijk: …, waar: …}} of "
                     f"{{kernpunt: …}}, niet {sorted(raw)}")


@dataclass(frozen=True)
class Casus:
    id: str
    nummer: int
    titel: str
    plaats: str
    kort: str
    duur: int  # minutes, for the workshop's timetable
    situatie: str
    signalen: tuple[str, ...]
    partners: tuple[Partner, ...]
    stappen: tuple[StapVragen, ...]
    trainer: Trainer
    patroon: tuple[str, ...]  # docs pages the pattern comes from: practice stories, methods
    jongeren: tuple[Jongere, ...] = ()
    voorbeelden: tuple[str, ...] = ()  # forms whose built-in example (FormDefinition.example) is this case

    @property
    def pagina(self) -> str:
        return f"{MAP}/{self.id}.md"

    @property
    def methoden(self) -> tuple[str, ...]:
        """Every method page the case links, once, in the order of the steps."""
        return tuple(dict.fromkeys(m for s in self.stappen for m in s.methoden))


def build_entry(cls, raw: Mapping, where: str, **fixed):
    """`cls(**raw)` with lists as tuples; an unknown or missing key names the case."""
    known = set(cls.__dataclass_fields__) - set(fixed)
    extra = set(raw) - known
    if extra:
        raise ValueError(f"{where}: onbekende sleutel(s) {sorted(extra)}")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    try:
        return cls(**values, **fixed)
    except TypeError as e:
        raise ValueError(f"{where}: {e}") from None


def _check(c: Casus, docs: Path | None, formulieren: Iterable[str]) -> None:
    where = f"oefencasus {c.id!r}"
    if not ID.fullmatch(c.id):
        raise ValueError(f"{where}: id alleen met kleine letters, cijfers en streepjes")
    nummers = [s.stap for s in c.stappen]
    if not nummers or nummers != sorted(set(nummers)) or not all(1 <= n <= 7 for n in nummers):
        raise ValueError(f"{where}: stappen 1 tot en met 7, elk hooguit één keer, op volgorde")
    if not c.methoden:
        raise ValueError(f"{where}: noem bij minstens één stap een werkvorm")
    for s in c.stappen:
        if not s.vragen:
            raise ValueError(f"{where}: stap {s.stap} heeft geen vragen")
        for m in s.methoden:
            if not m.startswith("methodieken/") or (docs and not (docs / m).is_file()):
                raise ValueError(f"{where}: stap {s.stap}: geen methodepagina {m!r}")
        for f in s.formulieren:
            if f not in formulieren:
                raise ValueError(f"{where}: stap {s.stap}: onbekend formulier {f!r}")
    for p in c.patroon:
        if not p.startswith(("praktijk/", "methodieken/")) or (docs and not (docs / p).is_file()):
            raise ValueError(f"{where}: patroon {p!r} is geen praktijkverhaal of methodepagina")
    if not c.patroon:
        raise ValueError(f"{where}: noem waar het patroon vandaan komt")
    for j in c.jongeren:
        if not CODE.fullmatch(j.code):
            raise ValueError(f"{where}: een jongere heet alleen met een code (J1), niet {j.code!r}")


def load_oefencasussen(path: Path, docs: Path | None = None,
                       formulieren: Iterable[str] = ()) -> list[Casus]:
    """The cases in file order, checked; `docs` (the docs folder) lets it check method pages."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    formulieren = set(formulieren)
    casussen: list[Casus] = []
    for nummer, entry in enumerate(raw.get("casussen") or [], 1):
        entry = dict(entry)
        where = f"oefencasus {entry.get('id', nummer)!r}"
        entry["partners"] = [build_entry(Partner, p, where) for p in entry.get("partners") or []]
        entry["jongeren"] = [build_entry(Jongere, j, where) for j in entry.get("jongeren") or []]
        entry["stappen"] = [build_entry(StapVragen, s, where) for s in entry.get("stappen") or []]
        trainer = dict(entry.get("trainer") or {})
        for key in ("goed_antwoord", "valkuilen"):
            trainer[key] = [build_punt(p, f"{where}, {key}") for p in trainer.get(key) or []]
        for key in ("stap_en_methode", "privacy"):
            if isinstance(trainer.get(key), str):
                trainer[key] = vul_in(trainer[key], ("bron",), f"{where}, {key}")
        entry["trainer"] = build_entry(Trainer, trainer, where)
        entry["voorbeelden"] = tuple(entry.get("voorbeelden") or ())
        casus = build_entry(Casus, entry, where, nummer=nummer)
        _check(casus, docs, formulieren)
        casussen.append(casus)
    ids = [c.id for c in casussen]
    if len(set(ids)) != len(ids):
        raise ValueError("oefencasussen: een id staat dubbel")
    return casussen


# -- rendering ------------------------------------------------------------------------------

def _cel(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _indent(lines: list[str], by: str = "    ") -> list[str]:
    return [by + line if line else "" for line in lines]


def stap_link(kv: Kruisverwijzingen, nummer: int, current: str, titels: Mapping[str, str]) -> str:
    stap = kv.stappen[nummer]
    return f"[{titels.get(stap.pagina, f'Stap {nummer}')}]({relative(stap.pagina, current)})"


def methode_link(pagina: str, current: str, titels: Mapping[str, str]) -> str:
    return f"[{titels.get(pagina, pagina)}]({relative(pagina, current)})"


def formulier_tekst(kv: Kruisverwijzingen, key: str, current: str) -> str:
    """A link to the form page; a form still being built is named, marked as such."""
    f = kv.formulieren[key]
    return f"[{f.titel}]({relative(f.pagina, current)})" if f.pagina else f"{f.titel} (in ontwikkeling)"


def _stap_blok(s: StapVragen, kv: Kruisverwijzingen, current: str, titels: Mapping[str, str]) -> list[str]:
    lines = [f"### Stap {s.stap}: {kv.stappen[s.stap].titel} {{#vragen-stap-{s.stap}}}", ""]
    lines += [f"{i}. {' '.join(v.split())}" for i, v in enumerate(s.vragen, 1)]
    erbij = [stap_link(kv, s.stap, current, titels), *(methode_link(m, current, titels) for m in s.methoden)]
    lines += ["", f"**Lees erbij:** {' · '.join(erbij)}"]
    if s.formulieren:
        lines[-1] += "<br>"
        lines += [f"**Formulier:** {' · '.join(formulier_tekst(kv, f, current) for f in s.formulieren)}"]
    return [*lines, ""]


def _punten(punten: tuple[Punt, ...]) -> list[str]:
    """Plain points as a list; our advice in an "Ons advies" box; each practice story's points in
    an "In de praktijk" box: the convention holds in the trainer's part too."""
    lines = [f"- {_cel(p.tekst)}" for p in punten if p.soort == "bron"]
    lines += [""] if lines else []
    advies = [p for p in punten if p.soort == "advies"]
    if advies:
        lines += ['!!! tip "Ons advies"', "", *(f"    - {_cel(p.tekst)}" for p in advies), ""]
    for waar in dict.fromkeys(p.waar for p in punten if p.soort == "praktijk"):
        lines += [f'!!! example "In de praktijk: {waar}"', "",
                  *(f"    - {_cel(p.tekst)}" for p in punten if p.soort == "praktijk" and p.waar == waar), ""]
    return lines


def render_casus(c: Casus, kv: Kruisverwijzingen, current: str, titels: Mapping[str, str]) -> str:
    """The Markdown of a case page; the trainer's part is folded away (`???`)."""
    lines = [
        f"# Casus {c.nummer}: {c.titel}", "",
        f"*Oefencasus · {c.plaats} · ongeveer {c.duur} minuten*", "",
        '!!! info "Een verzonnen casus"',
        f"    Deze casus is verzonnen. {c.plaats} bestaat niet, en de mensen en details ook niet. "
        "Jongeren hebben een code, zoals J1. Het patroon komt uit de praktijkverhalen en de "
        "methodieken op deze site. Gebruik bij de oefening ook zelf geen echte namen of "
        "gegevens uit uw werk.", "",
        "## De situatie {#situatie}", "", c.situatie.strip(), "",
        "## De signalen {#signalen}", "", *(f"- {_cel(s)}" for s in c.signalen), "",
        "## Wat de partners weten {#partners}", "",
        "| Partner | Wat hij of zij weet |", "| --- | --- |",
        *(f"| {_cel(p.wie)} | {_cel(p.weet)} |" for p in c.partners), "",
    ]
    if c.jongeren:
        lines += ["## De jongeren {#jongeren}", "",
                  "| Code | Wat partners over deze jongere vertellen |", "| --- | --- |",
                  *(f"| {j.code} | {_cel(j.over)} |" for j in c.jongeren), ""]
    lines += ["## Vragen per stap {#vragen}", "",
              "Bespreek de vragen in groepjes. Lees bij elke stap de pagina's die erbij staan.", ""]
    for s in c.stappen:
        lines += _stap_blok(s, kv, current, titels)
    t = c.trainer
    trainer = ["**Wat een goed antwoord bevat**", "", *_punten(t.goed_antwoord),
               "**Welke stap en welke werkvorm passen**", "", " ".join(t.stap_en_methode.split()), "",
               "**Veelgemaakte fouten**", "", *_punten(t.valkuilen)]
    if t.privacy:
        trainer += ["**Privacy bespreken**", "", " ".join(t.privacy.split()), ""]
    lines += ["## Voor de trainer {#trainer}", "",
              "Deelnemers bekijken de casus eerst zelf. Open de bespreking daarna.", "",
              '??? note "Bespreking voor de trainer"', "", *_indent(trainer)]
    return "\n".join(lines).rstrip() + "\n"


def render_bron(c: Casus, current: str, titels: Mapping[str, str]) -> str:
    """The last section of a case page: it is fictional, and whose pattern it follows."""
    bronnen = ", ".join(methode_link(p, current, titels) for p in c.patroon)
    return (f"Deze casus is verzonnen voor deze kennisbank. Het patroon komt uit: {bronnen}. "
            f"Waar die pagina's op steunen, staat bij [Bronnen]({relative('bronnen.md', current)}).\n")


def render_overzicht(casussen: list[Casus], kv: Kruisverwijzingen, current: str,
                     titels: Mapping[str, str]) -> str:
    """A table of all cases: where it plays, which steps and methods, how long."""
    rows = ["| Casus | Waar het over gaat | Stappen | Werkvormen | Tijd |", "| --- | --- | --- | --- | --- |"]
    for c in casussen:
        stappen = ", ".join(f"[{s.stap}]({relative(kv.stappen[s.stap].pagina, current)})" for s in c.stappen)
        methoden = ", ".join(methode_link(m, current, titels) for m in c.methoden)
        rows.append(f"| [Casus {c.nummer}: {_cel(c.titel)}]({relative(c.pagina, current)}) | {_cel(c.kort)} | "
                    f"{stappen} | {methoden} | {c.duur} min |")
    return "\n".join(rows) + "\n"
