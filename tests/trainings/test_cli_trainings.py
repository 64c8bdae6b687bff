"""The command line as head-office staff script it: trainings list, print, import people."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from fieldapp.cli import main
from fieldapp.db import open_database
from fieldapp.model import Person
from fieldapp.services import attendance, trainings

from .helpers import add_training, register_many, require_tool


@pytest.fixture
def training_db(db, db_path, programme):
    with db.transaction() as s:
        training = add_training(s, programme, days=2)
        ids = register_many(s, programme, training, ["Әлия Сейтқали", "Нурлан Абенов", "Ольга Ким"], sex="F")
        day1, day2 = (x.id for x in trainings.sessions_of(s, training))
        attendance.mark(s, day1, ids[0])
        attendance.mark(s, day1, ids[1], "late")
        attendance.mark(s, day1, ids[2], "absent")
        number = trainings.get_live(s, training).number
    db.close()
    return db_path, training, number, (day1, day2), ids


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_trainings_list_json(training_db, capsys):
    path, training, number, (day1, day2), _ = training_db
    assert main(["trainings", "list", "--db", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == training and row["settlement"] == "Форт-Шевченко" and row["number"] == number
    assert [(x["id"], x["date"], x["registered"], x["present"]) for x in row["sessions"]] == [
        (day1, "2019-11-05", 3, 2), (day2, "2019-11-06", 3, 0)]


def test_print_signin_sheet_by_human_number(training_db, tmp_path, capsys):
    path, _, number, _, _ = training_db
    out = tmp_path / "out" / "sheet.pdf"
    assert main(["print", "signin-sheet", "--db", str(path), "--session", f"{number}/1", "-o", str(out),
                 "--lang", "kk", "--blank-rows", "3"]) == 0
    assert "3 registered, 3 blank rows" in capsys.readouterr().out
    text = subprocess.run([require_tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    assert "Әлия Сейтқали" in text and "Қатысушыларды тіркеу парағы" in text


def test_certificates_min_share_and_nobody_qualifying(training_db, tmp_path):
    path, _, number, _, _ = training_db
    out = tmp_path / "cert.pdf"
    done = run("print", "certificates", "--db", str(path), "--training", number, "-o", str(out))
    assert done.returncode == 0 and "2 certificate(s)" in done.stdout and out.exists()
    refused = run("print", "certificates", "--db", str(path), "--training", number, "-o",
                  str(tmp_path / "none.pdf"), "--min-share", "1")
    assert refused.returncode != 0 and not (tmp_path / "none.pdf").exists()
    assert refused.stderr.strip().startswith("fieldapp: nobody attended at least 100%")
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*")) == []


@pytest.mark.parametrize("args,message", [
    (["print", "signin-sheet", "--session", "nope"], "no session 'nope'"),
    (["print", "certificates", "--training", "ZZ-T-0042"], "no training"),
    (["print", "certificates", "--training", "1", "--min-share", "0"], "share of sessions"),
    (["print", "signin-sheet", "--session", "1"], "has 2 sessions"),
])
def test_bad_ids_are_one_line_errors(training_db, tmp_path, args, message):
    path = training_db[0]
    done = run(*args, "--db", str(path), "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def roster_csv(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(("Список участников\r\n\r\nФИО;Пол;Год рождения;Населённый пункт;Телефон;ИИН;Согласие\r\n"
                      "Петров Иван;М;1999;Баутино;8(701)555-44-33;;да\r\n"
                      ";Ж;2003;Курык;;;\r\n"
                      "Ким Сергей;м;1988;Курык;87015554433;;да\r\n"
                      "Жумабаев Ерлан;м;1990;Курык;;900101300018;да\r\n").encode("cp1251"))
    return path


def count_people(path) -> int:
    db = open_database(path)
    try:
        with db.reading() as s:
            return s.execute(select(func.count()).select_from(Person)).scalar_one()
    finally:
        db.close()


def test_import_people_dry_run_strict_and_real(training_db, tmp_path):
    path, *_ = training_db
    before = count_people(path)
    roster = roster_csv(tmp_path)
    dry = run("import", "people", "--db", str(path), str(roster), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 4: adds Петров Иван" in dry.stdout
    assert "row 5: rejects (no name)" in dry.stdout and "row 5: error: no name" in dry.stdout
    assert "row 6: matches Ким Сергей (same person as row 4)" in dry.stdout
    assert "row 7: error: invalid IIN" in dry.stdout
    assert count_people(path) == before
    strict = run("import", "people", "--db", str(path), str(roster), "--strict")
    assert strict.returncode != 0 and "--strict: nothing written" in strict.stderr
    assert count_people(path) == before
    real = run("import", "people", "--db", str(path), str(roster))
    assert real.returncode == 0 and "written: 1 added, 0 matched, 2 rejected" in real.stdout
    assert count_people(path) == before + 1
    unreadable = run("import", "people", "--db", str(path), str(tmp_path / "missing.xlsx"))
    assert unreadable.returncode == 1 and "no such file" in unreadable.stderr


def test_import_people_registers_for_a_training(training_db, tmp_path, capsys):
    path, training, number, _, _ = training_db
    assert main(["import", "people", "--db", str(path), str(roster_csv(tmp_path)), "--training", number]) == 0
    assert "1 registered for the training" in capsys.readouterr().out
    assert main(["trainings", "list", "--db", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["sessions"][0]["registered"] == 4
