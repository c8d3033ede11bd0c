"""What the interventiematrix page shows and produces: suggestions for the group map, the
repertoire to pick from, the analysis, the per-partner list, the draft and the CSV."""
from __future__ import annotations

from datetime import date
from typing import Any

from formlogic import draft as d
from formlogic._model import Parsed
from formlogic.dutch import aantal, korte_datum, lange_datum
from formlogic.forms.interventiematrix import analyse as an
from formlogic.forms.interventiematrix.begrippen import DOELEN, POSITIES, ROLLEN, SOORTEN, SPOREN, STATUSSEN, label
from formlogic.forms.interventiematrix.repertoire import REPERTOIRE
from formlogic.kernpunten import als_advies, kernpunt, voetregel

GEWICHT = {1: "licht", 2: "middel", 3: "zwaar", 4: "zeer zwaar"}


def _rows(p: Parsed, name: str) -> list[dict[str, Any]]:
    return p.values.get(name) or []


def peildatum(p: Parsed) -> date:
    return p.values.get("peildatum") or p.today


def _datum(value: date | None) -> str:
    return korte_datum(value) if value else ""


def _doelen(a: dict, sep: str = ", ") -> str:
    return sep.join(label(DOELEN, v) for v in a.get("doelen") or [])


def richtingen(p: Parsed) -> d.Draft:
    """Per member of the map a direction from the method, with its repertoire entries to add."""
    parts = []
    for m in _rows(p, "leden"):
        code = m.get("code") or "?"
        tekst, ids = an.richting(m)
        kop = " ".join(x for x in (code, f"({label(POSITIES, m.get('positie')).lower()}"
                                   f"{', ' + label(ROLLEN, m.get('rol')).lower() if m.get('rol') else ''})"
                                   if m.get("positie") else "") if x)
        blocks = [d.paragraph(tekst)]
        if ids:
            blocks.append(d.buttons(*[("uit-repertoire", f"{i}|{code}", f"Voeg toe voor {code}: "
                                       f"{next(r.naam for r in REPERTOIRE if r.id == i)}") for i in ids]))
        parts.append(d.Part(kop, tuple(blocks)))
    return d.Draft("Richtingen", subtitle=als_advies(
        "Deze suggesties zijn ons eigen voorstel, op basis van de methode plus-min-mee, de samenwerkingstool "
        "en de praktijkverhalen. U beslist zelf.") if parts else "", parts=tuple(parts),
                   footer="" if parts else "Vul eerst de groepskaart in.")


def repertoire(p: Parsed) -> d.Draft:
    parts = []
    for spoor in SPOREN:
        items = [r for r in REPERTOIRE if r.spoor == spoor.value]
        parts.append(d.Part(spoor.label, (d.buttons(*[
            ("uit-repertoire", r.id, f"{r.naam} ({label(SOORTEN, r.soort).lower()}, {GEWICHT[r.gewicht]})")
            for r in sorted(items, key=lambda r: (r.gewicht, r.naam))]),)))
    return d.Draft("Repertoire", subtitle="Kies een interventie: die komt als nieuwe actie onder aan de tabel, "
                   "met spoor, soort en partner al ingevuld. " + als_advies(
                       "Dit repertoire, met spoor, soort, zwaarte en partner, is ons eigen overzicht van wat de "
                       "bronnen noemen. Wie het doet, regelt elke gemeente zelf."), parts=tuple(parts))


def _grid(acties: list[dict]) -> tuple[d.Block, list[str]]:
    """The goals x tracks table (an empty cell shows 'leeg'), and per goal the tracks still empty."""
    cover = an.dekking(acties)
    rows = [(doel.label, *[str(n) if (n := cover.telling[(doel.value, s.value)]) else "leeg" for s in SPOREN])
            for doel in DOELEN]
    empty = []
    for doel in DOELEN:
        sporen = [label(SPOREN, s).lower() for g, s in cover.leeg if g == doel.value]
        if sporen:
            empty.append(f"{doel.label}: {'alle drie de sporen' if len(sporen) == len(SPOREN) else ', '.join(sporen)}")
    return d.table(["Doel", *[s.label for s in SPOREN]], rows, caption="Aantal acties per doel en spoor"), empty


