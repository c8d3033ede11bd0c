"""MkDocs hook: a form page starts Python from its head, not after all its scripts.

Without this the worker started only after the theme's scripts, site.mjs and the form code had
loaded one after another (0.3 s after navigation on a later visit, 0.9 s on a first one,
benchmarks/pyodide_ready.py). Now a small inline script at the top of the head starts the
worker as soon as the page has drawn its first frame (first paint is not delayed: on two cores
the worker and the page share the processor), and keeps what the worker says until the form
code (worker-client.mjs) takes it over. It stands before the style sheets on purpose: a script
after them would wait for them. The Content-Security-Policy allows it by its hash, like the
theme's own inline scripts (tools/sitebuild/csp.py); where a server's policy does not, the
form code starts the worker itself, later. A page opened in a background tab starts it within
a second too (no frames are drawn there).

The head also asks for the form code's modules at once (modulepreload), so they load side by
side instead of one import after another. Pages without a form get nothing: no Pyodide at all.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils import get_relative_url

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "js"
FORM = 'class="kb-app" data-formulier="'
CHARSET = '<meta charset="utf-8">'
_STATIC_IMPORT = re.compile(r'^import\s[^;]*?["\'](\./[\w-]+\.mjs)["\'];', re.MULTILINE)

# Plain old JavaScript on purpose: it runs before anything else, in every browser the site serves.
STARTER = ('(function(){var started=false;function start(){if(started)return;started=true;'
           'try{var w=new Worker("{url}",{type:"module"}),said=[];'
           'w.onmessage=w.onerror=function(e){said.push(e);if(e.type==="error")e.preventDefault()};'
           'window.kbPythonStart={worker:w,said:said}}catch(e){}}'
           'requestAnimationFrame(function(){setTimeout(start,0)});setTimeout(start,1000)})();')


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


def starter(page_url: str) -> str:
    return "<script>" + STARTER.replace("{url}", js_url("pyodide-worker.mjs", page_url)) + "</script>"


def preloads(page_url: str) -> str:
    return "".join(f'<link rel="modulepreload" href="{js_url(name, page_url)}">\n'
                   for name in static_imports("form-app.mjs"))


def on_post_page(output: str, page, config, **kwargs) -> str:
    if FORM not in output or CHARSET not in output:
        return output
    output = output.replace(CHARSET, CHARSET + "\n" + starter(page.url), 1)
    return output.replace("</head>", preloads(page.url) + "</head>", 1)
