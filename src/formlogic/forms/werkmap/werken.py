"""Working inside the werkmap: make a document, open one, put it back, take other documents in,
take one out. What the werkmap knows (group, gemeente, member codes, dates) fills what a document
leaves empty; it never overwrites what was typed. Documents another form takes in (the integraal
beeld and the interventiematrix for the plan, a gespreksverslag for the bevestiging) go through
that form's own intake, with its own questions.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from formlogic._model import Conflict, Data, FormDefinition, Message, Option, Outcome, Parsed
from formlogic.container import MAX_CHILDREN, Child, children, describe, entry, find, new_id, sources
from formlogic.dutch import lange_datum, parse_date
from formlogic.formhtml import initial_data
from formlogic.intake import take_in
from formlogic.validation import is_filled_row, normalize


def _forms() -> dict[str, FormDefinition]:
    from formlogic.forms import FORMS  # the registry is built after this module is imported

    return FORMS


def maakbaar() -> list[FormDefinition]:
    """The forms a werkmap can make a document of: those the step pages link to, in their order."""
    from formlogic.kruisverwijzingen import formulieren

    forms = _forms()
    return [forms[k] for k in formulieren() if k in forms and not forms[k].holds]


def _leeg(value: Any) -> bool:
    return not (value.strip() if isinstance(value, str) else value)


def _lid(basis: Data, code: str) -> dict[str, str] | None:
    return next((m for m in basis.get("leden") or [] if m.get("code", "").strip().casefold() == code.casefold()), None)


def vul(form: FormDefinition, data: Data, basis: Data, lid: Mapping[str, str] | None = None) -> tuple[Data, list[str]]:
    """The document's data with what the werkmap knows put in its empty fields; and the labels
    of the fields that were filled. Fields match by name: the forms share these names."""
    fields = {f.name: f for f in form.fields()}
    new, gevuld = dict(data), []

    def put(name: str, value: Any) -> None:
        if name in fields and _leeg(new.get(name)) and not _leeg(value):
            new[name] = value
            gevuld.append(fields[name].label.lower())

    for name in ("groep", "gemeente"):
        if name in fields and fields[name].type == "text":
            put(name, (basis.get(name) or "").strip())
    if "peildatum" in fields:
        put("peildatum", basis.get("volgend_overleg") or "")
    leden_veld = fields.get("leden")
    leden = [m for m in basis.get("leden") or [] if m.get("code", "").strip()]
    if leden_veld and leden_veld.type == "group" and leden and \
            not any(is_filled_row(leden_veld, r) for r in new.get("leden") or []):
        columns = [c.name for c in leden_veld.item_fields]
        new["leden"] = [{c: m.get(c, "") if c in ("code", "positie") else "" for c in columns} for m in leden]
        gevuld.append(leden_veld.label.lower())
    if lid is not None:
        put("initialen", lid.get("code", ""))
        put("jongere", lid.get("code", ""))
        positie = fields.get("positie")
        if positie is not None and lid.get("positie") in {o.value for o in positie.options}:
            put("positie", lid["positie"])
    tot = parse_date(basis.get("bewaren_tot") or "")
    if "bewaartermijn" in fields and tot is not None:
        put("bewaartermijn", f"Tot {lange_datum(tot)}, zoals afgesproken bij het afschalen.")
    return new, gevuld


def leer(basis: Data, form: FormDefinition, data: Data) -> tuple[Data, list[str]]:
    """The werkmap's basics with what a document adds where the werkmap is still empty."""
    new, geleerd = dict(basis), []
    for name, label in (("groep", "werknaam van de groep"), ("gemeente", "gemeente")):
        value = data.get(name)
        if isinstance(value, str) and value.strip() and _leeg(new.get(name)):
            new[name] = value.strip()
            geleerd.append(label)
    leden = [r for r in data.get("leden") or [] if isinstance(r, dict) and str(r.get("code", "")).strip()]
    if leden and not any(str(m.get("code", "")).strip() for m in new.get("leden") or []):
        new["leden"] = [{"code": r["code"].strip(), "positie": r.get("positie", "")} for r in leden]
        geleerd.append("groepsleden")
    return new, geleerd


def _gevuld_tekst(gevuld: list[str]) -> str:
    return f" Uit de werkmap ingevuld: {', '.join(gevuld)}." if gevuld else ""


def _zoek(data: Data, cid: str) -> tuple[int, Child] | Outcome:
    entries = data.get("documenten") or []
    i = find(entries, cid)
    if i is None:
        return Outcome(None, (Message("error", "Dit document staat niet (meer) in de werkmap."),))
    return i, children([entries[i]])[0]


def _vervang(data: Data, i: int, new_entry: dict) -> Data:
    entries = list(data.get("documenten") or [])
    entries[i] = new_entry
    return {**data, "documenten": entries}


def _neem_over(form: FormDefinition, child_data: Data, kids: list[Child], today, keuzes: Mapping[str, str],
               only: str = "", zelf: str = "") -> Outcome:
    """The documents of the werkmap this form takes in, through the form's own intakes."""
    incoming = [s for key in form.accepts for s in sources([k for k in kids if k.id != zelf], key, today, only)]
    if not incoming:
        return Outcome(None)
    return take_in(form, normalize(form, child_data), incoming, keuzes)


