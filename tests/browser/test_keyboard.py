"""The keyboard on form pages: from the theme's "Ga naar inhoud" a form's first field is a few
key presses away (not a Tab through every link of the introduction), and a focused button has a
ring as clear as a focused field's: solid, at least 2px, 3:1 against the page, light and dark."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

DOCS = Path(__file__).resolve().parents[2] / "docs"
FORMS = sorted(p.stem for p in (DOCS / "formulieren").glob("*.md") if "render_form(" in p.read_text(encoding="utf-8"))


def luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(tuple(map(float, re.findall(r"[\d.]+", c)))) for c in (a, b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


RING = """(el) => {
    const s = getComputedStyle(el);
    return {visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth),
            color: s.outlineColor, page: getComputedStyle(document.body).backgroundColor};
}"""


@pytest.mark.parametrize("form", FORMS)
def test_the_first_field_is_two_tabs_and_enter_from_ga_naar_inhoud(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    page.locator(".kb-app[data-wired='true']").wait_for()
    page.keyboard.press("Tab")
    expect(page.locator(".md-skip")).to_be_focused()  # the theme's first stop: "Ga naar inhoud"
    page.keyboard.press("Enter")
    for _ in range(2):
        page.keyboard.press("Tab")
    expect(page.locator("a[data-to-form]")).to_be_focused()
    expect(page.locator("a[data-to-form]")).to_have_text("Naar het formulier")
    page.keyboard.press("Enter")
    first = page.locator(".kb-form").locator("input:not([type=hidden]):not([type=file]), textarea, select").first
    expect(first).to_be_focused()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_buttons_get_a_focus_ring_as_clear_as_the_fields(page: Page, site_url: str, scheme: str):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "formulieren/interventiematrix/")
    page.locator(".kb-app[data-wired='true']").wait_for()
    page.keyboard.press("Tab")  # keyboard use: the browser shows focus rings from now on
    field = page.locator("#f-groep")
    field.focus()
    ring = field.evaluate(RING)
    assert ring["visible"] and ring["style"] == "solid" and ring["width"] >= 2, ring
    for selector in ("button[data-action='example']", "button[data-add='acties']", "button[aria-label='Verwijder actie 1']",
                     "button.kb-check", "label.kb-open-label", "button.kb-present-toggle", "a[data-to-form]",
                     ".kb-overview > summary"):
        target = page.locator(selector).first
        (page.locator("#kb-open") if "kb-open-label" in selector else target).focus()  # the label shows its input's focus
        got = target.evaluate(RING)
        assert got["style"] == "solid" and got["width"] >= ring["width"], (selector, got)
        assert contrast(got["color"], got["page"]) >= 3, (selector, got)
