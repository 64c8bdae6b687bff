"""A list of records as an Excel workbook with typed cells: real dates, numbers, money with two decimals, and
texts as texts (a name beginning with "=" is never a formula: ``fieldapp.exports.cells``).

Qt-free: the GUI, the command line and later the donor reports all write spreadsheets through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fieldapp import atomic_files
from fieldapp.exports.cells import values_only, xlsx_text

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
MONEY_FORMAT = '#,##0.00 "₸"'
INT_FORMAT = "0"
MAX_WIDTH = 60
#: characters Excel refuses in a sheet title
_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class SheetColumn:
    header: str
    kind: str = "text"  # text, int, date, datetime, money, bool


def _cell_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "money":
        return Decimal(value)
    if kind == "int":
        return int(value)
    if kind == "date" and isinstance(value, dt.datetime):
        return value.date()
    if kind == "bool":
        return bool(value)
    if isinstance(value, Decimal | int | float | dt.date | bool):
        return value
    return xlsx_text(str(value))  # a text cell, never a formula: values_only() below


def _number_format(kind: str) -> str | None:
    return {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "money": MONEY_FORMAT, "int": INT_FORMAT}.get(kind)


def _display_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "datetime":
        return 16
    if kind == "money":
        return len(f"{Decimal(value):,.2f}") + 1
    return max((len(line) for line in str(value).splitlines()), default=0)


def fill_sheet(sheet: Any, columns: Sequence[SheetColumn], rows: Iterable[Sequence[Any]]) -> int:
    """``rows`` under a bold, frozen header with an autofilter and fitted widths; returns the rows written."""
    bold = Font(bold=True)
    widths = [len(c.header) for c in columns]
    sheet.append([xlsx_text(c.header) for c in columns])
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    formats = [_number_format(c.kind) for c in columns]
    written = 0
    for row in rows:
        values = [_cell_value(v, c.kind) for v, c in zip(row, columns, strict=True)]
        sheet.append(values)
        written += 1
        line = written + 1  # sheet[sheet.max_row] would scan every cell written so far, on every row
        for index, fmt in enumerate(formats):
            if fmt and values[index] is not None:
                sheet.cell(row=line, column=index + 1).number_format = fmt
            widths[index] = max(widths[index], _display_width(values[index], columns[index].kind))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    return written


def sheet_title(title: str) -> str:
    return (title.translate(_BAD_TITLE).strip() or "List")[:31]


def write_workbook(path: Path | str,
                   sheets: Sequence[tuple[str, Sequence[SheetColumn], Iterable[Sequence[Any]]]]) -> list[int]:
    """One sheet per (title, columns, rows), written atomically; returns the rows written per sheet."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    counts = [fill_sheet(workbook.create_sheet(sheet_title(title)), columns, rows) for title, columns, rows in sheets]
    values_only(workbook)
    with atomic_files.atomic_path(Path(path)) as temporary:
        workbook.save(temporary)
    return counts


def write_xlsx(
    path: Path | str,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "List",
) -> int:
    """Write ``rows`` under a bold, frozen header with an autofilter; returns the number of rows written.

    The file appears complete or not at all: it is written beside the target and renamed into place.
    """
    return write_workbook(path, [(title, columns, rows)])[0]
