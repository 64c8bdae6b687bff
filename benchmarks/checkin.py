"""Check-in speed with 20,000 people (issue 3): search as you type, marking present, a 50-row sign-in sheet.

    python benchmarks/checkin.py [--people 20000] [--keep DIR]

Every figure is measured in this run, next to a raw ``sqlite3`` query doing the same search on the same file,
so the cost of FieldApp's layers shows as a ratio. Targets: search ≤ 30 ms per keystroke (median), a mark
committed ≤ 20 ms, a 50-row sheet rendered ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fieldapp.db import open_database
from fieldapp.demo.names import person_name
from fieldapp.documents import signin_sheet
from fieldapp.model import Cycle, Locality, Organisation, Person, Programme
from fieldapp.services import attendance, trainings
from fieldapp.services.attendance import _like_escape
from fieldapp.text import fold

VILLAGES = ("Форт-Шевченко", "Баутино", "Боранкул", "Курык")


def build(path: Path, count: int, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """A database with ``count`` people and one training of 50 registered; returns (session, registered, names)."""
    db = open_database(path, create=True)
    with db.transaction() as s:
        org = Organisation(name="Фонд", kind="foundation")
        region = Locality(kind="region", name_ru="Мангистауская область")
        s.add_all([org, region])
        s.flush()
        villages = [Locality(kind="settlement", parent_id=region.id, name_ru=v) for v in VILLAGES]
        programme = Programme(name="Общественные пространства", organisation_id=org.id)
        s.add_all([*villages, programme])
        s.flush()
        cycle = Cycle(programme_id=programme.id, number=1, name="Цикл 1", starts_on=dt.date(2019, 10, 1))
        s.add(cycle)
        s.flush()
        people = []
        for n in range(count):
            sex = rng.choice("FM")
            people.append(Person(full_name=person_name(rng, sex), sex=sex, birth_year=rng.randint(1950, 2008),
                                 settlement_id=rng.choice(villages).id, phone=f"+7701{n:07d}"))
        s.add_all(people)
        s.flush()
        training = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=cycle.id, title="Как написать проект", settlement_id=villages[0].id, venue="Дом культуры",
            sessions=(trainings.SessionInput(dt.datetime(2019, 11, 5, 10), dt.datetime(2019, 11, 5, 14)),)))
        registered = rng.sample(people, 50)
        for person in registered:
            trainings.register_person(s, training, person.id)
        session_id = trainings.sessions_of(s, training)[0].id
        names = [p.full_name for p in rng.sample(people, 40)] + [p.full_name for p in registered[:20]]
    db.close()
    return session_id, [p.id for p in registered], names


def keystrokes(names: list[str], phones: int, rng: random.Random) -> list[str]:
    """What a trainer types: 2–6 letters of the surname, sometimes a space and the first name's letters;
    or the last 2–4 digits of a phone number."""
    typed: list[str] = []
    for name in names:
        words = name.split()
        target = words[0][: rng.randint(2, 6)]
        if rng.random() < 0.5 and len(words) > 1:
            target += " " + words[1][: rng.randint(1, 3)]
        typed += [target[:i] for i in range(1, len(target) + 1) if target[:i].strip()]
    for _ in range(phones):
        number = f"{rng.randint(0, 9999):04d}"
        typed += [number[:i] for i in range(1, 5)]
    return typed


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def raw_search(conn: sqlite3.Connection, text: str) -> list:
    """The same question asked of SQLite directly: matching rows by the folded key, registered or not."""
    words = fold(text).split()
    where = " AND ".join(["search_key LIKE ? ESCAPE '\\'"] * len(words))
    params = [f"% %{w}%" if w.isdigit() else f"% {_like_escape(w)}%" for w in words]
    sql = (f"SELECT id, full_name, settlement_id, phone FROM person WHERE deleted_at IS NULL AND {where} "
           "ORDER BY search_key LIMIT 12")
    return conn.execute(sql, params).fetchall()


def report(label: str, values: list[float], target: float | None = None) -> float:
    median = statistics.median(values)
    p95 = sorted(values)[max(0, int(len(values) * 0.95) - 1)]
    verdict = "" if target is None else ("  ok" if median <= target else f"  OVER the {target:g} ms target")
    print(f"{label:<46} median {median:7.2f} ms   p95 {p95:7.2f} ms   n={len(values)}{verdict}")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    args = parser.parse_args()
    rng = random.Random(2019)
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    path = folder / "bench.sqlite"
    started = time.perf_counter()
    session_id, registered, names = build(path, args.people, rng)
    print(f"database: {args.people} people, 1 training, 50 registered "
          f"(built in {time.perf_counter() - started:.1f} s) — {path}")

    typed = keystrokes(names, phones=15, rng=rng)
    db = open_database(path)
    with db.reading() as s:
        for text in typed[:10]:  # warm the page cache the same way for both
            attendance.search(s, session_id, text)
        app = [timed(attendance.search, s, session_id, text) for text in typed]
    conn = sqlite3.connect(path)
    raw = [timed(raw_search, conn, text) for text in typed]
    conn.close()

    marks = []
    for person_id in registered:
        def mark(pid: str = person_id) -> None:
            with db.transaction() as s:
                attendance.check_in_known(s, session_id, pid)
        marks.append(timed(mark))

    out = folder / "sheet.pdf"
    cold = timed(lambda: signin_sheet.write_signin_sheet(_sheet(db, session_id), out, "ru", 0))
    renders, whole = [], []
    for _ in range(7):
        sheet = _sheet(db, session_id)
        renders.append(timed(signin_sheet.write_signin_sheet, sheet, out, "ru", 0))

        def print_sheet() -> None:
            with db.transaction() as s:
                signin_sheet.make_signin_sheet(s, session_id, out, "ru", blank_rows=0)
        whole.append(timed(print_sheet))
    db.close()

    print()
    app_median = report("search as you type (FieldApp service)", app, 30)
    raw_median = report("same search, raw sqlite3", raw)
    print(f"{'':<46} ratio FieldApp / raw sqlite3: {app_median / raw_median:.1f}×")
    report("mark present, committed (one transaction)", marks, 20)
    print(f"{'50-row sign-in sheet, first render (fonts load)':<46} {cold:7.1f} ms")
    report("50-row sign-in sheet render", renders, 300)
    report("50-row sign-in sheet: read + render + record", whole, 300)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, args.keep / path.name)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def _sheet(db, session_id: str) -> signin_sheet.SigninSheet:
    with db.reading() as s:
        return signin_sheet.signin_sheet(s, session_id, "ru")


if __name__ == "__main__":
    sys.exit(main())
