"""Every guidance page ends with the source it draws on (issue: 'ends with the source')."""
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
OWN_PAGES = {"formulieren/index.md", "over/privacy-van-deze-site.md", "over/beheer.md", "begrippen.md", "bronnen.md"}
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", [p for p in PAGES if p not in OWN_PAGES])
def test_last_section_names_the_source(page):
    headings = re.findall(r"^## (.+)$", (DOCS / page).read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert headings and headings[-1].split("{")[0].strip() in ("Bron", "Bronnen"), (page, headings[-1:])
