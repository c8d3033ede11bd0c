"""The integraal beeld: what a circulair-vragen session produces, as a document of its own.

This is an interface: the concept plan van aanpak takes this file in. Change it only with a
version bump and a migration. Version 1:

    {
      "formulier": "integraal-beeld", "versie": 1, "opgeslagen": "2026-11-24T10:00:00",
      "gegevens": {
        "sessie": {"id": str, "groep": str, "gemeente": str,
                   "datum": str (as typed, e.g. "20-11-2026"), "organisaties": [str]},
        "deelnemers": [str],             # who took part (organisation and role)
        "duiding": str,                  # the problem in short, in the room's words ("" if none)
        "vragen": [{                     # in the session's order
            "id": str, "tekst": str,
            "rode_draad": str,           # as the room agreed it ("" if not yet)
            "antwoorden": [{"organisatie": str, "tekst": str}],   # one entry per answer line
            "terugkerend": [{"term": str, "organisaties": [str]}] # suggestions, not conclusions
        }],
        "open_punten": [str],
        "geen_antwoord": [str]           # invited organisations that sent no answers at all
      }
    }

The draft (md, html, txt) is built from this data alone, so the command line prints the same
integraal beeld from the session file or from this file.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from formlogic import draft as d
from formlogic._model import Field, FormDefinition, Parsed, Section
from formlogic.dutch import lange_datum
from formlogic.forms.circulair.common import datum_tekst, normalize_sessie, vraag_label
from formlogic.kernpunten import kernpunt, voetregel


def _str_list(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def vragen_teksten(vragen: list[dict[str, Any]], waar: str = "") -> Iterator[tuple[str, str]]:
    """What people wrote in the questions part, with where (`waar`: " van het ... beeld"), for
    the privacy scan."""
    for i, v in enumerate(vragen, 1):
        yield f"in vraag {i}{waar}", v["tekst"]
        yield f"in de rode draad bij vraag {i}{waar}", v["rode_draad"]
        for a in v["antwoorden"]:
            yield f"in de naam van een organisatie bij vraag {i}{waar}", a["organisatie"]
            yield f"in het antwoord van {a['organisatie']} op vraag {i}{waar}", a["tekst"]
        for t in v["terugkerend"]:
            for text in (t["term"], *t["organisaties"]):
                yield f"in wat terugkomt bij vraag {i}{waar}", text


def normalize_vragen(value: Any) -> list[dict[str, Any]]:
    """The `vragen` part in shape; never raises."""
    out = []
    for v in value if isinstance(value, list) else []:
        if not isinstance(v, dict):
            continue
        antwoorden = [
            {"organisatie": str(a.get("organisatie", "")), "tekst": str(a.get("tekst", ""))}
            for a in v.get("antwoorden", []) if isinstance(a, dict)
        ] if isinstance(v.get("antwoorden"), list) else []
        terugkerend = [
            {"term": str(t.get("term", "")), "organisaties": _str_list(t.get("organisaties"))}
            for t in v.get("terugkerend", []) if isinstance(t, dict)
        ] if isinstance(v.get("terugkerend"), list) else []
        out.append({"id": str(v.get("id", "")), "tekst": str(v.get("tekst", "")),
                    "rode_draad": str(v.get("rode_draad", "")), "antwoorden": antwoorden,
                    "terugkerend": terugkerend})
    return out


def _per_organisatie(antwoorden: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(organisation, its answers one per line), in the order they first answered."""
    grouped: dict[str, list[str]] = {}
    for a in antwoorden:
        grouped.setdefault(a["organisatie"], []).append(a["tekst"])
    return [(org, "\n".join(lines)) for org, lines in grouped.items()]


def beeld_draft(beeld: dict[str, Any], today: date) -> d.Draft:
    """The integraal beeld as a draft document, from the data of an integraal-beeld file."""
    sessie = normalize_sessie(beeld.get("sessie"))
    feiten = [
        ("Groep", sessie["groep"]),
        ("Gemeente", sessie["gemeente"]),
        ("Datum van de sessie", datum_tekst(sessie["datum"])),
        ("Uitgenodigd", ", ".join(sessie["organisaties"])),
        ("Geen antwoorden van", ", ".join(_str_list(beeld.get("geen_antwoord")))),
        ("Deelnemers", "\n".join(_str_list(beeld.get("deelnemers")))),
    ]
    parts = [d.Part("De sessie", (d.facts([(k, v) for k, v in feiten if v]),))]
    if beeld.get("duiding"):
        parts.append(d.Part("Duiding in het kort", (d.paragraph(str(beeld["duiding"])),)))
    for i, vraag in enumerate(normalize_vragen(beeld.get("vragen")), 1):
        blocks: list[d.Block] = []
        if vraag["rode_draad"].strip():
            blocks.append(d.paragraph(f"Rode draad: {vraag['rode_draad'].strip()}"))
        else:
            blocks.append(d.note("Voor deze vraag is nog geen rode draad vastgesteld."))
        if vraag["antwoorden"]:
            blocks.append(d.facts(_per_organisatie(vraag["antwoorden"])))
        else:
            blocks.append(d.note("Op deze vraag kwamen geen antwoorden."))
        parts.append(d.Part(vraag_label(i, vraag["tekst"]), tuple(blocks)))
    if punten := [p for p in _str_list(beeld.get("open_punten")) if p.strip()]:
        parts.append(d.Part("Open punten", (d.items(punten),)))
    groep = sessie["groep"] or "de groep"
    return d.Draft(
        title=f"Integraal beeld: {groep}",
        subtitle=f"Concept van {lange_datum(today)}, uit een sessie circulair vragen",
        parts=tuple(parts),
        footer=voetregel(kernpunt("beeld-delen"), kernpunt("geanonimiseerd").kort),
    )


def _draft(p: Parsed) -> d.Draft:
    return beeld_draft(dict(p.values), p.today)


INTEGRAAL_BEELD = FormDefinition(
    key="integraal-beeld",
    title="Integraal beeld",
    intro="Het integraal beeld uit een sessie circulair vragen.",
    version=1,
    sections=(Section("Integraal beeld", (
        Field("sessie", "Sessie", "data", normalize_data=normalize_sessie),
        Field("deelnemers", "Deelnemers", "list", max_items=60),
        Field("duiding", "Duiding in het kort", "textarea", privacy_scan=True),
        Field("vragen", "Vragen", "data", normalize_data=normalize_vragen, texts=lambda v, data: vragen_teksten(v)),
        Field("open_punten", "Open punten", "list", max_items=40, privacy_scan=True),
        Field("geen_antwoord", "Geen antwoorden van", "list", max_items=60),
    )),),
    build_draft=_draft,
    draft_title="Integraal beeld",
)
