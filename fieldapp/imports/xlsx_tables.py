"""XLSX workbooks, checked before they are read: sizes in the ZIP directory (a 1 MB file may unpack to
gigabytes), the sheet's declared dimension, and formula cells whose result the file does not hold (a file
made by a program that never calculated them: openpyxl, some exports). Then the rows are streamed through
openpyxl's read-only mode, so memory does not grow with the sheet.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from fieldapp.imports.table_limits import (
    MAX_COLUMNS,
    MAX_SHEET_ROWS,
    MAX_XLSX_MEMBERS,
    MAX_XLSX_UNCOMPRESSED,
    TableError,
    check_file_size,
    check_row,
    megabytes,
    too_many_rows,
)

_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, ET.ParseError,
                NotImplementedError, RuntimeError)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
#: formula cells without a result listed at most (the rest are counted)
MAX_LISTED = 1000


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def cell_position(ref: str) -> tuple[int, int] | None:
    """``"AB12"`` → (12, 27): Excel's row number and the 0-based column index."""
    match = _CELL.fullmatch(ref.upper())
    if not match:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column - 1


@dataclass
class WorkbookCheck:
    sheet: str  # the sheet to read (the first, unless one is named)
    member: str  # its part in the ZIP
    #: formula cells that hold no result: (row, 0-based column)
    formulas: set[tuple[int, int]] = field(default_factory=set)


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, the target's part name)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.namelist():
        return {}
    found = {}
    for rel in ET.fromstring(archive.read(rels)):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def _sheets(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, part) of every sheet, in the workbook's order."""
    workbook = next((target for kind, target in _relationships(archive, "").values()
                     if kind.endswith("/officeDocument")), "xl/workbook.xml")
    targets = _relationships(archive, workbook)
    sheets = []
    for element in ET.fromstring(archive.read(workbook)).iter():
        if _local(element.tag) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
        kind, target = targets.get(rel_id, ("", ""))
        if kind.endswith("/worksheet"):
            sheets.append((element.get("name", ""), target))
    return sheets


def _scan_sheet(name: str, archive: zipfile.ZipFile, check: WorkbookCheck) -> None:
    """The declared dimension first (refused when past the limits), then formula cells with no result."""
    with archive.open(check.member) as stream:
        sheet_data: ET.Element | None = None
        for event, element in ET.iterparse(stream, events=("start", "end")):
            tag = _local(element.tag)
            if event == "start":
                if tag == "dimension":
                    _check_dimension(name, element.get("ref", ""))
                elif tag == "sheetData":
                    sheet_data = element
                continue
            if tag == "c":
                children = {_local(child.tag): child for child in element}
                value = children.get("v")
                # no result: no <v>, or an empty one that is no text result (Excel writes t="str" for "")
                unsaved = value is None or (not value.text and element.get("t") not in ("str", "inlineStr"))
                if "f" in children and unsaved:
                    position = cell_position(element.get("r", ""))
                    if position is not None and len(check.formulas) < MAX_LISTED:
                        check.formulas.add(position)
            elif tag == "row" and sheet_data is not None:
                sheet_data.clear()  # what was read is not kept: memory stays flat


def _check_dimension(name: str, ref: str) -> None:
    last = cell_position(ref.split(":")[-1]) if ref else None
    if last is None:
        return
    rows, columns = last[0], last[1] + 1
    if rows > MAX_SHEET_ROWS or columns > MAX_COLUMNS:
        raise TableError(f"{name}: the sheet's used area is {ref} ({rows:,} rows × {columns:,} columns); at most "
                         f"{MAX_SHEET_ROWS:,} rows and {MAX_COLUMNS} columns are read: delete the rows and columns "
                         "beyond the list (or copy the list to a new sheet)", "table.dimension",
                         {"area": ref, "rows": rows, "columns": columns, "max_rows": MAX_SHEET_ROWS,
                          "max_columns": MAX_COLUMNS})


def check_workbook(path: Path, sheet: str | None) -> WorkbookCheck:
    """Everything that can be known before the rows are read; refuses a workbook past the limits."""
    name = path.name
    check_file_size(name, path.stat().st_size)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_XLSX_MEMBERS:
                raise TableError(f"{name}: not an Excel workbook ({len(members):,} parts)", "table.not_workbook")
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_XLSX_UNCOMPRESSED:
                raise TableError(f"{name}: the workbook unpacks to {megabytes(unpacked)} MB; at most "
                                 f"{megabytes(MAX_XLSX_UNCOMPRESSED)} MB are read", "table.unpacked",
                                 {"size": megabytes(unpacked), "limit": megabytes(MAX_XLSX_UNCOMPRESSED)})
            sheets = _sheets(archive)
            if not sheets:
                raise TableError(f"{name}: the workbook has no sheet", "table.no_sheet")
            if sheet is not None and sheet not in [s for s, _ in sheets]:
                raise TableError(f"{name}: no sheet {sheet!r} (sheets: {', '.join(s for s, _ in sheets)})",
                                 "table.sheet", {"sheet": sheet, "sheets": ", ".join(s for s, _ in sheets)})
            chosen = next((s for s in sheets if s[0] == sheet), sheets[0]) if sheet is not None else sheets[0]
            check = WorkbookCheck(*chosen)
            _scan_sheet(name, archive, check)
            return check
    except TableError:
        raise
    except _READ_ERRORS as exc:
        raise TableError(f"{name}: cannot be read as an Excel workbook ({exc})", "table.not_workbook") from exc


def workbook_rows(path: Path, check: WorkbookCheck, cell: Callable[[Any], str]) -> Iterator[tuple[int, list[str]]]:
    """The checked sheet's rows with Excel's row numbers, streamed (values as the file saved them)."""
    import openpyxl

    name = path.name
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise TableError(f"{name}: cannot be read as an Excel workbook ({exc})", "table.not_workbook") from exc
    try:
        worksheet = workbook[check.sheet]
        worksheet.reset_dimensions()  # the declared dimension may be smaller than the data
        for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
            if number > MAX_SHEET_ROWS:
                if any(v is not None for v in values):
                    raise too_many_rows(name)
                continue  # formatted but empty rows below the list
            yield number, check_row(name, number, [cell(v) for v in values])
    except TableError:
        raise
    except Exception as exc:
        raise TableError(f"{name}: cannot be read as an Excel workbook ({exc})", "table.not_workbook") from exc
    finally:
        workbook.close()
