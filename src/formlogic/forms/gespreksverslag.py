"""Gespreksverslag preventief gesprek (Halt + jongerenwerk).

Follows the example report in the Halt samenwerkingstool "preventieve gesprekken": who the
young person is, who talked, which afspraken were made and how they are followed up, and how
the young person and the parents look at the behaviour and the group.
"""
from __future__ import annotations

from datetime import timedelta

from formlogic import draft as d
from formlogic._model import Field, FormDefinition, Message, Option, Parsed, Section
from formlogic.dutch import aantal, korte_datum, lange_datum, leeftijd_op
from formlogic.kernpunten import kernpunt, voetregel

HALT_MIN_LEEFTIJD = 8
HALT_MAX_LEEFTIJD = 23
BEVESTIGEN_BINNEN_DAGEN = 3
AANTAL_AFSPRAKEN = 3  # the tool advises about three afspraken
# The tool: the afspraken are shared with the partners where possible. That the report itself
# stays with its writers is our advice (it holds what they saw at home), marked as such.
VERSLAG_BLIJFT = voetregel(kernpunt("afspraken-delen"), kernpunt("verslag-blijft"))


def _tekst(name: str, label: str, help: str = "", rows: int = 4) -> Field:
    return Field(name, label, "textarea", help=help, rows=rows, privacy_scan=True)


POSITIES = (
    Option("plus", "Plus", "Kan zich onafhankelijker van de groep opstellen."),
    Option("mee", "Mee", "Laat zich meetrekken door de groep, ten goede en ten kwade."),
    Option("min", "Min", "Is zo ver afgegleden dat een preventief gesprek nauwelijks zinvol lijkt; politie-inzet is nodig."),
)

SECTIONS = (
    Section(
        "De jongere",
        (
            Field("initialen", "Initialen of schuilnaam van de jongere", required=True,
                  help="Geen volledige naam: initialen of een schuilnaam zijn genoeg.",
                  required_text="Vul de initialen of een schuilnaam van de jongere in.",
                  max_length=40, privacy_scan=True),
            Field("woonplaats", "Woonplaats", max_length=80, autocomplete="off"),
            Field("leeftijd", "Leeftijd", "number", minimum=0, maximum=99, inputmode="numeric",
                  mark_optional=False,
                  help="Vul de leeftijd of de geboortedatum in. Eén van de twee is genoeg."),
            Field("geboortedatum", "Geboortedatum", "date", mark_optional=False),
            Field("positie", "Positie in de groep", "choice", options=POSITIES,
                  help="Volgens de plus-min-mee-methodiek. Alleen als de jongere in een groepsaanpak zit."),
        ),
    ),
    Section(
        "Het gesprek",
        (
            Field("gespreksdatum", "Datum van het gesprek", "date", required=True,
                  required_text="Vul de datum van het gesprek in."),
            Field("professionals", "Aanwezige professionals", "group", required=True,
                  item_label="Professional", initial_items=2, max_items=8,
                  required_text="Vul minstens één aanwezige professional in.",
                  help="Wie voerden het gesprek? Bijvoorbeeld de Halt-medewerker en de jongerenwerker.",
                  item_fields=(
                      Field("naam", "Naam", required=True, max_length=120, autocomplete="name"),
                      Field("organisatie", "Organisatie", required=True, max_length=120,
                            autocomplete="organization"),
                      Field("contact", "Telefoon of e-mail (werk)", max_length=120),
                  )),
        ),
    ),
    Section(
        "Afspraken en vervolg",
        (
            Field("afspraken", "Afspraken", "list", required=True, item_label="Afspraak",
                  initial_items=AANTAL_AFSPRAKEN, max_items=10, max_length=500, privacy_scan=True, reorder=True,
                  required_text="Vul minstens één afspraak in.",
                  help=f"Schrijf de afspraken op zoals de jongere ze zelf opschreef. "
                       f"{kernpunt('drie-afspraken').kort}"),
            Field("monitoring_door", "Wie volgt de afspraken?", max_length=200,
                  help="Bijvoorbeeld: de jongerenwerker, met een belletje na twee weken."),
            Field("tweede_gesprek", "Datum van het tweede gesprek", "date",
                  help="Na het eerste gesprek komt u samen terug om de afspraken te bespreken."),
        ),
    ),
    Section(
        "Situatie en houding",
        (
            _tekst("situatie", "Situatie bij het begin van het gesprek",
                   "Noem concrete voorbeelden: welk gedrag is ongewenst, en welk gedrag is gewenst?", rows=5),
            _tekst("houding_ouders", "Houding van de ouders tegenover het gedrag"),
            _tekst("houding_jongere", "Houding van de jongere tegenover het gedrag",
                   "Bijvoorbeeld: ontkent, geeft toe, praat het goed."),
            _tekst("groep_jongere", "Wat vindt de jongere ervan om bij de groep te horen?"),
            _tekst("groep_ouders", "Wat vinden de ouders daarvan?"),
            _tekst("hulp_nodig", "Is er hulp nodig?",
                   "Het werkproces vraagt extra zorg bij gegevens over gezondheid. Ons advies: noem alleen wat "
                   "nodig is voor de aanpak."),
            _tekst("toekomstbeeld", "Toekomstbeeld van de jongere"),
        ),
    ),
    Section(
        "Terugblik",
        (
            _tekst("analyse", "Korte analyse: hoe verliep het gesprek?",
                   "Ging het stroef of makkelijk? Was er herkenning, verbazing of bagatellisering? "
                   "Welke afspraken wilde de jongere, en welke de ouders?", rows=5),
            _tekst("overige", "Overige opmerkingen"),
        ),
    ),
)


