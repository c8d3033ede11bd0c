"""Kernpunten (formlogic.kernpunten): a claim the site repeats is written once, and every text a
form produces marks its advice the way a letter or report can show it (issue 19).

The convention for drafts: a sentence of advice that is not the sources' starts with
"Advies van de Kennisbank:" (the marker covers the rest of that advice). Every sentence at the
foot of a draft has a known kind: a source's kernpunt, our advice (marked), or a sentence about
the document itself. Checked here for every form's example draft and for the texts that only
some data brings out (the balance note, the directions of the group map).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from formlogic import FORMS
from formlogic import draft as d
from formlogic.kernpunten import (
    ADVIES, KERNPUNTEN, PRIVACY_PER_STAP, RINGEN, SOORTEN, Kernpunt, als_advies, herkomst, kernpunt,
    lees_voetregel, voetregel, vul_in, zinnen,
)
from formlogic.validation import build_draft, check

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLES = sorted(k for k, f in FORMS.items() if f.example is not None)


def _slug(heading: str) -> str:
    """Python-Markdown's toc slug: accents off, punctuation out, spaces to hyphens, lower case."""
    text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _anchors(page: Path) -> set[str]:
    out = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"#{1,6}\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$", line):
            out.add(m.group(2) or _slug(m.group(1)))
    out.update(re.findall(r"\{#([\w-]+)\}", page.read_text(encoding="utf-8")))
    return out


# -- the kernpunten themselves ---------------------------------------------------------------

@pytest.mark.parametrize("k", list(KERNPUNTEN.values()), ids=list(KERNPUNTEN))
def test_every_kernpunt_is_complete(k: Kernpunt) -> None:
    assert KERNPUNTEN[k.id] is k and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k.id)
    assert k.soort in SOORTEN and k.tekst.strip() and k.bron.strip() and k.zinnen
    assert bool(k.titel) == (k.soort in ("advies", "praktijk")), "advies en praktijk hebben een titel voor hun blok"
    assert not k.tekst.startswith(ADVIES)  # the marker is added where it is shown, not stored
    if k.soort == "advies":
        assert k.bron == "Ons advies"


@pytest.mark.parametrize("k", list(KERNPUNTEN.values()), ids=list(KERNPUNTEN))
def test_every_kernpunt_points_to_a_section_that_exists(k: Kernpunt) -> None:
    page, _, anchor = k.pagina.partition("#")
    assert (DOCS / page).is_file(), k.pagina
    if anchor:
        assert anchor in _anchors(DOCS / page), k.pagina


def _source_files() -> dict[str, str]:
    """Every file a reader's text comes from, except the kernpunten' own home."""
    files = [*DOCS.rglob("*.md"), *(ROOT / "data").glob("*.yml"), *(ROOT / "src" / "formlogic").rglob("*.py")]
    return {p.relative_to(ROOT).as_posix(): " ".join(p.read_text(encoding="utf-8").split())
            for p in files if p.name != "kernpunten.py"}


def test_a_kernpunt_is_written_once() -> None:
    """No page, data file or form holds a copy of a kernpunt's sentence (eight words or more):
    they include it, so a correction in formlogic/kernpunten.py lands everywhere at once.
    Sentences about a form's own document ('formulier') are registered, not moved: that lets the
    footer check below know them wherever a form writes them."""
    files = _source_files()
    copies = [f"{name}: {zin}" for k in KERNPUNTEN.values() if k.soort != "formulier"
              for zin in k.zinnen if len(zin.split()) >= 8
              for name, text in files.items() if zin in text]
    assert copies == []


def test_privacy_per_step_covers_the_seven_steps_and_the_rings_three() -> None:
    assert [r.stap for r in PRIVACY_PER_STAP] == list(range(1, 8))
    assert all(r.deelt and r.let_op for r in PRIVACY_PER_STAP)
    assert [r.naam for r in RINGEN] == ["eerste ring", "tweede ring", "derde ring"]
    ringen = kernpunt("ringen").tekst
    assert all(r.wie in ringen for r in RINGEN)  # the text is made from the table: they cannot differ
    # the error: the police stood in the rings, in the first ring too
    assert "politieagenten" in RINGEN[1].wie and "wijk- en schoolagenten" in RINGEN[0].wie


