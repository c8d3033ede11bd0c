"""Form pages start Python from the top of their head (hooks/form_start.py); other pages do not."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from hooks.form_start import FORM, HOST, static_imports

STARTER = re.compile(r'<script>[^<]*new Worker\("([^"]+)"[^<]*kbPythonStart[^<]*</script>')
PRELOAD = re.compile(r'<link rel="modulepreload" href="([^"]+)">')


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def resolves(site: Path, page: Path, url: str) -> Path:
    rel = page.relative_to(site).as_posix()
    return site / urljoin(rel, url)


def test_every_form_page_starts_the_worker_before_its_style_sheets(built_site: Path):
    form_pages = [p for p in pages(built_site) if FORM in p.read_text(encoding="utf-8")]
    assert len(form_pages) >= 10
    for page in form_pages:
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        start = STARTER.search(head)
        assert start, page
        assert start.start() < head.index('rel="stylesheet"'), f"{page}: a script after a style sheet waits for it"
        assert resolves(built_site, page, start.group(1)).name == "pyodide-worker.mjs"
        assert resolves(built_site, page, start.group(1)).is_file(), page
        preloads = PRELOAD.findall(head)
        entry = "form-host.mjs" if HOST in html else "form-app.mjs"  # a page hosting several forms (werkmap)
        assert [Path(u).name for u in preloads] == static_imports(entry), page
        assert all(resolves(built_site, page, u).is_file() for u in preloads), page


def test_the_form_code_preloads_every_module_it_imports():
    names = static_imports("form-app.mjs")
    assert names[0] == "form-app.mjs"
    assert {"worker-client.mjs", "form-data.mjs", "form-dialog.mjs"} <= set(names)  # form-dialog: two imports deep
    assert "presenter.mjs" not in names  # loaded with import() when a form has views: not preloaded
    hosted = static_imports("form-host.mjs")
    assert hosted[0] == "form-host.mjs" and set(names) <= set(hosted)  # the host imports the form code itself


def test_pages_without_a_form_load_no_python(built_site: Path):
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        if FORM in html:
            continue
        assert "kbPythonStart" not in html, page
        assert "modulepreload" not in html, page
