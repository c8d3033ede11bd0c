"""The form's HTML follows the accessibility rules (labels, descriptions, no placeholders)."""
import re
from html.parser import HTMLParser

from formlogic import get_form
from formlogic.formhtml import render_form

HTML = render_form(get_form("gespreksverslag"))
LIVE = re.sub(r"<template.*?</template>", "", HTML, flags=re.DOTALL)  # rows the page shows at first


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html=LIVE):
    c = Collect()
    c.feed(html)
    return c.tags


def test_ids_are_unique():
    ids = [a["id"] for _, a in tags() if "id" in a]
    assert len(ids) == len(set(ids))


def test_every_control_has_a_label():
    all_tags = tags()
    label_for = {a["for"] for t, a in all_tags if t == "label"}
    controls = [a for t, a in all_tags if t in ("input", "textarea", "select") and a.get("type") != "hidden"]
    assert controls
    assert [c["id"] for c in controls if c["id"] not in label_for] == []


def test_described_by_points_at_existing_elements():
    all_tags = tags()
    ids = {a["id"] for _, a in all_tags if "id" in a}
    refs = [r for _, a in all_tags for r in a.get("aria-describedby", "").split()]
    assert refs and set(refs) <= ids


def test_no_placeholders_and_no_maxlength_that_would_cut_pasted_text():
    assert "placeholder" not in HTML
    assert "maxlength" not in HTML


def test_optional_fields_are_marked_and_required_ones_are_not():
    assert '<label class="kb-label" for="f-woonplaats">Woonplaats <span class="kb-optional">(optioneel)</span></label>' in HTML
    assert '<label class="kb-label" for="f-initialen">Initialen of schuilnaam van de jongere</label>' in HTML
    assert "Leeftijd <span" not in HTML  # one of a pair: the help text explains


def test_field_ids_match_message_ids():
    for name in ("initialen", "gespreksdatum", "afspraken-0", "professionals-0-naam", "positie"):
        assert f'id="f-{name}"' in HTML


def test_row_template_has_placeholders_for_the_index():
    template = re.search(r"<template.*?</template>", HTML, flags=re.DOTALL).group(0)
    assert 'name="afspraken.__i__"' in HTML and "Afspraak __n__" in HTML
    assert "__i__" in template


def test_no_blank_lines_so_markdown_keeps_the_block_whole():
    assert "\n\n" not in HTML
