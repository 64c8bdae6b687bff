"""CSV and other delimited text: which encoding, which delimiter, and the rows, read as a stream.

The encoding is decided from the whole file first (one pass in blocks, nothing kept): UTF-8 (with or without
BOM); UTF-16 (Excel's "Unicode text", with a BOM, or without one when every other byte is zero); else
Windows-1251 (what Excel saves as "CSV" on a Russian Windows) — but only when the bytes that are not UTF-8
look like a Windows-1251 text, not like a UTF-8 text with a damaged byte: such a file is refused naming the
line, never turned into mojibake. A NUL byte is refused naming its line. Row numbers are the line numbers a
text editor shows (a quoted value spanning lines counts its first line).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldapp.imports.table_limits import (
    MAX_SHEET_ROWS,
    TableError,
    check_file_size,
    check_row,
    too_many_rows,
)

BLOCK = 1024 * 1024
SNIFF_LINES = 30


@dataclass(frozen=True)
class Encoding:
    name: str  # for Python's codecs
    label: str  # as the preview shows it


def _utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is the high half of a character — zero for the ASCII delimiters
    and digits, one value for a script (0x04 for Cyrillic and the Kazakh letters) — so few values fill it."""
    sample = head[:8192] if len(head) % 2 == 0 else head[:8191]
    if len(sample) < 8:
        return None

    def high_halves(values: bytes) -> bool:
        counts = Counter(values)
        return counts[0] > 0 and sum(n for _, n in counts.most_common(2)) >= 0.9 * len(values)

    even, odd = high_halves(sample[0::2]), high_halves(sample[1::2])
    if odd and not even:
        return "utf-16-le"
    if even and not odd:
        return "utf-16-be"
    return None


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def detect_encoding(path: Path) -> Encoding:
    """Decide the encoding of a text file (see the module's text); refuse what is not text."""
    name = path.name
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return Encoding("utf-16", "utf-16")
        fh.seek(0)
        first = fh.read(BLOCK)
        utf16 = _utf16(first)
        if utf16:
            return Encoding(utf16, "utf-16")
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        line, replaced, other, controls = 1, 0, 0, 0
        first_bad: tuple[int, int] | None = None  # line, byte value
        first_nul: int | None = None
        while block := fh.read(BLOCK):
            text = decoder.decode(block)
            if "\ufffd" in text and first_bad is None:
                bad_line = line + text.count("\n", 0, text.index("\ufffd"))
                first_bad = (bad_line, _first_invalid_byte(block))
            controls += len(_CONTROLS.findall(text))
            if "\x00" in text and first_nul is None:
                first_nul = line + text.count("\n", 0, text.index("\x00"))
            replaced += text.count("\ufffd")
            other += len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
            line += text.count("\n")
        tail = decoder.decode(b"", final=True)
        replaced += tail.count("\ufffd")
        if tail and first_bad is None and "\ufffd" in tail:
            first_bad = (line, 0)
    if controls > max(8, path.stat().st_size // 100):  # a picture, a PDF, a program: no text has these
        raise TableError(f"{name}: not a text (CSV) file", "table.not_text")
    if first_nul is not None:
        raise TableError(f"{name}: line {first_nul} holds a NUL byte (0x00): the file is damaged; save the list "
                         "again from Excel or LibreOffice", "table.nul", {"row": first_nul})
    if not replaced:
        return Encoding("utf-8-sig", "utf-8")
    if other >= replaced and first_bad is not None:
        bad_line, byte = first_bad
        raise TableError(f"{name}: line {bad_line} holds a damaged character (byte 0x{byte:02X}) in UTF-8 text; "
                         "nothing was imported: correct that line, or save the list again as UTF-8",
                         "table.utf8", {"row": bad_line, "byte": f"0x{byte:02X}"})
    return Encoding("cp1251", "cp1251")


def _first_invalid_byte(block: bytes) -> int:
    try:
        block.decode("utf-8")
    except UnicodeDecodeError as exc:
        return block[exc.start]
    return 0


def sniff_delimiter(text: str) -> str:
    """``;`` (Excel in Russian and Kazakh locales), ``,`` or a tab: the one most lines agree on."""
    lines = [line for line in text.splitlines() if line.strip()][:SNIFF_LINES]
    best, best_score = ",", -1
    for delimiter in (";", ",", "\t"):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) - 1 for line in lines]
        score = sum(1 for c in counts if c > 0) * 1000 + sum(counts)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_text(path: Path, encoding: Encoding) -> io.TextIOWrapper:
    return io.TextIOWrapper(open(path, "rb"), encoding=encoding.name, errors="strict", newline="")  # noqa: SIM115


@dataclass
class TextTable:
    path: Path
    encoding: Encoding
    delimiter: str

    def rows(self, cell: Callable[[str], str]) -> Iterator[tuple[int, list[str]]]:
        """Every record with the line it starts on; ``cell`` makes each value's text (``tabular.cell_text``)."""
        name = self.path.name
        with _open_text(self.path, self.encoding) as stream:
            reader = csv.reader(stream, delimiter=self.delimiter)
            line, records = 1, 0
            try:
                for values in reader:
                    records += 1
                    if records > MAX_SHEET_ROWS:
                        raise too_many_rows(name)
                    yield line, check_row(name, line, [cell(v) for v in values], "line")
                    line = reader.line_num + 1
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise TableError(f"{name}: line {line}: a value longer than a cell holds",
                                     "table.cell", {"row": line, "column": "?", "length": "?",
                                                    "limit": csv.field_size_limit()}) from exc
                raise TableError(f"{name}: line {line}: {exc}", "table.csv", {"row": line}) from exc
            except UnicodeDecodeError as exc:
                raise TableError(f"{name}: near line {line}: a byte that is neither UTF-8 nor Windows-1251 text "
                                 f"(0x{exc.object[exc.start]:02X}); save the list again as UTF-8",
                                 "table.encoding", {"row": line}) from exc


def open_text_table(path: Path) -> TextTable:
    """Check size and encoding, find the delimiter; the rows are then read by :meth:`TextTable.rows`."""
    try:
        check_file_size(path.name, path.stat().st_size)
        encoding = detect_encoding(path)
        with _open_text(path, encoding) as stream:
            head = stream.read(256 * 1024)
    except OSError as exc:
        raise TableError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError:
        head = ""  # the rows' reader names the line
    return TextTable(path, encoding, sniff_delimiter(head))
