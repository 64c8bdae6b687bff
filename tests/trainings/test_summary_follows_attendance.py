"""``fieldapp summary`` keeps counting participants correctly as attendance changes at the door."""

from __future__ import annotations

import json

from sqlalchemy import select

from fieldapp.cli import main
from fieldapp.db import open_database
from fieldapp.model import Attendance, Cycle, Person, Training
from fieldapp.services import attendance, counting, merge, people, summary, trainings


def participants(db_path, capsys, cycle_name: str) -> int:
    assert main(["summary", "--db", str(db_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    return next(c["participants"] for c in result["cycles"] if c["name"] == cycle_name)


def test_summary_participants_follow_marks_undo_walk_ins_and_merges(demo_path, capsys):
    assert summary.ATTENDED_STATUSES == counting.ATTENDED_STATUSES  # one rule for who took part
    db = open_database(demo_path)
    with db.reading() as s:
        cycle = s.scalars(select(Cycle).where(Cycle.id.in_(select(Training.cycle_id)))  # the latest with trainings
                          .order_by(Cycle.number.desc())).first()
        training = s.scalars(select(Training).where(Training.cycle_id == cycle.id)).first()
        session_id = trainings.sessions_of(s, training.id)[0].id
        attended = {p for p, _ in s.execute(select(Attendance.person_id, Attendance.status)
                                            .where(counting.attended()))}
        outsider = s.scalars(select(Person.id).where(Person.deleted_at.is_(None), Person.id.not_in(attended))
                             .order_by(Person.id)).first()
    db.close()
    before = participants(demo_path, capsys, cycle.name)

    db = open_database(demo_path)
    with db.transaction() as s:
        first = attendance.check_in_known(s, session_id, outsider)
        walk_in = attendance.add_walk_in(s, session_id, people.PersonInput("Жаңа Қатысушы Тест", sex="F"),
                                         confirmed=True)
    db.close()
    assert participants(demo_path, capsys, cycle.name) == before + 2

    db = open_database(demo_path)
    with db.transaction() as s:
        attendance.mark(s, session_id, outsider, "absent")
    db.close()
    assert participants(demo_path, capsys, cycle.name) == before + 1

    db = open_database(demo_path)
    with db.transaction() as s:
        attendance.undo(s, first)  # back to "not marked"
        merge.merge_people(s, walk_in.person_id, outsider)  # same person twice still counts once
    db.close()
    assert participants(demo_path, capsys, cycle.name) == before + 1
