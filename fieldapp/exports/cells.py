"""Text that leaves FieldApp for a spreadsheet stays text (formula injection).

A name typed as ``=HYPERLINK("http://…","Click")`` must never become a live formula in the head office's Excel.
In an XLSX file every cell FieldApp writes is a value, never a formula (:func:`values_only`: openpyxl makes any
text beginning with ``=`` a formula cell). In tab- or comma-separated text, where a cell has no type, a value
that Excel or LibreOffice would start a formula with (``= + - @``, a tab or a carriage return) gets the
apostrophe Excel itself uses to mark a text (:func:`spreadsheet_text`); a plain number such as ``-12.5`` stays
as it is.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def xlsx_text(value: str) -> str:
    """A text as an XLSX cell can hold it: control characters XML cannot carry are left out."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def values_only(workbook: Any) -> Any:
    """Make every formula cell of ``workbook`` a text cell; FieldApp writes values, never formulas."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    return workbook


def spreadsheet_text(value: str) -> str:
    """A cell of tab- or comma-separated text that a spreadsheet will read as text, never as a formula."""
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
