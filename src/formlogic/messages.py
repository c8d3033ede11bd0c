"""Dutch messages about fields, built from their labels: each one a sentence a Dutch reader
would write.

A required field says what to fill in. A noun gets its article ("Vul de gemeente in."), a
question becomes an indirect question ("Wat is het probleem?" -> "Schrijf op wat het probleem
is."), a choice gets "Kies ...", a list "Vul minstens één afspraak in.". Where the label does
not tell the article, the field declares it (`Field.article`), or the whole phrase
(`Field.noun`: "de einddatum", or an indirect question such as "wat er gebeurt"); the builder
does not guess. `Field.required_text` overrides the message.

Other messages name the place of a value inside a whole sentence ("Bij 'Datum van de brief'
staat geen bestaande datum.", "De tekst bij afspraak 2 lijkt ..."), so a question label reads
as well as a noun, and text taken in from a file can say where it came from.

Indirect questions follow Dutch word order in a subordinate clause:
- the question word stays in front (wat, wie, waarom, hoe lang, welke organisaties, bij wie);
  a yes/no question gets "of" ("Is er hulp nodig?" -> "of er hulp nodig is");
- the finite verb (the word after the question word) goes to the end: before a last
  participle after an auxiliary ("hoe lang de gegevens worden bewaard"), before a last
  infinitive after a modal verb ("wat er moet gebeuren"), before an "om ... te" part;
- anything else (two sentences, a comma, no verb) gets the safe "Beantwoord de vraag '...'"
  rather than a wrong clause.
Known limit: a separable verb is not joined again ("Wat valt er op?" -> "wat er op valt").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from formlogic._model import Field

# Nouns that start labels in the forms, with their article. A label that starts with another
# noun declares its article on the field (Field.article): a wrong "het" reads worse than none.
ARTICLES: dict[str, str] = {
    **dict.fromkeys((
        "aanhef", "actie", "afzender", "analyse", "bewaartermijn", "code", "communicatie", "datum",
        "duiding", "geboortedatum", "gemeente", "houding", "informatie", "inzet", "leeftijd",
        "monitoring", "naam", "nulmeting", "ondertekening", "organisatie", "partner", "peildatum",
        "positie", "rol", "situatie", "snelheid", "soort", "status", "strategie", "taak", "tekst",
        "toelichting", "werknaam", "woonplaats",
        # plurals are all "de"
        "acties", "afspraken", "antwoorden", "deelnemers", "doelen", "effecten", "gegevens",
        "groepsleden", "initialen", "knelpunten", "notities", "organisaties", "partners", "rollen",
        "scenario's", "vragen",
    ), "de"),
    **dict.fromkeys((
        "aanspreekpunt", "besluit", "contact", "doel", "effect", "kenmerk", "onderwerp", "probleem",
        "resultaat", "spoor", "telefoonnummer", "toekomstbeeld",
    ), "het"),
}
DETERMINERS = frozenset(
    "de het een uw je jouw zijn haar hun ons onze dit deze dat die elke ieder iedere".split())
QUESTION_WORDS = frozenset(
    "wat wie waar wanneer waarom hoe hoeveel welk welke waardoor waarmee waarover waarvoor "
    "waaraan waarin waarop waarvan".split())
PREPOSITIONS = frozenset("aan bij door in met na naar om onder op over tegen tot uit van voor zonder".split())
# after "hoe": the word belongs to the question word ("hoe lang"), it is not the verb
HOE_WITH = frozenset("lang vaak laat snel veel ver oud groot".split())
AUXILIARIES = frozenset("is zijn was waren wordt worden werd werden heeft hebben had hadden".split())
MODALS = frozenset("kan kunnen moet moeten wil willen mag mogen zal zullen gaat gaan".split())
# A yes/no question starts with its verb; only these are recognised as one.
YES_NO_VERBS = AUXILIARIES | MODALS | frozenset("doet doen komt komen gaat gaan weet weten vindt vinden".split())
PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")
# The particle of a separable verb joins the verb again at the end: "wie het overneemt".
PARTICLES = frozenset("aan af bij door in mee na neer om op over samen terug toe uit voor weg".split())


def lcfirst(text: str) -> str:
    """'Datum van de brief' -> 'datum van de brief'; an abbreviation ('BSN') stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def ucfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_participle(word: str) -> bool:
    w = word.lower()
    return len(w) > 4 and w.startswith(PARTICIPLE_PREFIXES) and w.endswith(("d", "t", "en"))


