"""Figures of the core on a database of the chosen scale, each next to the same work done bare: search as a
trainer types and a check-in committed (raw sqlite3), list pages opened and scrolled (raw sqlite3), a roster
import (openpyxl reading the file plus a raw insert), an XLSX export (bare openpyxl), a sign-in sheet, an
application summary and grant agreements (bare reportlab)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from benchmarks import agreements
from benchmarks.harness import Figure, each_ms, median_ms, raw_insert, seconds

LISTS = ("people", "trainings", "applications", "site_visits", "history")
PAGE = 200  # rows a list on screen asks for at a time (fieldapp/ui/list_model.py)


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


def raw_search(conn: sqlite3.Connection, text: str) -> list[Any]:
    """The same question asked of SQLite directly: matching rows by the folded key."""
    from fieldapp.text import fold, like_escape

    words = fold(text).split()
    where = " AND ".join(["search_key LIKE ? ESCAPE '\\'"] * len(words)) or "1"
    params = [f"% %{w}%" if w.isdigit() else f"% {like_escape(w)}%" for w in words]
    sql = (f"SELECT id, full_name, settlement_id, phone FROM person WHERE deleted_at IS NULL AND {where} "
           "ORDER BY search_key LIMIT 12")
    return conn.execute(sql, params).fetchall()


def checkin(db: Any, path: Path, runs: int, rng: random.Random) -> list[Figure]:
    from fieldapp.model import Person, Registration, TrainingSession
    from fieldapp.services import attendance

    with db.reading() as s:
        busiest = s.execute(select(Registration.training_id).group_by(Registration.training_id)
                            .order_by(func.count().desc()).limit(1)).scalar_one()
        session_id = s.scalars(select(TrainingSession.id).where(TrainingSession.training_id == busiest)
                               .order_by(TrainingSession.starts_at)).first()
        registered = list(s.scalars(select(Registration.person_id).where(Registration.training_id == busiest)))
        people = s.scalars(select(Person.full_name).order_by(Person.id).limit(2000)).all()
        total = s.scalar(select(func.count()).select_from(Person))
    typed = keystrokes(rng.sample(list(people), min(40, len(people))), phones=15, rng=rng)
    with db.reading() as s:
        for text in typed[:10]:  # warm the page cache alike for both
            attendance.search(s, session_id, text)
        app = each_ms(lambda text: attendance.search(s, session_id, text), typed)
    conn = sqlite3.connect(path)
    raw = each_ms(lambda text: raw_search(conn, text), typed)

    def mark(person_id: str) -> None:
        with db.transaction() as s:
            attendance.check_in_known(s, session_id, person_id)

    marked = each_ms(mark, registered[: max(runs * 4, 10)])
    conn.execute("CREATE TABLE bench_mark (id TEXT PRIMARY KEY, person_id TEXT, status TEXT)")  # in the copy

    def raw_mark(n: int) -> None:
        with conn:
            conn.execute("INSERT INTO bench_mark VALUES (?, ?, 'present')", (f"m{n}", f"p{n}"))

    raw_marked = each_ms(raw_mark, range(max(runs * 4, 10)))
    conn.close()
    return [Figure(f"search per keystroke, {total:,} people", app, "ms", raw, "raw sqlite3 search", "≤ 30 ms",
                   f"median of {len(typed)} keystrokes"),
            Figure("check-in committed (mark present)", marked, "ms", raw_marked, "raw sqlite3 insert + commit",
                   "≤ 20 ms")]


def lists(db: Any, path: Path, runs: int) -> list[Figure]:
    from fieldapp.services import lists as list_service
    from fieldapp.services import trainings as training_service

    conn = sqlite3.connect(path)
    raw_first = median_ms(lambda: conn.execute(
        "SELECT id, full_name, phone FROM person ORDER BY sort_ru, id LIMIT ?", (PAGE,)).fetchall(), runs)
    found: list[Figure] = []
    with db.reading() as s:
        for name in LISTS:
            opened = median_ms(lambda name=name: list_service.first_page(s, name, "", PAGE), runs)
            total = list_service.count(s, name)
            found.append(Figure(f"list '{name}' opened ({total:,} rows)", opened, "ms", raw_first,
                                f"raw sqlite3 first {PAGE} people", "≤ 100 ms"))
        listed = training_service.list_trainings(s)  # the Trainings page: every training, each day's counts
        page = median_ms(lambda: training_service.list_trainings(s), runs)
        found.append(Figure(f"Trainings page's list ({len(listed):,} trainings, registered and present per day)",
                            page, "ms", raw_first, f"raw sqlite3 first {PAGE} people", "≤ 100 ms"))
        pages = min(10, max(1, list_service.count(s, "people") // PAGE))
        scrolled = median_ms(lambda: [list_service.fetch(s, "people", "", n * PAGE, PAGE) for n in range(pages)],
                             runs) / pages
    raw_scrolled = median_ms(lambda: [conn.execute(
        "SELECT id, full_name, phone FROM person ORDER BY sort_ru, id LIMIT ? OFFSET ?", (PAGE, n * PAGE)).fetchall()
        for n in range(pages)], runs) / pages
    conn.close()
    found.append(Figure(f"people list scrolled, per page of {PAGE}", scrolled, "ms", raw_scrolled,
                        "raw sqlite3 page", "≤ 50 ms", f"{pages} pages"))
    return found


def roster_import(db_source: Path, work: Path, count: int) -> list[Figure]:
    import openpyxl

    from benchmarks.roster_import import write_roster
    from fieldapp.db import open_database
    from fieldapp.imports import roster

    file = write_roster(work / "roster.xlsx", count)
    target = work / "import.sqlite"
    target.write_bytes(db_source.read_bytes())
    db = open_database(target)

    def run() -> None:
        with db.transaction() as s:
            checked = roster.preview(s, file)
            roster.commit(s, checked)

    took = seconds(run)
    db.close()

    def bare() -> None:
        rows = [tuple(str(v) for v in row) for row in
                openpyxl.load_workbook(file, read_only=True).active.iter_rows(min_row=2, values_only=True)]
        raw_insert(work / "bare-import.sqlite", [(f"id{i}", *row) for i, row in enumerate(rows)])

    baseline = seconds(bare)
    return [Figure(f"import of {count:,} people (XLSX, checked and committed)", took, "s", baseline,
                   "openpyxl read + raw sqlite3 insert", "")]


def xlsx_export(db: Any, work: Path) -> list[Figure]:
    import openpyxl

    from fieldapp.exports.xlsx import SheetColumn, write_xlsx
    from fieldapp.services import lists as list_service

    with db.reading() as s:
        columns = [(c.key, c.kind) for c in list_service.LISTS["people"].columns]

    def export() -> int:
        with db.reading() as s:
            rows = list_service.fetch(s, "people")
        return write_xlsx(work / "people.xlsx", [SheetColumn(key, kind) for key, kind in columns],
                          (row[1:] for row in rows), title="People")

    took = seconds(export)
    with db.reading() as s:
        rows = list_service.fetch(s, "people")

    def bare() -> None:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(list(row[1:]))
        book.save(work / "bare.xlsx")

    return [Figure(f"XLSX export of the people list ({len(rows):,} rows)", took, "s", seconds(bare),
                   "bare openpyxl write", "")]


def documents(db: Any, work: Path, runs: int) -> list[Figure]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from fieldapp.documents import application_summary, pdf, signin_sheet
    from fieldapp.model import Application, Registration, TrainingSession

    pdf.register_fonts()
    with db.reading() as s:
        session_id = s.scalars(select(TrainingSession.id).join(
            Registration, Registration.training_id == TrainingSession.training_id)
            .group_by(TrainingSession.id).having(func.count() >= 20).limit(1)).first()
        application_id = s.scalars(select(Application.id).where(Application.problem.is_not(None))
                                   .order_by(Application.id)).first()
        sheet = signin_sheet.signin_sheet(s, session_id, "ru")
    rows = [[str(n), row.name, row.settlement, row.phone, ""] for n, row in enumerate(sheet.rows, 1)]
    signin_sheet.write_signin_sheet(sheet, work / "warm.pdf", "ru")  # fonts loaded before either is timed

    def print_sheet() -> None:
        with db.transaction() as s:
            signin_sheet.make_signin_sheet(s, session_id, work / "sheet.pdf", "ru")

    def bare_sheet() -> None:
        SimpleDocTemplate(str(work / "bare-sheet.pdf"), pagesize=landscape(A4)).build(
            [Table([["№", "ФИО", "Населённый пункт", "Телефон", "Подпись"], *rows] + [[""] * 5] * 10,
                   repeatRows=1)])

    def summary() -> None:
        with db.reading() as s:
            application_summary.write_application_summary(s, application_id, work / "summary.pdf", "ru")

    body = getSampleStyleSheet()["BodyText"]

    def bare_text() -> None:
        SimpleDocTemplate(str(work / "bare-text.pdf"), pagesize=A4).build(
            [Paragraph(f"Пункт {n}. " + "Грантополучатель обязуется использовать средства по назначению. " * 6,
                       body) for n in range(40)])

    return [Figure(f"sign-in sheet PDF, {len(rows)} names (read, render, record)", median_ms(print_sheet, runs),
                   "ms", median_ms(bare_sheet, runs), "bare reportlab table", "≤ 300 ms"),
            Figure("application summary PDF (several pages)", median_ms(summary, runs), "ms",
                   median_ms(bare_text, runs), "bare reportlab text, 40 paragraphs", ""),
            *agreements.figures(db, work, max(runs, 3))]


def figures(path: Path, work: Path, scale: Any, say: Callable[[str], None],
            only: Callable[[str], bool]) -> list[Figure]:
    from fieldapp.db import open_database

    rng = random.Random(2019)
    copy = work / "core.sqlite"
    copy.write_bytes(path.read_bytes())  # marks and sheets are written: never into the cached file
    db = open_database(copy)
    found: list[Figure] = []
    try:
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("search", lambda: checkin(db, copy, scale.runs, rng)),
            ("lists", lambda: lists(db, copy, scale.runs)),
            ("import", lambda: roster_import(path, work, scale.imported)),
            ("export", lambda: xlsx_export(db, work)),
            ("documents", lambda: documents(db, work, scale.runs)),
        ]
        for name, step in steps:
            if only(name):
                say(name)
                found += step()
    finally:
        db.close()
    return found

