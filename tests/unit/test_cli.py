"""python -m formlogic: checks and draft from a saved file; exit 0 valid, 2 not."""
import io
import json

import pytest

from formlogic import dumps, get_form, to_document
from formlogic.cli import main


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def saved(tmp_path, valid_data):
    path = tmp_path / "verslag.json"
    path.write_text(dumps(to_document(get_form("gespreksverslag"), valid_data)), encoding="utf-8")
    return path


def test_valid_file_prints_markdown_draft(saved):
    code, out, err = run("gespreksverslag", str(saved))
    assert code == 0
    assert out.startswith("# Gespreksverslag preventief gesprek")
    assert "let op: Bevestig de afspraken uiterlijk" in err


@pytest.mark.parametrize("fmt, start", [("html", "<!doctype html>"), ("txt", "GESPREKSVERSLAG PREVENTIEF GESPREK")])
def test_other_formats(saved, fmt, start):
    code, out, _ = run("gespreksverslag", str(saved), "--format", fmt)
    assert code == 0 and out.startswith(start)


def test_invalid_data_exits_2_with_dutch_messages(tmp_path):
    path = tmp_path / "leeg.json"
    path.write_text(json.dumps({"formulier": "gespreksverslag", "versie": 1, "gegevens": {}}), encoding="utf-8")
    code, out, err = run("gespreksverslag", str(path))
    assert code == 2 and out == ""
    assert "fout [initialen]: Vul de initialen of een schuilnaam van de jongere in." in err
    assert err.rstrip().endswith("Het concept is niet gemaakt: verbeter eerst de fouten.")


def test_warnings_do_not_fail(tmp_path, valid_data):
    valid_data["leeftijd"] = "30"
    path = tmp_path / "oud.json"
    path.write_text(dumps(to_document(get_form("gespreksverslag"), valid_data)), encoding="utf-8")
    code, _, err = run("gespreksverslag", str(path))
    assert code == 0
    assert "waarschuwing [leeftijd]: De jongere is 30 jaar." in err


def test_missing_file(tmp_path):
    code, _, err = run("gespreksverslag", str(tmp_path / "weg.json"))
    assert code == 2 and err.startswith("fout: bestand niet gevonden")


def test_binary_file(tmp_path):
    path = tmp_path / "foto.json"
    path.write_bytes(b"\xff\xd8\xff\xe0 geen tekst")
    code, _, err = run("gespreksverslag", str(path))
    assert code == 2 and "kan niet worden gelezen als tekst" in err


