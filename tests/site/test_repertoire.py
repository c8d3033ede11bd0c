"""The repertoire of interventions: one list for the form and the method page."""
from pathlib import Path

from formlogic.forms.interventiematrix.repertoire import REPERTOIRE

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_entry_that_names_a_method_page_names_one_that_exists():
    missing = [r.methode for r in REPERTOIRE if r.methode and not (DOCS / r.methode).is_file()]
    assert missing == []


def test_the_method_page_shows_the_same_list_from_light_to_heavy(built_site):
    html = (built_site / "methodieken" / "interventiematrix" / "index.html").read_text(encoding="utf-8")
    positions = [html.find(r.naam) for r in sorted(REPERTOIRE, key=lambda r: (r.gewicht, r.spoor, r.naam))]
    assert -1 not in positions and positions == sorted(positions)
    assert 'href="../../formulieren/interventiematrix/"' in html
