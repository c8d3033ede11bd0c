"""Drafts render user text literally in every format: nothing typed is ever evaluated."""
import pytest
from jinja2.exceptions import SecurityError

from formlogic import build_draft, check, get_form
from formlogic import draft as d
from formlogic.render import environment, md_escape, render

FORM = get_form("gespreksverslag")
HOSTILE = [
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% for x in range(3) %}boem{% endfor %}",
    "{% for %}",
    "{{ ''.__class__.__mro__ }}",
    "<img src=x onerror=alert(1)>",
    "Emoji 👍🏽🎉 en Arabisch \u202eمرحبا\u202c met \u200frechts-naar-links\u200e",
]


def draft_with(text: str) -> d.Draft:
    return d.Draft(title=text, subtitle=text, parts=(
        d.Part(text, (d.paragraph(text), d.note(text), d.items([text]), d.items([text], numbered=True),
                      d.facts([(text, text)]))),
    ), footer=text)


@pytest.mark.parametrize("text", HOSTILE)
def test_html_escapes_and_evaluates_nothing(text):
    html = render(draft_with(text), "html")
    assert "<script>" not in html and "<img" not in html
    assert "49" not in html and "boemboem" not in html and "mro" in html if "mro" in text else True
    if "<" in text:
        assert "&lt;" in html
    if "{{" in text or "{%" in text:
        assert text.split(" ")[0] in html  # the braces arrive as typed


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_and_text_print_template_syntax_literally(fmt, text):
    out = render(draft_with(text), fmt)
    assert "49" not in out
    assert "boemboem" not in out
    if "{" in text:
        assert text.replace("*", "\\*").replace("_", "\\_") in out or text in out


def test_markdown_escapes_markup():
    assert md_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>"
    assert md_escape("# kop\n- lijst\n1. nummer") == "\\# kop  \n\\- lijst  \n\\1. nummer"
    assert md_escape("a *b* _c_ [d](e) `f` | g & h") == "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\| g \\& h"
    assert md_escape("R.T. om 22.00 uur") == "R.T. om 22.00 uur"


def test_emoji_and_direction_marks_survive(valid_data, today):
    text = HOSTILE[-1]
    valid_data["toekomstbeeld"] = text
    draft = build_draft(FORM, check(FORM, valid_data, today=today))
    for fmt in ("md", "html", "txt"):
        assert text in render(draft, fmt)


def test_100_kb_of_text_renders_completely():
    text = ("Dit is een lange zin met <b>opmaak</b> en {{ accolades }}. " * 1800)[:100_000]
    html = render(draft_with(text), "html")
    assert html.count("&lt;b&gt;opmaak&lt;/b&gt;") >= 5 * 1700
    assert len(render(draft_with(text), "txt")) > 5 * 100_000


def test_100_kb_in_a_field_is_refused_with_a_message_not_cut(valid_data, today):
    valid_data["analyse"] = "x" * 100_000
    result = check(FORM, valid_data, today=today)
    assert not result.ok
    assert "(nu 100000)" in {m.field: m.text for m in result.messages}["analyse"]


def test_templates_run_in_a_sandbox():
    env = environment(html=True)
    with pytest.raises(SecurityError):
        env.from_string("{{ x.__class__.__mro__[1].__subclasses__() }}").render(x="")


def test_standalone_html_is_a_whole_dutch_page():
    html = render(draft_with("Titel"), "html", standalone=True)
    assert html.startswith("<!doctype html>\n<html lang=\"nl\">")
    assert html.rstrip().endswith("</html>")


def test_unknown_format():
    with pytest.raises(ValueError, match="onbekend formaat"):
        render(draft_with("x"), "pdf")
