"""MkDocs hook: write ready-made web-server settings into the built site (folder `beheer/`),
and build the 404 page for the address the site is installed at.

An ICT team gets a folder of static files; these files tell its server which headers to send.
The Content-Security-Policy lists the hashes of the theme's inline scripts, computed from the
pages just built, so it is exact for this build.

Every page links relatively, so the site works at any address, except the 404 page: a server
sends it for any unknown path, at any depth, so its links must be root-absolute. MkDocs takes
that root from `site_url`, which this site leaves unset (it has no one address). The address
is `extra.basispad` in mkdocs.yml (/jeugdgroepen/; KENNISBANK_BASE overrides it); the 404 page is
rendered with it as its root, and the server settings name the same page.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mkdocs.commands.build import get_context

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.sitebuild.serverconfig import DEFAULT_BASE, normalize_base, server_files  # noqa: E402
from tools.sitebuild.version import build_date, site_version  # noqa: E402


def base_path(config) -> str:
    return normalize_base(os.environ.get("KENNISBANK_BASE") or str(config.extra.get("basispad") or DEFAULT_BASE))


def on_template_context(context, template_name: str, config, **kwargs):
    """The 404 page's root is the address, where MkDocs would take `site_url`'s path."""
    if template_name != "404.html":
        return context
    fresh = get_context(context["nav"], context["pages"], config, base_url=base_path(config))
    # A new dict, not a change to this one: mkdocs-print-site-plugin keeps this one for the
    # handbook, which has a base of its own (hooks/print_site.py).
    return {**context, **{k: fresh[k] for k in ("base_url", "extra_css", "extra_javascript")}}


def on_post_build(config, **kwargs) -> None:
    out = Path(config["site_dir"]) / "beheer"
    out.mkdir(exist_ok=True)
    base = base_path(config)
    for name, text in server_files(Path(config["site_dir"]), base).items():
        (out / name).write_text(text, encoding="utf-8")
    # Which build a running site is: https://server/jeugdgroepen/beheer/versie.json
    info = {"versie": site_version(), "bouwdatum": build_date().isoformat(), "basispad": base}
    (out / "versie.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
