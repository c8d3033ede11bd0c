"""MkDocs hook: write ready-made web-server settings into the built site (folder `beheer/`).

An ICT team gets a folder of static files; these files tell its server which headers to send.
The Content-Security-Policy lists the hashes of the theme's inline scripts, computed from the
pages just built, so it is exact for this build.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.sitebuild.csp import server_files  # noqa: E402


def on_post_build(config, **kwargs) -> None:
    out = Path(config["site_dir"]) / "beheer"
    out.mkdir(exist_ok=True)
    for name, text in server_files(Path(config["site_dir"])).items():
        (out / name).write_text(text, encoding="utf-8")
