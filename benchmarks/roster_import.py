"""The roster import of `dev.py bench` (``core_figures.roster_import``: a list of N people, "Импортова Айгерим i"
in three villages, checked and committed in one transaction on a copy of the scale's database), timed in wall
clock and in CPU (``time.process_time``), the median of ``--runs`` imports, each on a fresh copy.

The tree in the current folder is the one measured (its ``fieldapp`` and ``benchmarks`` come first on the path),
so one ``.venv`` measures two checkouts alternately:

    cd /path/to/tree && .venv/bin/python benchmarks/roster_import.py [--scale demo|large|huge] [--runs N]
    cd /path/to/other && /path/to/tree/.venv/bin/python /path/to/tree/benchmarks/roster_import.py …
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

VILLAGES = ("Форт-Шевченко", "Баутино", "Курык")


def write_roster(path: Path, count: int) -> Path:
    """The list ``core_figures.roster_import`` imports: every name shares two words, a common first name."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Населённый пункт", "Телефон", "Год рождения"])
    for i in range(count):
        sheet.append([f"Импортова Айгерим {i}", VILLAGES[i % 3], f"8702{i:07d}", 1970 + i % 40])
    book.save(path)
    return path


def main() -> None:
    sys.path.insert(0, os.getcwd())  # the tree in the current folder is the one measured
    from benchmarks import datasets
    from fieldapp.db import open_database
    from fieldapp.imports import roster

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(datasets.SCALES), default="large")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    scale = datasets.SCALES[args.scale]
    source = datasets.database(scale)
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        listed = write_roster(work / "roster.xlsx", scale.imported)
        for run in range(args.runs):
            target = work / f"import-{run}.sqlite"
            target.write_bytes(source.read_bytes())
            db = open_database(target)
            wall, cpu = time.perf_counter(), time.process_time()
            with db.transaction() as s:
                roster.commit(s, roster.preview(s, listed))
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            db.close()
    print(f"{os.getcwd()}: {scale.imported:,} people at {args.scale}, checked and committed: "
          f"wall {statistics.median(walls):.3f} s, CPU {statistics.median(cpus):.3f} s "
          f"(median of {args.runs}: wall {' '.join(f'{w:.3f}' for w in walls)})")


if __name__ == "__main__":
    main()
