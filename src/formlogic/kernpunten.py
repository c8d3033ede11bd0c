"""Kernpunten: the claims the site makes in more than one place, each written once (issue 19).

A rule, a fact or a piece of advice that pages, handouts, practice cases, the "Welke stap?"
exercise and the forms all repeat (how long data is kept, what the convenant settles, who
informs young people and parents, the rings of Nieuw-West, who leads the plan ...) lives here,
once. The pages include it with the macro `kernpunt` (macros/kernpunten.py), the training data
(data/oefencasussen.yml, data/welke-stap.yml) with a `[[id]]` token, the forms import it (help
texts, draft footers). A correction here lands everywhere at once; tests/unit/test_kernpunten.py
checks that the texts stay out of every other source file.

It lives in formlogic, not in data/, because the forms need it in the browser too, where there
is no YAML reader (the bundle holds formlogic, jinja2 and markupsafe only).

Every kernpunt has a kind (`soort`), which decides how a reader sees it (README, Content rules):

- "bron": what a source says; plain text everywhere. `bron` names the source and section.
- "advies": our own advice; an "Ons advies: …" box on a page, a line that starts with
  "Advies van de Kennisbank:" in a draft (see `ADVIES` and `voetregel`).
- "praktijk": what one practice story shows; an "In de praktijk: …" box, `titel` names where.
- "formulier": a sentence about the form or document itself (how to finish or send it); plain.

Texts are Dutch at B1, in our own words (tools: eigen_woorden.py). The first sentence of a text
can stand on its own: `kort` gives it, for a help text or a tooltip.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Soort = Literal["bron", "advies", "praktijk", "formulier"]
SOORTEN: tuple[Soort, ...] = ("bron", "advies", "praktijk", "formulier")
ADVIES = "Advies van de Kennisbank:"  # how a draft marks advice that is not the sources'
CONCEPT = "Concept."  # the first word of every draft footer
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
TOKEN = re.compile(r"\[\[([a-z0-9-]+)\]\]")


@dataclass(frozen=True)
class Kernpunt:
    id: str
    soort: Soort
    tekst: str
    bron: str  # where it comes from (source and section), or "Ons advies"
    pagina: str  # docs page (and #anchor) of the section that explains it at length: its home
    titel: str = ""  # the box title after "Ons advies: " / "In de praktijk: "

    @property
    def zinnen(self) -> tuple[str, ...]:
        return zinnen(self.tekst)

    @property
    def kort(self) -> str:
        """The first sentence: the short form, for a help text or a tooltip."""
        return self.zinnen[0]


def zinnen(text: str) -> tuple[str, ...]:
    """The sentences of a text (split after . ! ? before a capital, a digit or a quote)."""
    return tuple(s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip())


_WP = "Werkproces 2016"
_TOOL = "Samenwerkingstool preventieve gesprekken (Halt en jongerenwerk)"
_PRAKTIJK = "7-stappenmodel ... de praktijk (2018)"

_ALLE: tuple[Kernpunt, ...] = (
    # -- privacy and sharing ---------------------------------------------------------------
    Kernpunt(
        "convenant", "bron",
        "In een convenant leggen de partners vast welke gegevens zij in welke situatie delen, en op "
        "welke wettelijke grondslag. Ook staat erin hoe de uitvoeringscoördinatie is geregeld. Een "
        "convenant geeft geen nieuwe bevoegdheden. Het maakt duidelijk hoe de partners de bestaande "
        "regels samen toepassen.",
        f"{_WP}, paragraaf 3.1; {_PRAKTIJK}, verwijzing 7", "privacy-en-gegevensdeling.md#convenant"),
    Kernpunt(
        "ieder-zelf", "bron",
        "Iedere partner beslist zelf, op basis van zijn eigen wettelijke taken, of hij gegevens mag "
        "geven of ontvangen. Samenwerken verandert daar niets aan.",
        f"{_WP}, paragraaf 3.1 en 3.3", "privacy-en-gegevensdeling.md#bouwstenen"),
    Kernpunt(
        "niet-alles-voor-iedereen", "bron",
        "Niet elke partner heeft alle informatie nodig, en niet elke partner mag alles ontvangen. Dat "
        "geldt vooral voor strafrechtelijke gegevens, gegevens over gezondheid en nummers zoals het BSN.",
        f"{_WP}, paragraaf 3.4", "privacy-en-gegevensdeling.md#bijzondere-gegevens"),
    Kernpunt(
        "stap1-groep", "bron",
        "In stap 1 delen de partners alleen gegevens over de groep als geheel. Losse jongeren brengen zij "
        "dan nog niet in kaart.",
        f"{_WP}, paragraaf 2.2 en 3.2", "privacy-en-gegevensdeling.md#per-stap"),
    Kernpunt(
        "bilateraal", "bron",
        "Twee partners, bijvoorbeeld politie en burgemeester, mogen wel onderling gegevens over personen "
        "uitwisselen als zij daar een wettelijke grondslag voor hebben.",
        f"{_WP}, paragraaf 3.2", "privacy-en-gegevensdeling.md#per-stap"),
    Kernpunt(
        "uitvoeringscoordinator", "bron",
        "Wisselen partners gegevens over personen uit, dan wijzen zij in elk geval een "
        "uitvoeringscoördinator aan. Dat is juridisch het geval zodra een namenlijst wordt opgesteld en "
        "gedeeld, in stap 2.",
        f"{_WP}, paragraaf 3.1 (met voetnoot 4) en 3.3", "rollen.md#uitvoeringscoordinator"),
    Kernpunt(
        "privacyregels-stap2", "bron",
        "Vanaf stap 2 gelden alle privacyregels, zodra partners gegevens over personen delen en verwerken.",
        f"{_WP}, paragraaf 2.2", "privacy-en-gegevensdeling.md#per-stap"),
    Kernpunt(
        "geanonimiseerd", "bron",
        "Het concept plan van aanpak gaat geanonimiseerd naar het overleg van stap 4. Dat overleg "
        "besluit over voorrang en inzet.",
        f"{_WP}, paragraaf 3.4 en 3.5", "stappen/stap-4-adviseren-prioriteren.md#wat-de-privacyregels-toestaan"),
    Kernpunt(
        "bewaartermijn", "bron",
        "Als de aanpak wordt afgeschaald of stopt, maken de partners concrete afspraken over hoe lang zij "
        "de verzamelde informatie bewaren. Het werkproces noemt geen vaste termijn. Het zegt ook niet "
        "waar u die afspraken vastlegt.",
        f"{_WP}, paragraaf 3.8", "privacy-en-gegevensdeling.md#bewaartermijn"),
    Kernpunt(
        "bewaartermijn-hilversum", "praktijk",
        "In Hilversum leerden de partners de bewaartermijn niet te kort te maken. Soms gingen jongeren "
        "opnieuw over de schreef, of doken hun broertjes of zusjes op in een groep. Dan hielp het dat de "
        "partners de geschiedenis kenden.",
        f"{_PRAKTIJK}, Hilversum, stap 7", "praktijk/hilversum.md#stap-7", titel="Hilversum"),
    Kernpunt(
        "bewaartermijn-advies", "advies",
        "Schrijf bij de bewaartermijn op waarom u voor die termijn kiest. Vernietig de gegevens als de "
        "termijn voorbij is.",
        "Ons advies", "privacy-en-gegevensdeling.md#bewaartermijn", titel="leg ook de reden vast"),
    Kernpunt(
        "informeren", "bron",
        "Het werkproces zegt niets over het informeren van jongeren en ouders over het delen van hun "
        "gegevens. De samenwerkingstool van Halt en jongerenwerk noemt het bij het preventief gesprek.",
        f"{_WP}; {_TOOL}", "privacy-en-gegevensdeling.md#informeren"),
    Kernpunt(
        "informeren-praktijk", "praktijk",
        "In Hilversum kregen jongere en ouders bij het thuisgesprek een brief. Daarin stond waarom de "
        "partners gegevens uitwisselen: hoe zij de groep zien, de zorg om deze jongere, de keus die de "
        "jongere zelf heeft en de aanpak. In Groningen staat in de brief van de burgemeester dat de "
        "partners persoonsgegevens van de groep vastleggen en delen, ook die van de jongere, en welke "
        "organisaties meedoen.",
        f"{_PRAKTIJK}, Hilversum, stap 7; {_TOOL}, voorbeeldbrief Groningen",
        "privacy-en-gegevensdeling.md#informeren", titel="Hilversum en Groningen"),
    Kernpunt(
        "informeren-advies", "advies",
        "Vertel jongeren en ouders dat u gegevens over hen deelt: waarom, welke gegevens, met welke "
        "organisaties en hoe lang u ze bewaart. Laat de tekst nakijken door de functionaris "
        "gegevensbescherming (FG) van uw organisatie.",
        "Ons advies", "privacy-en-gegevensdeling.md#informeren", titel="vertel wat u deelt"),
    Kernpunt(
        "fg", "advies",
        "Twijfelt u of u iets mag delen, vraag het dan de functionaris gegevensbescherming (FG) of de "
        "privacydeskundige van uw eigen organisatie. De bronnen noemen de FG niet.",
        "Ons advies", "privacy-en-gegevensdeling.md#fg", titel="vraag het uw FG"),
    Kernpunt(
        "zuinig", "advies",
        "Schrijf zo weinig mogelijk over personen op. Gebruik initialen, een schuilnaam of een code. Zet "
        "geen namen in appgroepen of in verslagen die breed rondgaan.",
        "Ons advies", "privacy-en-gegevensdeling.md#bijzondere-gegevens", titel="schrijf zuinig"),
    # -- the preventive talk (Halt and jongerenwerk) ---------------------------------------
    Kernpunt(
        "afspraken-delen", "bron",
        "Bij een preventief gesprek leggen Halt en jongerenwerk uit dat zij de afspraken waar mogelijk, "
        "volgens de AVG, delen met de partners in de groepsaanpak of het Zorg- en Veiligheidshuis. Zo kan "
        "de keten volgen of de jongere zich eraan houdt.",
        f"{_TOOL}, 'Tijdens' en 'Na het gesprek'", "methodieken/preventief-gesprek.md#het-verloop"),
    Kernpunt(
        "verslag-blijft", "advies",
        "Houd het volledige gespreksverslag bij de professionals die het gesprek voerden. Daarin staat "
        "ook wat zij bij het gezin thuis zagen. Deel met de partners alleen de afspraken en wie ze volgt.",
        "Ons advies", "methodieken/preventief-gesprek.md#het-verloop", titel="deel de afspraken, niet het verslag"),
    Kernpunt(
        "bevestigen", "bron",
        "Bevestig de afspraken die de jongere opschreef binnen drie dagen officieel, met een brief of "
        "e-mail. Laat de jongere ook een foto van de afspraken maken met zijn of haar telefoon.",
        f"{_TOOL}, 'Na het gesprek'", "methodieken/preventief-gesprek.md#het-verloop"),
    Kernpunt(
        "drie-afspraken", "bron",
        "Richt u op ongeveer drie afspraken. Dan is er ruimte voor afspraken over negatief gedrag en "
        "over positief gedrag dat de jongere volhoudt.",
        f"{_TOOL}, 'Tijdens'", "methodieken/preventief-gesprek.md#het-verloop"),
    Kernpunt(
        "afsluiting", "bron",
        "Na een brief met een positieve afsluiting zit een jongere niet meer in de groepsaanpak: de "
        "partners bespreken hem of haar niet meer en delen geen informatie meer over hem of haar. Die "
        "brief krijgt een jongere die zich losmaakt van de groep, niet langer overlast geeft en laat zien "
        "dat het goed gaat.",
        f"{_TOOL}, 'Na het gesprek'", "privacy-en-gegevensdeling.md#afsluiting"),
    # -- the steps ---------------------------------------------------------------------------
    Kernpunt(
        "regie-plan", "bron",
        "Volgens het werkproces heeft de uitvoeringscoördinator de regie bij het opstellen van het plan van "
        "aanpak. De andere betrokken partners stellen het mee op. De korte uitleg bij de stappen in de praktijkuitgave van 2018 noemt "
        "hiervoor de procesregisseur. Beide rollen kunnen bij één persoon liggen.",
        f"{_WP}, paragraaf 3.6 en 4.1.1; {_PRAKTIJK}, stap 5", "stappen/stap-5-plan-van-aanpak.md#wie-doet-wat"),
    Kernpunt(
        "opschalen", "bron",
        "Komt een partner zijn afspraken niet na, dan kan er worden opgeschaald. Wie dat doet, zegt het "
        "werkproces niet. Wel legt het ketenoverleg in stap 4 vast wie de aanpak stuurt, ook om te "
        "kunnen opschalen.",
        f"{_WP}, paragraaf 3.5 en 3.7",
        "stappen/stap-6-uitvoeren-monitoren.md#opschalen-als-een-partner-niet-meedoet"),
    Kernpunt(
        "opschalen-purmerend", "praktijk",
        "In Purmerend gaf de procesregisseur eerst de professional zelf feedback. Hielp dat niet, of lag "
        "het aan de organisatie, dan stapte zij naar de eerstvolgende leidinggevende in die organisatie. Dat "
        "kon omdat de burgemeester in een overleg van directeuren steun voor de werkwijze had gevraagd "
        "en gekregen.",
        f"{_PRAKTIJK}, Purmerend, stap 6", "praktijk/purmerend.md#stap-6", titel="Purmerend"),
    Kernpunt(
        "stappen-dynamisch", "bron",
        "De stappen lopen in de praktijk deels tegelijk en komen terug. Komt er tijdens de uitvoering "
        "nieuwe informatie, dan kan het plan worden bijgesteld. Niet elke groep hoeft alle zeven stappen "
        "te doorlopen.",
        f"{_WP}, paragraaf 2.1", "stappen/index.md"),
    Kernpunt(
        "belonen", "bron",
        "Volgens het werkproces werkt juist het belonen van goed gedrag bij deze jongeren. Pak hen dus "
        "niet alleen aan, maar werk ook met hen samen en laat zien wat goed gaat.",
        f"{_WP}, paragraaf 3.6", "stappen/stap-5-plan-van-aanpak.md#wat-het-werkproces-verder-vraagt"),
    # -- at the foot of the forms' drafts --------------------------------------------------------
    Kernpunt(
        "evaluatie-ketenoverleg", "bron", "Het ketenoverleg bespreekt het evaluatieverslag.",
        f"{_WP}, paragraaf 3.8", "stappen/stap-7-afronden-evalueren.md#evalueren"),
    Kernpunt(
        "beeld-delen", "advies", "Deel dit beeld alleen met de partners in de aanpak die het nodig hebben.",
        "Ons advies", "methodieken/circulair-vragen.md", titel="deel het beeld zuinig"),
    Kernpunt(
        "antwoorden-delen", "advies", "Deel het antwoordbestand niet verder.",
        "Ons advies", "formulieren/circulair-vragen-antwoorden.md", titel="deel het bestand niet verder"),
    Kernpunt(
        "matrix-delen", "advies",
        "Deel de matrix alleen met de partners die haar nodig hebben, binnen de afspraken die zij in het "
        "convenant maakten.",
        "Ons advies", "formulieren/interventiematrix.md", titel="deel de matrix zuinig"),
    Kernpunt(
        "balans", "advies",
        "Deze matrix stelt vooral grenzen. Voeg acties toe die belonen of steunen.",
        "Ons advies", "formulieren/interventiematrix.md", titel="houd de matrix in balans"),
    Kernpunt(
        "rechten-nakijken", "advies",
        "Laat de tekst over rechten nakijken door de privacy officer of de functionaris gegevensbescherming "
        "van de gemeente.",
        "Ons advies", "formulieren/informatiebrief.md", titel="laat de tekst nakijken"),
    Kernpunt(
        "brief-in-word", "formulier", "Maak de brief af in Word: zet er de naam en het adres bij.",
        "Deze kennisbank", "formulieren/brief-burgemeester.md"),
    Kernpunt(
        "burgemeester-tekent", "formulier", "De burgemeester ondertekent.",
        "Deze kennisbank", "formulieren/brief-burgemeester.md"),
    Kernpunt(
        "codes", "formulier", "Groepsleden staan er alleen met een code in.",
        "Deze kennisbank", "formulieren/interventiematrix.md"),
    Kernpunt(
        "antwoorden-sturen", "formulier", "Stuur het antwoordbestand (.json) naar de procesregisseur.",
        "Deze kennisbank", "formulieren/circulair-vragen-antwoorden.md"),
    # -- one practice story: Amsterdam Nieuw-West ----------------------------------------------
    Kernpunt(
        "kerngroep", "praktijk",
        "In Amsterdam Nieuw-West ontstond een situatie die het convenant niet had voorzien. De "
        "procesregisseur vond de dreiging zo groot dat zij genoeg grondslag en noodzaak had om "
        "informatie op te vragen en te delen. De informatie bleef in de kerngroep van spilfiguren: "
        "politie, jongerenwerk, streetcornerwork, scholen en SAOA. Zij gaven haar alleen door waar dat "
        "nodig was.",
        f"{_PRAKTIJK}, Amsterdam Nieuw-West, stap 4 en 5", "privacy-en-gegevensdeling.md#convenant",
        titel="Amsterdam Nieuw-West"),
)

KERNPUNTEN: dict[str, Kernpunt] = {k.id: k for k in _ALLE}


def kernpunt(id: str) -> Kernpunt:
    try:
        return KERNPUNTEN[id]
    except KeyError:
        raise KeyError(f"onbekend kernpunt {id!r}") from None


# -- the rings of Amsterdam Nieuw-West: one table, also told as one text ------------------------

@dataclass(frozen=True)
class Ring:
    naam: str
    wie: str
    wat: str
    zichtbaar: bool = True


RINGEN: tuple[Ring, ...] = (
    Ring("eerste ring", "jongerenwerkers, streetcornerworkers, wijk- en schoolagenten en mensen van het "
         "vervoersbedrijf, en ook mentoren, directeuren en conciërges van scholen",
         "Zij waren zichtbaar aanwezig. De mensen van school pikten 'hun' leerlingen eruit. De boodschap: "
         "de partners keuren de vechtpartij af, en elke jongere heeft een keus."),
    Ring("tweede ring", "politieagenten, straatcoaches van SAOA en boa's van toezicht en handhaving",
         "Jongeren die bleven hangen, moesten hun ID laten zien en kregen een registratie op naam. "
         "Jongeren die echt lastig deden, werden aangehouden."),
    Ring("derde ring", "motoragenten en politiebusjes",
         "Zij stonden klaar voor als het nodig was. Dat was niet nodig.", zichtbaar=False),
)

KERNPUNTEN["ringen"] = Kernpunt(
    "ringen", "praktijk",
    " ".join(f"In de {r.naam}{'' if r.zichtbaar else ', uit het zicht,'} stonden {r.wie}." for r in RINGEN),
    f"{_PRAKTIJK}, Amsterdam Nieuw-West, stap 6", "methodieken/ringopstelling.md#de-drie-ringen-in-nieuw-west",
    titel="de ringen in Amsterdam Nieuw-West")


# -- privacy per step: the privacy page and the handout draw the same table --------------------

@dataclass(frozen=True)
class PrivacyStap:
    stap: int
    titel: str
    deelt: str  # what the partners share in this step
    let_op: str  # what to watch


PRIVACY_PER_STAP: tuple[PrivacyStap, ...] = (
    PrivacyStap(1, "Signalen delen", "Alleen signalen over de **groep als geheel**: wat ziet u, waar, wanneer?",
                f"Nog geen losse jongeren in kaart brengen. {KERNPUNTEN['bilateraal'].tekst}"),
    PrivacyStap(2, "Informatie verzamelen",
                "Informatie over de groep en, zo nodig, over personen. De partners stemmen een **namenlijst** af: "
                "naam, adres en woonplaats van wie in de groep lijkt te zitten.",
                f"{KERNPUNTEN['privacyregels-stap2'].tekst} Dan wijzen de partners ook een uitvoeringscoördinator "
                "aan. Het OM verzamelt zo nodig strafrechtelijke informatie, maar deelt die nog niet."),
    PrivacyStap(3, "Integraal beeld", "Informatie over groep, plek en personen, om samen een beeld te maken.",
                KERNPUNTEN["niet-alles-voor-iedereen"].tekst),
    PrivacyStap(4, "Adviseren en prioriteren",
                "Het advies met het concept plan van aanpak, **geanonimiseerd**. Informatie over andere "
                "jeugdgroepen, om af te wegen.", KERNPUNTEN["geanonimiseerd"].kort),
    PrivacyStap(5, "Plan van aanpak", "Het plan van aanpak.",
                "Leg vast welke partner welke informatie levert, met welk doel, en hoe u afspraken vastlegt "
                "en volgt."),
    PrivacyStap(6, "Uitvoeren en monitoren",
                "Afspraken en wijzigingen daarin, de voortgang van acties en het effect.",
                KERNPUNTEN["afspraken-delen"].tekst),
    PrivacyStap(7, "Afronden en evalueren", "Wat nodig is om restacties over te dragen.",
                f"{KERNPUNTEN['bewaartermijn'].kort} Volgens de samenwerkingstool van Halt en jongerenwerk delen "
                "de partners na een positieve afsluiting niets meer over die jongere."),
)


# -- using kernpunten in text and in drafts ------------------------------------------------------

def vul_in(text: str, toegestaan: frozenset[str] | set[str] | tuple[str, ...] = ("bron",), waar: str = "") -> str:
    """`text` with every `[[id]]` replaced by that kernpunt's text. A kernpunt of a kind that is
    not allowed here (advice in a plain sentence, say) is refused: it must go where it is marked."""
    def sub(m: re.Match[str]) -> str:
        k = KERNPUNTEN.get(m.group(1))
        if k is None:
            raise ValueError(f"{waar}: onbekend kernpunt [[{m.group(1)}]]")
        if k.soort not in toegestaan:
            raise ValueError(f"{waar}: kernpunt [[{k.id}]] is '{k.soort}' en hoort hier niet "
                             f"(hier mag: {', '.join(sorted(toegestaan))})")
        return k.tekst
    return TOKEN.sub(sub, text)


def als_advies(text: str) -> str:
    """A line of advice in a draft: it starts with the marker, so a reader of the letter or the
    report sees that it is the Kennisbank's advice and not what the sources say."""
    eerste = text[:1] if text[1:2].isupper() else text[:1].lower()  # "FG ..." keeps its capital
    return f"{ADVIES} {eerste}{text[1:]}"


