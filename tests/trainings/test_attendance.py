"""A trainer at the door: search by a few letters or phone digits, marks and undo, walk-ins, the counter;
after the session, back-entry from the signed sheet by row numbers, its scan and its check."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from fieldapp.ids import derived_id
from fieldapp.model import Attachment, Attendance, Operation, Person, Registration
from fieldapp.services import attendance, people, trainings
from fieldapp.services.attachments import AttachmentStore, attachments_of
from fieldapp.services.errors import FormInvalid
from fieldapp.validation import Invalid

from .helpers import add_person, add_training, first_session, register_many


@pytest.fixture
def session_with_people(db, programme):
    with db.transaction() as s:
        training = add_training(s, programme)
        ids = register_many(s, programme, training, ["Сейтқали Әлия", "Абенов Нурлан", "Ким Ольга"])
        s.get(Person, ids[1]).phone = "+77012345678"
        outsider = add_person(s, "Сейткалиева Динара", phone="+77479998877")
        return first_session(s, training), training, ids, outsider


def test_a_few_letters_find_registered_people_first(db, session_with_people):
    session_id, _, (aliya, nurlan, olga), outsider = session_with_people
    with db.reading() as s:
        found = attendance.search(s, session_id, "сейт")
        assert [(c.person_id, c.registered) for c in found] == [(aliya, True), (outsider, False)]
        assert [c.person_id for c in attendance.search(s, session_id, "Әлия С")] == [aliya]
        assert [c.person_id for c in attendance.search(s, session_id, "ОЛЬ")] == [olga]
        for typed in ("8701", "+7 701 234", "5678", "87012345678"):
            assert [c.person_id for c in attendance.search(s, session_id, typed)] == [nurlan], typed
        assert attendance.search(s, session_id, "  ") == []
        assert attendance.search(s, session_id, "%") == []  # LIKE wildcards are typed text, not patterns


def test_mark_change_and_undo_restore_the_previous_status(db, session_with_people):
    session_id, _, (aliya, *_), _ = session_with_people
    with db.transaction() as s:
        first = attendance.mark(s, session_id, aliya)
        second = attendance.mark(s, session_id, aliya, "late")
    assert (first.previous, first.status, second.previous) == (None, "present", "present")
    with db.transaction() as s:
        attendance.undo(s, second)
        row = s.get(Attendance, derived_id(session_id, aliya))
        assert row.status == "present" and row.deleted_at is None
        attendance.undo(s, first)
        assert row.deleted_at is not None  # unmarked again, soft-deleted, never removed
    with db.transaction() as s:
        attendance.mark(s, session_id, aliya, "left_early")
        assert s.get(Attendance, derived_id(session_id, aliya)).deleted_at is None
        with pytest.raises(Invalid):
            attendance.mark(s, session_id, aliya, "sleeping")
    with db.reading() as s:
        kinds = s.scalars(select(Operation.kind).where(Operation.table_name == "attendance")
                          .order_by(Operation.seq)).all()
        assert kinds == ["insert", "update", "update", "delete", "restore"]


def test_a_walk_in_is_added_registered_and_counted(db, session_with_people):
    session_id, training, (aliya, *_), outsider = session_with_people
    with db.transaction() as s:
        with pytest.raises(attendance.DuplicatesFound) as caught:
            attendance.add_walk_in(s, session_id, people.PersonInput("Динара Сейткалиева", phone="87479998877"))
        assert [d.person_id for d in caught.value.duplicates] == [outsider]
        attendance.check_in_known(s, session_id, outsider)  # the trainer picks the known record
        mark = attendance.add_walk_in(s, session_id, people.PersonInput("Болат Жаксылык", sex="M",
                                                                        birth_year=2001, phone="87005551122"))
        walk_in = s.get(Person, mark.person_id)
        assert walk_in.settlement_id == trainings.get_live(s, training).settlement_id
        assert s.scalars(select(Registration.walk_in).where(Registration.person_id == mark.person_id)).one()
        attendance.mark(s, session_id, aliya)
    with db.reading() as s:
        tally = attendance.counters(s, session_id)
    assert (tally.present, tally.registered, tally.men, tally.sex_unknown, tally.youth) == (3, 5, 1, 2, 1)


@pytest.mark.parametrize("text,rows", [
    ("1-12, 15, 17", list(range(1, 13)) + [15, 17]),
    ("3", [3]),
    ("1 - 3; 5 7", [1, 2, 3, 5, 7]),
    ("2–4, 3", [2, 3, 4]),
])
def test_sheet_rows_are_read_like_people_write_them(text, rows):
    assert attendance.parse_rows(text) == rows


@pytest.mark.parametrize("text,message", [
    ("", "Type the row numbers"),
    ("1-12, x", "'x' is not a row number"),
    ("5-3", "from a smaller to a larger"),
    ("0", "from a smaller to a larger"),
    ("1-", "'1-' is not a row number"),
    ("40-45", "the sheet has 42 rows"),
])
def test_sheet_row_mistakes_are_explained(text, message):
    with pytest.raises(Invalid, match=message):
        attendance.parse_rows(text, max_row=42)


def test_back_entry_by_row_numbers_of_the_printed_sheet(db, programme, tmp_path):
    from fieldapp.documents.signin_sheet import make_signin_sheet

    names = [f"Участник {n:02d}" for n in range(1, 41)]
    with db.transaction() as s:
        training = add_training(s, programme)
        ids = register_many(s, programme, training, names)
        session_id = first_session(s, training)
        make_signin_sheet(s, session_id, tmp_path / "sheet.pdf", "ru", blank_rows=5)
        late = add_person(s, "Аааев Поздний")  # registered after printing: sorts first, but is not on the paper
        trainings.register_person(s, training, late)
    with db.transaction() as s:
        with pytest.raises(FormInvalid, match="Row 41 is not a printed name"):
            attendance.back_entry(s, session_id, "1-12, 41")
    with db.transaction() as s:
        result = attendance.back_entry(s, session_id, "1-12, 15, 17",
                                       [people.PersonInput("Новиков Пётр", sex="M")])
    assert len(result.marked) == 14 and len(result.walk_ins) == 1
    with db.reading() as s:
        present = set(s.scalars(select(Attendance.person_id).where(Attendance.session_id == session_id,
                                                                    Attendance.deleted_at.is_(None))))
        expected = {ids[n - 1] for n in list(range(1, 13)) + [15, 17]} | {result.walk_ins[0].person_id}
        assert present == expected
        sources = set(s.scalars(select(Attendance.source).where(Attendance.session_id == session_id)))
        assert sources == {"sheet"}


def test_signed_sheet_scan_is_stored_once_and_the_session_marked_checked(db, db_path, session_with_people,
                                                                         tmp_path):
    session_id, *_ = session_with_people
    scan = tmp_path / "лист.jpg"
    scan.write_bytes(b"\xff\xd8 signed sheet scan")
    store = AttachmentStore.beside(db_path)
    with db.transaction() as s:
        first = attendance.attach_signed_sheet(s, store, session_id, scan)
        again = attendance.attach_signed_sheet(s, store, session_id, scan, note="второй раз")
        attendance.set_checked(s, session_id, None)
    assert first != again
    files = [p for p in (db_path.parent / "attachments").rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == scan.read_bytes()
    with db.reading() as s:
        listed = attachments_of(s, store, "training_session", session_id)
        assert [a.file_name for a in listed] == ["лист.jpg", "лист.jpg"] and all(a.available for a in listed)
        assert s.execute(select(func.count()).select_from(Attachment)).scalar_one() == 2
        sess = attendance.live_session(s, session_id)
        assert sess.checked_against_sheet and sess.checked_at is not None


def test_every_mark_is_captured_for_sync_with_its_derived_id(db, session_with_people):
    session_id, _, (aliya, *_), _ = session_with_people
    with db.transaction() as s:
        attendance.mark(s, session_id, aliya, "late")
    with db.reading() as s:
        op = s.scalars(select(Operation).where(Operation.table_name == "attendance")).one()
    assert op.row_id == derived_id(session_id, aliya) and op.changes["status"] == [None, "late"]


def test_sessions_with_attendance_cannot_be_removed_from_the_training(db, programme, session_with_people):
    session_id, training, (aliya, *_), _ = session_with_people
    with db.transaction() as s:
        attendance.mark(s, session_id, aliya)
        data = trainings.get_training(s, training)
        replacement = trainings.SessionInput(dt.datetime(2019, 12, 1, 10))
        with pytest.raises(FormInvalid, match="has attendance"):
            trainings.update_training(s, training, trainings.TrainingInput(
                **{**data.__dict__, "sessions": (replacement,)}))
