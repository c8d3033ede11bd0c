"""Opening files on a form page: the form's own file replaces the work (as before); files of
other forms that this form takes in (answers files into a session, say) go to the form's
intake, which merges them and may ask the user to choose. Anything else is refused, file by
file, with a Dutch message; what the user typed is never touched by a refused file.

Text that comes in from a file gets the privacy scan typed text gets, and its warnings say
which file it came from: the form's own checks run over the data before and after, and each
warning that the file brought is reported with the file's name (`brought_in`). The same checks
keep warning afterwards, beside the fields, as for typed text.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from formlogic._model import Data, FormDefinition, Incoming, Message, Outcome
from formlogic.document import DocumentError, load_document
from formlogic.messages import lcfirst
from formlogic.validation import privacy_warnings


@dataclass(frozen=True)
class Replace:
    """The user opened this form's own file: it replaces the work."""

    data: Data
    notes: tuple[Message, ...]


def _refused(name: str, text: str) -> Message:
    return Message("error", f"{name}: {text} Het bestand is niet geopend.")


def _elsewhere(form: FormDefinition, other: FormDefinition) -> str:
    text = f"Dit bestand hoort bij het formulier '{other.title}'."
    if other.page:
        text += " Open het op de pagina van dat formulier."
    return text


def brought_in(form: FormDefinition, before: Data | None, after: Data, names: list[str]) -> list[Message]:
    """The privacy warnings `after` has and `before` had not, said as coming from the files
    named: "politie.json: de tekst in het antwoord van Politie op vraag 3 lijkt ..."."""
    known = {(w.field, w.text) for w in privacy_warnings(form, before)} if before is not None else set()
    source = ", ".join(names)
    return [Message("warning", f"{source}: {lcfirst(w.text)}", w.field)
            for w in privacy_warnings(form, after) if (w.field, w.text) not in known]


def open_files(form: FormDefinition, data: Data, files: list[tuple[str, str]],
               keuzes: Mapping[str, str]) -> Replace | Outcome:
    """Open what the user chose: one own file replaces; accepted files are taken in."""
    messages: list[Message] = []
    incoming: dict[str, list[Incoming]] = {}
    for name, text in files:
        try:
            other, other_data, notes = load_document(text)
        except DocumentError as e:
            messages.append(_refused(name, str(e)))
            continue
        if other.key == form.key:
            if len(files) == 1:
                return Replace(other_data, (*notes, *brought_in(form, None, other_data, [name])))
            messages.append(_refused(name, f"Open een bestand van '{form.title}' los, niet samen met andere bestanden."))
        elif other.key in form.accepts:
            incoming.setdefault(other.key, []).append(Incoming(name, other.key, other_data))
            messages.extend(Message(n.level, f"{name}: {n.text}") for n in notes)
        else:
            messages.append(_refused(name, _elsewhere(form, other)))
    taken = take_in(form, data, [f for batch in incoming.values() for f in batch], keuzes)
    if taken.conflicts:
        return taken
    return Outcome(taken.data, (*messages, *taken.messages), (), taken.show)


def take_in(form: FormDefinition, data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """Documents of other forms through this form's intakes, one batch per form, in order of
    arrival. The first batch with open questions stops it: nothing is changed until the user
    has answered them all (the page asks, and sends everything again with the answers)."""
    batches: dict[str, list[Incoming]] = {}
    for f in files:
        batches.setdefault(f.form, []).append(f)
    messages: list[Message] = []
    current: Data | None = None
    show = ""
    for key, batch in batches.items():
        before = current or data
        outcome = form.accepts[key](before, batch, keuzes)
        if outcome.conflicts:
            return Outcome(None, (), outcome.conflicts)
        messages.extend(outcome.messages)
        if outcome.data is not None:
            messages.extend(brought_in(form, before, outcome.data, [f.name for f in batch]))
        current = outcome.data if outcome.data is not None else current
        show = outcome.show or show
    return Outcome(current, tuple(messages), (), show)
