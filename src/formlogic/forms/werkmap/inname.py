"""Files dropped on the werkmap land where they belong (formlogic/intake.py has checked,
upgraded and normalized them already, and refused what is no form file of this site; it also
gives what the files bring the privacy scan, through the werkmap's documents field):

- a partner's answers file goes into the circulair-vragen session it was made for, through the
  session's own intake (the same refusals and questions as on the session's page); with no
  session in the werkmap yet, it is kept as a document of its own;
- any other form's file becomes a document of the werkmap. When the werkmap already has that
  document (the same session, another interventiematrix, plan or evaluatie), the user chooses:
  put it next to it, replace it, or leave it out. The same file twice is kept once.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from formlogic._model import Conflict, Data, Incoming, Message, Option, Outcome
from formlogic.container import MAX_CHILDREN, Child, children, describe, entry, new_id
from formlogic.forms.circulair.common import normalize_sessie
from formlogic.forms.werkmap.werken import _forms, leer

# Of these the werkmap usually holds one: a second asks first.
EEN_PER_WERKMAP = ("interventiematrix", "plan-van-aanpak", "evaluatie")
ANTWOORDEN, SESSIE = "circulair-antwoorden", "circulair-vragen"


def _zelfde(child: Child, f: Incoming) -> bool:
    """Whether the werkmap's document is the one this file holds (another copy of it)."""
    if child.form is None or child.form.key != f.form:
        return False
    if f.form == SESSIE:
        return bool(f.data.get("sessie_id")) and child.data.get("sessie_id") == f.data.get("sessie_id")
    return f.form in EEN_PER_WERKMAP


def _vraag(key: str, child: Child, f: Incoming) -> Conflict:
    saved = child.saved[:10]
    return Conflict(key, f"In de werkmap staat al {describe(child)}" + (f", bijgewerkt op {saved}" if saved else "")
                    + f". Wat doet u met {f.name}?", (
        Option("erbij", "Zet het ernaast in de werkmap"),
        Option("vervang", "Vervang het document in de werkmap"),
        Option("niet", "Laat het bestand weg")))


def _antwoorden(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """Answers files into the session each was made for, through the session's own intake."""
    from formlogic.forms.circulair.sessie import SESSIE as SESSIE_FORM

    entries = list(data.get("documenten") or [])
    kids = children(entries)
    sessies = [k for k in kids if k.form is not None and k.form.key == SESSIE]
    if not sessies:
        return _los(data, files, keuzes, "Er is nog geen sessie circulair vragen in de werkmap: het antwoordbestand "
                                         "staat er als los document in.")
    messages: list[Message] = []
    per_sessie: dict[str, list[Incoming]] = {}
    for f in files:
        sid = normalize_sessie(f.data.get("sessie"))["id"]
        match = next((s for s in sessies if sid and s.data.get("sessie_id") == sid), None)
        # No match: the only session's own intake refuses it with the words its page uses.
        target = match or (sessies[0] if len(sessies) == 1 else None)
        if target is None:
            messages.append(Message("error", f"{f.name}: dit antwoordbestand hoort bij geen van de sessies in de "
                                             "werkmap. Het bestand is niet geopend."))
            continue
        per_sessie.setdefault(target.id, []).append(f)
    changed = False
    for sessie in sessies:
        batch = per_sessie.get(sessie.id)
        if not batch:
            continue
        outcome = SESSIE_FORM.accepts[ANTWOORDEN](sessie.data, batch, keuzes)
        if outcome.conflicts:
            return Outcome(None, (), outcome.conflicts)
        messages.extend(outcome.messages)
        if outcome.data is not None:
            i = next(i for i, e in enumerate(entries) if e["id"] == sessie.id)
            entries[i] = entry(sessie.id, SESSIE_FORM, outcome.data)
            changed = True
    return Outcome({**data, "documenten": entries} if changed else None, tuple(messages))


def _los(data: Data, files: list[Incoming], keuzes: Mapping[str, str], note: str = "") -> Outcome:
    """Each file a document of the werkmap (asking first where it already has one)."""
    forms = _forms()
    entries = list(data.get("documenten") or [])
    basis = data
    messages: list[Message] = []
    vragen: list[Conflict] = []
    for n, f in enumerate(files):
        form = forms[f.form]
        kids = children(entries)
        if any(k.form is not None and k.form.key == f.form and k.data == f.data for k in kids):
            messages.append(Message("info", f"{f.name}: dit document staat al zo in de werkmap."))
            continue
        bestaand = next((k for k in kids if _zelfde(k, f)), None)
        plek = len(entries)  # at the end, unless it replaces a document
        if bestaand is not None:
            key = f"werkmap-{f.form}-{n}"
            keuze = keuzes.get(key)
            if keuze is None:
                vragen.append(_vraag(key, bestaand, f))
                continue
            if keuze == "niet":
                messages.append(Message("info", f"{f.name}: niet in de werkmap gezet."))
                continue
            if keuze == "vervang":
                plek = next(i for i, e in enumerate(entries) if e["id"] == bestaand.id)
        vervangt = plek < len(entries)
        if not vervangt and len(entries) >= MAX_CHILDREN:
            messages.append(Message("error", f"{f.name}: de werkmap houdt hoogstens {MAX_CHILDREN} documenten. "
                                             "Het bestand is niet geopend."))
            continue
        new_entry = entry(entries[plek]["id"] if vervangt else new_id(entries), form, f.data)
        entries[plek:plek + 1] = [new_entry]
        basis, geleerd = leer(basis, form, f.data)
        text = (f"{f.name}: vervangt {describe(bestaand)} in de werkmap." if vervangt and bestaand else
                f"{f.name}: staat nu in de werkmap als {describe(children([new_entry])[0])}.")
        if note:
            text += f" {note}"
        if geleerd:
            text += f" De werkmap nam over: {', '.join(geleerd)}."
        messages.append(Message("info", text))
    if vragen:
        return Outcome(None, (), tuple(vragen))
    changed = entries != list(data.get("documenten") or []) or basis is not data
    return Outcome({**basis, "documenten": entries} if changed else None, tuple(messages))


def neem_op(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """The werkmap's intake for every form's files (one batch per form, see formlogic/intake.py)."""
    if files and files[0].form == ANTWOORDEN:
        return _antwoorden(data, files, keuzes)
    return _los(data, files, keuzes)


class ElkFormulier(Mapping[str, Any]):
    """The werkmap takes in the files of every form but its own kind: a mapping over the form
    registry, read when a file arrives (the registry is built after this module is imported)."""

    def _keys(self) -> list[str]:
        return [k for k, f in _forms().items() if not f.holds]

    def __getitem__(self, key: str):
        if key not in self._keys():
            raise KeyError(key)
        return neem_op

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())
