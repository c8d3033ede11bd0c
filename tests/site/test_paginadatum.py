"""The date line under every page, the footer and the report link (issue 21; hooks/paginadatum.py).

Every guidance page says when it last changed and, where a review recorded it, when it was last
checked against the sources; the footer says which werkproces the site follows and the site's
version and date; "Meld een fout of stel een vraag" goes where the hosting organisation set it.
The dates are checked on the real site and on small sites built with the same plugin, hook and
templates from a full git history, a shallow clone (as CI makes) and a copy without git.
"""
from __future__ import annotations

import os
import posixpath
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from mkdocs.exceptions import ConfigurationError
from sitehtml import ROOT, site_pages
from test_conventie import GUIDANCE

from formlogic.dutch import lange_datum
from hooks.paginadatum import (ONBEKEND, bronbestanden, load_controles, melden,
                               paginas_in_verslag)
from tools.sitebuild.version import build_date, site_version

DOCS = ROOT / "docs"
DATE_LINE = re.compile(r'<aside class="md-source-file kb-paginadatum".*?</aside>', re.S)
CHANGED = re.compile(r'Laatst gewijzigd: (op of vóór )?<time datetime="(\d{4}-\d\d-\d\d)">(\d{1,2} [a-z]+ \d{4})</time>')
CHECKED = re.compile(r'Gecontroleerd aan de bronnen</a>: <time datetime="(\d{4}-\d\d-\d\d)">')


# -- the parts ---------------------------------------------------------------------------------

def test_a_page_made_from_data_is_dated_by_that_data_too():
    files = bronbestanden("# T\n{{ render_praktijk(1) }}\n{{render_form('gespreksverslag')}}")
    assert files == {"data/kruisverwijzingen.yml", "data/praktijkfragmenten.yml", "src/formlogic/forms"}
    assert bronbestanden("{{ een_nieuwe_macro() }}") == set(ONBEKEND)  # never too old a date
    assert bronbestanden("Gewone tekst, {{ geen aanroep }}.") == set()


def test_the_review_reports_name_their_pages():
    steps = paginas_in_verslag((ROOT / "notes/inhoudscontrole-2026-12/review-steps.md").read_text(encoding="utf-8"), DOCS)
    assert {"stappen/stap-1-signalen-delen.md", "rollen.md", "index.md", "privacy-en-gegevensdeling.md"} <= steps
    assert not any(p.startswith("data/") for p in steps)
    table = "| page | x |\n| --- | --- |\n| `docs/rollen.md` | a.md b |\n| methodieken/weg.md | c |\n"
    assert paginas_in_verslag(table, DOCS) == {"rollen.md"}


def test_a_report_may_name_its_folder_or_its_pages(tmp_path: Path):
    (tmp_path / "v.md").write_text("| page |\n| --- |\n| index.md |\n| training/index.md |\n", encoding="utf-8")
    (tmp_path / "c.yml").write_text(
        "controles:\n  - {verslag: v.md, datum: 2026-12-04, map: formulieren, paginas: [training/welke-stap.md]}\n",
        encoding="utf-8")
    assert set(load_controles(tmp_path / "c.yml", tmp_path, DOCS)) == {
        "formulieren/index.md", "training/index.md", "training/welke-stap.md"}
    (tmp_path / "c.yml").write_text("controles:\n  - {verslag: v.md, datum: 2026-12-04, paginas: [weg.md]}\n",
                                    encoding="utf-8")
    with pytest.raises(ValueError, match="pagina 'weg.md' bestaat niet"):
        load_controles(tmp_path / "c.yml", tmp_path, DOCS)


def test_the_checks_of_both_reviews_are_recorded():
    checked = load_controles(ROOT / "data/inhoudscontrole.yml", ROOT, DOCS)
    assert checked["rollen.md"].datum == date(2026, 12, 3)
    assert checked["formulieren/gespreksverslag.md"].datum == date(2026, 12, 4)
    assert checked["training/oefencasussen/plein.md"].datum == date(2026, 12, 4)
    assert "index.md" in checked and checked["index.md"].verslag.endswith("review-steps.md")