def _leeftijd(p: Parsed):
    """Age on the day of the talk (or today): from the date of birth when given, else as typed."""
    geboren = p.get("geboortedatum")
    if geboren is not None:
        return leeftijd_op(geboren, p.get("gespreksdatum") or p.today)
    return p.get("leeftijd")


def check_leeftijd(p: Parsed) -> list[Message]:
    out: list[Message] = []
    leeftijd, geboren = p.get("leeftijd"), p.get("geboortedatum")
    if {"leeftijd", "geboortedatum"} & p.invalid:
        return out
    if leeftijd is None and geboren is None:
        return [Message("error", "Vul de leeftijd of de geboortedatum van de jongere in.", "leeftijd")]
    if geboren is not None and geboren > p.today:
        return [Message("error", "Geboortedatum: deze datum ligt in de toekomst.", "geboortedatum")]
    berekend = _leeftijd(p)
    if leeftijd is not None and geboren is not None and abs(berekend - leeftijd) > 1:
        out.append(Message("warning", f"Leeftijd en geboortedatum passen niet bij elkaar: volgens de "
                                      f"geboortedatum is de jongere {berekend} jaar.", "leeftijd"))
    if not HALT_MIN_LEEFTIJD <= berekend <= HALT_MAX_LEEFTIJD:
        veld = "geboortedatum" if leeftijd is None else "leeftijd"
        out.append(Message("warning", f"De jongere is {berekend} jaar. Halt noemt voor zijn aanpak van "
                                      f"jeugdgroepen jongeren van {HALT_MIN_LEEFTIJD} tot {HALT_MAX_LEEFTIJD} jaar. "
                                      "Klopt de leeftijd? Zo ja: overleg of een andere aanpak beter past.", veld))
    return out


def check_datums(p: Parsed) -> list[Message]:
    out: list[Message] = []
    eerste, tweede = p.get("gespreksdatum"), p.get("tweede_gesprek")
    if eerste is not None and eerste > p.today:
        out.append(Message("warning", "De datum van het gesprek ligt in de toekomst. Klopt dat?", "gespreksdatum"))
    if eerste is not None and tweede is not None and tweede <= eerste:
        out.append(Message("error", "Het tweede gesprek moet na het eerste gesprek zijn "
                                    f"({korte_datum(eerste)}). Kies een latere datum.", "tweede_gesprek"))
    if tweede is None and "tweede_gesprek" not in p.invalid and p.get("afspraken"):
        out.append(Message("hint", "Spreek een datum af voor het tweede gesprek. Dan bespreekt u samen "
                                   "hoe het met de afspraken gaat.", "tweede_gesprek"))
    return out


def check_afspraken(p: Parsed) -> list[Message]:
    afspraken = p.get("afspraken") or []
    if len(afspraken) > AANTAL_AFSPRAKEN:
        return [Message("hint", f"U heeft {aantal(len(afspraken), 'afspraak', 'afspraken')}. "
                                f"{kernpunt('drie-afspraken').tekst}", "afspraken")]
    return []


def bevestigen_uiterlijk(p: Parsed):
    eerste = p.get("gespreksdatum")
    return None if eerste is None else eerste + timedelta(days=BEVESTIGEN_BINNEN_DAGEN)


def derive(p: Parsed) -> dict[str, str]:
    out: dict[str, str] = {}
    if (uiterlijk := bevestigen_uiterlijk(p)) is not None:
        out["bevestigen_uiterlijk"] = (
            f"Bevestig de afspraken uiterlijk {lange_datum(uiterlijk, met_dag=True)} schriftelijk "
            "aan de jongere en de ouders, met een brief of e-mail."
        )
    if p.get("geboortedatum") is not None and "geboortedatum" not in p.invalid:
        out["leeftijd"] = f"Leeftijd op de dag van het gesprek: {_leeftijd(p)} jaar."
    return out


def _professional(row: dict) -> str:
    extra = ", ".join(v for v in (row.get("organisatie"), row.get("contact")) if v)
    return f"{row.get('naam') or ''} ({extra})" if extra else (row.get("naam") or "")


