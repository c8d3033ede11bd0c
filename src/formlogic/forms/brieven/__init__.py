"""The letters of the approach: from the burgemeester, the confirmation of afspraken, the
positive closing letter, and the letter about sharing information."""
from formlogic.forms.brieven.afsluiting import AFSLUITBRIEF
from formlogic.forms.brieven.bevestiging import BEVESTIGING
from formlogic.forms.brieven.burgemeester import BRIEF_BURGEMEESTER
from formlogic.forms.brieven.informatie import INFORMATIEBRIEF

__all__ = ["AFSLUITBRIEF", "BEVESTIGING", "BRIEF_BURGEMEESTER", "INFORMATIEBRIEF"]