def test_a_bad_review_entry_is_refused(tmp_path: Path):
    (tmp_path / "v.md").write_text("| page |\n| --- |\n| rollen.md |\n", encoding="utf-8")
    (tmp_path / "c.yml").write_text("controles:\n  - {verslag: v.md, datum: gisteren}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="datum als 2026-12-03"):
        load_controles(tmp_path / "c.yml", tmp_path, DOCS)
    (tmp_path / "v.md").write_text("Geen tabel.\n", encoding="utf-8")
    (tmp_path / "c.yml").write_text("controles:\n  - {verslag: v.md, datum: 2026-12-03}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="noemt geen pagina's"):
        load_controles(tmp_path / "c.yml", tmp_path, DOCS)


@pytest.mark.parametrize(("value", "expected"), [
    ("", {"soort": "uitleg", "adres": ""}),
    (None, {"soort": "uitleg", "adres": ""}),
    ("servicedesk@gemeente.example", {"soort": "mail", "adres": "servicedesk@gemeente.example"}),
    (" mailto:ict@gemeente.example ", {"soort": "mail", "adres": "ict@gemeente.example"}),
    ("https://intranet.gemeente.example/servicedesk", {"soort": "pagina", "adres": "https://intranet.gemeente.example/servicedesk"}),
])
def test_the_report_setting_is_an_address_or_a_page(value, expected):
    assert melden(value) == expected


@pytest.mark.parametrize("value", ["javascript:alert(1)", "servicedesk", "ftp://x.example/", "a@b"])
def test_a_report_setting_that_is_neither_is_refused_in_dutch(value):
    with pytest.raises(ConfigurationError, match="geef een e-mailadres of het adres van een webpagina"):
        melden(value)


# -- the built site ------------------------------------------------------------------------------

def _guidance(built_site: Path) -> dict[str, str]:
    return {rel: p.path.read_text(encoding="utf-8") for rel, p in site_pages(built_site).items() if GUIDANCE.search(rel)}


def test_every_guidance_page_has_its_date_line(built_site: Path):
    pages = _guidance(built_site)
    assert len(pages) >= 30 and "wat-doe-ik-als/index.html" in pages
    for rel, html in pages.items():
        line = DATE_LINE.search(html)
        assert line, f"{rel}: geen datumregel"
        m = CHANGED.search(line.group(0))
        assert m, f"{rel}: {line.group(0)}"
        assert m[3] == lange_datum(date.fromisoformat(m[2]))  # the same day, in Dutch
        assert date.fromisoformat(m[2]) <= build_date(ROOT) or m[1]


def test_checked_pages_say_when_and_others_do_not(built_site: Path):
    checked = load_controles(ROOT / "data/inhoudscontrole.yml", ROOT, DOCS)
    assert len(checked) >= 30
    for rel, html in _guidance(built_site).items():
        src = next((p for p in checked if rel in (p.removesuffix(".md") + "/index.html", p.replace(".md", ".html"))), None)
        found = CHECKED.search(DATE_LINE.search(html).group(0))
        if src:
            assert found and found[1] == checked[src].datum.isoformat(), rel
        else:
            assert not found, rel
    assert 'id="controle"' in (built_site / "bronnen/index.html").read_text(encoding="utf-8")


def test_the_footer_says_the_werkproces_version_and_the_sites_own(built_site: Path):
    for rel in ("index.html", "stappen/stap-3-integraal-beeld/index.html", "404.html"):
        html = (built_site / rel).read_text(encoding="utf-8")
        footer = html.split('<div class="md-copyright">', 1)[1].split("</footer>", 1)[0]
        footer = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", footer))
        assert "werkproces van 2016 (versie 1.0)" in footer
        assert "In 2023 is het werkproces vernieuwd" in footer
        assert f"Versie {site_version()} van {lange_datum(build_date(ROOT))}." in footer


def test_every_page_has_the_report_link_and_without_a_setting_it_explains(built_site: Path):
    pages = site_pages(built_site)
    for rel, page in pages.items():
        if rel.startswith(("handboek/", "print_page")):
            continue
        here = posixpath.dirname(rel)
        urls = {posixpath.normpath(posixpath.join(here, link.url)) for link in page.links if link.tag == "a"}
        html = page.path.read_text(encoding="utf-8")
        assert html.count('class="kb-melden"') >= 1, rel
        assert "over/melden" in urls, rel
    assert "Meld een fout of stel een vraag" in (built_site / "over/melden/index.html").read_text(encoding="utf-8")


# -- small sites: full history, shallow clone, no git, a report address -------------------------

MKDOCS_YML = f"""
site_name: Proef
strict: true
theme:
  name: material
  language: nl
  custom_dir: {ROOT / 'overrides'}
plugins:
  - git-revision-date-localized:
      type: date
      locale: nl
      timezone: Europe/Amsterdam
      enable_creation_date: false
      fallback_to_build_date: true
      strict: false
hooks:
  - {ROOT / 'hooks' / 'paginadatum.py'}
extra:
  melden: !ENV [KENNISBANK_MELDEN, ""]
"""


def _git(repo: Path, *args: str, when: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if when:
        env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A two-page site in git: a page from January, a page from February (the last commit)."""
    repo = tmp_path_factory.mktemp("proef")
    (repo / "docs").mkdir()
    (repo / "data").mkdir()
    (repo / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (repo / "verslag.md").write_text("| pagina | bevinding |\n| --- | --- |\n| `docs/a.md` | klopt |\n", encoding="utf-8")
    (repo / "data/inhoudscontrole.yml").write_text("controles:\n  - {verslag: verslag.md, datum: 2026-01-20}\n", encoding="utf-8")
    (repo / "docs/index.md").write_text("# Start\n", encoding="utf-8")
    (repo / "docs/a.md").write_text("# A\n\nTekst.\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "januari", when="2026-01-05T12:00:00+01:00")
    (repo / "docs/b.md").write_text("# B\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "februari", when="2026-02-10T12:00:00+01:00")
    return repo


def _build(project: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "KENNISBANK_MELDEN")}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", "site"],
                          cwd=project, capture_output=True, text=True, env={**environ, "NO_MKDOCS_2_WARNING": "1", **env})


def _line(site: Path, page: str) -> str:
    line = DATE_LINE.search((site / page).read_text(encoding="utf-8")).group(0)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", line)).strip()


def test_with_the_full_history_each_page_has_its_own_date(project: Path):
    result = _build(project)
    assert result.returncode == 0, result.stderr
    assert _line(project / "site", "a/index.html").startswith(
        "Laatst gewijzigd: 5 januari 2026. Gecontroleerd aan de bronnen: 20 januari 2026.")
    assert _line(project / "site", "b/index.html").startswith("Laatst gewijzigd: 10 februari 2026. Meld")


def test_a_shallow_clone_says_on_or_before_the_versions_date_and_passes_strict_on_ci(project: Path, tmp_path: Path):
    clone = tmp_path / "ondiep"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{project}", str(clone)], check=True)
    # On GitHub Actions the plugin itself would warn about the shallow clone, failing --strict.
    result = _build(clone, GITHUB_ACTIONS="true")
    assert result.returncode == 0, result.stderr
    for page in ("a/index.html", "b/index.html"):
        assert _line(clone / "site", page).startswith("Laatst gewijzigd: op of vóór 10 februari 2026.")


def test_a_copy_without_git_says_on_or_before_the_build_date(project: Path, tmp_path: Path):
    copy = tmp_path / "zonder-git"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns(".git", "site"))
    result = _build(copy, SOURCE_DATE_EPOCH="1772000000")  # 25 februari 2026
    assert result.returncode == 0, result.stderr
    assert _line(copy / "site", "a/index.html").startswith(
        "Laatst gewijzigd: op of vóór 25 februari 2026. Gecontroleerd aan de bronnen: 20 januari 2026.")


def test_the_hosting_organisation_sets_the_report_address_in_one_place(project: Path):
    result = _build(project, KENNISBANK_MELDEN="servicedesk@gemeente.example")
    assert result.returncode == 0, result.stderr
    html = (project / "site/a/index.html").read_text(encoding="utf-8")
    assert 'href="mailto:servicedesk@gemeente.example?subject=Jeugdgroepen%20Kennisbank%3A%20A"' in html
    result = _build(project, KENNISBANK_MELDEN="https://intranet.gemeente.example/servicedesk")
    assert 'href="https://intranet.gemeente.example/servicedesk"' in (project / "site/b/index.html").read_text(encoding="utf-8")
    result = _build(project, KENNISBANK_MELDEN="servicedesk")
    assert result.returncode != 0 and "geef een e-mailadres of het adres van een webpagina" in result.stderr
