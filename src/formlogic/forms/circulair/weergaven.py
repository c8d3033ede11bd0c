"""What the session page shows and produces: the answers received, the flip-overs with their
rode-draad suggestions, and the integraal beeld (its data for the file, its draft)."""
from __future__ import annotations

from typing import Any

from formlogic import draft as d
from formlogic._model import Parsed
from formlogic.dutch import aantal
from formlogic.forms.circulair.analyse import Analyse, analyse, answer_lines
from formlogic.forms.circulair.beeld import beeld_draft
from formlogic.forms.circulair.common import datum_tekst, org_key, vraag_label, vragen_van
from formlogic.forms.circulair.samenvoegen import aantal_antwoorden


def _rows(p: Parsed, name: str) -> list:
    return p.values.get(name) or []


def _vragen(p: Parsed) -> list[tuple[str, str]]:
    return vragen_van(_rows(p, "vragen"))


def _uitgenodigd(p: Parsed) -> list[str]:
    return [o.strip() for o in _rows(p, "organisaties") if o.strip()]


def _per_vraag(p: Parsed, vid: str) -> dict[str, str]:
    """{organisation: its answer text} for one question, organisations in the session's order."""
    return {e["organisatie"]: e["antwoorden"][vid] for e in _rows(p, "antwoorden")
            if answer_lines(e["antwoorden"].get(vid, ""))}


def _analyses(p: Parsed) -> dict[str, Analyse]:
    invited = _uitgenodigd(p)
    return {vid: analyse(tekst, _per_vraag(p, vid), invited) for vid, tekst in _vragen(p)}


def _zonder_antwoorden(p: Parsed) -> list[str]:
    binnen = {org_key(e["organisatie"]) for e in _rows(p, "antwoorden")}
    return [o for o in _uitgenodigd(p) if org_key(o) not in binnen]


def ontvangen(p: Parsed) -> d.Draft:
    """The answers in the session, one part per organisation, with buttons to change them."""
    entries = _rows(p, "antwoorden")
    nvragen = len(_vragen(p))
    parts = []
    for e in entries:
        waar = f"bestand {e['bestand']}" if e["bron"] == "bestand" and e["bestand"] else "ingetypt op deze pagina"
        beantwoord = sum(1 for vid, _ in _vragen(p) if answer_lines(e["antwoorden"].get(vid, "")))
        parts.append(d.Part(e["organisatie"], (
            d.facts([("Bron", waar),
                     ("Beantwoord", f"{beantwoord} van {nvragen} vragen, "
                                    f"{aantal(aantal_antwoorden(e['antwoorden']), 'antwoord', 'antwoorden')}")]),
            d.buttons(("antwoorden-bewerken", e["organisatie"], f"Pas de antwoorden van {e['organisatie']} aan"),
                      ("antwoorden-verwijderen", e["organisatie"], f"Haal de antwoorden van {e['organisatie']} weg")),
        )))
    invited = _uitgenodigd(p)
    nog = _zonder_antwoorden(p)
    intro = (f"Antwoorden van {aantal(len(entries), 'organisatie', 'organisaties')}."
             + (f" Nog niet binnen: {', '.join(nog)}." if nog else (" Alle uitgenodigde organisaties zijn binnen."
                                                                    if invited and entries else "")))
    return d.Draft("Ontvangen antwoorden", subtitle=intro, parts=tuple(parts),
                   footer="" if entries else "Er zijn nog geen antwoorden. Open de antwoordbestanden van de "
                                             "partners, of typ hieronder antwoorden in.")


def flapovers(p: Parsed) -> d.Draft:
    """One flip-over per question: every answer with its organisation, and the suggestions."""
    analyses = _analyses(p)
    rode = _rows(p, "rode_draden") or {}
    parts = []
    for i, (vid, tekst) in enumerate(_vragen(p), 1):
        a = analyses[vid]
        per_org = _per_vraag(p, vid)
        blocks: list[d.Block] = []
        if per_org:
            blocks.append(d.facts([(org, "\n".join(answer_lines(t))) for org, t in per_org.items()]))
        else:
            blocks.append(d.note("Nog geen antwoorden op deze vraag."))
        if a.zonder_antwoord:
            blocks.append(d.note(f"Geen antwoord van: {', '.join(a.zonder_antwoord)}."))
        if a.termen:
            blocks.append(d.paragraph("Komt terug bij meer organisaties (een suggestie, geen conclusie):"))
            blocks.append(d.items([f"{t.label}: {', '.join(t.organisaties)}" for t in a.termen[:12]]))
        if a.themas:
            blocks.append(d.paragraph("Thema's bij meer organisaties:"))
            blocks.append(d.items([f"{t.label}: {', '.join(t.organisaties)}" for t in a.themas]))
        if a.los and len(per_org) > 1:
            blocks.append(d.paragraph("Staat alleen (vraag hier door):"))
            blocks.append(d.items([f"{line} ({org})" for org, line in a.los]))
        if (rode.get(vid) or "").strip():
            blocks.append(d.paragraph(f"Rode draad: {rode[vid].strip()}"))
        parts.append(d.Part(vraag_label(i, tekst), tuple(blocks), anchor=f"flap-{vid}"))
    return d.Draft("Flap-overs", subtitle="Per vraag alle antwoorden, met de organisatie die ze gaf."
                   if parts else "", parts=tuple(parts),
                   footer="" if parts else "Schrijf eerst de vragen op.")


def beeld_data(p: Parsed) -> dict[str, Any]:
    """The data of the integraal-beeld file (see beeld.py for the format)."""
    analyses = _analyses(p)
    rode = _rows(p, "rode_draden") or {}
    vragen = []
    for vid, tekst in _vragen(p):
        antwoorden = [{"organisatie": org, "tekst": line}
                      for org, t in _per_vraag(p, vid).items() for line in answer_lines(t)]
        vragen.append({"id": vid, "tekst": tekst, "rode_draad": (rode.get(vid) or "").strip(),
                       "antwoorden": antwoorden,
                       "terugkerend": [{"term": t.label, "organisaties": list(t.organisaties)}
                                       for t in analyses[vid].termen]})
    return {
        "sessie": {"id": p.values.get("sessie_id") or "", "groep": (p.values.get("groep") or "").strip(),
                   "gemeente": (p.values.get("gemeente") or "").strip(),
                   "datum": (p.values.get("datum") and p.values["datum"].strftime("%d-%m-%Y")) or "",
                   "organisaties": _uitgenodigd(p)},
        "deelnemers": [x.strip() for x in _rows(p, "deelnemers") if x.strip()],
        "duiding": (p.values.get("duiding") or "").strip(),
        "vragen": vragen,
        "open_punten": [x.strip() for x in _rows(p, "open_punten") if x.strip()],
        "geen_antwoord": _zonder_antwoorden(p),
    }


def integraal_beeld(p: Parsed) -> d.Draft:
    return beeld_draft(beeld_data(p), p.today)


def sessie_feiten(sessie: dict[str, Any]) -> list[tuple[str, str]]:
    """The facts of a session as a partner sees them in the question file."""
    return [(k, v) for k, v in (("Groep", sessie["groep"]), ("Gemeente", sessie["gemeente"]),
                                ("Datum van de sessie", datum_tekst(sessie["datum"]))) if v]
