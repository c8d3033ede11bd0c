"""What the letters share: the fields every letter has, and a letter as a draft in the Dutch
business layout (draft.Letterhead and draft.Signature: sender block with room for the logo,
the address block with placeholders, place and date, subject, reference, salutation, body,
closing, room to sign, name and function)."""
from __future__ import annotations

from formlogic import draft as d
from formlogic._model import Field
from formlogic.dutch import lange_datum

AANHEF = Field("aanhef", "Aanhef", required=True, max_length=120, initial="Beste",
               help="Bijvoorbeeld: Beste jongere en ouders of verzorgers. De naam zet u er in Word bij.")
JONGERE = Field("jongere", "Initialen of schuilnaam van de jongere", required=True, max_length=40, privacy_scan=True,
                help="Naam en adres zet u er pas in Word bij. Hier zijn ze niet nodig.",
                required_text="Vul de initialen of een schuilnaam van de jongere in.")

# The sender block and the signature: optional; what stays empty becomes a [placeholder].
AFDELING = Field("afdeling", "Afdeling of team", max_length=120,
                 help="Komt in het afzenderblok onder de organisatie. Bijvoorbeeld: Openbare orde en veiligheid.")
KENMERK = Field("kenmerk", "Ons kenmerk", max_length=60,
                help="Het nummer waaronder uw organisatie de brief bewaart. Leeg: de regel valt weg.")
PLAATS = Field("plaats", "Plaats in de datumregel", max_length=80,
               help="Bijvoorbeeld: Kwakelhaven. Leeg: de gemeente, of [plaats] om in Word in te vullen.")
ONDERTEKENAAR = Field("ondertekenaar", "Naam van wie ondertekent", max_length=160,
                      help="Leeg: er komt [naam] te staan. Die vult u in Word in.")
FUNCTIE = Field("functie", "Functie van wie ondertekent", max_length=160,
                help="Bijvoorbeeld: uitvoeringscoördinator. Leeg: [functie], om in Word in te vullen.")
AFZENDER_VELDEN = (AFDELING, PLAATS, ONDERTEKENAAR, FUNCTIE)

GROET = "Met vriendelijke groet,"


def datum_tekst(value) -> str:
    return lange_datum(value) if value else ""


def regels(*lines: str) -> tuple[str, ...]:
    """The lines that hold something, stripped."""
    return tuple(line.strip() for line in lines if line and line.strip())


def ondertekening(naam: str, functie: str) -> tuple[str, ...]:
    """Name and function under the signature; placeholders for what the form did not get."""
    naam, functie = (naam or "").strip(), (functie or "").strip()
    return (naam or "[naam]", *((functie,) if functie else () if naam else ("[functie]",)))


def letter(onderwerp: str, afzender: tuple[str, ...], plaats: str, datum: str, aanhef: str, alineas: list[str | d.Block],
           ondertekend: tuple[str, ...], footer: str, kenmerk: str = "", groet: str = GROET,
           extra: tuple[d.Part, ...] = ()) -> d.Draft:
    """A letter: the head (sender, address, place and date, subject, reference, salutation), the
    body (paragraphs, or blocks such as a numbered list) without headings, then closing and
    signature."""
    head = d.Letterhead(
        sender=afzender or ("[organisatie]",),
        place_date=f"{(plaats or '').strip() or '[plaats]'}, {datum or '[datum]'}",
        subject=onderwerp, reference=(kenmerk or "").strip(),
        salutation=f"{(aanhef or 'Beste').strip().rstrip(',')},")
    body = tuple(a if isinstance(a, d.Block) else d.paragraph(a) for a in alineas if isinstance(a, d.Block) or a.strip())
    return d.Draft(title=onderwerp, parts=(d.Part("", body), *extra), footer=footer, letterhead=head,
                   signature=d.Signature(groet, ondertekend))
