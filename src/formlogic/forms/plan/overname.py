"""Taking files of other forms into the plan van aanpak: an integraal beeld (circulair vragen)
and an interventiematrix. What they bring is kept whole in the plan's file; empty text fields of
the plan are filled from them, nothing typed is overwritten. A second file of the same kind
replaces the first only when the user says so."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from formlogic._model import Conflict, Data, Incoming, Message, Option, Outcome
from formlogic.forms.circulair.beeld import normalize_vragen
from formlogic.forms.circulair.common import normalize_sessie
from formlogic.forms.interventiematrix.begrippen import DOELEN, SPOREN, label

SOORT = {"beeld": "integraal beeld", "matrix": "interventiematrix"}


def normalize_beeld(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    return {"naam": str(value.get("naam", ""))[:200], "sessie": normalize_sessie(value.get("sessie")),
            "duiding": str(value.get("duiding", "")), "vragen": normalize_vragen(value.get("vragen")),
            "open_punten": [p for p in value.get("open_punten") or [] if isinstance(p, str)]}


def normalize_matrix(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    acties = [{k: (str(a.get(k, "")) if k != "doelen" else [x for x in a.get("doelen") or [] if isinstance(x, str)])
               for k in ("wat", "doelen", "spoor", "gericht_op", "partner", "soort", "start", "eind", "resultaat", "status")}
              for a in value.get("acties") or [] if isinstance(a, dict)]
    return {"naam": str(value.get("naam", ""))[:200], "groep": str(value.get("groep", "")), "acties": acties}


def _ask(kind: str, existing: dict, name: str) -> Conflict:
    return Conflict(kind, f"Er staat al een {SOORT[kind]} in het plan (uit {existing.get('naam') or 'een bestand'}). "
                          f"Wilt u het vervangen door {name}?", (
        Option("nee", f"Nee, houd het {SOORT[kind]} dat er al staat"), Option("ja", f"Ja, vervang het door {name}")))


# What the intake writes into the plan's own fields, one function each: the draft uses the same
# functions to recognise that text, so it shows it once (with the file's part) and not twice.
def rode_draden(beeld: dict) -> list[str]:
    return [f"{v['tekst']} {v['rode_draad']}" for v in beeld["vragen"] if v["rode_draad"]]


def genummerd(matrix: dict) -> list[tuple[int, dict]]:
    """The matrix's actions with text, numbered as the plan's table of actions numbers them."""
    return list(enumerate((a for a in matrix["acties"] if a["wat"].strip()), 1))


def spoor_regels(matrix: dict, spoor: str) -> list[str]:
    return [f"- {a['wat']}" + (f" ({a['partner']})" if a["partner"] else "")
            for _, a in genummerd(matrix) if a["spoor"] == spoor]


def taken(matrix: dict) -> dict[str, str]:
    """Per partner, its actions in one line (what fills an empty 'Rollen en taken')."""
    partners = list(dict.fromkeys(a["partner"].strip() for _, a in genummerd(matrix) if a["partner"].strip()))
    return {p: "; ".join(a["wat"] for _, a in genummerd(matrix) if a["partner"].strip() == p) for p in partners}


def _fill(data: Data, key: str, text: str) -> None:
    if text and not str(data.get(key) or "").strip():
        data[key] = text


def neem_beeld_op(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    f = files[-1]
    if data.get("beeld") and keuzes.get("beeld") != "ja":
        if keuzes.get("beeld") == "nee":
            return Outcome(None, (Message("info", "Het integraal beeld dat er al stond, is gebleven."),))
        return Outcome(None, (), (_ask("beeld", data["beeld"], f.name),))
    beeld = normalize_beeld({**f.data, "naam": f.name})
    new = dict(data, beeld=beeld)
    _fill(new, "groep", beeld["sessie"]["groep"])
    _fill(new, "gemeente", beeld["sessie"]["gemeente"])
    _fill(new, "probleem", beeld["duiding"])
    _fill(new, "duiding", "\n".join(rode_draden(beeld)))
    return Outcome(new, (Message("info", f"{f.name}: het integraal beeld is overgenomen. De rode draden staan bij de "
                                         "duiding; pas ze aan waar nodig."),))


def neem_matrix_op(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    f = files[-1]
    if data.get("matrix") and keuzes.get("matrix") != "ja":
        if keuzes.get("matrix") == "nee":
            return Outcome(None, (Message("info", "De interventiematrix die er al stond, is gebleven."),))
        return Outcome(None, (), (_ask("matrix", data["matrix"], f.name),))
    matrix = normalize_matrix({**f.data, "naam": f.name})
    new = dict(data, matrix=matrix)
    _fill(new, "groep", matrix["groep"])
    for spoor in SPOREN:
        _fill(new, f"spoor_{spoor.value}", "\n".join(spoor_regels(matrix, spoor.value)))
    if not new.get("doelen"):
        used = {d for a in matrix["acties"] for d in a["doelen"]}
        new["doelen"] = [o.value for o in DOELEN if o.value in used]
    if not any(r.get("partner", "").strip() for r in new.get("rollen") or []):
        new["rollen"] = [{"partner": p, "taak": taak} for p, taak in taken(matrix).items()]
    n = len(matrix["acties"])
    return Outcome(new, (Message("info", f"{f.name}: {n} acties uit de interventiematrix zijn overgenomen, per spoor "
                                         f"({', '.join(label(SPOREN, s.value).lower() for s in SPOREN)})."),))
