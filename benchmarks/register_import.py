"""The application register import (what the Grants page's import dialog runs): preview and commit of a register of
N applications, next to the people roster import of a list of N people measured in the same run on the same
kind of database, so the register's own cost shows as a ratio.

    .venv/bin/python benchmarks/register_import.py [--rows 53 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldapp.imports import application_register, roster  # noqa: E402
from tests.grants.conftest import make_world  # noqa: E402

VILLAGES = ("Форт-Шевченко", "Баутино", "Курык")


def write(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def measure(folder: Path, count: int) -> None:
    register = write(folder / f"register-{count}.xlsx",
                     ["Инициативная группа", "Населённый пункт", "Название проекта", "Сумма", "Дата получения"],
                     [[f"Группа {i}", VILLAGES[i % 3], f"Проект {i}", 1_000_000 + i, dt.datetime(2019, 12, 1)]
                      for i in range(count)])
    people = write(folder / f"people-{count}.xlsx", ["ФИО", "Населённый пункт", "Телефон"],
                   [[f"Участник {i}", VILLAGES[i % 3], f"8701{i:07d}"] for i in range(count)])
    figures = {}
    for name, path, preview, commit in [
        ("people roster (baseline)", people, lambda s, p: roster.preview(s, p), roster.commit),
        ("application register", register, None, application_register.commit),
    ]:
        world = make_world(folder / f"{name.split()[0]}-{count}.sqlite")
        call_id = world.call_id
        read = preview or (lambda s, p, call=call_id: application_register.preview(s, call, p))
        with world.db.reading() as s:
            preview_s, checked = timed(lambda s=s, read=read, path=path: read(s, path))
        with world.db.transaction() as s:
            fresh = read(s, path)
            commit_s, _result = timed(lambda s=s, fresh=fresh, commit=commit: commit(s, fresh))
        world.db.close()
        assert checked.count("add") == count, (name, checked.count("add"))
        figures[name] = (preview_s, commit_s)
    base_preview, base_commit = figures["people roster (baseline)"]
    print(f"{count} rows:")
    for name, (preview_s, commit_s) in figures.items():
        print(f"  {name:26} preview {preview_s * 1000:8.0f} ms ({preview_s / base_preview:4.1f}×)   "
              f"commit {commit_s * 1000:8.0f} ms ({commit_s / base_commit:4.1f}×)   "
              f"{commit_s / count * 1000:6.1f} ms per row written")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[53, 500])
    counts = parser.parse_args().rows
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    try:
        for count in counts:
            measure(folder, count)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
