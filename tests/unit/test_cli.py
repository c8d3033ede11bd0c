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
