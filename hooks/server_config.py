"""MkDocs hook: write ready-made web-server settings into the built site (folder `beheer/`).

An ICT team gets a folder of static files; these files tell its server which headers to send.
The Content-Security-Policy lists the hashes of the theme's inline scripts, computed from the
pages just built, so it is exact for this build.

The settings name the site's 404 page by its address, which a server needs whole: the path
`extra.basispad` in mkdocs.yml (/jeugdgroepen/; KENNISBANK_BASE overrides it). The page
itself works at any address (hooks/niet_gevonden.py). beheer/versie.json says which build a
running site is.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.sitebuild.serverconfig import DEFAULT_BASE, normalize_base, server_files  # noqa: E402
from tools.sitebuild.version import build_date, site_version  # noqa: E402


def base_path(config) -> str:
    return normalize_base(os.environ.get("KENNISBANK_BASE") or str(config.extra.get("basispad") or DEFAULT_BASE))


def on_post_build(config, **kwargs) -> None:
    out = Path(config["site_dir"]) / "beheer"
    out.mkdir(exist_ok=True)
    base = base_path(config)
    for name, text in server_files(Path(config["site_dir"]), base).items():
        (out / name).write_text(text, encoding="utf-8")
    # Which build a running site is: https://server/jeugdgroepen/beheer/versie.json
    info = {"versie": site_version(), "bouwdatum": build_date().isoformat(), "basispad": base}
    (out / "versie.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
