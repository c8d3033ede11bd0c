"""What the werkmap shows and makes: its views (the due list, the seven steps, the documents),
the dossieroverzicht for the overleg (its draft: md, html, print, docx), and the zip with every
document in its own formats."""
from __future__ import annotations

import re
from datetime import date

from formlogic import draft as d
from formlogic._model import Parsed
from formlogic.container import Child, describe
from formlogic.csvfile import form_csv
from formlogic.docx import render_docx
from formlogic.document import dumps, to_document
from formlogic.dutch import aantal, lange_datum
from formlogic.forms.interventiematrix.begrippen import POSITIES, label
from formlogic.forms.werkmap import stand as st
from formlogic.forms.werkmap import tedoen as td
from formlogic.forms.werkmap.kinderen import Kinderen, checked, kinderen
from formlogic.forms.werkmap.werken import maakbaar
from formlogic.kernpunten import kernpunt, voetregel
from formlogic.kruisverwijzingen import formulieren
from formlogic.render import render
from formlogic.validation import build_draft

# The foot of the dossieroverzicht: sentences of known kind only (formlogic/kernpunten.py).
VOET = voetregel(kernpunt("codes"), kernpunt("bewaartermijn-advies"))
URGENTIE_NL = {td.VERNIETIGEN: "Nu", td.TE_LAAT: "Te laat", td.BINNENKORT: "Binnenkort", td.OPEN: "Open"}


def _groep(p: Parsed) -> str:
    return (p.values.get("groep") or "").strip() or "de groep"


def _stap(p: Parsed, k: Kinderen) -> tuple[int, bool, list[st.StapStand]]:
    return st.stand(dict(p.values), k)


def taken(p: Parsed) -> list[td.Taak]:
    k = kinderen(p)
    return td.te_doen(dict(p.values), k, p.today, _stap(p, k)[0])


def _taak_tekst(t: td.Taak) -> str:
    return f"{URGENTIE_NL[t.urgentie]}: {t.tekst}" + "".join(f"\n{p}" for p in t.punten)


def te_doen_view(p: Parsed) -> d.Draft:
    lijst = taken(p)
    parts = []
    for t in lijst:
        blocks = [d.paragraph(t.tekst)]
        if t.punten:
            blocks.append(d.items(list(t.punten)))
        if t.knop:
            blocks.append(d.buttons(t.knop))
        parts.append(d.Part(URGENTIE_NL[t.urgentie], tuple(blocks)))
    return d.Draft("Wat moet er nu gebeuren", subtitle=td.samenvatting(lijst), parts=tuple(parts))


def _nieuw_knoppen(keys: tuple[str, ...] | list[str]) -> d.Block:
    titels = formulieren()
    maak = {f.key for f in maakbaar()}
    return d.buttons(*((("nieuw", k, f"Nieuw: {titels[k].titel}")) for k in keys if k in maak))


def stappen_view(p: Parsed) -> d.Draft:
    k = kinderen(p)
    nu, gekozen, stappen = _stap(p, k)
    parts = []
    for s in stappen:
        blocks = [d.paragraph(f"{st.STATUS_NL[s.status]}. {s.verwacht}")]
        if s.gedaan:
            blocks.append(d.items(list(s.gedaan)))
        if s.status == st.NU and s.formulieren:
            blocks.append(d.paragraph("Documenten die nu passen:"))
            blocks.append(_nieuw_knoppen(s.formulieren))
        parts.append(d.Part(f"Stap {s.nummer}. {s.titel}", tuple(blocks), anchor=f"kb-werkmap-stap-{s.nummer}"))
    intro = (f"De groep staat in stap {nu}." if gekozen else
             f"Kies hierboven in welke stap de groep staat. Uit de werkmap blijkt stap {nu}.")
    return d.Draft("De zeven stappen", subtitle=intro, parts=tuple(parts))


def _stand_van(child: Child, k: Kinderen) -> str:
    if child.form is None:
        return f"Kan deze site niet openen. {child.problem}"
    result = checked(child, k.today)
    fouten = sum(1 for m in result.messages if m.level == "error")
    return "Klaar voor een concept." if result.ok else f"Nog {aantal(fouten, 'fout', 'fouten')} te verbeteren."


def _bijgewerkt(child: Child) -> str:
    from formlogic.dutch import parse_date

    day = parse_date(child.saved[:10])
    return f"{lange_datum(day)} om {child.saved[11:16]}" if day and len(child.saved) >= 16 else (child.saved or "onbekend")


def documenten_view(p: Parsed) -> d.Draft:
    k = kinderen(p)
    parts = []
    for child in k.alle:
        knoppen = [("openen", child.id, f"Open {describe(child)}")] if child.form is not None else []
        if child.form is not None and child.form.accepts and child.form.key != "circulair-vragen":
            knoppen.append(("overnemen", child.id, "Neem over uit de werkmap"))
        knoppen.append(("verwijderen", child.id, "Haal uit de werkmap"))
        parts.append(d.Part(describe(child), (
            d.facts([("Bijgewerkt", _bijgewerkt(child)), ("Stand", _stand_van(child, k))]), d.buttons(*knoppen))))
    parts.append(d.Part("Nieuw document", (_nieuw_knoppen([f.key for f in maakbaar()]),)))
    leden = [m for m in p.values.get("leden") or [] if m.get("code")]
    if leden:
        parts.append(d.Part("Gespreksverslag voor een groepslid", (d.buttons(
            *(("nieuw", f"gespreksverslag|lid:{m['code']}", f"Gespreksverslag {m['code']}") for m in leden)),)))
    intro = (f"{aantal(len(k.alle), 'document', 'documenten')}. Zet er bestanden bij met de knop hierboven, of "
             "sleep ze hierheen." if k.alle else "Nog geen documenten. Maak er een, of zet een bewaard bestand in "
                                                    "de werkmap.")
    return d.Draft("Documenten in deze werkmap", subtitle=intro, parts=tuple(parts))


