"""The site's version and build date in Dutch, for the hosting page (tools/sitebuild/version.py
is the one source; the footer uses the same)."""
from __future__ import annotations

from datetime import date

from formlogic.dutch import lange_datum


def render_versie(versie: str, bouwdatum: date) -> str:
    """'versie 0.9.0, gebouwd op 4 december 2026'"""
    return f"versie {versie}, gebouwd op {lange_datum(bouwdatum)}"
