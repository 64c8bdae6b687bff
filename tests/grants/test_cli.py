"""The competition's command line, checked from outside: JSON shapes, one-line errors, no half-written files."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from fieldapp.services import applications

from .conftest import World, new_application, require_tool, score_all, to_review


def fieldapp(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def scored(world: World) -> tuple[World, list[str]]:
    ids = [new_application(world, "Сенсорная комната", requested="1200000.00"),
           new_application(world, "Спортплощадка", requested="1800000.00"),
           new_application(world, "Сквер", requested="700000.00")]
    to_review(world, ids[0])
    to_review(world, ids[1])
    score_all(world, ids[0], [(9, 9, 5), (8, 8, 4)])
    score_all(world, ids[1], [(5, 5, 3)])
    with world.db.transaction() as s:
        applications.update(s, ids[2], language="kk")
    world.db.close()
    return world, ids


def test_calls_list_json(scored: tuple[World, list[str]]) -> None:
    world, _ = scored
    done = fieldapp("calls", "list", "--db", world.db.path, "--json")
    assert done.returncode == 0, done.stderr
    (call,) = json.loads(done.stdout)
    assert {k: call[k] for k in ("id", "title", "status", "envelope", "applications")} == {
        "id": world.call_id, "title": "Вместе — мы сила!", "status": "open", "envelope": "10000000.00",
        "applications": 3}
    assert call["cycle"] == "Цикл 2"


def test_applications_ranking_json_in_ranking_order(scored: tuple[World, list[str]]) -> None:
    world, ids = scored
    for ref in (world.call_id, "ВМС-2019", "Вместе — мы сила!"):
        done = fieldapp("applications", "ranking", "--db", world.db.path, "--call", ref, "--json")
        assert done.returncode == 0, done.stderr
        rows = json.loads(done.stdout)
        assert [r["application"] for r in rows] == ids
    assert [r["score"] for r in rows] == [85.63, 51.25, None]  # (91.25 + 80) / 2 = 85.625 → 85.63; 20.5 / 40
    assert [r["requested"] for r in rows] == ["1200000.00", "1800000.00", "700000.00"]
    assert [r["status"] for r in rows] == ["under_review", "under_review", "draft"]
    assert rows[0]["settlement"] == "Форт-Шевченко" and rows[0]["title"] == "Сенсорная комната"
    assert rows[0]["number"].endswith("-A-0001")


def test_reviews_list_sheet_and_import(scored: tuple[World, list[str]], tmp_path: Path) -> None:
    world, _ = scored
    done = fieldapp("reviews", "list", "--db", world.db.path, "--call", "ВМС-2019", "--json")
    assert done.returncode == 0, done.stderr
    assert {r["name"]: (r["assigned"], r["submitted"]) for r in json.loads(done.stdout)} == {
        "Айгуль Нурланова": (2, 2), "Сергей Ким": (2, 1), "Жанар Абенова": (2, 0)}
    sheet = tmp_path / "abenova.xlsx"
    done = fieldapp("reviews", "sheet", "--db", world.db.path, "--call", "ВМС-2019", "--reviewer", "жанар абенова",
                    "-o", sheet)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(sheet)
    ws = book["Оценки"]  # the scores sheet is named in the sheet's language
    for cell, value in {"G6": 10, "H6": "ok", "I6": 11, "J6": "", "K6": 4}.items():
        ws[cell] = value
    book.save(sheet)
    refused = fieldapp("reviews", "import", "--db", world.db.path, sheet)
    assert refused.returncode == 1
    assert "I6: " in refused.stdout and "above the maximum 10" in refused.stdout
    assert refused.stderr.strip().startswith("fieldapp: abenova.xlsx: refused, nothing written")
    assert len(refused.stderr.strip().splitlines()) == 1
    ws["I6"], ws["J6"] = 9, "Жители строят сами"
    for cell, value in {"G7": 3, "H7": "", "I7": 2, "J7": "мало участия", "K7": 1}.items():
        ws[cell] = value
    book.save(sheet)
    dry = fieldapp("reviews", "import", "--db", world.db.path, sheet, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 review(s) would be written" in dry.stdout
    done = fieldapp("reviews", "import", "--db", world.db.path, sheet, "--call", "ВМС-2019")
    assert done.returncode == 0, done.stderr
    listed = json.loads(fieldapp("reviews", "list", "--db", world.db.path, "--call", "ВМС-2019", "--json").stdout)
    assert {r["name"]: r["submitted"] for r in listed}["Жанар Абенова"] == 2


def test_print_application_ranking_and_letter(scored: tuple[World, list[str]], tmp_path: Path) -> None:
    world, ids = scored
    require_tool("pdftotext")
    with_lang = fieldapp("print", "application", "--db", world.db.path, "--application", ids[2], "-o",
                         tmp_path / "app.pdf", "--lang", "en")
    assert with_lang.returncode == 0, with_lang.stderr
    ranking = fieldapp("print", "ranking", "--db", world.db.path, "--call", "ВМС-2019", "-o", tmp_path / "r.pdf")
    assert ranking.returncode == 0, ranking.stderr
    text = subprocess.run(["pdftotext", tmp_path / "r.pdf", "-"], capture_output=True, text=True).stdout
    assert "Рейтинг заявок" in text and "Сенсорная комната" in text
    letter = fieldapp("print", "decision-letter", "--db", world.db.path, "--application", ids[2], "-o",
                      tmp_path / "decision.pdf")
    assert letter.returncode == 1
    assert "a decision letter is written once it is approved or rejected" in letter.stderr
    assert not (tmp_path / "decision.pdf").exists() and not list(tmp_path.glob(".*part"))


def test_one_line_errors(scored: tuple[World, list[str]], tmp_path: Path) -> None:
    world, _ = scored
    for args, message in [
        (("applications", "ranking", "--db", world.db.path, "--call", "нет такого"), "No grant call 'нет такого'"),
        (("reviews", "sheet", "--db", world.db.path, "--call", "ВМС-2019", "--reviewer", "Иванов", "-o",
          tmp_path / "x.xlsx"), "'Иванов' is not a reviewer of this call"),
        (("reviews", "import", "--db", world.db.path, tmp_path / "missing.xlsx"), "no such file"),
        (("print", "application", "--db", world.db.path, "--application", "Z-999", "-o", tmp_path / "x.pdf"),
         "No application 'Z-999'"),
        (("calls", "list", "--db", tmp_path / "none.sqlite"), "no such database"),
    ]:
        done = fieldapp(*args)
        assert done.returncode == 1, args
        assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not list(tmp_path.glob("x.*"))


def test_import_applications(scored: tuple[World, list[str]], tmp_path: Path) -> None:
    world, _ = scored
    path = tmp_path / "register.csv"
    path.write_text("Группа;Село;Название;Сумма;Дата\n"
                    "Жастар;Баутино;Скамейки у моря;850 000,00;10.12.2019\n"
                    ";Курык;Без группы;100;10.12.2019\n"
                    "Бірлік;Курык;Большой проект;2 500 000;10.02.2020\n", encoding="utf-8")
    dry = fieldapp("import", "applications", "--db", world.db.path, "--call", "ВМС-2019", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 3: rejects Без группы" in dry.stdout and "row 3: error: no initiative group" in dry.stdout
    assert "row 4: warning: the amount 2500000.00 is over the call's maximum grant" in dry.stdout
    assert "row 4: warning: received 10.02.2020, outside the call's dates" in dry.stdout
    assert "dry run, nothing written: 2 to add, 0 matched, 1 rejected" in dry.stdout
    done = fieldapp("import", "applications", "--db", world.db.path, "--call", "ВМС-2019", path)
    assert done.returncode == 0, done.stderr
    assert "written: 2 added (2 submitted), 0 matched, 1 rejected" in done.stdout
    rows = json.loads(fieldapp("applications", "ranking", "--db", world.db.path, "--call", "ВМС-2019",
                               "--json").stdout)
    assert len(rows) == 5 and Decimal("2500000.00") in {Decimal(r["requested"]) for r in rows}
