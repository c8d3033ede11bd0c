"""mkdocs-macros module: registers the macros, nothing else.

Each macro is a thin, verb-named wrapper around a tested function (see tests/unit/).
Pages opt in with `render_macros: true` in their front matter.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:  # formlogic is installed in the venv; this keeps a bare checkout working
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:  # tools.sitebuild (the site's version)
    sys.path.insert(0, str(ROOT))

from macros import begrippen, forms, kennisbank, kernpunten, oefencasussen, repertoire, situaties, versie, welke_stap  # noqa: E402
from tools.sitebuild.version import build_date, site_version  # noqa: E402


def define_env(env) -> None:
    data_dir = ROOT / "data"
    links = kennisbank.load_kruisverwijzingen(data_dir / "kruisverwijzingen.yml")
    titels = kennisbank.nav_titles(env.conf.get("nav"))  # link text as in the navigation

    casussen = {c.id: c for c in oefencasussen.load_oefencasussen(
        data_dir / "oefencasussen.yml", ROOT / "docs", links.formulieren)}
    oefening = {s.id: s for s in welke_stap.load_situaties(data_dir / "welke-stap.yml", ROOT / "docs")}
    wat_doe_ik = situaties.load_situaties(data_dir / "situaties.yml", links, oefening, ROOT / "docs")

    def here() -> str:
        return env.page.file.src_uri

    @env.macro
    def render_form(formulier: str) -> str:
        """The HTML of a form, from its definition in formlogic."""
        return forms.render_form_html(formulier, casussen.values(), here())

    @env.macro
    def render_begrippenlijst() -> str:
        return begrippen.render_begrippenlijst(begrippen.load_begrippen(data_dir / "begrippen.yml"))

    @env.macro
    def render_praktijk(stap: int) -> str:
        """The *In de praktijk* block of a step page."""
        return kennisbank.render_praktijk(links, stap, here())

    @env.macro
    def render_formulieren(stap: int) -> str:
        """The *Formulieren bij deze stap* block of a step page."""
        return kennisbank.render_formulieren(links, stap, here(), titels)

    @env.macro
    def render_formulieren_per_stap() -> str:
        """Every form with its steps (from data/kruisverwijzingen.yml), e.g. for the workshop guide."""
        return kennisbank.render_formulieren_per_stap(links, here())

    @env.macro
    def render_methoden(stap: int) -> str:
        """The *Werkvormen en methoden* list of a step page."""
        return kennisbank.render_methoden(links, stap, here(), titels)

    @env.macro
    def render_repertoire() -> str:
        """The repertoire of interventions (the interventiematrix form's data) as a table."""
        return repertoire.render_repertoire(here())

    @env.macro
    def render_posities() -> str:
        """What plus, min and mee mean, from the interventiematrix form's data."""
        return repertoire.render_posities()

    @env.macro
    def render_richtingen() -> str:
        """The form's directions per position (our advice), to stand in an "Ons advies" box."""
        return repertoire.render_richtingen()

    @env.macro
    def render_casus(casus: str) -> str:
        """A practice case page (data/oefencasussen.yml), the trainer's part folded away."""
        return oefencasussen.render_casus(casussen[casus], links, here(), titels)

    @env.macro
    def render_casus_bron(casus: str) -> str:
        """The *Bron* of a practice case: where its pattern comes from."""
        return oefencasussen.render_bron(casussen[casus], here(), titels)

    @env.macro
    def render_casussen() -> str:
        """The table of all practice cases."""
        return oefencasussen.render_overzicht(list(casussen.values()), links, here(), titels)

    @env.macro
    def render_welke_stap() -> str:
        """The "Welke stap?" exercise (data/welke-stap.yml), linking to the answers it shares
        with "Wat doe ik als…"."""
        afkortingen = begrippen.afkortingen(begrippen.load_begrippen(data_dir / "begrippen.yml"))
        antwoorden = {k: (f"{situaties.PAGINA}#{s.id}", s.vraag) for k, s in wat_doe_ik.voor_oefening().items()}
        return welke_stap.render_welke_stap(list(oefening.values()), links, here(), titels, afkortingen, antwoorden)

    @env.macro
    def render_situaties() -> str:
        """The answers on "Wat doe ik als…" (data/situaties.yml)."""
        return situaties.render_situaties(wat_doe_ik, links, oefening, here(), titels)

    @env.macro
    def render_situaties_overzicht() -> str:
        """The list of situations at the top of "Wat doe ik als…"."""
        return situaties.render_overzicht(wat_doe_ik, here())

    @env.macro
    def kernpunt(id: str, meer: bool = True, inspringen: int = 0) -> str:
        """A claim said once (formlogic.kernpunten): plain for a source, in its box for advice or practice."""
        return kernpunten.render_kernpunt(id, here(), meer, inspringen)

    @env.macro
    def kernpunt_tekst(id: str, kort: bool = False) -> str:
        """Only the text (or its first sentence) of a source's kernpunt, inside a sentence or a cell."""
        return kernpunten.kernpunt_tekst(id, kort=kort)

    @env.macro
    def kernpunt_tekst_advies(id: str, kort: bool = False) -> str:
        """Only the text (or its first sentence) of an advice kernpunt, inside an "Ons advies" box."""
        return kernpunten.kernpunt_tekst(id, soort="advies", kort=kort)

    @env.macro
    def render_privacy_per_stap(met_links: bool = True) -> str:
        """The table 'what do you share in which step' (privacy page, handout)."""
        return kernpunten.render_privacy_per_stap(
            here(), {n: s.pagina for n, s in links.stappen.items()} if met_links else None)

    @env.macro
    def render_ringen() -> str:
        """The rings of Amsterdam Nieuw-West as a table."""
        return kernpunten.render_ringen()

    @env.macro
    def render_versie() -> str:
        """The site's version and build date, e.g. on the hosting page."""
        return versie.render_versie(site_version(), build_date())
