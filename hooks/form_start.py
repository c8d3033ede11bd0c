"""MkDocs hook: a form page starts Python from its head, not after all its scripts.

Without this the worker started only after the theme's scripts, site.mjs and the form code had
loaded one after another (0.3 s after navigation on a later visit, 0.9 s on a first one,
benchmarks/pyodide_ready.py). Now a small inline script at the top of the head (form_start.js)
starts the worker as soon as the page has drawn its first frame (first paint is not delayed:
on two cores the worker and the page share the processor), and keeps what the worker says
until the form code (worker-client.mjs) takes it over. The same script holds back the theme's
search index until Python is ready or the reader goes to the search field: building it took
the processor for half a second while Python started.

It stands before the style sheets on purpose: a script after them would wait for them. The
Content-Security-Policy allows it by its hash, like the theme's own inline scripts
(tools/sitebuild/csp.py); where a server's policy does not, the form code starts the worker
itself, later, and the index loads at once. A page opened in a background tab starts the
worker within a second too (no frames are drawn there).

The head also asks for the form code's modules at once (modulepreload), so they load side by
side instead of one import after another. Pages without a form get nothing: no Pyodide at all.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from mkdocs.utils import get_relative_url

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "js"
FORM = 'class="kb-app" data-formulier="'
CHARSET = '<meta charset="utf-8">'
_STATIC_IMPORT = re.compile(r'^import\s[^;]*?["\'](\./[\w-]+\.mjs)["\'];', re.MULTILINE)

STARTER_JS = Path(__file__).with_name("form_start.js")


def static_imports(entry: str) -> list[str]:
    """`entry` and every module it imports statically (not import()), in a stable order."""
    seen: list[str] = []
    todo = [entry]
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        todo += [m.removeprefix("./") for m in _STATIC_IMPORT.findall((JS / name).read_text(encoding="utf-8"))]
    return seen


def js_url(name: str, page_url: str) -> str:
    return get_relative_url(f"assets/js/{name}", page_url)


@cache
def starter_script() -> str:
    """form_start.js without its whole-line comments and indentation (read once per build)."""
    lines = (line.strip() for line in STARTER_JS.read_text(encoding="utf-8").splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


def starter(page_url: str) -> str:
    return "<script>" + starter_script().replace("{url}", js_url("pyodide-worker.mjs", page_url)) + "</script>"


HOST = 'class="kb-host" data-host="'


def preloads(page_url: str, entry: str = "form-app.mjs") -> str:
    return "".join(f'<link rel="modulepreload" href="{js_url(name, page_url)}">\n'
                   for name in static_imports(entry))


def on_post_page(output: str, page, config, **kwargs) -> str:
    if FORM not in output or CHARSET not in output:
        return output
    output = output.replace(CHARSET, CHARSET + "\n" + starter(page.url), 1)
    entry = "form-host.mjs" if HOST in output else "form-app.mjs"  # a host imports form-app.mjs itself
    return output.replace("</head>", preloads(page.url, entry) + "</head>", 1)
