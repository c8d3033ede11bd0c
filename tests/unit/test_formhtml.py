"""The form's HTML follows the accessibility rules (labels, descriptions, no placeholders)."""
import re
from html.parser import HTMLParser

import pytest

from formlogic import FORMS, get_form
from formlogic.formhtml import render_form

HTML = render_form(get_form("gespreksverslag"))
PAGE_FORMS = [k for k, f in FORMS.items() if f.page or k == "gespreksverslag"]


def live(html: str) -> str:
    """The rows the page shows at first (row templates left out)."""
    return re.sub(r"<template.*?</template>", "", html, flags=re.DOTALL)


LIVE = live(HTML)


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


@pytest.fixture(params=PAGE_FORMS)
def page_form(request) -> str:
    return live(render_form(get_form(request.param)))


def test_ids_are_unique(page_form):
    ids = [a["id"] for _, a in tags(page_form) if "id" in a]
    assert len(ids) == len(set(ids))


def test_every_control_has_a_label(page_form):
    all_tags = tags(page_form)
    label_for = {a["for"] for t, a in all_tags if t == "label"}
    controls = [a for t, a in all_tags if t in ("input", "textarea", "select") and a.get("type") != "hidden"]
    assert controls
    assert [c["id"] for c in controls if c["id"] not in label_for] == []


def test_described_by_points_at_existing_elements(page_form):
    all_tags = tags(page_form)
    ids = {a["id"] for _, a in all_tags if "id" in a}
    refs = [r for _, a in all_tags for r in a.get("aria-describedby", "").split()]
    assert refs and set(refs) <= ids


def test_no_placeholders_and_no_maxlength_that_would_cut_pasted_text(page_form):
    assert "placeholder" not in page_form
    assert "maxlength" not in page_form


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_no_blank_lines_so_markdown_keeps_the_block_whole_on_every_form(key):
    assert "\n\n" not in render_form(get_form(key))


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


# Parts of the framework the circulair-vragen form uses.
SESSIE_HTML = render_form(get_form("circulair-vragen"))


def test_a_new_form_starts_with_the_initial_values_and_carries_them_for_clearing():
    assert 'name="vragen.0.id" value="v1" data-auto-id' in SESSIE_HTML
    assert ">Wat zijn de drie belangrijkste kenmerken van de groep?</textarea>" in SESSIE_HTML
    assert "data-initial='{\"vragen\": [{\"id\": \"v1\"" in SESSIE_HTML
    assert '<input type="hidden" name="sessie_id" value="" data-auto-id>' in SESSIE_HTML


def test_movable_rows_have_named_buttons_also_in_the_row_template():
    assert '<button type="button" class="kb-row-op" data-row-op="up" aria-label="Vraag 2 omhoog">Omhoog</button>' in SESSIE_HTML
    assert 'aria-label="Verwijder vraag __n__"' in SESSIE_HTML


def test_every_row_of_every_list_can_be_removed(page_form):
    rows = re.findall(r'class="kb-item[^"]*" data-row="\d+"', page_form)
    removes = re.findall(r'data-row-op="remove" aria-label="Verwijder [^"]+ \d+"', page_form)
    assert len(removes) == len(rows)


def test_a_list_without_reorder_has_only_the_remove_button():
    assert 'aria-label="Verwijder afspraak 1">Verwijder</button>' in LIVE
    assert 'aria-label="Afspraak 1 omhoog"' not in LIVE


def test_fields_that_depend_on_others_sit_in_a_container_the_page_redraws():
    assert '<div class="kb-dynamic" data-dynamic="rode_draden" data-depends="vragen">' in SESSIE_HTML
    assert 'name="rode_draden.v5"' in SESSIE_HTML  # drawn for the initial questions at build time


def test_views_exports_actions_and_the_drop_zone_are_in_their_sections():
    assert '<div class="kb-view" data-view="flapovers" aria-labelledby="kb-view-flapovers-title">' in SESSIE_HTML
    assert '<button type="button" class="md-button" data-present="flapovers">Presenteer flap-overs</button>' in SESSIE_HTML
    assert 'data-export="vragenbestand">Download vragenbestand voor de partners</button>' in SESSIE_HTML
    assert 'data-actie="invoer-toevoegen">Zet deze antwoorden bij de sessie</button>' in SESSIE_HTML
    assert '<input type="file" id="f-antwoorden" class="kb-open" accept=".json,application/json" multiple' in SESSIE_HTML
    assert '<dialog class="kb-dialog" aria-labelledby="kb-dialog-title">' in SESSIE_HTML
