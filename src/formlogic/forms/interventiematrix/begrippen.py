"""The fixed lists of the interventiematrix: goals, tracks, kinds, statuses, positions, roles.

Positions: the werkproces's indeling (step 3, werkvorm 2: positive or negative influence, or a
meeloper) with the samenwerkingstool's plus/min/mee; the plus-min-mee handout shows these texts.
Goals: the werkproces (2016) names four; the 2023 renewal (CCV) adds two. Tracks: the three of
the plan van aanpak. Kinds: so the balance between setting limits and rewarding or supporting
can be seen (rewarding good behaviour works with these young people).
"""
from __future__ import annotations

from formlogic._model import Option

DOELEN = (
    Option("overlast", "Minder overlast en criminaliteit"),
    Option("perspectief", "Sterkere positie en perspectief van de jongeren"),
    Option("dynamiek", "Negatieve groepsdynamiek doorbreken"),
    Option("aanwas", "Geen nieuwe leden in de groep"),
    Option("gedrag", "Problematisch groepsgedrag stoppen of verminderen", "Toegevoegd in 2023."),
    Option("netwerk", "Niet doorgroeien naar criminele netwerken", "Toegevoegd in 2023."),
)
SPOREN = (
    Option("persoon", "Persoon en gezin"),
    Option("groep", "Groep en netwerk"),
    Option("omgeving", "Omgeving en openbare ruimte"),
)
SOORTEN = (
    Option("grenzen", "Grenzen stellen en handhaven"),
    Option("belonen", "Belonen en perspectief bieden"),
    Option("zorg", "Zorg en steun"),
)
STATUSSEN = (
    Option("gepland", "Gepland"),
    Option("lopend", "Loopt"),
    Option("uitgevoerd", "Uitgevoerd"),
    Option("niet-uitgevoerd", "Niet uitgevoerd"),
)
POSITIES = (
    Option("plus", "Plus", "Heeft een positieve invloed op de groep, of kan die krijgen. Kan zich "
                           "onafhankelijker van de groep opstellen."),
    Option("min", "Min", "Laat vooral negatief gedrag zien en trekt de groep de verkeerde kant op. De "
                         "samenwerkingstool omschrijft een min-jongere als zo ver afgegleden dat een preventief "
                         "gesprek nauwelijks zinvol lijkt en politie-inzet nodig is."),
    Option("mee", "Mee", "Loopt mee en laat zich beïnvloeden, ten goede en ten kwade."),
)
ROLLEN = (
    Option("kopstuk", "Kopstuk"),
    Option("meeloper", "Meeloper"),
    Option("randfiguur", "Randfiguur"),
    Option("onbekend", "Nog onbekend"),
)


def label(options: tuple[Option, ...], value: str | None) -> str:
    return next((o.label for o in options if o.value == value), value or "")
