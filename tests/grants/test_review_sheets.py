"""The XLSX scoring sheet: made for one reviewer, filled in Excel, imported back with per-cell problems."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from fieldapp.model import Review
from fieldapp.services import calls, review, review_sheets

from .conftest import World, new_application, to_review


def _two_applications(world: World) -> list[str]:
    ids = [new_application(world, "Сенсорная комната", requested="1200000.00"),
           new_application(world, "Спортплощадка у моря", requested="1800000.00")]
    for app_id in ids:
        to_review(world, app_id)
    return ids


def _make(world: World, tmp_path: Path, reviewer: int = 1) -> Path:
    path = tmp_path / "sheet.xlsx"
    with world.db.reading() as s:
        review_sheets.write_sheet(s, world.call_id, world.reviewer_ids[reviewer], path)
    return path


def _fill(path: Path, values: dict[str, object]) -> None:
    book = openpyxl.load_workbook(path)
    ws = book["Оценки"]  # the scores sheet is named in the sheet's language
    for cell, value in values.items():
        ws[cell] = value
    book.save(path)


def test_the_sheet_lists_the_reviewers_applications_and_locks_all_but_scores(world: World, tmp_path: Path) -> None:
    ids = _two_applications(world)
    with world.db.transaction() as s:
        review.declare_conflict(s, ids[1], world.reviewer_ids[1], "Родственник в группе")
    path = _make(world, tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book["Оценки"]  # the scores sheet is named in the sheet's language
    assert ws.protection.sheet
    assert ws.column_dimensions["A"].hidden
    assert book["_fieldapp"].sheet_state == "veryHidden"
    assert ws["A6"].value == ids[0] and ws["A7"].value is None  # the conflicted one is left out
    assert ws["C6"].value == "Сенсорная комната"
    assert Decimal(str(ws["F6"].value)) == Decimal("1200000.00")
    unlocked = {c.coordinate for row in ws.iter_rows(min_row=1, max_row=6) for c in row if not c.protection.locked}
    assert unlocked == {"G6", "H6", "I6", "J6", "K6", "L6"}
    assert "Участие сообщества" in ws["I5"].value and "0–10" in ws["I5"].value


def test_a_filled_sheet_imports_as_submitted_reviews(world: World, tmp_path: Path) -> None:
    ids = _two_applications(world)
    path = _make(world, tmp_path)
    _fill(path, {"G6": 9, "H6": "Острая проблема", "I6": 8.0, "J6": "Жители строят сами", "K6": "4",
                 "G7": 6, "I7": 5, "J7": "Мало участия", "K7": 3})
    with world.db.transaction() as s:
        dry = review_sheets.import_sheet(s, path, expected_call_id=world.call_id, dry_run=True)
        assert not dry.refused and [r.action for r in dry.rows] == ["submit", "submit"]
        assert s.query(Review).count() == 0
    with world.db.transaction() as s:
        done = review_sheets.import_sheet(s, path, expected_call_id=world.call_id)
    assert not done.refused
    with world.db.reading() as s:
        latest = review.latest(s, ids[0], world.reviewer_ids[1])
        assert latest.status == "submitted" and latest.source == "sheet"
        assert {k: (v.score, v.comment) for k, v in review.scores_of(s, latest.id).items()} == {
            world.criteria[0]: (9, "Острая проблема"), world.criteria[1]: (8, "Жители строят сами"),
            world.criteria[2]: (4, None)}
    with world.db.transaction() as s:  # the same sheet again changes nothing
        again = review_sheets.import_sheet(s, path)
        assert [r.action for r in again.rows] == ["unchanged", "unchanged"]
    _fill(path, {"K7": 5})
    with world.db.transaction() as s:
        corrected = review_sheets.import_sheet(s, path)
        assert [r.action for r in corrected.rows] == ["unchanged", "correct"]
    with world.db.reading() as s:
        assert [v.version for v in review.versions(s, ids[1], world.reviewer_ids[1])] == [1, 2]


def test_problems_carry_the_cell_address_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    _two_applications(world)
    path = _make(world, tmp_path)
    _fill(path, {"G6": 11, "H6": "ok", "I6": 7, "J6": None, "K6": 2,
                 "G7": 5.5, "I7": "семь", "J7": "x", "K7": None})
    with world.db.transaction() as s:
        result = review_sheets.import_sheet(s, path, expected_call_id=world.call_id)
        assert result.refused
        assert all(str(p).startswith(f"{p.params['cell']}: ") for p in result.problems)
        by_cell = {p.params["cell"]: p.code for p in result.problems}
        assert by_cell == {"G6": "sheet.range", "J6": "sheet.comment", "G7": "sheet.score", "I7": "sheet.score",
                           "K7": "sheet.missing"}
        assert "score 11 is above the maximum 10" in next(p.message for p in result.problems if p.params["cell"] == "G6")
        assert s.query(Review).count() == 0


def test_a_sheet_for_another_call_is_refused(world: World, tmp_path: Path) -> None:
    _two_applications(world)
    path = _make(world, tmp_path)
    _fill(path, {"G6": 1, "H6": "a", "I6": 1, "J6": "b", "K6": 1})
    with world.db.transaction() as s:
        other = calls.create(s, cycle_id=world.cycle_id, title="Третий конкурс", opens_on=dt.date(2021, 3, 1),
                             deadline=dt.date(2021, 4, 1), max_grant=Decimal("1"), envelope=Decimal("2"))
        result = review_sheets.import_sheet(s, path, expected_call_id=other.id)
    assert [(p.params["cell"], p.code) for p in result.problems] == [("A2", "sheet.other_call")]
    assert "for the call «Вместе — мы сила!», not «Третий конкурс»" in result.problems[0].message
    with world.db.reading() as s:
        assert s.query(Review).count() == 0


def test_a_foreign_workbook_is_not_a_sheet(world: World, tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    openpyxl.Workbook().save(path)
    with world.db.reading() as s, pytest.raises(review_sheets.SheetError, match="not a FieldApp review sheet"):
        review_sheets.read_sheet(s, path)


def test_the_scoring_sheet_needs_no_pdf_layer() -> None:
    """The scoring sheet's texts come from the document catalogues (fieldapp.catalogues), not from the PDF code:
    no service imports fieldapp.documents, and making a sheet loads no reportlab."""
    import subprocess
    import sys

    services = Path(review_sheets.__file__).parent
    importing = [p.name for p in services.glob("*.py") if "fieldapp.documents" in p.read_text(encoding="utf-8")]
    assert importing == []
    probe = ("import sys, fieldapp.services.review_sheets; "
             "print(any(m.startswith(('fieldapp.documents', 'reportlab')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_scores_sheet_is_named_in_the_sheets_language(world: World, tmp_path: Path) -> None:
    _two_applications(world)
    for lang, name in (("ru", "Оценки"), ("kk", "Бағалар"), ("en", "Scores")):
        path = tmp_path / f"{lang}.xlsx"
        with world.db.reading() as s:
            review_sheets.write_sheet(s, world.call_id, world.reviewer_ids[1], path, lang)
        assert openpyxl.load_workbook(path).sheetnames[0] == name
        with world.db.reading() as s:
            assert not review_sheets.read_sheet(s, path).refused  # read back whatever the tab is called
def test_a_returned_sheet_that_unpacks_to_a_zip_bomb_is_refused_unread(world: World, tmp_path: Path) -> None:
    import zipfile

    _two_applications(world)
    path = _make(world, tmp_path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/x.bin", "w") as fh:
        for _ in range(120):
            fh.write(bytes(1024 * 1024))
    with world.db.reading() as s, pytest.raises(review_sheets.SheetError, match="unpacks to 120.0 MB"):
        review_sheets.read_sheet(s, path)
