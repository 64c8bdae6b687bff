"""Rosters that are broken or hostile get a clear answer and change nothing (issue 11, items 6, 7, 8, 12, 13):
a damaged UTF-8 byte is refused naming its line (never read as Windows-1251), NUL bytes and UTF-16 files are
told apart, formula cells without a saved result are named, zip bombs and sheets past the limits are refused
before they are read, and a value longer than it can be stored rejects its row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldapp.imports import roster
from fieldapp.imports.tabular import TableError
from fieldapp.model import Person

# the limits docs/trainings.md states (fieldapp.imports.table_limits)
MAX_FILE_BYTES, MAX_ROWS, MAX_COLUMNS, MAX_CELL = 20 * 1024 * 1024, 10_000, 200, 32_767
HEADER = "ФИО;Пол;Год рождения;Телефон\n"
GOOD = ["Сейтқалиева Әлия;ж;1998;87012345678", "Абенов Нурлан;м;1985;87021112233",
        "Жұмабаев Ерлан;м;1990;87771234567"]


def fieldapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _people(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Person))


def _preview(db, path: Path) -> roster.RosterPreview:
    with db.reading() as s:
        return roster.preview(s, path)


def test_a_utf8_roster_with_one_damaged_byte_is_refused_naming_its_line(db, db_path, tmp_path) -> None:
    data = (HEADER + "\n".join(GOOD) + "\n").encode()
    damaged = data.replace("Абенов".encode(), "Аб".encode() + b"\xd0" + "нов".encode())  # a lead byte lost its pair
    path = tmp_path / "roster.csv"
    path.write_bytes(damaged)
    with pytest.raises(TableError) as refused:
        _preview(db, path)
    assert refused.value.code == "table.utf8" and refused.value.params["row"] == 3
    assert "line 3" in str(refused.value)
    db.close()
    result = fieldapp("import", "people", "--db", str(db_path), str(path))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "line 3" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_real_windows_1251_roster_is_still_read(db, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes((HEADER + "Абенов Нурлан;м;1985;87021112233\nЁлкина Анна;ж;1990;\n").encode("cp1251"))
    preview = _preview(db, path)
    assert preview.table.encoding == "cp1251"
    assert [r.name for r in preview.rows] == ["Абенов Нурлан", "Ёлкина Анна"]


def test_a_nul_byte_is_named_with_its_line_and_a_binary_file_is_not_text(db, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes((HEADER + GOOD[0] + "\n" + GOOD[1]).encode() + b"\x00\n" + GOOD[2].encode())
    with pytest.raises(TableError, match="line 3 holds a NUL byte") as refused:
        _preview(db, path)
    assert refused.value.code == "table.nul"
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(TableError, match="not a text") as refused:
        _preview(db, binary)
    assert refused.value.code == "table.not_text"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_as_excel_saves_unicode_text_is_read(db, tmp_path, encoding) -> None:
    path = tmp_path / "roster.txt"
    path.write_bytes((HEADER.replace(";", "\t") + "\n".join(GOOD).replace(";", "\t") + "\n").encode(encoding))
    preview = _preview(db, path)
    assert preview.table.encoding == "utf-16" and preview.table.delimiter == "\t"
    assert [r.name for r in preview.rows] == ["Сейтқалиева Әлия", "Абенов Нурлан", "Жұмабаев Ерлан"]
    assert preview.rows[0].person.phone == "+77012345678"


def test_formula_cells_without_a_saved_result_are_named_on_their_row(db, db_path, tmp_path) -> None:
    path = tmp_path / "roster.xlsx"
    book = openpyxl.Workbook()  # openpyxl saves formulas without results, as some exports do
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "ФИО", "Телефон"])
    sheet.append(["Абенов", "Нурлан", '=A2&" "&B2', "87021112233"])
    sheet.append(["Сейтқалиева", "Әлия", "Сейтқалиева Әлия", "87012345678"])
    book.save(path)
    preview = _preview(db, path)
    first, second = preview.rows
    assert [p.code for p in first.problems if p.code == "table.formula"] == ["table.formula"]
    assert "C2" in next(p.message for p in first.problems if p.code == "table.formula")
    assert not [p for p in second.problems if p.code == "table.formula"]
    db.close()
    result = fieldapp("import", "people", "--db", str(db_path), str(path), "--dry-run")
    assert "row 2: warning: ФИО (cell C2) is a formula whose result the file does not hold" in result.stdout


def _bomb(path: Path, megabytes: int) -> Path:
    """A real roster plus a part that unpacks to ``megabytes`` of zeros (it packs to a few hundred kB)."""
    book = openpyxl.Workbook()
    book.active.append(["ФИО", "Телефон"])
    book.active.append(["Абенов Нурлан", "87021112233"])
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/padding.bin", "w") as fh:
        block = bytes(1024 * 1024)
        for _ in range(megabytes):
            fh.write(block)
    return path


def test_a_zip_bomb_is_refused_from_the_zip_directory(db, tmp_path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", 120)
    assert path.stat().st_size < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(TableError, match="unpacks to 120.0 MB; at most 100.0 MB") as refused:
        _preview(db, path)
    assert refused.value.code == "table.unpacked"
    assert time.monotonic() - started < 5  # refused before anything was unpacked (generous on a busy box)


def test_a_sheet_whose_used_area_is_huge_is_refused_before_reading(db, db_path, tmp_path) -> None:
    path = tmp_path / "huge.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["ФИО", "Телефон"])
    book.active.append(["Абенов Нурлан", "87021112233"])
    book.active.cell(1_048_576, 16_384, "x")  # one cell in Excel's last corner: a 1.7e10-cell sheet
    book.save(path)
    assert path.stat().st_size < 20_000
    with pytest.raises(TableError, match="used area is A1:XFD1048576") as refused:
        _preview(db, path)
    assert refused.value.code == "table.dimension"
    db.close()
    result = fieldapp("import", "people", "--db", str(db_path), str(path), "--dry-run")
    assert result.returncode == 1 and "used area" in result.stderr and result.stderr.count("\n") == 1


def test_a_sheet_with_more_rows_than_the_limit_is_refused_even_without_a_dimension(db, tmp_path) -> None:
    path = tmp_path / "long.xlsx"
    book = openpyxl.Workbook(write_only=True)  # a write-only workbook states no dimension
    sheet = book.create_sheet()
    sheet.append(["ФИО", "Телефон"])
    for i in range(MAX_ROWS + 5):
        sheet.append([f"Человек {i}", ""])
    book.save(path)
    with pytest.raises(TableError, match="more than 10,000 rows") as refused:
        _preview(db, path)
    assert refused.value.code == "table.rows"


def test_a_csv_with_ten_thousand_columns_is_refused_at_once(db, tmp_path) -> None:
    path = tmp_path / "wide.csv"
    header = ";".join(["ФИО", "Телефон"] + [f"c{i}" for i in range(10_000)])
    rows = "\n".join(";".join([f"Человек {r}", "87021112233"] + ["x"] * 10_000) for r in range(50))
    path.write_text(header + "\n" + rows + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(TableError, match=f"line 1 has 10,002 columns; at most {MAX_COLUMNS}") as refused:
        _preview(db, path)
    assert refused.value.code == "table.columns"
    assert time.monotonic() - started < 10  # it took 50 s before (a figure, not the point: generous)


def test_files_past_the_size_row_and_cell_limits_are_refused(db, tmp_path) -> None:
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.write(HEADER.encode())
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: the size is what counts
    with pytest.raises(TableError, match="at most 20.0 MB are read") as refused:
        _preview(db, big)
    assert refused.value.code == "table.file_size"
    many = tmp_path / "many.csv"
    title = "Список участников;;;\n;;;\n"  # a title and a blank row above the header: rows of no person
    many.write_text(title + HEADER + "".join(f"Человек {i};м;1990;\n" for i in range(MAX_ROWS)), encoding="utf-8")
    assert len(_preview(db, many).rows) == MAX_ROWS  # a programme's register of 10,000 people is read whole
    many.write_text(title + HEADER + "".join(f"Человек {i};м;1990;\n" for i in range(MAX_ROWS + 1)),
                    encoding="utf-8")
    with pytest.raises(TableError, match="more than 10,000 rows"):
        _preview(db, many)
    long_cell = tmp_path / "cell.csv"
    long_cell.write_text(HEADER + "Абенов Нурлан;м;1985;" + "7" * (MAX_CELL + 1) + "\n", encoding="utf-8")
    with pytest.raises(TableError, match="line 2, column D: a value of 32,768 characters") as refused:
        _preview(db, long_cell)
    assert refused.value.code == "table.cell"


def test_a_value_longer_than_its_column_rejects_its_row_with_the_row_number(db, db_path, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(HEADER + GOOD[0] + "\n" + "Я" * 5000 + ";м;1985;87021112233\n" + GOOD[2] + "\n",
                    encoding="utf-8")
    preview = _preview(db, path)
    rejected = {r.number: r for r in preview.rows if r.action == "reject"}
    assert list(rejected) == [3]
    assert rejected[3].problems[0].code == "table.too_long"
    assert rejected[3].problems[0].params == {"column": "ФИО", "length": 5000, "limit": 300}
    db.close()
    result = fieldapp("import", "people", "--db", str(db_path), str(path))
    assert result.returncode == 0
    assert "row 3: error: ФИО: 5,000 characters, at most 300" in result.stdout
    assert "written: 2 added" in result.stdout
    summary = json.loads(fieldapp("summary", "--db", str(db_path), "--json").stdout)
    assert summary["people"] == 2


def test_a_name_made_of_three_columns_is_checked_whole(db, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Фамилия;Имя;Отчество\n" + ";".join(["Ж" * 150] * 3) + "\nАбенов;Нурлан;Серикович\n",
                    encoding="utf-8")
    preview = _preview(db, path)
    assert [r.action for r in preview.rows] == ["reject", "add"]
    assert preview.rows[0].problems[0].code == "table.too_long"