def _verb_last(verb: str, rest: list[str], stranding: bool = False) -> list[str]:
    """The words of a subordinate clause: `rest` with the finite `verb` put in its place.
    `stranding`: the question word is a 'waar' word, whose preposition may stand last
    ("Waar gaat het over?" -> "waar het over gaat"), so a last "over" is no particle."""
    tail: list[str] = []
    if "om" in rest[1:]:  # "... ervan om bij de groep te horen": the verb comes before "om"
        at = rest.index("om", 1)
        rest, tail = rest[:at], rest[at:]
    v = verb.lower()
    if len(rest) >= 2 and rest[-2].lower() not in DETERMINERS and (
            (v in AUXILIARIES and _is_participle(rest[-1])) or (v in MODALS and rest[-1].lower().endswith("en"))):
        return [*rest[:-1], v, rest[-1], *tail]
    if len(rest) >= 2 and not stranding and rest[-1].lower() in PARTICLES:
        return [*rest[:-1], rest[-1].lower() + v, *tail]
    return [*rest, v, *tail]


def indirect_question(question: str) -> str | None:
    """'Hoe lang worden de gegevens bewaard?' -> 'hoe lang de gegevens worden bewaard';
    None for a question this builder cannot turn around safely."""
    text = question.strip()
    if not text.endswith("?") or text.count("?") != 1 or any(c in text for c in ",:;()"):
        return None
    words = text[:-1].split()
    if len(words) < 2:
        return None
    i = 1 if words[0].lower() in PREPOSITIONS else 0
    first = words[i].lower()
    if first in QUESTION_WORDS:
        i += 1
        if first == "hoe" and i < len(words) and words[i].lower() in HOE_WITH:
            i += 1
        elif first in ("welk", "welke"):
            i += 1  # the noun: "welke organisaties"
        if i + 1 >= len(words):
            return None  # no verb, or nothing after it: "Met welke organisaties?"
        intro, verb, rest = words[:i], words[i], words[i + 1:]
    elif i == 0 and first in YES_NO_VERBS:
        intro, verb, rest = ["of"], words[0], words[1:]
    else:
        return None
    stranding = first.startswith("waar")
    return " ".join([lcfirst(intro[0]), *intro[1:], *_verb_last(verb, rest, stranding)])


@dataclass(frozen=True)
class Phrase:
    """How a message names a field's value: a noun phrase with its article, or a clause."""

    kind: Literal["noun", "clause"]
    text: str


def phrase(f: Field) -> Phrase | None:
    """The field's value as a noun phrase or an indirect question; None when unknown."""
    if f.noun:
        first = f.noun.split()[0].lower()
        return Phrase("clause" if first in QUESTION_WORDS or first == "of" else "noun", f.noun)
    label = f.label.strip()
    if label.endswith("?"):
        clause = indirect_question(label)
        return Phrase("clause", clause) if clause else None
    words = label.lower().split()
    if not words:
        return None
    starts_clause = words[0] in QUESTION_WORDS or (words[0] in PREPOSITIONS and words[1:2] and words[1] in QUESTION_WORDS)
    if starts_clause and len(words) > 2 - (words[0] in QUESTION_WORDS):  # "Wat" alone is no clause
        return Phrase("clause", lcfirst(label))  # already an indirect question: "Wat er moet gebeuren"
    if words[0] in DETERMINERS:
        return Phrase("noun", lcfirst(label))
    article = f.article or ARTICLES.get(words[0])
    return Phrase("noun", f"{article} {lcfirst(label)}") if article else None