# A hyphen between digits becomes a non-breaking one: a narrow screen never splits a date
# (10-12-/2026) at the end of a line in a button (as docx.py does for Word).
_DATUM_STREEPJE = re.compile(r"(?<=\d)-(?=\d)")


def inhoud_view(p: Parsed) -> d.Draft:
    """The contents of the werkmap, for the page that hosts it: the overview and each document,
    as buttons that show it (the page places this outside the form; not in any section)."""
    k = kinderen(p)
    knoppen = [("openen", "", "Overzicht")] + [("openen", c.id, _DATUM_STREEPJE.sub("\u2011", describe(c)))
                                              for c in k.alle if c.form is not None]
    return d.Draft("Inhoud", parts=(d.Part("", (d.buttons(*knoppen),)),))


def _basis(p: Parsed) -> list[tuple[str, str]]:
    v = p.values
    leden = ", ".join(f"{m['code']} ({label(POSITIES, m.get('positie')).lower() or 'positie onbekend'})"
                      for m in v.get("leden") or [] if m.get("code"))
    rows = [("Groep", v.get("groep") or ""), ("Gemeente", v.get("gemeente") or ""), ("Groepsleden", leden)]
    for name, text in (("start", "Start"), ("besluit", "Besluit ketenoverleg (stap 4)"),
                       ("plan_vastgesteld", "Plan van aanpak vastgesteld"), ("volgend_overleg", "Volgend overleg"),
                       ("afgeschaald", "Afgeschaald of gestopt"), ("geevalueerd", "Evaluatie besproken"),
                       ("bewaren_tot", "Bewaren tot")):
        if isinstance(v.get(name), date):
            rows.append((text, lange_datum(v[name])))
    if v.get("stuurt"):
        rows.append(("Stuurt op de aanpak", v["stuurt"]))
    return [(a, b) for a, b in rows if b]


def dossieroverzicht(p: Parsed) -> d.Draft:
    k = kinderen(p)
    nu, _, stappen = _stap(p, k)
    lijst = td.te_doen(dict(p.values), k, p.today, nu)
    parts = [
        d.Part("De groep", (d.facts(_basis(p)),)),
        d.Part("Waar de aanpak staat", (
            d.paragraph(f"De groep staat in stap {nu}: {next(s.titel for s in stappen if s.nummer == nu)}."),
            d.table(["Stap", "Stand", "Wat de werkmap laat zien"],
                    [(f"Stap {s.nummer}: {s.titel}", st.STATUS_NL[s.status], " ".join(s.gedaan) or "-") for s in stappen],
                    caption="De zeven stappen"))),
        d.Part("Wat moet er nu gebeuren", (d.items([_taak_tekst(t) for t in lijst]) if lijst
                                          else d.paragraph("Er staat nu niets open."),)),
        d.Part("Documenten", (d.table(["Document", "Bijgewerkt", "Stand"],
                                      [(describe(c), _bijgewerkt(c), _stand_van(c, k)) for c in k.alle],
                                      caption="De documenten in de werkmap") if k.alle
                              else d.paragraph("Nog geen documenten."),)),
    ]
    return d.Draft(f"Dossieroverzicht: {_groep(p)}", subtitle=f"Stand van {lange_datum(p.today)}", parts=tuple(parts),
                   footer=VOET)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:48].strip("-")


def _files_of(child: Child, today: date) -> list[tuple[str, bytes]]:
    """A document in its own formats: its file (opens on its own page), and when it has no
    errors its draft as md, html and docx, and its table for Excel."""
    if child.form is None:
        import json

        return [("document.json", (json.dumps(child.document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))]
    saved = to_document(child.form, child.data)
    saved["opgeslagen"] = child.saved or saved["opgeslagen"]
    out = [(f"{child.form.key}.json", dumps(saved).encode("utf-8"))]
    result = checked(child, today)
    draft = build_draft(child.form, result)
    if draft is not None:
        out += [("concept.md", render(draft, "md").encode("utf-8")),
                ("concept.html", render(draft, "html", standalone=True).encode("utf-8")),
                ("concept.docx", render_docx(draft))]
    if child.form.csv is not None and result.ok:
        out.append((f"{child.form.key}.csv", form_csv(child.form, result.parsed).encode("utf-8")))
    return out


def pakket(p: Parsed) -> list[tuple[str, bytes]]:
    """Everything in the werkmap, each document in a folder of its own (FormDefinition.package)."""
    from formlogic.forms.werkmap import WERKMAP  # this module is part of the werkmap's definition

    k = kinderen(p)
    overzicht = dossieroverzicht(p)
    files = [("werkmap.json", dumps(to_document(WERKMAP, dict(p.raw))).encode("utf-8")),
             ("dossieroverzicht.md", render(overzicht, "md").encode("utf-8")),
             ("dossieroverzicht.html", render(overzicht, "html", standalone=True).encode("utf-8")),
             ("dossieroverzicht.docx", render_docx(overzicht))]
    for n, child in enumerate(k.alle, 1):
        folder = f"{n:02d}-{_slug(describe(child)) or child.id}"
        files += [(f"{folder}/{name}", data) for name, data in _files_of(child, p.today)]
    return files
