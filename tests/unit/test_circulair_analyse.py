"""Rode-draad support: Dutch-aware terms that recur across organisations, on a realistic case.

What it finds on the case (question 2, risks): 'harde kern' (politie, jongerenwerk) and
'messen' (politie, school), and the themes weapons, influence, school and home. What it misses
on purpose: 'spijbelen' and 'spijbelt' are not joined as one term (verb forms), only through
the theme 'school en werk'; 'geldzorgen' is not 'zorgen' (no compound splitting).
"""
import pytest

from formlogic.forms.circulair.analyse import analyse, answer_lines, term_key, words
from tests.unit.circulair_case import ANTWOORDEN, SESSIE

VRAGEN = dict((v["id"], v["tekst"]) for v in SESSIE["vragen"])


def per_vraag(vid: str) -> dict[str, str]:
    return {org: a[vid] for org, a in ANTWOORDEN.items() if a.get(vid)}


@pytest.mark.parametrize("a, b", [
    ("school", "Scholen"), ("school", "schooltje"), ("straat", "straten"), ("winkel", "winkels"),
    ("winkelcentrum", "winkelcentra"), ("mes", "messen"), ("ouder", "ouders"), ("meeloper", "Meelopers"),
    ("hangplek", "hangplekken"), ("groep", "groepje"), ("café", "Cafe"), ("auto", "auto's"),
    ("mogelijkheid", "mogelijkheden"), ("jongere", "jongeren"), ("buurt", "buurten"),
])
def test_forms_of_one_word_count_as_one_term(a, b):
    assert term_key(a) == term_key(b)


def test_a_diminutive_takes_the_stem_the_answers_use():
    assert term_key("straatje", known={term_key("straat")}) == term_key("straat")
    assert term_key("buurtje", known={term_key("buurten")}) == term_key("buurt")
    assert term_key("stoeltje") == term_key("stoel")


@pytest.mark.parametrize("a, b", [("spijbelen", "spijbelt"), ("geldzorgen", "zorgen"), ("hangplek", "ontmoetingsplaats")])
def test_known_limits_stay_apart(a, b):
    assert term_key(a) != term_key(b)


def test_the_stop_words_are_a_standard_list_kept_as_data():
    from importlib import resources

    from formlogic.forms.circulair.analyse import SETTING_WORDS, STOPWORD_FILE, stopwords

    text = resources.files("formlogic.forms.circulair").joinpath(STOPWORD_FILE).read_text(encoding="utf-8")
    assert "stopwords-iso" in text and "MIT" in text  # where it comes from, and its licence
    assert len(stopwords() - SETTING_WORDS) == 413  # the list as published, nothing added by hand
    assert {"de", "het", "vaak", "welke", "twee"} <= stopwords()
    assert not {"overlast", "school", "messen", "harde", "kern"} & stopwords()


def test_stop_words_and_short_words_do_not_count():
    assert words("Het is de groep van de jongeren en ze zijn er vaak") == []
    assert words("Overlast bij het winkelcentrum") == ["Overlast", "winkelcentrum"]


def test_answer_lines_drop_bullets_and_numbering():
    assert answer_lines("- een\n2. twee\n\n • drie\n3) vier") == ["een", "twee", "drie", "vier"]


def test_recurring_terms_of_the_case():
    a = analyse(VRAGEN["v2"], per_vraag("v2"), SESSIE["organisaties"])
    found = {t.label: t.organisaties for t in a.termen}
    assert found == {"harde kern": ("Politie", "Jongerenwerk"), "messen": ("Politie", "School")}
    themes = {t.label: t.organisaties for t in a.themas}
    assert themes["geweld en wapens"] == ("Politie", "School")
    assert themes["school en werk"] == ("Jongerenwerk", "School")  # spijbelen / spijbelt, through the theme
    assert themes["thuis en gezin"] == ("Jongerenwerk", "Wijkteam")
    assert a.zonder_antwoord == ("Halt",)
    assert ("Wijkteam", "Geldzorgen thuis") in a.los
    assert ("School", "Ruzies via Snapchat") in a.los
    assert not any(line == "Messen op het schoolplein" for _, line in a.los)


def test_case_and_accents_do_not_split_a_term_and_it_counts_once_per_organisation():
    a = analyse("Wat valt op?", {"A": "Overlast\noverlast\nOVERLAST bij het café", "B": "de overlast, het cafe"})
    assert [(t.label, t.organisaties) for t in a.termen] == [("café", ("A", "B")), ("overlast", ("A", "B"))]


def test_words_of_the_question_itself_are_no_rode_draad():
    a = analyse("Wat zijn de grootste risico's?", {"A": "Risico op geweld", "B": "risico's: geweld"})
    assert [t.label for t in a.termen] == ["geweld"]


def test_a_two_word_term_hides_its_words_when_the_same_organisations_use_them():
    a = analyse("Wie?", {"A": "de harde kern", "B": "Harde kern van vier", "C": "een kern"})
    assert [(t.label, t.organisaties) for t in a.termen] == [("kern", ("A", "B", "C")), ("harde kern", ("A", "B"))]


def test_no_answers_gives_an_empty_analysis():
    a = analyse("Wat?", {}, ["Politie"])
    assert (a.termen, a.themas, a.los, a.zonder_antwoord) == ((), (), (), ("Politie",))


def test_codes_of_members_count_but_bare_numbers_do_not():
    a = analyse("Wie zijn de spilfiguren?", {"A": "J1 en J2 trekken de groep", "B": "j1 is de leider, 12 jaar", "C": "12 jongens"})
    assert [(t.label, t.organisaties) for t in a.termen] == [("J1", ("A", "B"))]
