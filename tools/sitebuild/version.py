"""The site's version and build date: one source for the footer, the hosting page and `make dist`.

The version is formlogic's `__version__` (src/formlogic/__init__.py): the forms' logic is what
a release is about, and the worker already reports that number. It is read from the file, not
imported, so the build never picks up another installed formlogic.

The build date is reproducible: the same checkout gives the same date on any machine and any
day. Order (the Reproducible Builds convention: an explicit SOURCE_DATE_EPOCH wins):
1. SOURCE_DATE_EPOCH (seconds since 1970, UTC), when set: a packager or CI chose the date;
2. the commit date of HEAD, when the source is a git checkout;
3. today, as the last resort (a copy of the source without git history).
"""
from __future__ import annotations

import ast
import os
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INIT = ROOT / "src" / "formlogic" / "__init__.py"


def site_version(init: Path = INIT) -> str:
    """formlogic.__version__, read from its source file, e.g. '0.9.0'."""
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", None) == "__version__"
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            return node.value.value
    raise ValueError(f"no __version__ = '...' in {init}")


def _from_epoch(value: str) -> date | None:
    try:
        return datetime.fromtimestamp(int(value.strip()), tz=timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None


def _git_commit_date(root: Path) -> date | None:
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%cs", "HEAD"],
                             capture_output=True, text=True, timeout=10, check=True).stdout.strip()
        return date.fromisoformat(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def build_date(root: Path = ROOT, environ: dict[str, str] | None = None) -> date:
    """The date this build stands for (see the module's docstring for the order)."""
    env = os.environ if environ is None else environ
    if (epoch := env.get("SOURCE_DATE_EPOCH")) and (d := _from_epoch(epoch)):
        return d
    return _git_commit_date(root) or date.today()