def test_kernpunt_tokens_fill_in_and_refuse_the_wrong_kind() -> None:
    assert vul_in("Zo. [[convenant]]") == "Zo. " + kernpunt("convenant").tekst
    with pytest.raises(ValueError, match="onbekend kernpunt"):
        vul_in("[[bestaat-niet]]")
    with pytest.raises(ValueError, match="advies"):  # advice cannot hide in a plain sentence
        vul_in("[[fg]]", ("bron",), "proef")
    assert vul_in("[[fg]]", ("advies",)) == kernpunt("fg").tekst


# -- the convention in drafts --------------------------------------------------------------

def test_advice_in_a_footer_is_marked_and_unknown_text_is_refused() -> None:
    footer = voetregel(kernpunt("afspraken-delen"), kernpunt("verslag-blijft"))
    assert footer.startswith("Concept. Bij een preventief gesprek")
    assert f"{ADVIES} houd het volledige gespreksverslag" in footer
    assert [(k.id, marked) for _, k, marked in lees_voetregel(footer)] == [
        ("afspraken-delen", False), ("afspraken-delen", False),
        ("verslag-blijft", True), ("verslag-blijft", True), ("verslag-blijft", True)]
    with pytest.raises(ValueError, match="geen kernpunt|in geen kernpunt"):
        voetregel("Deel dit met iedereen.")
    assert als_advies("FG's weten het.") == f"{ADVIES} FG's weten het."


def test_reading_a_footer_finds_unmarked_advice() -> None:
    """What the draft test below relies on: advice without its marker is seen as unmarked."""
    sneaky = f"Concept. {kernpunt('verslag-blijft').tekst}"
    assert [marked for _, _, marked in lees_voetregel(sneaky)] == [False, False, False]
    # and a marker does not carry over to a sentence of another kernpunt
    mixed = f"{als_advies(kernpunt('fg').tekst)} {kernpunt('zuinig').zinnen[0]}"
    assert lees_voetregel(mixed)[-1][2] is False


def _problems(text: str, where: str) -> list[str]:
    """Unmarked advice, and (for a footer) sentences of no known kind."""
    out = []
    for zin, k, marked in lees_voetregel(text):
        if k is None:
            out.append(f"{where}: '{zin}' staat in geen kernpunt (formlogic/kernpunten.py)")
        elif k.soort == "advies" and not marked:
            out.append(f"{where}: advies zonder '{ADVIES}': '{zin}'")
        elif k.soort != "advies" and marked:
            out.append(f"{where}: '{zin}' is gemarkeerd als advies maar is '{k.soort}'")
    return out


def _notes(draft: d.Draft) -> list[str]:
    return [b.text for p in draft.parts for b in p.blocks if b.kind == "note"]


@pytest.mark.parametrize("key", EXAMPLES)
def test_every_example_draft_marks_its_advice(key: str) -> None:
    form = FORMS[key]
    draft = build_draft(form, check(form, form.example))
    assert draft is not None
    problems = _problems(draft.footer, f"{key}: voettekst") if draft.footer else []
    # notes and subtitles may say other things, but advice in them must carry the marker
    for text in (*_notes(draft), draft.subtitle):
        problems += [p for p in _problems(text, f"{key}") if "advies zonder" in p]
    assert problems == []


def test_the_views_of_the_matrix_mark_their_advice() -> None:
    """The balance note (only when a plan mostly sets limits) and the directions of the group
    map are the Kennisbank's advice: they say so."""
    form = FORMS["interventiematrix"]
    limits = {**form.example, "acties": [{**a, "soort": "grenzen"} for a in form.example["acties"]]}
    result = check(form, limits)
    overzicht = form.view("overzicht").build(result.parsed)
    note = next(t for t in _notes(overzicht) if "grenzen" in t)
    assert _problems(note, "balans") == [] and ADVIES in note
    assert note.startswith(kernpunt("belonen").kort)  # the source first, then the advice
    richtingen = form.view("richtingen").build(check(form, form.example).parsed)
    assert richtingen.subtitle.startswith(ADVIES)
    assert ADVIES in form.view("repertoire").build(check(form, form.example).parsed).subtitle


def test_sentences_split_as_a_reader_reads_them() -> None:
    assert zinnen("Concept. Stuur het antwoordbestand (.json) naar X. Deel het niet.") == (
        "Concept.", "Stuur het antwoordbestand (.json) naar X.", "Deel het niet.")
    assert herkomst(kernpunt("convenant").kort) is kernpunt("convenant")
