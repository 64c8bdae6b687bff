"""The dashboard's figures and the donor report at a large scale (issue 17).

    python benchmarks/dashboard.py [--copies 50] [--keep DIR]

The demo programme is copied ``--copies`` times into one database (people, groups, applications with their
budgets, agreements, tranches, visits, reports, trainings, sessions, registrations, attendance — new ids, the
same cycles, calls and settlements), so every figure grows by that factor. Measured in this run: all figures for
all cycles, one cycle's figures, the full report (every cycle), "my week", the donor report PDF of a cycle and
the XLSX export — beside a raw ``sqlite3`` baseline counting the same applications and summing the same payments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import UniqueConstraint

from fieldapp.db import open_database
from fieldapp.demo import create_demo
from fieldapp.model.base import Base

COPIED = ("person", "initiative_group", "group_member", "application", "budget_line", "application_beneficiaries",
          "agreement", "tranche", "site_visit", "project_report", "training", "training_session", "registration",
          "attendance", "review_assignment", "review", "status_event")


def grow(path: Path, copies: int) -> None:
    """Copy the demo's programme records ``copies`` times with ids (and unique texts) suffixed ``-k``."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    for name in COPIED:
        table = Base.metadata.tables[name]
        unique = {c.name for c in table.columns if c.unique} | {
            c.name for con_ in table.constraints if isinstance(con_, UniqueConstraint) for c in con_.columns
            if c.type.python_type is str}
        for k in range(1, copies + 1):
            parts = []
            for column in table.columns:
                foreign = {fk.column.table.name for fk in column.foreign_keys}
                if column.name == "id" or foreign & set(COPIED) or column.name in unique:
                    parts.append(f"CASE WHEN {column.name} IS NULL THEN NULL ELSE {column.name} || '-{k}' END")
                elif name == "status_event" and column.name == "subject_id":
                    parts.append(f"{column.name} || '-{k}'")
                else:
                    parts.append(column.name)
            columns = ", ".join(c.name for c in table.columns)
            con.execute(f"INSERT INTO {name} ({columns}) SELECT {', '.join(parts)} FROM {name} "  # noqa: S608
                        f"WHERE length(id) = 36")
    con.commit()
    con.close()


def timed(work, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-dashboard-"))
    path = folder / "large.sqlite"
    start = time.perf_counter()
    create_demo(path)
    grow(path, args.copies)
    print(f"built {args.copies}× the demo in {time.perf_counter() - start:.1f} s")

    from fieldapp.documents.donor_report import donor_report, write_donor_report
    from fieldapp.exports.tables import ExportFilter, export_xlsx
    from fieldapp.services import dashboard, my_week

    db = open_database(path)
    raw = sqlite3.connect(path)
    with db.reading() as s:
        counts = {t: s.connection().exec_driver_sql(f"select count(*) from {t}").scalar() for t in  # noqa: S608
                  ("person", "application", "agreement", "tranche", "attendance", "site_visit")}
    print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))

    def baseline() -> tuple:
        return (raw.execute("select count(*) from application where status != 'draft'").fetchone(),
                raw.execute("select sum(paid_amount) from tranche where paid_on is not null").fetchone())

    base, _ = timed(baseline)
    print(f"baseline raw sqlite3 (count applications + sum payments): {base * 1000:.1f} ms")
    with db.reading() as s:
        cycle = dashboard.find_cycle(s, "2")
        all_time, figures = timed(lambda: dashboard.figures(s))
        print(f"figures, all cycles: {all_time * 1000:.0f} ms (applications {figures['applications']}, "  # type: ignore[index]
              f"participants {figures['participants']})")  # type: ignore[index]
        one_time, _ = timed(lambda: dashboard.figures(s, cycle.id))
        print(f"figures, one cycle: {one_time * 1000:.0f} ms")
        report_time, _ = timed(lambda: dashboard.report(s), repeat=1)
        print(f"report (all cycles and each): {report_time * 1000:.0f} ms")
        week_time, _ = timed(lambda: my_week.my_week(s))
        print(f"my week: {week_time * 1000:.0f} ms")
        gather, data = timed(lambda: donor_report(s, cycle.id, "ru"), repeat=1)
        xlsx_time, _ = timed(lambda: export_xlsx(s, folder / "all.xlsx", ExportFilter(), "ru"), repeat=1)
    render, _ = timed(lambda: write_donor_report(data, folder / "donor.pdf", "ru"), repeat=1)  # type: ignore[arg-type]
    print(f"donor report of cycle 2: gather {gather * 1000:.0f} ms, render {render * 1000:.0f} ms")
    print(f"XLSX export of everything: {xlsx_time:.1f} s")
    print(f"today {dt.date.today()}")
    db.close()
    raw.close()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, args.keep / path.name)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
