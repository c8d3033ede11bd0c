"""MkDocs hook: the theme's search hears Dutch. Stop words are never "Niet gevonden", and a
question's frame ("wat doe ik als ...") does not outrank its subject.

The index leaves out the stop words of the site's language (lunr.nl: "wat", "ik", "een",
"niet" ...), so a result never contains them. Material lists a query's words that a result
lacks under it, and skips stop words there (its issue #3343), but it asks lunr's English
stop-word filter. A Dutch reader who typed "wat doe ik als een jongere niet komt opdagen" then
read "Niet gevonden: wat ik een niet" under every result, also the right one, whose title
starts with "Wat". This hook makes the theme's search worker ask the filter of the site's own
language.

The second patch: readers type a situation as a question, "wat doe ik als een jongere niet komt
opdagen". Of its frame only "doe" is not a stop word, and it matches the one-word title of the
page "Wat doe ik als…" so strongly that the theme folds the answer itself under "Nog 10
treffers". The worker drops that frame from the start of a query with more words after it, so
the query is searched for its subject ("een jongere niet komt opdagen"), which puts the answer
first on that page. A query of the frame alone is left as typed.

The theme's version is pinned; when its worker no longer holds the expected code, the build
stops with a message rather than ship the English behaviour silently.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# In Material 9.x's minified worker: `(i=lunr.stopWordFilter)!=null&&i.call(lunr,s.term)`.
ENGLISH_FILTER = re.compile(r"\((\w)=lunr\.stopWordFilter\)!=null&&\1\.call\(lunr,(\w)\.term\)")


def patch_worker(js: str, lang: str) -> str:
    """The worker's code with the missing-words check asking `lang`'s stop-word filter
    (falling back to English when that language has none)."""
    found = ENGLISH_FILTER.findall(js)
    if len(found) != 1:
        raise PluginError(
            "hooks/stopwoorden.py: de zoekcode van het thema is veranderd (verwacht 1 plek met "
            f"lunr.stopWordFilter, gevonden {len(found)}); pas de hook aan de nieuwe versie aan.")
    if not re.fullmatch(r"[a-z]{2}", lang):
        raise PluginError(f"hooks/stopwoorden.py: onbekende taal {lang!r}")
    return ENGLISH_FILTER.sub(
        lambda m: f"({m[1]}=(lunr.{lang}||lunr).stopWordFilter)!=null&&{m[1]}.call(lunr,{m[2]}.term)", js)


# The frame of a Dutch question about a situation, as a JavaScript regular expression (the same
# syntax in Python's re, which the tests use): "wat doe ik als", "wat moet ik doen als", "wat te
# doen als", "hoe moet je ... als" ... followed by at least one more word.
QUESTION_FRAME = (r"^\s*(?:wat|hoe)\s+(?:(?:doe|doet|moet|kan|kun|moeten|kunnen|doen)\s+)?"
                  r"(?:(?:ik|je|jij|u|we|wij)\s+)?(?:(?:te\s+)?doen\s+)?(?:als|bij|wanneer|indien)\s+(?=\S)")
# The worker's search method, `search(e){`, once in the minified code.
SEARCH_METHOD = re.compile(r"\bsearch\((\w)\)\{")


def patch_question(js: str) -> str:
    """The worker's code with a query's question frame dropped before it is searched."""
    found = SEARCH_METHOD.findall(js)
    if len(found) != 1:
        raise PluginError(
            "hooks/stopwoorden.py: de zoekcode van het thema is veranderd (verwacht 1 plek met "
            f"search(…){{, gevonden {len(found)}); pas de hook aan de nieuwe versie aan.")
    return SEARCH_METHOD.sub(lambda m: f"search({m[1]}){{{m[1]}={m[1]}.replace(/{QUESTION_FRAME}/i,\"\");", js)


def _search_lang(config) -> str:
    search = config.plugins.get("search") or config.plugins.get("material/search")
    langs = (search.config.get("lang") if search else None) or [config.theme["language"]]
    return langs[0] if isinstance(langs, list) else langs


@event_priority(50)  # before pyodide_assets.py makes the .br and .gz copies of the theme's files
def on_post_build(config, **kwargs) -> None:
    lang = _search_lang(config)
    if lang == "en":
        return
    workers = sorted((Path(config["site_dir"]) / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(f"hooks/stopwoorden.py: verwacht 1 zoek-worker, gevonden {len(workers)}")
    js = patch_worker(workers[0].read_text(encoding="utf-8"), lang)
    workers[0].write_text(patch_question(js) if lang == "nl" else js, encoding="utf-8")
