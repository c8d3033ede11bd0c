"""MkDocs hook: the date line under every page, the site's version in the footer, and the
"Meld een fout of stel een vraag" link (overrides/partials/source-file.html, copyright.html,
melden.html).

Last changed. mkdocs-git-revision-date-localized-plugin gives the date of the last commit of
a page's Markdown file. A page whose text comes from data (a macro reading data/ or a form
definition) changed when that data changed too, so the newest of those dates counts. Without
the full git history the dates cannot be known per page: a shallow clone (as CI makes) dates
an old file at its oldest commit, a copy without git at the build. Then the plugin is switched
off and every page says "op of vóór <the build's date>", which is true for every page.

Last checked. data/inhoudscontrole.yml names the reports of the reviews against the sources
(notes/inhoudscontrole-2026-12/): a page in the first column of a report's table was checked
on that report's date.

The version and the build date come from tools/sitebuild/version.py, the one source for them.
The report link is set by the hosting organisation in one place: `extra.melden` in mkdocs.yml,
or the environment variable KENNISBANK_MELDEN at build time (an e-mail address or the address
of their own intranet page); without it the link goes to the page that says whom to ask.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from mkdocs.exceptions import ConfigurationError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "src"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from formlogic.dutch import lange_datum  # noqa: E402
from tools.sitebuild.version import build_date, site_version  # noqa: E402

PLUGIN = "git-revision-date-localized"
TIJDZONE = ZoneInfo("Europe/Amsterdam")

# The files a macro's output comes from: they date the pages that call it. A macro that is not
# listed counts as reading all of data/ and the form definitions (never too old a date).
BRONBESTANDEN: dict[str, tuple[str, ...]] = {
    "render_form": ("src/formlogic/forms",),
    "render_begrippenlijst": ("data/begrippen.yml",),
    "render_praktijk": ("data/kruisverwijzingen.yml", "data/praktijkfragmenten.yml"),
    "render_formulieren": ("data/kruisverwijzingen.yml",),
    "render_formulieren_per_stap": ("data/kruisverwijzingen.yml",),
    "render_methoden": ("data/kruisverwijzingen.yml",),
    "render_repertoire": ("src/formlogic/forms/interventiematrix",),
    "render_posities": ("src/formlogic/forms/interventiematrix",),
    "render_richtingen": ("src/formlogic/forms/interventiematrix",),
    "render_casus": ("data/oefencasussen.yml",),
    "render_casus_bron": ("data/oefencasussen.yml",),
    "render_casussen": ("data/oefencasussen.yml",),
    "render_welke_stap": ("data/welke-stap.yml", "data/situaties.yml"),
    "render_situaties": ("data/situaties.yml", "data/welke-stap.yml", "data/kruisverwijzingen.yml"),
    "render_situaties_overzicht": ("data/situaties.yml",),
    "kernpunt": ("src/formlogic/kernpunten.py",),
    "kernpunt_tekst": ("src/formlogic/kernpunten.py",),
    "kernpunt_tekst_advies": ("src/formlogic/kernpunten.py",),
    "render_privacy_per_stap": ("src/formlogic/kernpunten.py",),
    "render_ringen": ("src/formlogic/kernpunten.py",),
}
ONBEKEND = ("data", "src/formlogic/forms")
MACRO_CALL = re.compile(r"\{\{-?\s*([A-Za-z_]\w*)\s*\(")
PAGE_IN_REPORT = re.compile(r"[\w./-]+\.md")
EMAIL = re.compile(r"[^@\s/:]+@[^@\s/:]+\.[A-Za-z]{2,}")


# -- pure parts (tests/site/test_paginadatum.py) ------------------------------------------------

def geschiedenis(root: Path) -> str:
    """'volledig' (git with all its history), 'ondiep' (a shallow clone) or 'geen' (no git)."""
    try:
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "--is-shallow-repository"],
                             capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "geen"
    return "ondiep" if out == "true" else "volledig" if out == "false" else "geen"


def bronbestanden(markdown: str) -> set[str]:
    """The files (repository-relative) the macros called in a page's Markdown read."""
    return {f for name in MACRO_CALL.findall(markdown) for f in BRONBESTANDEN.get(name, ONBEKEND)}


def paginas_in_verslag(text: str, docs: Path, map_: str = "") -> set[str]:
    """The docs pages a review report names in the first column of its tables; a report that
    names its pages inside one folder gives that folder as `map_` (looked in first)."""
    pages: set[str] = set()
    for line in text.splitlines():
        cells = line.split("|")
        if len(cells) < 3 or set(cells[1].strip()) <= set("-: "):
            continue
        for found in PAGE_IN_REPORT.findall(cells[1].replace("`", "")):
            found = found.removeprefix("docs/")
            for page in ([f"{map_.strip('/')}/{found}"] if map_ else []) + [found]:
                if (docs / page).is_file():
                    pages.add(page)
                    break
    return pages