def test_broken_json(tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text("{", encoding="utf-8")
    code, _, err = run("gespreksverslag", str(path))
    assert code == 2 and err.startswith("fout: Dit bestand is geen formulierbestand: het is geen geldige JSON.")


def test_unknown_form_is_an_argument_error(saved, capsys):
    with pytest.raises(SystemExit) as e:
        main(["pizza", str(saved)])
    assert e.value.code == 2


# Circulair vragen: a session file, answers files taken in, the integraal beeld printed.
from tests.unit.circulair_case import antwoordbestand, sessie  # noqa: E402


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "sessie.json"
    path.write_text(dumps(to_document(get_form("circulair-vragen"), sessie())), encoding="utf-8")
    return path


def answers(tmp_path, org, **kw):
    path = tmp_path / f"{org.lower()}.json"
    path.write_text(antwoordbestand(org, **kw), encoding="utf-8")
    return str(path)


def test_session_with_answers_files_prints_the_integraal_beeld_and_saves(session_file, tmp_path):
    merged = tmp_path / "samen.json"
    code, out, err = run("circulair-vragen", str(session_file), "--neem-op", answers(tmp_path, "Politie"),
                         answers(tmp_path, "School"), "--bewaar", str(merged))
    assert code == 0, err
    assert out.startswith("# Integraal beeld: Groep Winkelcentrum")
    assert "info: politie.json: de antwoorden van Politie zijn toegevoegd (9 antwoorden bij 5 vragen)." in err
    saved = json.loads(merged.read_text(encoding="utf-8"))
    assert [e["organisatie"] for e in saved["gegevens"]["antwoorden"]] == ["Politie", "School"]
    # Again, with Politie a second time: the page would ask; the command line keeps what is there.
    code, out, err = run("circulair-vragen", str(merged), "--neem-op", answers(tmp_path, "Politie"))
    assert code == 0
    assert "keuze: Van Politie staan al antwoorden in de sessie (uit politie.json). Welke antwoorden houdt u? " \
           "-> Houd de antwoorden die er al staan" in err
    code, _, err = run("circulair-vragen", str(merged), "--neem-op", answers(tmp_path, "Politie"), "--keuze", "weg")
    assert code == 2 and "Kies met --keuze een van: behoud, vervang, samen." in err


def test_a_refused_answers_file_makes_the_exit_status_2(session_file, tmp_path):
    code, out, err = run("circulair-vragen", str(session_file), "--neem-op", answers(tmp_path, "Politie", sessie_id="x"))
    assert code == 2
    assert "fout: politie.json: Dit antwoordbestand hoort bij een andere sessie" in err
    assert out.startswith("# Integraal beeld")  # the draft of what there is still prints


def test_a_matrix_file_prints_its_csv(tmp_path):
    form = get_form("interventiematrix")
    path = tmp_path / "matrix.json"
    path.write_text(dumps(to_document(form, form.example)), encoding="utf-8")
    code, out, _ = run("interventiematrix", str(path), "--format", "csv")
    assert code == 0 and out.startswith("\ufeffNr.;Wat;Doelen;Spoor")
    code, _, err = run("gespreksverslag", str(tmp_path / "x.json"), "--format", "csv")
    assert code == 2


# --- The werkmap on the command line ---------------------------------------------------------

@pytest.fixture
def werkmap_file(tmp_path):
    form = get_form("werkmap")
    path = tmp_path / "map.json"
    path.write_text(dumps(to_document(form, form.example)), encoding="utf-8")
    return path


def test_werkmap_prints_the_dossieroverzicht_and_what_is_due(werkmap_file):
    code, out, err = run("werkmap", str(werkmap_file))
    assert code == 0
    assert out.startswith("# Dossieroverzicht: Groep Marktplein")
    assert "## Wat moet er nu gebeuren" in out and "| Gespreksverslag preventief gesprek (J4, 12-01-2027) |" in out


def test_werkmap_as_docx_and_as_zip_of_every_document(werkmap_file, tmp_path):
    import zipfile

    assert run("werkmap", str(werkmap_file), "--format", "docx", "--uitvoer", str(tmp_path / "o.docx"))[0] == 0
    assert zipfile.ZipFile(tmp_path / "o.docx").read("word/document.xml").count(b"Dossieroverzicht") >= 1
    assert run("werkmap", str(werkmap_file), "--format", "zip", "--uitvoer", str(tmp_path / "a.zip"))[0] == 0
    names = zipfile.ZipFile(tmp_path / "a.zip").namelist()
    assert "werkmap.json" in names and sum(n.endswith("/concept.md") for n in names) == 6
    code, _, err = run("werkmap", str(werkmap_file), "--format", "zip")
    assert code == 2 and "--uitvoer" in err
    code, _, err = run("gespreksverslag", str(tmp_path / "x.json"), "--format", "zip")
    assert code == 2


def test_werkmap_takes_files_in_and_a_document_opens_alone_on_its_own_form(werkmap_file, tmp_path):
    from tests.unit.circulair_case import antwoordbestand, sessie

    map_ = tmp_path / "leeg.json"
    map_.write_text(dumps(to_document(get_form("werkmap"), {"groep": "Groep Winkelcentrum", "documenten": [
        {"id": "d1", "document": to_document(get_form("circulair-vragen"), sessie())}]})), encoding="utf-8")
    files = []
    for org in ("Politie", "School"):
        files.append(tmp_path / f"{org}.json")
        files[-1].write_text(antwoordbestand(org), encoding="utf-8")
    code, _, err = run("werkmap", str(map_), "--neem-op", *map(str, files), "--bewaar", str(tmp_path / "nieuw.json"))
    assert code == 0, err
    saved = json.loads((tmp_path / "nieuw.json").read_text(encoding="utf-8"))
    session = saved["gegevens"]["documenten"][0]["document"]
    assert [a["organisatie"] for a in session["gegevens"]["antwoorden"]] == ["Politie", "School"]
    alone = tmp_path / "sessie.json"
    alone.write_text(dumps(session), encoding="utf-8")
    code, out, _ = run("circulair-vragen", str(alone))
    assert code == 0 and "Politie" in out
    bad = tmp_path / "vreemd.json"
    bad.write_text(antwoordbestand("Politie", sessie_id="anders"), encoding="utf-8")
    assert run("werkmap", str(map_), "--neem-op", str(bad))[0] == 2