def build_draft(p: Parsed) -> d.Draft:
    leeftijd = _leeftijd(p)
    geboren = p.get("geboortedatum")
    leeftijd_tekst = f"{leeftijd} jaar" + (f" (geboren {korte_datum(geboren)})" if geboren else "")
    positie = {o.value: f"{o.label}: {o.uitleg}" for o in POSITIES}.get(p.get("positie") or "", "")
    gegevens = [
        ("Jongere", p.get("initialen") or ""),
        ("Woonplaats", p.get("woonplaats") or ""),
        ("Leeftijd", leeftijd_tekst),
        ("Positie in de groep", positie),
        ("Datum gesprek", lange_datum(p.get("gespreksdatum"))),
        ("Aanwezig", "\n".join(_professional(r) for r in p.get("professionals") or [])),
    ]
    vervolg = []
    if p.get("monitoring_door"):
        vervolg.append(f"De afspraken worden gevolgd door: {p.get('monitoring_door')}")
    if p.get("tweede_gesprek"):
        vervolg.append(f"Tweede gesprek: {lange_datum(p.get('tweede_gesprek'), met_dag=True)}")
    afspraken_blocks = [d.items(p.get("afspraken"), numbered=True)]
    if vervolg:
        afspraken_blocks.append(d.items(vervolg))
    if (uiterlijk := bevestigen_uiterlijk(p)) is not None:
        afspraken_blocks.append(d.note(
            f"Bevestig deze afspraken uiterlijk {lange_datum(uiterlijk, met_dag=True)} schriftelijk."))
    parts = [
        d.Part("Gegevens", (d.facts([(k, v) for k, v in gegevens if v]),)),
        d.Part("Afspraken", tuple(afspraken_blocks)),
    ]
    for name, heading in (
        ("situatie", "Situatie bij het begin van het gesprek"),
        ("houding_ouders", "Houding van de ouders"),
        ("houding_jongere", "Houding van de jongere"),
        ("groep_jongere", "De jongere over de groep"),
        ("groep_ouders", "De ouders over de groep"),
        ("hulp_nodig", "Hulp nodig"),
        ("toekomstbeeld", "Toekomstbeeld"),
        ("analyse", "Analyse van het gesprek"),
        ("overige", "Overige opmerkingen"),
    ):
        if p.get(name):
            parts.append(d.Part(heading, (d.paragraph(p.get(name)),)))
    return d.Draft(
        title="Gespreksverslag preventief gesprek",
        subtitle=f"Concept van {lange_datum(p.today)}",
        parts=tuple(parts),
        # The tool: the afspraken are shared with the partners where possible. Keeping the report
        # itself with its writers is our advice (see VERSLAG_BLIJFT), marked as such.
        footer=VERSLAG_BLIJFT,
    )


# The trainer's example: the talk with J6 from the practice case 'Een jaar later'
# (data/oefencasussen.yml; the town Kwakelhaven is invented, like everything in it).
EXAMPLE = {
    "initialen": "J6",
    "woonplaats": "Kwakelhaven",
    "leeftijd": "15",
    "geboortedatum": "",
    "positie": "mee",
    "gespreksdatum": "17-11-2026",
    "professionals": [
        {"naam": "Medewerker Halt", "organisatie": "Halt", "contact": ""},
        {"naam": "Jongerenwerker", "organisatie": "Jongerenwerk Kwakelhaven", "contact": ""},
    ],
    "afspraken": ["Om 22.00 uur thuis, ook in het weekend", "Niet meer naar de winkelstraat na schooltijd",
                  "Twee keer per week naar de sportclub"],
    "monitoring_door": "De jongerenwerker, met een belletje na twee weken",
    "tweede_gesprek": "08-12-2026",
    "situatie": "J6 hangt sinds de zomer met de groep in de winkelstraat.\nBewoners melden lawaai in de avond.",
    "houding_ouders": "Moeder wil graag meewerken en zoekt steun.",
    "houding_jongere": "Wil van de groep af, maar vindt het moeilijk.",
    "groep_jongere": "Vindt het gezellig, maar is bang om erbuiten te vallen.",
    "groep_ouders": "Moeder wil dat hij andere vrienden zoekt.",
    "hulp_nodig": "",
    "toekomstbeeld": "Wil later iets in de sport doen.",
    "analyse": "Stroef begin, daarna open. J6 koos zelf de afspraak over de sportclub.",
    "overige": "",
}

GESPREKSVERSLAG = FormDefinition(
    key="gespreksverslag",
    title="Gespreksverslag preventief gesprek",
    intro="Voor de Halt-medewerker en de jongerenwerker, na een gezamenlijk gesprek met een jongere en de ouders.",
    version=1,
    sections=SECTIONS,
    cross_checks=(check_leeftijd, check_datums, check_afspraken),
    derive=derive,
    build_draft=build_draft,
    draft_title="Concept gespreksverslag",
    example=EXAMPLE,
)
