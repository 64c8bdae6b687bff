"""Reading tables people make: XLSX or CSV, a title and blank rows above the header, headings in Russian,
Kazakh or English, columns mapped by hand when the headings are unusual.

Row numbers are the ones a person sees: Excel's row number, or the line number in a text editor (a quoted
value spanning lines counts its first line). Used by the people import and by the grants' application
register: each describes its columns with :class:`Field`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from fieldapp.text import fold

HEADER_SEARCH_ROWS = 30
ENCODINGS = ("utf-8-sig", "cp1251")


class TableError(Exception):
    """The file cannot be read as a table; the message is one line for people."""


@dataclass(frozen=True)
class Field:
    """A column an import understands: its key and the headings people give it (any case, any of the
    three languages; compared folded, so ё/е, Kazakh letters, punctuation and spaces do not matter)."""

    key: str
    headings: tuple[str, ...]
    required: bool = False

    def matches(self, heading: str) -> bool:
        folded = normalise_heading(heading)
        return any(folded == h or folded.startswith(h + " ") for h in self._folded())

    def _folded(self) -> tuple[str, ...]:
        return tuple(normalise_heading(h) for h in self.headings)


def normalise_heading(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).replace("_", " ").split())


@dataclass(frozen=True)
class Row:
    number: int  # as Excel or a text editor shows it
    values: dict[str, str]  # field key → text (empty string when blank)


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


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[tuple[int, list[str]]], str]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise TableError(f"{path.name}: cannot be read as an Excel workbook ({exc})") from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise TableError(f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})")
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        worksheet.reset_dimensions()
        rows = [(number, [cell_text(v) for v in values])
                for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1)]
        return rows, worksheet.title
    finally:
        workbook.close()


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else Windows-1251 (what Excel saves as "CSV" on a Russian Windows)."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise TableError("the file is neither UTF-8 nor Windows-1251 text")


def sniff_delimiter(text: str) -> str:
    """``;`` (Excel in Russian and Kazakh locales), ``,`` or a tab: the one most lines agree on."""
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
    best, best_score = ",", -1
    for delimiter in (";", ",", "\t"):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) - 1 for line in lines]
        score = sum(1 for c in counts if c > 0) * 1000 + sum(counts)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> tuple[list[tuple[int, list[str]]], str, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(f"{path}: cannot be read ({exc.strerror})") from exc
    if b"\x00" in data[:4096]:
        raise TableError(f"{path.name}: not a text (CSV) file")
    try:
        text, encoding = decode(data)
    except TableError as exc:
        raise TableError(f"{path.name}: {exc}") from None
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for values in reader:
            rows.append((line, [cell_text(v) for v in values]))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise TableError(f"{path.name}: line {line}: {exc}") from exc
    return rows, encoding, delimiter


def read_rows(path: Path, sheet: str | None = None) -> tuple[list[tuple[int, list[str]]], dict[str, str | None]]:
    """Every row of the file with its number, and how it was read (encoding, delimiter, sheet)."""
    path = Path(path)
    if not path.is_file():
        raise TableError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows, sheet_name = _read_xlsx(path, sheet)
        return rows, {"sheet": sheet_name, "encoding": None, "delimiter": None}
    if suffix == ".xls":
        raise TableError(f"{path.name}: the old .xls format is not read; save it as .xlsx or CSV in Excel")
    if suffix in (".csv", ".txt", ".tsv", ""):
        rows, encoding, delimiter = _read_csv(path)
        return rows, {"sheet": None, "encoding": encoding, "delimiter": delimiter}
    raise TableError(f"{path.name}: not a table (use .xlsx or .csv)")


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


def read_table(path: Path | str, fields: Sequence[Field], *, mapping: Mapping[str, int | str] | None = None,
               header_row: int | None = None, sheet: str | None = None) -> Table:
    """Read ``path`` into rows keyed by field. The header row is found (or given by its number); columns are
    recognised by their headings, and ``mapping`` (field → column index, letter or heading) overrides them."""
    path = Path(path)
    rows, how = read_rows(path, sheet)
    if not any(any(v for v in values) for _, values in rows):
        raise TableError(f"{path.name}: the file is empty")
    if header_row is not None:
        positions = [i for i, (number, _) in enumerate(rows) if number == header_row]
        if not positions:
            raise TableError(f"{path.name}: there is no row {header_row}")
        position = positions[0]
        columns = recognise(rows[position][1], fields)
    else:
        found = find_header(rows, fields)
        if found is None and not mapping:
            raise TableError(f"{path.name}: no header row with known column names (e.g. "
                             f"{', '.join(f.headings[0] for f in fields[:4])}); map the columns by hand")
        position, columns = found if found is not None else (0, {})
    headers = rows[position][1]
    for key, ref in (mapping or {}).items():
        if key not in {f.key for f in fields}:
            raise TableError(f"unknown field {key!r} in the column mapping")
        index = _column_index(ref, headers)
        if index is None:
            raise TableError(f"{path.name}: no column {ref!r} for {key}")
        columns = {k: v for k, v in columns.items() if v != index}
        columns[key] = index
    missing = [f.headings[0] for f in fields if f.required and f.key not in columns]
    if missing:
        raise TableError(f"{path.name}: no column for {', '.join(missing)} (row {rows[position][0]} is taken as "
                         "the header); map it by hand")
    table = Table(path, rows[position][0], headers, columns, encoding=how["encoding"],
                  delimiter=how["delimiter"], sheet=how["sheet"])
    for number, values in rows[position + 1:]:
        if not any(values):
            continue
        table.rows.append(Row(number, {key: values[i] if i < len(values) else "" for key, i in columns.items()}))
    return table
