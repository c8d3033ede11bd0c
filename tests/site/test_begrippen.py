"""The glossary source (data/begrippen.yml) and its rendering (macros/begrippen.py)."""
from pathlib import Path

import pytest

from macros.begrippen import Begrip, abbreviation_lines, anker, load_begrippen, render_begrippenlijst

DATA = Path(__file__).resolve().parents[2] / "data" / "begrippen.yml"


def test_real_glossary_loads_and_covers_the_issue_list():
    terms = {b.term for b in load_begrippen(DATA)}
    for needed in ("PvA", "OM", "BOA", "PGA", "OTS", "UHP", "AVG", "HIC", "LVB", "JOP", "OOV", "RvdK", "PMG"):
        assert needed in terms or any(needed in (b.varianten or ()) for b in load_begrippen(DATA)), needed


def test_anchor_is_readable_ascii():
    assert anker("Zorg- en Veiligheidshuis") == "zorg-en-veiligheidshuis"
    assert anker("ketenoverleg+") == "ketenoverleg-plus"
    assert anker("fluïde netwerk") == "fluide-netwerk"


def test_abbreviations_and_their_variants_get_tooltips():
    lines = abbreviation_lines([Begrip("BOA", "uitleg", "buitengewoon opsporingsambtenaar", ("boa",)),
                                Begrip("driehoek", "uitleg")])
    assert lines == "*[BOA]: buitengewoon opsporingsambtenaar\n*[boa]: buitengewoon opsporingsambtenaar"


def test_duplicates_are_refused(tmp_path):
    path = tmp_path / "b.yml"
    path.write_text("- {term: OM, uitleg: a, voluit: b}\n- {term: OM, uitleg: c, voluit: d}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dubbel"):
        load_begrippen(path)


def test_list_is_grouped_by_letter_with_anchors():
    md = render_begrippenlijst([Begrip("Halt", "Een organisatie."), Begrip("AVG", "Een wet.", "Algemene verordening")])
    assert md.index("## A {#letter-a}") < md.index("## H {#letter-h}")
    assert "**AVG** (Algemene verordening) {#avg}\n:   Een wet." in md