def _balans(acties: list[dict]) -> list[d.Block]:
    telling = an.balans(acties)
    blocks: list[d.Block] = [d.facts([(o.label, str(telling[o.value])) for o in SOORTEN]
                                     + ([("Zonder soort", str(telling[""]))] if telling[""] else []))]
    if an.uit_balans(telling):
        blocks.append(d.note(f"{kernpunt('belonen').kort} {als_advies(kernpunt('balans').tekst)}"))
    return blocks


def _aandacht(p: Parsed) -> list[d.Block]:
    acties = _rows(p, "acties")
    o = an.overleg(acties, peildatum(p))
    lines = ([f"Actie {nr} ({a.get('wat') or ''}): de einddatum {_datum(a['eind'])} is voorbij en de actie is niet "
              "uitgevoerd." for nr, a in o.te_laat]
             + [f"Actie {nr} ({a.get('wat') or ''}): niet uitgevoerd. Bespreek waarom, en wat nu." for nr, a in o.niet_uitgevoerd]
             + [f"Actie {nr} ({a.get('wat') or ''}): had op {_datum(a['start'])} moeten starten." for nr, a in o.niet_gestart])
    smart = [f"Actie {nr} ({a.get('wat') or ''}) mist {', '.join(an.smart(a))}."
             for nr, a in enumerate(acties, 1) if an.smart(a)]
    blocks: list[d.Block] = [d.items(lines) if lines else d.paragraph("Geen acties die te laat of niet uitgevoerd zijn.")]
    if smart:
        blocks += [d.paragraph("Nog niet SMART genoeg:"), d.items(smart)]
    return blocks


def overzicht(p: Parsed) -> d.Draft:
    acties, leden = _rows(p, "acties"), _rows(p, "leden")
    grid, empty = _grid(acties)
    leeg = (d.paragraph("Nog geen actie voor:"), d.items(empty)) if empty else (
        d.paragraph("Elk doel heeft op elk spoor een actie."),)
    parts = [d.Part("Doelen en sporen", (grid, *leeg), anchor="analyse-dekking"),
             d.Part("Balans", tuple(_balans(acties)), anchor="analyse-balans")]
    if leden:
        niet = an.onbereikt(leden, acties)
        parts.append(d.Part("Groepsleden zonder eigen actie", (
            d.paragraph(f"Geen actie noemt: {', '.join(niet)}. Acties voor de hele groep bereiken hen alleen als groep.")
            if niet else d.paragraph("Elk groepslid heeft minstens één eigen actie."),), anchor="analyse-leden"))
    parts.append(d.Part(f"Voor het overleg (stand {lange_datum(peildatum(p))})", tuple(_aandacht(p)), anchor="analyse-overleg"))
    return d.Draft("Analyse", parts=tuple(parts))


def _filtered(p: Parsed) -> list[tuple[int, dict]]:
    want_partner = (p.values.get("filter_partner") or "").casefold()
    want_spoor, want_status = p.values.get("filter_spoor"), p.values.get("filter_status")
    rows = [(nr, a) for nr, a in enumerate(_rows(p, "acties"), 1)
            if (not want_partner or want_partner in (a.get("partner") or "").casefold())
            and (not want_spoor or a.get("spoor") == want_spoor)
            and (not want_status or (a.get("status") or "gepland") == want_status)]
    key = p.values.get("sorteer") or ""
    return sorted(rows, key=lambda r: sort_key(r[1], key, r[0]))


def sort_key(a: dict, key: str, nr: int) -> tuple:
    order = {"spoor": [s.value for s in SPOREN], "status": [s.value for s in STATUSSEN]}
    if key == "partner":
        return ((a.get("partner") or "~").casefold(), nr)
    if key in order:
        value = a.get(key) or ""
        return (order[key].index(value) if value in order[key] else 99, nr)
    if key == "eind":
        return (a.get("eind") or date.max, nr)
    return (nr,)