def nieuw(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: a new document in the werkmap. arg: "form key", "form key|doc:<id>" (take that
    document in, e.g. a gespreksverslag into a bevestiging) or "form key|lid:<code>"."""
    key, _, bron = str(args.get("arg", "")).partition("|")
    form = next((f for f in maakbaar() if f.key == key), None)
    if form is None:
        return Outcome(None, (Message("error", "Van dit soort document kan de werkmap er geen maken."),))
    entries = data.get("documenten") or []
    if len(entries) >= MAX_CHILDREN:
        return Outcome(None, (Message("error", f"Een werkmap houdt hoogstens {MAX_CHILDREN} documenten."),))
    only = bron[4:] if bron.startswith("doc:") else ""
    lid = _lid(data, bron[4:]) if bron.startswith("lid:") else None
    child_data, gevuld = vul(form, initial_data(form), data, lid)
    kids = children(entries)
    if only and not any(k.id == only and k.form is not None and k.form.key in form.accepts for k in kids):
        return Outcome(None, (Message("error", "Het document om van uit te gaan, staat niet (meer) in de werkmap."),))
    taken = _neem_over(form, child_data, kids, parsed.today, args.get("keuzes") or {}, only)
    if taken.conflicts:
        return taken
    cid = new_id(entries)
    new = {**data, "documenten": [*entries, entry(cid, form, taken.data or child_data)]}
    return Outcome(new, (Message("info", f"Nieuw in de werkmap: {form.title}.{_gevuld_tekst(gevuld)}"),
                         *taken.messages), show=cid)


def openen(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: show a document; its empty fields get what the werkmap knows."""
    found = _zoek(data, str(args.get("arg", "")))
    if isinstance(found, Outcome):
        return found
    i, child = found
    if child.form is None:
        return Outcome(None, (Message("error", f"Dit document kan deze site niet openen: {child.problem}"),))
    filled, gevuld = vul(child.form, child.data, data)
    if not gevuld:
        return Outcome(None, show=child.id)
    new = _vervang(data, i, entry(child.id, child.form, filled))
    return Outcome(new, (Message("info", f"{describe(child)}:{_gevuld_tekst(gevuld)}"),), show=child.id)


def terugzetten(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: a document's data as its page holds it now goes back into the werkmap (arg: the
    id; "document": the data). What the werkmap did not know yet, it learns."""
    found = _zoek(data, str(args.get("arg", "")))
    if isinstance(found, Outcome):
        return found
    i, child = found
    given = args.get("document")
    if child.form is None or not isinstance(given, dict):
        return Outcome(None, (Message("error", "Dit document kan niet worden teruggezet."),))
    new_data = normalize(child.form, given)
    if new_data == child.data:
        return Outcome(None)
    basis, geleerd = leer(data, child.form, new_data)
    new = _vervang(basis, i, entry(child.id, child.form, new_data))
    text = f"{describe(children([new['documenten'][i]])[0])} is bijgewerkt in de werkmap."
    if geleerd:
        text += f" De werkmap nam over: {', '.join(geleerd)}."
    return Outcome(new, (Message("info", text),))


def overnemen(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: a document takes in what the werkmap has for it (the plan: the integraal beeld of
    a session and the interventiematrix), with its own form's questions."""
    found = _zoek(data, str(args.get("arg", "")))
    if isinstance(found, Outcome):
        return found
    i, child = found
    if child.form is None or not child.form.accepts:
        return Outcome(None, (Message("error", "Dit document neemt niets over."),))
    taken = _neem_over(child.form, child.data, children(data.get("documenten") or []), parsed.today,
                       args.get("keuzes") or {}, zelf=child.id)
    if taken.conflicts:
        return taken
    if taken.data is None:
        return Outcome(None, (*taken.messages,
                              Message("info", f"De werkmap heeft nog niets dat {describe(child)} kan overnemen.")),
                       show=child.id)
    return Outcome(_vervang(data, i, entry(child.id, child.form, taken.data)), taken.messages, show=child.id)


def verwijderen(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: take a document out of the werkmap, after the user said yes."""
    cid = str(args.get("arg", ""))
    found = _zoek(data, cid)
    if isinstance(found, Outcome):
        return found
    i, child = found
    keuze = (args.get("keuzes") or {}).get(f"weg-{cid}")
    if keuze == "nee":
        return Outcome(None, (Message("info", "Het document blijft in de werkmap."),))
    if keuze != "ja":
        return Outcome(None, (), (Conflict(f"weg-{cid}", f"Wilt u {describe(child)} uit de werkmap halen? Bewaar het "
                                                         "eerst los als u het nog nodig heeft.", (
            Option("nee", "Nee, laat het in de werkmap"), Option("ja", "Ja, haal het uit de werkmap"))),))
    entries = list(data.get("documenten") or [])
    del entries[i]
    return Outcome({**data, "documenten": entries}, (Message("info", f"{describe(child)} is uit de werkmap gehaald."),))


ACTIONS = {"nieuw": nieuw, "openen": openen, "terugzetten": terugzetten, "overnemen": overnemen,
           "verwijderen": verwijderen}
