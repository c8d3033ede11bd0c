"""Circulair vragen: the regisseur's session, the partners' answers, and the integraal beeld."""
from formlogic.forms.circulair.antwoorden import ANTWOORDEN
from formlogic.forms.circulair.beeld import INTEGRAAL_BEELD
from formlogic.forms.circulair.sessie import SESSIE

__all__ = ["ANTWOORDEN", "INTEGRAAL_BEELD", "SESSIE"]