def partners(p: Parsed) -> d.Draft:
    """Who does what and when: one part per partner, with the filters and order chosen."""
    groups: dict[str, list[tuple[int, dict]]] = {}
    for nr, a in _filtered(p):
        groups.setdefault(a.get("partner") or "Nog niemand", []).append((nr, a))
    parts = [d.Part(partner, (d.table(["Nr.", "Wat", "Start", "Eind", "Status"], [
        (str(nr), a.get("wat") or "", _datum(a.get("start")), _datum(a.get("eind")), label(STATUSSEN, a.get("status") or "gepland"))
        for nr, a in rows], caption=f"Acties van {partner}"),)) for partner, rows in groups.items()]
    n = sum(len(r) for r in groups.values())
    return d.Draft("Wie doet wat", subtitle=f"{aantal(n, 'actie', 'acties')} van {aantal(len(groups), 'partner', 'partners')}.",
                   parts=tuple(parts), footer="" if parts else "Geen acties die bij de keuze passen.")


COLUMNS = ["Nr.", "Wat", "Doelen", "Spoor", "Gericht op", "Wie", "Soort", "Start", "Eind", "Verwacht resultaat",
           "Status", "Monitoring", "Grond (signaal of informatie)"]


def _actie_rij(nr: int, a: dict, sep: str = ", ") -> list[str]:
    """One action as cells; sep joins its goals (Excel: a comma; the draft: one goal a line, as the
    goals are names that each start with a capital)."""
    return [str(nr), a.get("wat") or "", _doelen(a, sep), label(SPOREN, a.get("spoor")), a.get("gericht_op") or "",
            a.get("partner") or "", label(SOORTEN, a.get("soort")), _datum(a.get("start")), _datum(a.get("eind")),
            a.get("resultaat") or "", label(STATUSSEN, a.get("status") or "gepland"), a.get("monitoring") or "",
            a.get("bron") or ""]


def csv_table(p: Parsed) -> tuple[list[str], list[list[str]]]:
    """The actions as a table for Excel (dates dd-mm-jjjj)."""
    return COLUMNS, [_actie_rij(nr, a) for nr, a in enumerate(_rows(p, "acties"), 1)]


def concept(p: Parsed) -> d.Draft:
    leden, acties = _rows(p, "leden"), _rows(p, "acties")
    parts = []
    if leden:
        parts.append(d.Part("Groepskaart (plus-min-mee)", (d.table(["Code", "Positie", "Rol", "Notities"], [
            (m.get("code") or "", label(POSITIES, m.get("positie")), label(ROLLEN, m.get("rol")), m.get("notities") or "")
            for m in leden], caption="Groepsleden, alleen met een code"),)))
    parts.append(d.Part("Acties", (d.table(COLUMNS[:11], [_actie_rij(nr, a, "\n")[:11] for nr, a in enumerate(acties, 1)],
                                           caption="De interventiematrix"),)))
    volgen = [(str(nr), a.get("wat") or "", a.get("monitoring") or "", a.get("bron") or "")
              for nr, a in enumerate(acties, 1) if a.get("monitoring") or a.get("bron")]
    if volgen:
        parts.append(d.Part("Monitoring en grond", (d.table(["Nr.", "Wat", "Monitoring", "Grond"], volgen),)))
    parts += list(overzicht(p).parts)
    groep = p.values.get("groep") or "de groep"
    return d.Draft(title=f"Interventiematrix: {groep}",
                   subtitle=f"Stand van {lange_datum(peildatum(p))}" + (f", gemeente {p.values['gemeente']}"
                                                                       if p.values.get("gemeente") else ""),
                   parts=tuple(parts),
                   footer=voetregel(kernpunt("codes"), kernpunt("matrix-delen")))