def required_message(f: Field, row: str = "") -> str:
    """What to say when a required field is empty; `row` ('professional 2') for a cell of a row."""
    if f.required_text:
        return f"{ucfirst(row)}: {lcfirst(f.required_text)}" if row else f.required_text
    at = f" bij {row}" if row else ""
    choose = f.type in ("choice", "choices")
    if f.is_repeating or f.type == "choices":
        if f.item_label:
            return f"{'Kies' if choose else 'Vul'}{at} minstens één {lcfirst(f.item_label)}{'' if choose else ' in'}."
    p = phrase(f)
    if p is None:  # a safe sentence that names the field
        of_row = f" van {row}" if row else ""
        if choose:
            return f"Maak een keuze bij '{f.label}'{of_row}."
        if f.label.strip().endswith("?"):
            return f"Beantwoord{at} de vraag '{f.label.strip()}'."
        return f"Vul het veld '{f.label}'{of_row} in."
    if choose:
        return f"Kies{at} {p.text}."
    if p.kind == "clause":
        return f"Schrijf{at} op {p.text}."
    return f"Vul{at} {p.text} in."


def is_fallback(message: str) -> bool:
    """Whether a required message is the builder's safe fallback (the field could say more)."""
    return message.startswith(("Beantwoord", "Maak")) or " het veld '" in message


# Places: where a value stands, as a phrase that fits "De tekst ... is te lang".

def at_field(f: Field) -> str:
    return f"bij '{f.label}'"


def at_cell(group: Field, index: int, column: Field) -> str:
    if column.label.lower() == group.item_label.lower():  # the row's own column: "bij actie 2"
        return f"bij {row_name(group, index)}"
    return f"bij '{column.label}' van {row_name(group, index)}"


def at_item(lst: Field, index: int) -> str:
    return f"bij {row_name(lst, index)}" if lst.item_label else f"bij '{lst.label}', regel {index + 1}"


def at_key(mapping: Field, key_label: str) -> str:
    """A map's item, named by its key's short label: 'Vraag 4: Wie ...?' -> 'bij vraag 4 in ...'."""
    return f"bij {lcfirst(key_label.split(': ')[0])} in '{mapping.label}'"


def row_name(f: Field, index: int) -> str:
    """'actie 3': the row as a sentence names it."""
    return f"{lcfirst(f.item_label or 'rij')} {index + 1}"


# Messages about a value, for a place made above.

def not_a_date(where: str) -> str:
    return f"{ucfirst(where)} staat geen bestaande datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 20-11-2026."


def date_without_year(where: str, dag_maand: str, jaar: int) -> str:
    return (f"{ucfirst(where)} mist het jaar. Schrijf de datum als dag-maand-jaar, "
            f"bijvoorbeeld {dag_maand}-{jaar}.")


def year_too_early(where: str) -> str:
    return f"{ucfirst(where)} staat een jaartal van voor 1900. Controleer het jaartal."


def not_a_number(where: str) -> str:
    return f"Vul {where} een heel getal in cijfers in, bijvoorbeeld 15."


def out_of_range(where: str, minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"Vul {where} een getal van {minimum} tot en met {maximum} in."
    if minimum is not None:
        return f"Vul {where} een getal van {minimum} of meer in."
    return f"Vul {where} een getal tot en met {maximum} in."


def not_an_option(where: str, options: list[str]) -> str:
    return f"Kies {where} een van deze mogelijkheden: {', '.join(options)}."


def not_options(where: str, options: list[str]) -> str:
    return f"Kies {where} uit deze mogelijkheden: {', '.join(options)}."


def too_long(where: str, length: int, limit: int) -> str:
    return f"De tekst {where} is te lang. Maak hem korter dan {limit} tekens (nu {length})."


def looks_private(where: str, what: str, advice: str) -> str:
    """A privacy warning: `what` from privacy.scan ('een telefoonnummer')."""
    return f"De tekst {where} lijkt {what} te bevatten. {advice}".strip()
