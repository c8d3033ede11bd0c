"""The browser worker's entry point: one JSON request in, one JSON response out.

Like a small protocol handler, `handle()` knows a fixed set of request types and rejects
anything else. It never raises: every failure becomes a Dutch error response, so the page can
say what went wrong and keep what the user typed.

    hello    -> ready                      the worker is up
    check    -> checked                    messages, derived facts, the draft as HTML
    render   -> rendered                   the draft as md / txt / html / docx (base64), a table as csv,
                                           or the form's package as zip (base64)
    export   -> document                   the form's own file, one of its exports, or (a form that
                                           holds documents) one of those documents alone
    form     -> form                       a form's HTML, for a page that hosts several forms
    open     -> opened | updated | question  files the user chose (replace, or take in)
    action   -> updated | question         a named action of the form (remove answers, say); may name a
                                           document the page should show ("toon")
    refresh  -> refreshed                  data-dependent fields and views, as HTML
"""
from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from formlogic import __version__
from formlogic._model import FormDefinition, Outcome
from formlogic.csvfile import form_csv
from formlogic.docx import render_docx
from formlogic.document import DocumentError, dumps, load_document, to_document
from formlogic.dutch import parse_date
from formlogic.forms import UnknownForm, get_form
from formlogic.intake import Replace, brought_in, open_files
from formlogic.render import FORMATS, render
from formlogic.validation import build_draft, check, normalize

Response = dict[str, Any]
MAX_FILES = 100


def _error(text: str) -> Response:
    return {"type": "error", "tekst": text}


def _form_and_data(req: dict[str, Any]):
    form = get_form(str(req.get("formulier", "")))
    data = req.get("gegevens")
    if not isinstance(data, dict):
        raise ValueError("gegevens ontbreken")
    return form, data


def _today(req: dict[str, Any]) -> date:
    """The page sends its local date: Python in the browser may only know UTC."""
    return parse_date(str(req.get("vandaag") or "")) or date.today()


def _slug(text: str) -> str:
    """A safe piece of a file name: letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def file_name(form: FormDefinition, parsed, today: date, ext: str, stem: str | None = None) -> str:
    stem = stem or (form.file_stem(parsed) if form.file_stem else form.key)
    return f"{_slug(stem) or form.key}-{today.isoformat()}.{ext}"


def _messages(msgs) -> list[dict[str, Any]]:
    return [m.to_json() for m in msgs]


def _check(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    result = check(form, data, today=_today(req))
    draft = build_draft(form, result)
    return {
        "type": "checked",
        "ok": result.ok,
        "meldingen": _messages(result.messages),
        "afgeleid": result.derived,
        "concept": None if draft is None else {"html": render(draft, "html")},
    }


def _export(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    today = _today(req)
    if form.holds and req.get("kind"):
        return _export_child(form, data, str(req["kind"]), today)
    name = req.get("document")
    if not name:
        parsed = check(form, data, today=today).parsed
        return {"type": "document", "bestandsnaam": file_name(form, parsed, today, "json"),
                "tekst": dumps(to_document(form, data))}
    export = form.exports.get(str(name))
    if export is None:
        return _error(f"Onbekend document '{name}'.")
    result = check(form, data, today=today)
    if export.needs_valid and not result.ok:
        return {**_error(f"'{export.label}' kan nog niet: verbeter eerst de fouten in het formulier."),
                "meldingen": _messages(result.messages)}
    key, doc_data = export.build(result.parsed)
    if mark := result.parsed.values.get("voorbeeld"):  # an example's exports are examples too
        doc_data = {**doc_data, "voorbeeld": mark}
    other = get_form(key)
    stem = export.filename(result.parsed) if export.filename else other.key
    return {"type": "document", "bestandsnaam": file_name(other, result.parsed, today, "json", stem),
            "tekst": dumps(to_document(other, doc_data))}


def _export_child(form: FormDefinition, data: dict[str, Any], cid: str, today: date) -> Response:
    """One document of a form that holds documents, saved out alone: its own form's file."""
    from formlogic.container import children, find

    entries = normalize(form, data).get(form.holds) or []
    i = find(entries, cid)
    if i is None:
        return _error("Dit document staat niet (meer) in de werkmap.")
    child = children([entries[i]])[0]
    if child.form is None:
        return {"type": "document", "bestandsnaam": f"document-{_slug(cid) or 'los'}.json",
                "tekst": dumps(child.document)}
    parsed = check(child.form, child.data, today=today).parsed
    doc = to_document(child.form, child.data)
    doc["opgeslagen"] = child.saved or doc["opgeslagen"]
    return {"type": "document", "bestandsnaam": file_name(child.form, parsed, today, "json"), "tekst": dumps(doc)}