def herkomst(zin: str) -> Kernpunt | None:
    """The kernpunt a sentence belongs to (its whole text, its short form or one of its sentences)."""
    zin = " ".join(zin.split())
    for k in KERNPUNTEN.values():
        if zin == " ".join(k.tekst.split()) or zin in k.zinnen:
            return k
    return None


def voetregel(*delen: Kernpunt | str, concept: bool = True) -> str:
    """A draft's footer: "Concept." and then the parts, advice marked as advice. A part is a
    kernpunt, or a sentence of one (its `kort`, say); any other text is refused, so every
    sentence at the foot of a draft has a known kind."""
    out = [CONCEPT] if concept else []
    for deel in delen:
        k = deel if isinstance(deel, Kernpunt) else herkomst(deel)
        if k is None:
            raise ValueError(f"voetregel: {deel!r} staat in geen kernpunt; zet de zin in formlogic.kernpunten")
        tekst = k.tekst if isinstance(deel, Kernpunt) else " ".join(deel.split())
        out.append(als_advies(tekst) if k.soort == "advies" else tekst)
    return " ".join(out)


def lees_voetregel(text: str) -> list[tuple[str, Kernpunt | None, bool]]:
    """(sentence, its kernpunt or None, marked as advice?) for each sentence of a footer or a
    note: what tests/unit/test_kernpunten.py holds every draft to. The marker covers the sentences
    of the advice it starts, up to the end of that kernpunt."""
    out: list[tuple[str, Kernpunt | None, bool]] = []
    loopt: Kernpunt | None = None  # the advice whose marker covers the next sentences
    for zin in zinnen(text):
        if zin == CONCEPT:
            loopt = None
            continue
        if zin.startswith(ADVIES):
            kern = zin.removeprefix(ADVIES).strip()
            k = herkomst(kern[:1].upper() + kern[1:]) or herkomst(kern)
            loopt = k if k and k.soort == "advies" else None
            out.append((zin, k, True))
            continue
        k = herkomst(zin)
        gemarkeerd = loopt is not None and k == loopt
        if not gemarkeerd:
            loopt = None
        out.append((zin, k, gemarkeerd))
    return out
