"""Reading tables people make: XLSX or CSV, a title and blank rows above the header, headings in Russian,
Kazakh or English, columns mapped by hand when the headings are unusual.

Row numbers are the ones a person sees: Excel's row number, or the line number in a text editor (a quoted
value spanning lines counts its first line). Used by the people import and by the grants' application
register: each describes its columns with :class:`Field`.

Files are checked before they are read and read as a stream (``text_tables``, ``xlsx_tables``); past the
limits of ``table_limits`` (file size, rows, columns, cell length, an XLSX's unpacked size) a file is refused in
one line. A value longer than the column it is stored in (``Field.limit``, from ``fieldapp.limits``) rejects
its row; a formula cell whose result the file does not hold is a warning on its row.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from fieldapp.imports.table_limits import MAX_ROWS, TableError, column_letter, too_many_rows
from fieldapp.imports.text_tables import open_text_table
from fieldapp.imports.xlsx_tables import check_workbook, workbook_rows
from fieldapp.text import fold
from fieldapp.validation import Invalid

__all__ = ["Field", "Row", "Table", "TableError", "cell_text", "read_table"]

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Field:
    """A column an import understands: its key and the headings people give it (any case, any of the
    three languages; compared folded, so ё/е, Kazakh letters, punctuation and spaces do not matter), and
    where its value is stored (``"table.column"``: the value may be no longer than that column holds)."""

    key: str
    headings: tuple[str, ...]
    required: bool = False
    limit: str | None = None

    def matches(self, heading: str) -> bool:
        folded = normalise_heading(heading)
        return any(folded == h or folded.startswith(h + " ") for h in self._folded())

    def _folded(self) -> tuple[str, ...]:
        return tuple(normalise_heading(h) for h in self.headings)


@functools.lru_cache(maxsize=4096)
def normalise_heading(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).replace("_", " ").split())


@dataclass(frozen=True)
class Row:
    number: int  # as Excel or a text editor shows it
    values: dict[str, str]  # field key → text (empty string when blank)
    #: values too long for where they are stored: the row cannot be imported
    errors: tuple[Invalid, ...] = ()
    #: formula cells whose result the file does not hold (read as empty)
    warnings: tuple[Invalid, ...] = ()


@dataclass
class Table:
    path: Path
    header_row: int
    headers: list[str]
    columns: dict[str, int]  # field key → column index (0-based)
    rows: list[Row] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def unmapped_headers(self) -> list[str]:
        used = set(self.columns.values())
        return [h for i, h in enumerate(self.headers) if h and i not in used]


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without '.0' (phones and IINs typed as numbers), dates as dd.MM.yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == dt.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return re.sub(r"\s+", " ", str(value)).strip()


@dataclass
class _Source:
    rows: Iterator[tuple[int, list[str]]]
    how: dict[str, str | None]
    formulas: set[tuple[int, int]] = field(default_factory=set)


def _open(path: Path, sheet: str | None) -> _Source:
    """The file's rows as a stream, with how it was read (encoding, delimiter, sheet)."""
    if not path.is_file():
        raise TableError(f"{path}: no such file", "table.missing")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        check = check_workbook(path, sheet)
        return _Source(workbook_rows(path, check, cell_text), {"sheet": check.sheet, "encoding": None,
                                                               "delimiter": None}, check.formulas)
    if suffix == ".xls":
        raise TableError(f"{path.name}: the old .xls format is not read; save it as .xlsx or CSV in Excel",
                         "table.xls")
    if suffix in (".csv", ".txt", ".tsv", ""):
        text = open_text_table(path)
        return _Source(text.rows(cell_text), {"sheet": None, "encoding": text.encoding.label,
                                              "delimiter": text.delimiter})
    raise TableError(f"{path.name}: not a table (use .xlsx or .csv)", "table.kind")


def _column_index(ref: int | str, headers: list[str]) -> int | None:
    """A hand mapping names a column by 0-based index, by letter (``C``) or by its heading."""
    if isinstance(ref, int):
        return ref if 0 <= ref < max(len(headers), ref + 1) else None
    text = ref.strip()
    if re.fullmatch(r"[A-Za-z]{1,2}", text):
        index = 0
        for c in text.upper():
            index = index * 26 + ord(c) - 64
        return index - 1
    wanted = normalise_heading(text)
    for i, h in enumerate(headers):
        if normalise_heading(h) == wanted:
            return i
    return None


