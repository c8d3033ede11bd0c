"""formlogic: the pure-Python logic of the Jeugdgroepen Kennisbank forms.

Runs unchanged on CPython (build, tests, command line) and in Pyodide (the browser worker).
No I/O, no network: functions take and return JSON-able data.
"""
__version__ = "0.9.0"

from formlogic._model import Field, FormDefinition, Message, Option, Parsed, Section, field_id
from formlogic.document import DocumentError, dumps, load_document, to_document
from formlogic.forms import FORMS, UnknownForm, get_form
from formlogic.render import render
from formlogic.validation import CheckResult, build_draft, check

__all__ = [
    "FORMS",
    "CheckResult",
    "DocumentError",
    "Field",
    "FormDefinition",
    "Message",
    "Option",
    "Parsed",
    "Section",
    "UnknownForm",
    "build_draft",
    "check",
    "dumps",
    "field_id",
    "get_form",
    "load_document",
    "render",
    "to_document",
]
