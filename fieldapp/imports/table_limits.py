"""What an imported table may be, and the one error a table that cannot be read raises.

The limits are stated in docs/trainings.md ("Roster import"); beyond them a file is refused before (or as
soon as) the reader meets the excess, so a hostile or broken file costs neither minutes nor memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldapp.validation import Invalid

MAX_FILE_BYTES = 20 * 1024 * 1024  # the file on disk (CSV, or XLSX as compressed)
MAX_ROWS = 10_000  # rows of the list itself: people, applications (a programme's register of 10,000 fits)
MAX_ROWS_ABOVE = 20  # rows above them: a title, notes, the header
MAX_SHEET_ROWS = MAX_ROWS + MAX_ROWS_ABOVE  # Excel's row number, or a CSV's record count
MAX_COLUMNS = 200  # up to the last filled cell of a row
MAX_CELL = 32_767  # characters in one cell: Excel's own limit
MAX_XLSX_UNCOMPRESSED = 100 * 1024 * 1024  # everything inside an XLSX once unpacked (zip bombs)
MAX_XLSX_MEMBERS = 10_000


class TableError(Invalid):
    """The file cannot be read as a table; the message is one line for people, ``code`` and ``params`` let the
    interface say it in its own language."""

    def __init__(self, message: str, code: str = "table.unreadable", params: Mapping[str, Any] | None = None,
                 ) -> None:
        super().__init__(code, message, None, params)

    def __str__(self) -> str:
        return self.message


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


def column_letter(index: int) -> str:
    """0-based column index → Excel's letters (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_file_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise TableError(f"{name}: the file is {megabytes(size)} MB; at most {megabytes(MAX_FILE_BYTES)} MB are "
                         "read: split the list into smaller files", "table.file_size",
                         {"size": megabytes(size), "limit": megabytes(MAX_FILE_BYTES)})


def too_many_rows(name: str) -> TableError:
    return TableError(f"{name}: more than {MAX_ROWS:,} rows; split the list into smaller files",
                      "table.rows", {"limit": MAX_ROWS})


def check_row(name: str, number: int, values: list[str], unit: str = "row") -> list[str]:
    """A row's cells up to its last filled one, refused when it has too many columns or too long a cell
    (``unit``: "row" in a workbook, "line" in a text file; either is a строка / жол)."""
    where = f"{unit} {number}"
    last = len(values)
    while last and not values[last - 1]:
        last -= 1
    if last > MAX_COLUMNS:
        raise TableError(f"{name}: {where} has {last:,} columns; at most {MAX_COLUMNS} are read (remove the "
                         "columns the import does not need)", "table.columns",
                         {"row": number, "columns": last, "limit": MAX_COLUMNS})
    for index, value in enumerate(values[:last]):
        if len(value) > MAX_CELL:
            raise TableError(f"{name}: {where}, column {column_letter(index)}: a value of {len(value):,} "
                             f"characters; a cell holds at most {MAX_CELL:,}", "table.cell",
                             {"row": number, "column": column_letter(index), "length": len(value),
                              "limit": MAX_CELL})
    return values[:last]