def _render(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    fmt = req.get("formaat", "md")
    if fmt not in (*FORMATS, "docx") and not (fmt == "csv" and form.csv) and not (fmt == "zip" and form.package):
        return _error(f"Onbekend formaat '{fmt}'.")
    today = _today(req)
    result = check(form, data, today=today)
    if fmt == "zip":  # every document in its own formats; documents with errors only as their file
        from formlogic.pack import pack

        return {"type": "rendered", "formaat": "zip", "bestandsnaam": file_name(form, result.parsed, today, "zip"),
                "base64": base64.b64encode(pack(form.package(result.parsed))).decode("ascii")}
    if fmt == "csv":
        if not result.ok:
            return _error("Het bestand voor Excel kan nog niet worden gemaakt: verbeter eerst de fouten in het formulier.")
        return {"type": "rendered", "formaat": "csv", "bestandsnaam": file_name(form, result.parsed, today, "csv"),
                "tekst": form_csv(form, result.parsed)}
    draft = build_draft(form, result)
    if draft is None:
        return _error("Het concept kan nog niet worden gemaakt: verbeter eerst de fouten in het formulier.")
    name = file_name(form, result.parsed, today, fmt)
    if fmt == "docx":  # binary: travels as base64 in the JSON reply
        return {"type": "rendered", "formaat": "docx", "bestandsnaam": name,
                "base64": base64.b64encode(render_docx(draft)).decode("ascii")}
    return {"type": "rendered", "formaat": fmt, "bestandsnaam": name,
            "tekst": render(draft, fmt, standalone=fmt == "html")}


def _outcome(form: FormDefinition, outcome: Outcome) -> Response:
    if outcome.conflicts:
        return {"type": "question", "conflicten": [c.to_json() for c in outcome.conflicts]}
    data = None if outcome.data is None else normalize(form, outcome.data)
    reply = {"type": "updated", "gegevens": data, "meldingen": _messages(outcome.messages)}
    if outcome.show:
        reply["toon"] = outcome.show
    return reply


def _files(req: dict[str, Any]) -> list[tuple[str, str]]:
    if "tekst" in req:  # one file, as the page sent it before files could be several
        return [(str(req.get("naam") or "bestand"), str(req["tekst"]))]
    files = req.get("bestanden")
    if not isinstance(files, list):
        raise ValueError("bestanden ontbreken")
    return [(str(f.get("naam", "bestand")), str(f.get("tekst", ""))) for f in files[:MAX_FILES] if isinstance(f, dict)]


def _open(req: dict[str, Any]) -> Response:
    form = get_form(str(req.get("formulier", "")))
    files = _files(req)
    if not form.accepts and len(files) == 1:  # a form that takes in nothing: its own file only
        try:
            form, data, notes = load_document(files[0][1], expected_form=form.key)
        except DocumentError as e:
            return _error(str(e))
        notes = [*notes, *brought_in(form, None, data, [files[0][0]])]
        return {"type": "opened", "formulier": form.key, "gegevens": data, "meldingen": _messages(notes)}
    data = req.get("gegevens") if isinstance(req.get("gegevens"), dict) else {}
    keuzes = req.get("keuzes") if isinstance(req.get("keuzes"), dict) else {}
    result = open_files(form, normalize(form, data), files, keuzes)
    if isinstance(result, Replace):
        return {"type": "opened", "formulier": form.key, "gegevens": result.data,
                "meldingen": _messages(result.notes)}
    return _outcome(form, result)


def _action(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    action = form.actions.get(str(req.get("naam", "")))
    if action is None:
        return _error(f"Onbekende actie '{req.get('naam')}'.")
    norm = normalize(form, data)
    parsed = check(form, norm, today=_today(req)).parsed
    keuzes = req.get("keuzes") if isinstance(req.get("keuzes"), dict) else {}
    # "document": data of a document a form holds, as its page has it now (put back into a werkmap)
    args = {"arg": str(req.get("arg") or ""), "keuzes": keuzes, "document": req.get("document")}
    return _outcome(form, action(norm, parsed, args))


def _refresh(req: dict[str, Any]) -> Response:
    from formlogic.formhtml import render_dynamic, render_views  # only forms with such parts need it

    form, data = _form_and_data(req)
    names = req.get("weergaven")
    names = [str(n) for n in names] if isinstance(names, list) else None
    return {"type": "refreshed", "velden": render_dynamic(form, data),
            "weergaven": render_views(form, data, names, today=_today(req))}


def _form(req: dict[str, Any]) -> Response:
    """A form's HTML for a page that hosts several forms (the werkmap shows its documents with
    their own forms): the same HTML its own page has, drawn here instead of at build time."""
    from formlogic.formhtml import render_form

    form = get_form(str(req.get("formulier", "")))
    return {"type": "form", "formulier": form.key, "html": render_form(form, hosted=bool(req.get("ingebed")))}


def _hello(req: dict[str, Any]) -> Response:
    return {"type": "ready", "versie": __version__}


HANDLERS: dict[str, Callable[[dict[str, Any]], Response]] = {
    "action": _action,
    "check": _check,
    "export": _export,
    "form": _form,
    "hello": _hello,
    "open": _open,
    "refresh": _refresh,
    "render": _render,
}


def respond(req: Any) -> Response:
    if not isinstance(req, dict) or req.get("type") not in HANDLERS:
        kind = req.get("type") if isinstance(req, dict) else type(req).__name__
        return _error(f"Onbekend verzoek: {kind!r}.")
    try:
        return HANDLERS[req["type"]](req)
    except UnknownForm as e:
        return _error(str(e))
    except Exception as e:  # noqa: BLE001 - the page must get an answer, never a dead worker
        return _error(f"Er ging iets mis in de controle ({type(e).__name__}). Uw tekst blijft staan; "
                      "probeer het opnieuw of download uw gegevens.")


def handle(request_json: str) -> str:
    """JSON text in, JSON text out (what the worker calls)."""
    try:
        req = json.loads(request_json)
    except json.JSONDecodeError:
        return json.dumps(_error("Onleesbaar verzoek."))
    resp = respond(req)
    if isinstance(req, dict) and "id" in req:
        resp["id"] = req["id"]
    return json.dumps(resp, ensure_ascii=False)

