"""B1 for letters: a warning when a text grows long or formal, with a plainer word to use.

Letters go to young people and their parents: short sentences, everyday words. The words below
are common in official letters; each has a plainer one (our own list, a start, not a rule).
"""
from __future__ import annotations

import re

from formlogic._model import Message

FORMEEL = {
    "derhalve": "daarom", "teneinde": "om", "alsmede": "en", "middels": "met", "inzake": "over",
    "ten aanzien van": "over", "dientengevolge": "daardoor", "voornoemd": "deze", "bovengenoemd": "deze",
    "onderhavig": "deze", "gelieve": "wilt u", "reeds": "al", "conform": "volgens", "indien": "als",
    "trachten": "proberen", "aldus": "zo", "dusdanig": "zo", "hetgeen": "wat", "omtrent": "over",
    "ingevolge": "volgens", "woonachtig": "wonend", "geconstateerd": "gezien", "verzoeken": "vragen",
}
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
LANGE_ZIN = 20  # words; B1 advice: most sentences shorter


def b1(label: str, path: str, text: str, max_woorden: int) -> list[Message]:
    """Warnings for text that is too long or too formal for a B1 letter (`label`: the field's)."""
    out: list[Message] = []
    where = f"bij '{label}'"
    words = text.split()
    if len(words) > max_woorden:
        out.append(Message("warning", f"De tekst {where} is lang ({len(words)} woorden). Een brief in "
                                      f"eenvoudig Nederlands (B1) blijft onder de {max_woorden} woorden.", path))
    lower = f" {text.lower()} "
    found = [(w, plain) for w, plain in FORMEEL.items() if re.search(rf"\b{re.escape(w)}\w*\b", lower)]
    if found:
        tips = "; ".join(f"'{w}' wordt '{plain}'" for w, plain in found[:4])
        out.append(Message("warning", f"De tekst {where} klinkt formeel. Gewone woorden zijn duidelijker: {tips}.", path))
    long = [s for s in _SENTENCE.findall(text) if len(s.split()) > LANGE_ZIN]
    if long:
        zinnen = "is 1 zin" if len(long) == 1 else f"zijn {len(long)} zinnen"
        out.append(Message("hint", f"Bij '{label}' {zinnen} langer dan {LANGE_ZIN} woorden. Maak er "
                                   f"{'twee korte zinnen' if len(long) == 1 else 'kortere zinnen'} van.", path))
    return out
