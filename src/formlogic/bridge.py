"""The browser worker's entry point: one JSON request in, one JSON response out.

Like a small protocol handler, `handle()` knows a fixed set of request types and rejects
anything else. It never raises: every failure becomes a Dutch error response, so the page can
say what went wrong and keep what the user typed.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from formlogic import __version__
from formlogic.dutch import parse_date
from formlogic.document import DocumentError, dumps, load_document, to_document
from formlogic.forms import UnknownForm, get_form
from formlogic.render import FORMATS, render
from formlogic.validation import build_draft, check

Response = dict[str, Any]


def _error(text: str) -> Response:
    return {"type": "error", "tekst": text}


def _form_and_data(req: dict[str, Any]):
    form = get_form(str(req.get("formulier", "")))
    data = req.get("gegevens")
    if not isinstance(data, dict):
        raise ValueError("gegevens ontbreken")
    return form, data


def _today(req: dict[str, Any]) -> date | None:
    """The page sends its local date: Python in the browser may only know UTC."""
    return parse_date(str(req.get("vandaag") or "")) or None


def _check(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    result = check(form, data, today=_today(req))
    draft = build_draft(form, result)
    return {
        "type": "checked",
        "ok": result.ok,
        "meldingen": [m.to_json() for m in result.messages],
        "afgeleid": result.derived,
        "concept": None if draft is None else {"html": render(draft, "html")},
    }


def _export(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    return {
        "type": "document",
        "bestandsnaam": f"{form.key}-{date.today().isoformat()}.json",
        "tekst": dumps(to_document(form, data)),
    }


def _render(req: dict[str, Any]) -> Response:
    form, data = _form_and_data(req)
    fmt = req.get("formaat", "md")
    if fmt not in FORMATS:
        return _error(f"Onbekend formaat '{fmt}'.")
    result = check(form, data, today=_today(req))
    draft = build_draft(form, result)
    if draft is None:
        return _error("Het concept kan nog niet worden gemaakt: verbeter eerst de fouten in het formulier.")
    return {
        "type": "rendered",
        "formaat": fmt,
        "bestandsnaam": f"{form.key}-{date.today().isoformat()}.{fmt}",
        "tekst": render(draft, fmt, standalone=fmt == "html"),
    }


def _open(req: dict[str, Any]) -> Response:
    try:
        form, data, notes = load_document(str(req.get("tekst", "")), expected_form=req.get("formulier"))
    except DocumentError as e:
        return _error(str(e))
    return {"type": "opened", "formulier": form.key, "gegevens": data, "meldingen": [m.to_json() for m in notes]}


def _hello(req: dict[str, Any]) -> Response:
    return {"type": "ready", "versie": __version__}


HANDLERS: dict[str, Callable[[dict[str, Any]], Response]] = {
    "check": _check,
    "export": _export,
    "hello": _hello,
    "open": _open,
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
