"""The registry of forms, by key."""
from __future__ import annotations

from formlogic._model import FormDefinition
from formlogic.forms.brieven import AFSLUITBRIEF, BEVESTIGING, BRIEF_BURGEMEESTER, INFORMATIEBRIEF
from formlogic.forms.circulair import ANTWOORDEN, INTEGRAAL_BEELD, SESSIE
from formlogic.forms.gespreksverslag import GESPREKSVERSLAG
from formlogic.forms.evaluatie import EVALUATIE
from formlogic.forms.interventiematrix import INTERVENTIEMATRIX
from formlogic.forms.plan import PLAN_VAN_AANPAK
from formlogic.forms.werkmap import WERKMAP

FORMS: dict[str, FormDefinition] = {
    f.key: f for f in (GESPREKSVERSLAG, SESSIE, ANTWOORDEN, INTEGRAAL_BEELD, INTERVENTIEMATRIX,
                       BRIEF_BURGEMEESTER, BEVESTIGING, AFSLUITBRIEF, INFORMATIEBRIEF, PLAN_VAN_AANPAK, EVALUATIE,
                       WERKMAP)
}


class UnknownForm(LookupError):
    """Raised with a Dutch message when a form key does not exist."""


def get_form(key: str) -> FormDefinition:
    try:
        return FORMS[key]
    except KeyError:
        known = ", ".join(sorted(FORMS))
        raise UnknownForm(f"Onbekend formulier '{key}'. Bekende formulieren: {known}.") from None
