"""Rode-draad support: what recurs across organisations in the answers to one question.

Suggestions for the room, never its conclusion. A word counts once per organisation, whatever
its case, accents, plural or diminutive ("Scholen", "school", "schooltje" are one term), stop
words and the question's own words do not count, and two-word terms ("harde kern") count too.
Themes group words that say the same thing in other words (spijbelen, verzuim: school).

Known limits, on purpose (a stemmer that guesses more also joins more wrongly): verb forms
stay apart ("spijbelt" and "spijbelen"), synonyms without a theme stay apart ("hangplek" and
"ontmoetingsplaats"), and words inside compounds are not split ("drugsoverlast" is not "drugs").
"""
from __future__ import annotations

import re
import unicodedata
from importlib import resources
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

STOPWORD_FILE = "stopwoorden-nl.txt"  # stopwords-iso's Dutch list; source and licence in its header
# Not stop words of the language but of this setting: every answer is about the group and its
# young people, so these words never make a rode draad.
SETTING_WORDS = frozenset("groep groepen jongere jongeren".split())
_WORD = re.compile(r"[^\W_]+(?:['’]s)?", re.UNICODE)
_CODE = re.compile(r"(?=.*\d)(?=.*[^\W\d_])[^\W_]{2,8}")  # J1, G12: how members are named
_VOWELS = "aeiouy"
_PLURAL_S_AFTER = ("el", "er", "em", "en", "ie", "je", "ou", "ee", "oo", "um", "ar")

THEMES: dict[str, tuple[str, ...]] = {
    "overlast en hangen": ("overlast", "herrie", "geluid", "lawaai", "hang", "klacht", "intimid", "rommel", "vuurwerk"),
    "school en werk": ("school", "spijbel", "verzuim", "leerplicht", "mentor", "opleiding", "diploma", "stage",
                       "werk", "baan", "bijbaan"),
    "thuis en gezin": ("ouder", "thuis", "gezin", "moeder", "vader", "broer", "zus", "opvoed"),
    "drugs en alcohol": ("drug", "blow", "wiet", "hasj", "cocaine", "lachgas", "alcohol", "drank", "dronk", "deal"),
    "geweld en wapens": ("geweld", "vecht", "mes", "wapen", "bedreig", "mishandel", "steek"),
    "criminaliteit": ("diefstal", "steel", "stel", "inbraak", "inbre", "overval", "heling", "crimin", "straf"),
    "online en sociale media": ("online", "sociale", "snapchat", "instagram", "tiktok", "whatsapp", "filmp", "internet"),
    "vrije tijd en sport": ("sport", "voetbal", "fitness", "boks", "kickbox", "muziek", "jongerencentrum", "buurthuis"),
    "zorg en hulp": ("hulp", "zorg", "wijkteam", "jeugdzorg", "jeugdhulp", "psych", "begeleid"),
    "invloed en leiding": ("leider", "kopstuk", "meeloper", "invloed", "oudere", "kern", "aanvoerder"),
    "buurt en bewoners": ("buurt", "bewoner", "wijk", "winkel", "plein", "buren", "park"),
}


def _plain(word: str) -> str:
    """Lower case without accents: 'Café' -> 'cafe'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _canonical(word: str) -> str:
    """Doubled letters made single, so 'school'/'scholen' and 'straat'/'straten' meet."""
    return re.sub(r"(.)\1+", r"\1", word)


def _diminutive_stems(w: str) -> list[str]:
    """Possible words under a diminutive, most likely first: groepje -> groep; stoeltje ->
    stoel or stoelt; straatje -> straa or straat. The answers themselves decide (see analyse)."""
    base = w[:-1] if w.endswith("jes") else w
    if not base.endswith("je") or len(base) < 6:
        return [w]
    stem = base[:-2]
    if stem.endswith("et") and len(stem) > 4 and stem[-3] == stem[-4] and stem[-3] not in _VOWELS:
        return [stem[:-2], stem]  # ball-etje
    if stem.endswith("mp"):
        return [stem[:-1], stem]  # boom-pje
    if stem.endswith("t") and stem[-2] in _VOWELS + "lnrw":
        return [stem[:-1], stem]  # stoel-tje, auto-tje; or straat-je, buurt-je
    return [stem]  # groep-je


def _key(w: str) -> str:
    if w.endswith("en") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and len(w) > 4 and w[-3:-1] in _PLURAL_S_AFTER:
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return _canonical(w)


@lru_cache(maxsize=50_000)
def is_diminutive(word: str) -> bool:
    plain = _plain(word)
    return _diminutive_stems(plain) != [plain]


@lru_cache(maxsize=50_000)  # answers reuse few words; bounded, so pasted megabytes cannot grow it forever
def _candidate_keys(word: str) -> tuple[str, ...]:
    """The keys a word may count under, most likely first (more than one for a diminutive)."""
    w = _plain(word).replace("’", "'")
    if any(ch.isdigit() for ch in w):
        return (w,)  # a code: j1 is J1
    if w.endswith("'s"):  # auto's, risico's
        w = w[:-2]
    if w.endswith("heden"):
        w = w[:-5] + "heid"
    elif w.endswith("centra"):
        w = w[:-1] + "um"
    return tuple(dict.fromkeys(_key(stem) for stem in _diminutive_stems(w)))


def term_key(word: str, known: frozenset[str] | set[str] = frozenset()) -> str:
    """The key a word counts under: plain, without diminutive, plural and final -e. For a
    diminutive, the stem that another word in `known` (keys of the same answers) has wins."""
    keys = _candidate_keys(word)
    return next((k for k in keys if k in known), keys[0])


@cache
def stopwords() -> frozenset[str]:
    """The standard Dutch stop words (stopwords-iso's list, kept as data in this package) and
    the setting's own words. Read when first needed, not at import."""
    text = resources.files(__package__).joinpath(STOPWORD_FILE).read_text(encoding="utf-8")
    words = (line.split("|")[0].split() for line in text.splitlines())
    return frozenset(w[0] for w in words if w) | SETTING_WORDS


@cache
def _stop_keys() -> frozenset[str]:
    """Stop words as terms, so their other forms (a plural, a final -e) do not count either."""
    return frozenset(term_key(w) for w in stopwords() if len(w) >= 3)


@lru_cache(maxsize=50_000)
def _is_content(word: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return _CODE.fullmatch(word) is not None  # a code counts; a bare number does not
    return len(word) >= 3 and _plain(word) not in stopwords() and term_key(word) not in _stop_keys()


def words(text: str) -> list[str]:
    """The content words of a text, as written (stop words and short words left out)."""
    return [w for w in _WORD.findall(text) if _is_content(w)]


@cache
def _theme_prefixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(_canonical(_plain(p)) for p in prefixes)) for name, prefixes in THEMES.items())


