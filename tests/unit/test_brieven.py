"""The letters in the Dutch business layout (issue 18), in every format alike, and the brief van
de burgemeester as the sources describe it: Halt's letter to the parents before a home visit,
or Groningen's letter to the young person at the talk, never a mix (issue 19)."""
import io
import re
import zipfile
from copy import deepcopy
from datetime import date
from xml.etree import ElementTree as ET

import pytest

from formlogic import FORMS
from formlogic.docx import render_docx
from formlogic.document import dumps, load_document
from formlogic.render import render
from formlogic.validation import build_draft, check
from tests import docx_text

LETTERS = ["brief-burgemeester", "bevestiging-afspraken", "afsluitbrief", "informatiebrief"]
TODAY = date(2026, 11, 24)


def draft_of(key: str, **changes):
    form = FORMS[key]
    return build_draft(form, check(form, {**deepcopy(form.example), **changes}, today=TODAY))


def docx_lines(draft) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(render_docx(draft))) as zf:
        root = ET.fromstring(zf.read("word/document.xml"))
    return docx_text.paragraphs(root)


def in_order(text: str, *parts: str) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
    return True


@pytest.mark.parametrize("key", LETTERS)
def test_every_letter_has_the_business_layout_in_every_format(key):
    draft = draft_of(key)
    head, sig = draft.letterhead, draft.signature
    assert head and sig and head.recipient == ("[naam]", "[straat en huisnummer]", "[postcode en plaats]")
    order = ("Ruimte voor het logo", "[naam]", "[postcode en plaats]", head.place_date, "Onderwerp:", head.subject,
             head.salutation, sig.closing, sig.lines[0])
    txt = render(draft, "txt")
    assert in_order(txt, *order), txt
    assert in_order(render(draft, "md").replace("\\[", "[").replace("\\]", "]"), *order)
    html = render(draft, "html")
    assert in_order(html, *order) and "<h2>" not in html  # a letter has no title heading
    assert 'class="kb-brief-kop" role="presentation"' in html  # address and sender side by side, pasted too
    word = "\n".join(docx_lines(draft))
    assert in_order(word, *order), word
    assert re.match(r"^[A-Z][a-z]+, \d{1,2} [a-z]+ 20\d\d$", head.place_date)  # "Kwakelhaven, 10 november 2026"
    assert head.sender[0] and not head.sender[0].startswith("[")  # the organisation heads the sender block


def test_what_the_form_does_not_ask_is_a_placeholder_to_fill_in_in_word():
    draft = draft_of("bevestiging-afspraken", plaats="", ondertekenaar="", functie="", kenmerk="")
    assert draft.letterhead.place_date.startswith("[plaats], ") and draft.letterhead.reference == ""
    assert draft.signature.lines == ("[naam]", "[functie]")
    assert "Ons kenmerk" not in render(draft, "txt")
    named = draft_of("afsluitbrief", ondertekenaar="A. de Vries", functie="", kenmerk="JG-7")
    assert named.signature.lines == ("A. de Vries",) and "Ons kenmerk: JG-7" in render(named, "txt")


def test_the_burgemeester_letter_to_the_parents_announces_the_home_visit():
    text = render(draft_of("brief-burgemeester"), "txt")
    assert "Beste ouders of verzorgers van J6," in text and "uw kind" in text
    assert "Daarom komen twee medewerkers van Halt in de komende twee weken bij u thuis" in text
    assert "Jij hoort bij die groep" not in text and "Je krijgt deze brief" not in text
    assert "Deze organisaties werken hierin samen: de politie, Halt, het jongerenwerk en de gemeente." in text
    lacking = check(FORMS["brief-burgemeester"], {**FORMS["brief-burgemeester"].example, "bezoek_door": ""})
    assert [m.field for m in lacking.messages if m.level == "error"] == ["bezoek_door"]


def test_the_burgemeester_letter_handed_over_at_the_talk_says_what_groningen_says():
    text = render(draft_of("brief-burgemeester", soort="uitreiking", aanhef="Beste J6",
                           gezien="Je was vaak 's avonds laat in de winkelstraat."), "txt")
    assert "Je krijgt deze brief in ons gesprek." in text
    assert "betrokken bent of was bij overlast door een groep jongeren" in text  # not "Jij hoort bij die groep"
    assert "Dat geldt ook voor gegevens over jou." in text
    assert "Daaraan doen mee: de politie, Halt, het jongerenwerk en de gemeente." in text
    assert "huisbezoek" not in text and "bij u thuis" not in text
    lacking = check(FORMS["brief-burgemeester"], {**FORMS["brief-burgemeester"].example, "soort": "uitreiking",
                                                  "organisaties": [], "bezoek_door": ""})
    assert [m.field for m in lacking.messages if m.level == "error"] == ["organisaties"]


def test_a_version_1_burgemeester_file_opens_as_the_letter_it_made():
    data = {k: v for k, v in FORMS["brief-burgemeester"].example.items() if k not in ("soort", "afdeling", "plaats",
                                                                                        "ondertekenaar")}
    old = dumps({"formulier": "brief-burgemeester", "versie": 1, "opgeslagen": "2026-11-01T10:00:00", "gegevens": data})
    opened = load_document(old, expected_form="brief-burgemeester")[1]
    assert opened["soort"] == "aankondiging" and opened["gezien"] == data["gezien"]


@pytest.mark.parametrize("key", LETTERS)
def test_organisations_in_running_text_are_written_as_dutch_writes_them(key):
    body = " ".join(b.text for b in draft_of(key).parts[0].blocks if b.kind == "paragraph")
    for name in ("Politie", "Jongerenwerk", "Gemeente"):
        assert not re.search(rf"(?<![.:?!] )(?<!^)\b{name}\b", body), (key, name, body)