def recognise(headers: Sequence[str], fields: Sequence[Field]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, heading in enumerate(headers):
        if not heading:
            continue
        for f in fields:
            if f.key not in columns and f.matches(heading):
                columns[f.key] = index
                break
    return columns


def find_header(rows: list[tuple[int, list[str]]], fields: Sequence[Field]) -> tuple[int, dict[str, int]] | None:
    """The position of the first row (among the first rows) whose cells name the most known columns."""
    best: tuple[int, dict[str, int]] | None = None
    for position, (_number, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = recognise(values, fields)
        if len(columns) >= 2 and (best is None or len(columns) > len(best[1])):
            best = (position, columns)
    return best


def _head(source: _Source, header_row: int | None) -> list[tuple[int, list[str]]]:
    """The rows up to the header: up to the given header row, else the first rows where it is looked for (or,
    when those are all blank, up to the first filled row)."""
    head: list[tuple[int, list[str]]] = []
    for number, values in source.rows:
        head.append((number, values))
        if header_row is not None:
            if number >= header_row:
                break
        elif len(head) >= HEADER_SEARCH_ROWS and any(any(v) for _, v in head):
            break
    return head


def too_long(heading: str, key: str, value: str, limit: int) -> Invalid:
    """A value of a row longer than the column it is stored in holds."""
    return Invalid("table.too_long", f"{heading}: {len(value):,} characters, at most {limit:,}", key,
                   {"column": heading, "length": len(value), "limit": limit})


def _data_row(number: int, values: list[str], columns: dict[str, int], fields: Sequence[Field],
              headers: list[str], formulas: set[tuple[int, int]]) -> Row:
    from fieldapp import limits

    by_key = {f.key: f for f in fields}
    row_values = {key: values[i] if i < len(values) else "" for key, i in columns.items()}
    errors, warnings = [], []
    for key, index in columns.items():
        heading = headers[index] if index < len(headers) and headers[index] else by_key[key].headings[0]
        name = by_key[key].limit
        limit = limits.limit_of(name) if name else None
        if limit is not None and len(row_values[key]) > limit:
            errors.append(too_long(heading, key, row_values[key], limit))
        if (number, index) in formulas:
            cell = f"{column_letter(index)}{number}"
            warnings.append(Invalid("table.formula", f"{heading} (cell {cell}) is a formula whose result the file "
                                    "does not hold: open the file in Excel or LibreOffice and save it again", key,
                                    {"column": heading, "cell": cell}))
    return Row(number, row_values, tuple(errors), tuple(warnings))


def read_table(path: Path | str, fields: Sequence[Field], *, mapping: Mapping[str, int | str] | None = None,
               header_row: int | None = None, sheet: str | None = None) -> Table:
    """Read ``path`` into rows keyed by field. The header row is found (or given by its number); columns are
    recognised by their headings, and ``mapping`` (field → column index, letter or heading) overrides them.
    Only the mapped columns of each row are kept."""
    path = Path(path)
    source = _open(path, sheet)
    head = _head(source, header_row)
    if not any(any(values) for _, values in head):
        raise TableError(f"{path.name}: the file is empty", "table.empty")
    if header_row is not None:
        positions = [i for i, (number, _) in enumerate(head) if number == header_row]
        if not positions:
            raise TableError(f"{path.name}: there is no row {header_row}", "table.no_row", {"row": header_row})
        position = positions[0]
        columns = recognise(head[position][1], fields)
    else:
        found = find_header(head, fields)
        if found is None and not mapping:
            raise TableError(f"{path.name}: no header row with known column names (e.g. "
                             f"{', '.join(f.headings[0] for f in fields[:4])}); map the columns by hand",
                             "table.no_header", {"examples": ", ".join(f.headings[0] for f in fields[:4])})
        position, columns = found if found is not None else (0, {})
    headers = head[position][1]
    for key, ref in (mapping or {}).items():
        if key not in {f.key for f in fields}:
            raise TableError(f"unknown field {key!r} in the column mapping", "table.mapping_field", {"field": key})
        index = _column_index(ref, headers)
        if index is None:
            raise TableError(f"{path.name}: no column {ref!r} for {key}", "table.mapping_column",
                             {"column": str(ref), "field": key})
        columns = {k: v for k, v in columns.items() if v != index}
        columns[key] = index
    missing = [f.headings[0] for f in fields if f.required and f.key not in columns]
    if missing:
        raise TableError(f"{path.name}: no column for {', '.join(missing)} (row {head[position][0]} is taken as "
                         "the header); map it by hand", "table.missing_column",
                         {"columns": ", ".join(missing), "row": head[position][0]})
    table = Table(path, head[position][0], headers, columns, encoding=source.how["encoding"],
                  delimiter=source.how["delimiter"], sheet=source.how["sheet"])
    for number, values in itertools.chain(head[position + 1:], source.rows):  # a stream, never a list
        if not any(values):
            continue
        if len(table.rows) >= MAX_ROWS:
            raise too_many_rows(path.name)
        table.rows.append(_data_row(number, values, columns, fields, headers, source.formulas))
    return table
