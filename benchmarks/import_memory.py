"""Peak memory of the roster import's preview (what the import dialog and ``fieldapp import people --dry-run``
run) for files at the edge of the limits, next to a 100-row file read in the same way: each file is previewed
in a process of its own, which reports its peak resident memory (ru_maxrss) before and after the preview.

    .venv/bin/python benchmarks/import_memory.py [--rows 10000]

The CSV is as large as the limits allow (10,000 rows, about 19 MB with a long note on each row); the XLSX has
10,000 rows of 40 columns. Run it with ``PYTHONPATH=<another tree>`` to measure that tree's reader.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HEADER = ["ФИО", "Пол", "Год рождения", "Населённый пункт", "Телефон", "Примечание"]

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from fieldapp.db import open_database
from fieldapp.imports import roster
db = open_database(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    with db.reading() as s:
        preview = roster.preview(s, Path(sys.argv[2]))
    outcome = f"{len(preview.rows)} rows previewed"
except Exception as exc:
    outcome = f"refused: {exc}"
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_mb": before / 1024, "after_mb": after / 1024, "seconds": time.perf_counter() - started,
                  "outcome": outcome}))
"""


def person(i: int, note: int) -> list[str]:
    return [f"Участникова Айгерим {i}", "ж", "1990", "Курык", f"8701{i % 10_000_000:07d}", "н" * note]


def make_files(folder: Path, rows: int) -> dict[str, Path]:
    files = {}
    small = folder / "small.csv"
    small.write_text(";".join(HEADER) + "\n" + "".join(";".join(person(i, 20)) + "\n" for i in range(100)),
                     encoding="utf-8")
    files["CSV, 100 rows (baseline)"] = small
    big = folder / "big.csv"
    with open(big, "w", encoding="utf-8") as fh:
        fh.write(";".join(HEADER) + "\n")
        for i in range(rows - 1):
            fh.write(";".join(person(i, 900)) + "\n")
    files[f"CSV, {rows:,} rows"] = big
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER + [f"Столбец {c}" for c in range(34)])
    for i in range(rows - 1):
        sheet.append(person(i, 40) + [f"значение {i}-{c}" for c in range(34)])
    wide = folder / "wide.xlsx"
    book.save(wide)
    files[f"XLSX, {rows:,} rows × 40 columns"] = wide
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        db = folder / "empty.sqlite"
        env = {**os.environ, "FIELDAPP_DATA_DIR": str(folder / "data")}
        subprocess.run([sys.executable, "-m", "fieldapp", "init", "--db", str(db)], check=True, env=env,
                       capture_output=True)
        print(f"{'file':34} {'size':>9} {'RSS before':>11} {'peak RSS':>9} {'growth':>8} {'time':>7}  outcome")
        for label, path in make_files(folder, args.rows).items():
            result = subprocess.run([sys.executable, "-c", MEASURE, str(db), str(path)], capture_output=True,
                                    text=True, env=env, cwd=folder)
            if result.returncode:
                print(f"{label}: failed\n{result.stderr}")
                continue
            figures = json.loads(result.stdout.strip().splitlines()[-1])
            growth = figures["after_mb"] - figures["before_mb"]
            print(f"{label:34} {path.stat().st_size / 1024 / 1024:7.1f} MB {figures['before_mb']:8.0f} MB "
                  f"{figures['after_mb']:6.0f} MB {growth:5.0f} MB {figures['seconds']:6.1f} s  {figures['outcome']}")


if __name__ == "__main__":
    main()