@dataclass(frozen=True)
class Controle:
    datum: date
    verslag: str


def load_controles(path: Path, root: Path, docs: Path) -> dict[str, Controle]:
    """The newest check of each page: {docs page: Controle}."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    per_pagina: dict[str, Controle] = {}
    for entry in raw.get("controles") or []:
        verslag, datum = entry["verslag"], entry["datum"]
        if not isinstance(datum, date):
            raise ValueError(f"inhoudscontrole: {verslag}: datum als 2026-12-03, niet {datum!r}")
        pages = paginas_in_verslag((root / verslag).read_text(encoding="utf-8"), docs, entry.get("map", ""))
        for page in entry.get("paginas") or []:  # a report whose first column names no pages
            if not (docs / page).is_file():
                raise ValueError(f"inhoudscontrole: {verslag}: pagina {page!r} bestaat niet")
            pages.add(page)
        if not pages:
            raise ValueError(f"inhoudscontrole: {verslag} noemt geen pagina's in de eerste kolom")
        for page in pages:
            if page not in per_pagina or per_pagina[page].datum < datum:
                per_pagina[page] = Controle(datum, verslag)
    return per_pagina


def melden(value: str | None) -> dict[str, str]:
    """The report link's setting: an e-mail address, a web page, or nothing (the page that
    explains whom to ask)."""
    value = (value or "").strip()
    if not value:
        return {"soort": "uitleg", "adres": ""}
    if EMAIL.fullmatch(value.removeprefix("mailto:")):
        return {"soort": "mail", "adres": value.removeprefix("mailto:")}
    if re.match(r"https?://[^\s/]+", value):
        return {"soort": "pagina", "adres": value}
    raise ConfigurationError(
        f"extra.melden (of KENNISBANK_MELDEN): geef een e-mailadres of het adres van een webpagina "
        f"(https://...), niet {value!r}.")


def datumregel(wijzigingen: Iterable[date], zeker: bool) -> dict[str, str | bool]:
    """The 'Laatst gewijzigd' of a page from the dates of its source files."""
    d = max(wijzigingen)
    return {"iso": d.isoformat(), "tekst": lange_datum(d), "zeker": zeker}


# -- the build ---------------------------------------------------------------------------------

_state: dict = {}


@event_priority(100)  # before the plugin's on_config, which already asks git
def on_config(config, **kwargs):
    root = Path(config["config_file_path"]).resolve().parent  # the project being built
    history = geschiedenis(root)
    plugin = config.plugins.get(PLUGIN)
    if plugin is not None and history != "volledig":
        plugin.config["enabled"] = False  # no per-page dates to give; see the module's docstring
    bouw = build_date(root)
    docs = Path(config["docs_dir"])
    _state.clear()
    _state.update(root=root, plugin=plugin if history == "volledig" else None, bouw=bouw,
                  controles=load_controles(root / "data" / "inhoudscontrole.yml", root, docs),
                  datums={})
    config["extra"]["kb_versie"] = site_version()
    config["extra"]["kb_bouwdatum"] = lange_datum(bouw)
    config["extra"]["kb_bouwdatum_iso"] = bouw.isoformat()
    config["extra"]["kb_melden"] = melden(config["extra"].get("melden"))
    return config


def _datum_van(path: str) -> date:
    """The date of the last commit of a repository file or folder (with the plugin's git)."""
    datums: dict[str, date] = _state["datums"]
    if path not in datums:
        _, ts = _state["plugin"].util.get_git_commit_timestamp(str(_state["root"] / path))
        datums[path] = datetime.fromtimestamp(ts, TIJDZONE).date()
    return datums[path]


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    plugin, meta = _state.get("plugin"), page.meta
    if plugin is not None and meta.get("git_revision_date_localized_raw_iso_date"):
        eigen = date.fromisoformat(meta["git_revision_date_localized_raw_iso_date"])
        bronnen = bronbestanden(page.file.content_string) if meta.get("render_macros") else set()
        zeker = bool(meta.get("git_revision_date_localized_hash"))  # no hash: not in git yet
        meta["kb_datum"] = datumregel([eigen, *map(_datum_van, sorted(bronnen))], zeker)
    else:
        meta["kb_datum"] = datumregel([_state["bouw"]], zeker=False)
    if controle := _state["controles"].get(page.file.src_uri):
        meta["kb_controle"] = {"iso": controle.datum.isoformat(), "tekst": lange_datum(controle.datum)}
    return markdown

