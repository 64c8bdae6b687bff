"""The core's Excel writer (Qt-free): typed cells, header, frozen row, autofilter, all-or-nothing file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from fieldapp.exports.xlsx import SheetColumn, write_xlsx


def test_cells_are_typed(tmp_path) -> None:
    path = tmp_path / "out.xlsx"
    columns = [SheetColumn("Name"), SheetColumn("Amount", "money"), SheetColumn("Signed", "date"),
               SheetColumn("Count", "int")]
    rows = [("Жастар", Decimal("1234567.50"), dt.date(2020, 3, 1), 7), ("Ақ жол", None, None, None)]
    assert write_xlsx(path, columns, rows, title="Agreements: 2020/21") == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Agreements  2020 21"
    assert [c.value for c in sheet[1]] == ["Name", "Amount", "Signed", "Count"]
    assert sheet["B2"].value == pytest.approx(1234567.5) and sheet["B2"].number_format == '#,##0.00 "₸"'
    assert sheet["C2"].value == dt.datetime(2020, 3, 1) and sheet["C2"].number_format == "dd.mm.yyyy"
    assert sheet["D2"].value == 7
    assert sheet["A3"].value == "Ақ жол" and sheet["B3"].value is None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["B"].width >= 12


def test_a_failed_write_leaves_no_file(tmp_path) -> None:
    path = tmp_path / "out.xlsx"
    with pytest.raises(ValueError):
        write_xlsx(path, [SheetColumn("N", "int")], [("not a number",)])
    assert list(tmp_path.iterdir()) == []