@lru_cache(maxsize=50_000)
def themes_of(key: str) -> tuple[str, ...]:
    return tuple(name for name, prefixes in _theme_prefixes() if key.startswith(prefixes))


@dataclass(frozen=True)
class Term:
    label: str  # the form most used in the answers ("scholen")
    organisaties: tuple[str, ...]


@dataclass(frozen=True)
class Analyse:
    """One question's answers, looked at across organisations."""

    termen: tuple[Term, ...]  # words and two-word terms used by two or more organisations
    themas: tuple[Term, ...]  # themes touched by two or more organisations
    los: tuple[tuple[str, str], ...]  # (organisation, answer) sharing no term with another organisation
    zonder_antwoord: tuple[str, ...]  # invited organisations without an answer to this question


def answer_lines(text: str) -> list[str]:
    """One answer per line; bullets and numbering typed in front are not part of the answer."""
    lines = (re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _tokens(line: str) -> list[re.Match]:
    """The content words of a line, with their place (for word pairs)."""
    return [m for m in _WORD.finditer(line) if _is_content(m.group())]


def analyse(vraag: str, antwoorden: Mapping[str, str], uitgenodigd: Iterable[str] = ()) -> Analyse:
    """Analyse the answers {organisation: text with one answer per line} to one question."""
    question_keys = {term_key(w) for w in words(vraag)}
    orgs_per_key: dict[str, set[str]] = defaultdict(set)
    surface: dict[str, Counter] = defaultdict(Counter)
    theme_orgs: dict[str, set[str]] = defaultdict(set)
    lines = [(org, line, _tokens(line)) for org, text in antwoorden.items() for line in answer_lines(text)]
    known = {term_key(m.group()) for _, _, toks in lines for m in toks if not is_diminutive(m.group())}
    line_keys: list[tuple[str, str, set[str]]] = []
    for org, line, toks in lines:
        singles = [term_key(m.group(), known) for m in toks]
        for key, m in zip(singles, toks):
            surface[key][m.group().lower()] += 1
            for theme in themes_of(key):
                theme_orgs[theme].add(org)
        for (a, ka), (b, kb) in zip(zip(toks, singles), zip(toks[1:], singles[1:])):
            if not line[a.end():b.start()].strip():  # next to each other: "harde kern"
                surface[f"{ka} {kb}"][f"{a.group().lower()} {b.group().lower()}"] += 1
                if not {ka, kb} <= question_keys:
                    orgs_per_key[f"{ka} {kb}"].add(org)
        for key in singles:
            if key not in question_keys:
                orgs_per_key[key].add(org)
        line_keys.append((org, line, {k for k in singles if k not in question_keys}))
    order = list(antwoorden)

    def ordered(orgs: set[str]) -> tuple[str, ...]:
        return tuple(sorted(orgs, key=order.index))

    recurring = {k: o for k, o in orgs_per_key.items() if len(o) >= 2}
    # A single word inside a recurring two-word term with the same organisations says nothing new.
    pairs = [k for k in recurring if " " in k]
    for key in [k for k in recurring if " " not in k]:
        if any(key in p.split() and recurring[p] == recurring[key] for p in pairs):
            del recurring[key]
    termen = sorted(recurring.items(), key=lambda kv: (-len(kv[1]), " " not in kv[0], kv[0]))
    label = {k: max(surface[k].items(), key=lambda wc: (wc[1], -len(wc[0]), wc[0]))[0] for k in recurring}
    label = {k: v.upper() if any(ch.isdigit() for ch in v) else v for k, v in label.items()}
    shared_keys = {k for k, o in orgs_per_key.items() if len(o) >= 2}
    los = tuple((org, line) for org, line, keys in line_keys if not keys & shared_keys)
    answered = {org for org, text in antwoorden.items() if answer_lines(text)}
    return Analyse(
        termen=tuple(Term(label[k], ordered(o)) for k, o in termen),
        themas=tuple(Term(t, ordered(o)) for t, o in sorted(theme_orgs.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                     if len(o) >= 2),
        los=los,
        zonder_antwoord=tuple(o for o in uitgenodigd if o not in answered),
    )
