"""Taking files of other forms into the plan van aanpak: an integraal beeld (circulair vragen)
and an interventiematrix. What they bring is kept whole in the plan's file; empty text fields of
the plan are filled from them, nothing typed is overwritten. A second file of the same kind
replaces the first only when the user says so."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from formlogic._model import Conflict, Data, Incoming, Message, Option, Outcome
from formlogic.forms.circulair.beeld import normalize_vragen, vragen_teksten
from formlogic.forms.circulair.common import normalize_sessie
from formlogic.forms.interventiematrix.begrippen import DOELEN, SOORTEN, SPOREN, STATUSSEN, label

SOORT = {"beeld": "integraal beeld", "matrix": "interventiematrix"}


def normalize_beeld(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    return {"naam": str(value.get("naam", ""))[:200], "sessie": normalize_sessie(value.get("sessie")),
            "duiding": str(value.get("duiding", "")), "vragen": normalize_vragen(value.get("vragen")),
            "open_punten": [p for p in value.get("open_punten") or [] if isinstance(p, str)]}


# The matrix's choices: a value that is none of the options (a file edited by hand) is dropped.
KEUZES = {"spoor": SPOREN, "soort": SOORTEN, "status": STATUSSEN}


def _keuze(key: str, value: Any) -> str:
    return value if isinstance(value, str) and value in {o.value for o in KEUZES[key]} else ""


def normalize_matrix(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    doelen = {o.value for o in DOELEN}
    acties = [{k: ([x for x in a.get("doelen") or [] if x in doelen] if k == "doelen"
                   else _keuze(k, a.get(k)) if k in KEUZES else str(a.get(k, "")))
               for k in ("wat", "doelen", "spoor", "gericht_op", "partner", "soort", "start", "eind", "resultaat", "status")}
              for a in value.get("acties") or [] if isinstance(a, dict)]
    return {"naam": str(value.get("naam", ""))[:200], "groep": str(value.get("groep", "")), "acties": acties}


def beeld_teksten(beeld: dict[str, Any], data: Data) -> Iterator[tuple[str, str]]:
    """What people wrote in the integraal beeld taken in, with where, for the privacy scan."""
    waar = "van het overgenomen integraal beeld"
    sessie = beeld["sessie"]
    for text in (sessie["groep"], sessie["gemeente"], sessie["datum"], *sessie["organisaties"]):
        yield f"in de gegevens over de sessie {waar}", text
    yield f"in de duiding {waar}", beeld["duiding"]
    yield from vragen_teksten(beeld["vragen"], f" {waar}")
    for i, punt in enumerate(beeld["open_punten"], 1):
        yield f"in open punt {i} {waar}", punt


# The matrix's columns with text people wrote (dates as typed too), as the matrix names them.
MATRIX_TEKSTEN = (("wat", "Wat"), ("gericht_op", "Gericht op"), ("partner", "Wie"), ("start", "Start"), ("eind", "Eind"),
                  ("resultaat", "Verwacht resultaat"))


def matrix_teksten(matrix: dict[str, Any], data: Data) -> Iterator[tuple[str, str]]:
    """What people wrote in the interventiematrix taken in, with where, for the privacy scan."""
    yield "in de naam van de groep in de overgenomen interventiematrix", matrix["groep"]
    for i, a in enumerate(matrix["acties"], 1):
        for key, label_ in MATRIX_TEKSTEN:
            yield f"bij '{label_}' van actie {i} in de overgenomen interventiematrix", a[key]


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
