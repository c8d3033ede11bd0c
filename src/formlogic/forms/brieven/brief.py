"""What the letters share: a letter as a draft (header facts, salutation, paragraphs, closing),
and the fields every letter has."""
from __future__ import annotations

from formlogic import draft as d
from formlogic._model import Field
from formlogic.dutch import lange_datum

AANHEF = Field("aanhef", "Aanhef", required=True, max_length=120, initial="Beste",
               help="Bijvoorbeeld: Beste jongere en ouders of verzorgers. De naam zet u er in Word bij.")
JONGERE = Field("jongere", "Initialen of schuilnaam van de jongere", required=True, max_length=40, privacy_scan=True,
                help="Naam en adres zet u er pas in Word bij. Hier zijn ze niet nodig.",
                required_text="Vul de initialen of een schuilnaam van de jongere in.")


def datum_tekst(value) -> str:
    return lange_datum(value) if value else ""


def letter(onderwerp: str, kop: list[tuple[str, str]], aanhef: str, alineas: list[str], groet: str,
           ondertekening: str, footer: str, extra: tuple[d.Part, ...] = ()) -> d.Draft:
    """A letter: facts at the top, then the body without headings, then the signature."""
    body = [d.paragraph(f"{aanhef.strip().rstrip(',')},")] + [d.paragraph(a) for a in alineas if a.strip()]
    body.append(d.paragraph(f"{groet}\n\n{ondertekening}"))
    return d.Draft(title=onderwerp, parts=(d.Part("", (d.facts([(k, v) for k, v in kop if v]),)),
                                           d.Part("", tuple(body)), *extra),
                   footer=footer)
