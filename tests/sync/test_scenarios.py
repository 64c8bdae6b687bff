"""The numbered proof scenarios of the sync issue that concern merging, rules, identity and access."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from fieldapp.db import open_database
from fieldapp.ids import derived_id
from fieldapp.model import Application, Attendance, GrantCall, Operation, Person, StatusEvent, Training
from fieldapp.model.history import SyncConflict, SyncRejection
from fieldapp.sync.client import SyncError, enroll
from fieldapp.sync.purge import purge_person
from fieldapp.sync.state import sync_state
from tests.sync.conftest import Laptop, assert_converged, converge, seed


@pytest.fixture
def pair(laptops, hub):  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    b.set_user("field_officer")
    assert_converged(hub, a, b)
    return a, b, ids


def test_everything_in_a_database_before_enrolment_is_sent_and_converges(pair, hub) -> None:
    a, b, ids = pair
    with b.db.reading() as s:
        assert s.get(Training, ids["training"]).title == "Как написать проект"
        assert s.scalar(select(func.count()).select_from(Operation).where(Operation.origin == "remote")) > 10
    with a.db.reading() as s:
        state = sync_state(s)
    assert state.pending == 0 and state.delivered > 10 and state.last_contact


def test_6_same_field_on_two_laptops_one_wins_the_other_is_kept(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77011111111"
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77022222222"
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        winner = s.get(Person, ids["person0"]).phone
        conflict = s.scalars(select(SyncConflict)).one()
    assert winner == "+77022222222"  # the later stamp
    assert conflict.loser == {"phone": "+77011111111"} and conflict.winner == {"phone": "+77022222222"}


def test_6_different_fields_merge_cleanly(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person1"]).phone = "+77013333333"
    with b.db.transaction() as s:
        s.get(Person, ids["person1"]).full_name = "Участник Один"
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        person = s.get(Person, ids["person1"])
        assert (person.phone, person.full_name) == ("+77013333333", "Участник Один")
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0


def test_7_delete_against_a_concurrent_edit_keeps_the_record_and_flags_it(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person2"]).deleted_at = dt.datetime(2026, 11, 26)
    with b.db.transaction() as s:
        s.get(Person, ids["person2"]).notes = "пришла на второй день"
    a.sync()
    b.sync()
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        person = s.get(Person, ids["person2"])
        assert person.deleted_at is None and person.notes == "пришла на второй день"
    with b.db.reading() as s:
        assert s.scalars(select(SyncConflict).where(SyncConflict.kind == "delete_edit")).all()


def test_7_the_same_attendee_checked_in_on_two_laptops_is_one_record(pair, hub) -> None:
    a, b, ids = pair
    attendance_id = derived_id(ids["session"], ids["person0"])
    with a.db.transaction() as s:
        s.add(Attendance(id=attendance_id, session_id=ids["session"], person_id=ids["person0"], status="present"))
    with b.db.transaction() as s:
        s.add(Attendance(id=attendance_id, session_id=ids["session"], person_id=ids["person0"], status="late"))
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        rows = s.scalars(select(Attendance)).all()
    assert len(rows) == 1 and rows[0].status == "late"


def test_8_a_field_cleared_to_empty_travels_as_an_explicit_null(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = None
    with a.db.reading() as s:
        op = s.scalars(select(Operation).where(Operation.row_id == ids["person0"]).order_by(Operation.seq.desc())).first()
    assert op.changes == {"phone": ["+77010000000", None]}
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        assert s.get(Person, ids["person0"]).phone is None


def test_9_an_operation_the_hub_always_rejects_does_not_block_the_good_ones(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:  # a field officer may not change a call: the head office owns it
        s.get(GrantCall, ids["call"]).envelope = Decimal("9000000.00")
    with a.db.transaction() as s:
        s.get(Person, ids["person1"]).notes = "good change 1"
    with a.db.transaction() as s:
        s.get(Person, ids["person2"]).notes = "good change 2"
    report = a.sync()
    assert report.rejected == 1 and report.sent == 2
    again = a.sync()
    assert again.sent == 0 and again.rejected == 0
    b.sync()
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        assert s.get(GrantCall, ids["call"]).envelope == Decimal("1000000.00")
        assert "head office" in s.scalars(select(SyncRejection)).one().reason
    with b.db.reading() as s:
        assert s.get(Person, ids["person2"]).notes == "good change 2"


def test_a_head_office_device_owns_what_the_head_office_owns_whoever_is_signed_in(
        pair, hub, tmp_path, empty_template) -> None:
    a, _b, ids = pair
    issued = subprocess.run([sys.executable, "-m", "fieldapp", "server", "enroll", *hub.args,
                             "--name", "Head office desk", "--head-office"], capture_output=True, text=True)
    assert issued.returncode == 0 and "head office" in issued.stdout, issued.stderr
    shutil.copyfile(empty_template, tmp_path / "office.sqlite")
    office = Laptop(open_database(tmp_path / "office.sqlite"), "Office")
    enroll(office.db, hub.url, issued.stdout.strip().splitlines()[-1])
    try:
        office.sync()
        office.set_user("field_officer")  # the account signed in is no head-office one: the device is
        with office.db.transaction() as s:
            s.get(GrantCall, ids["call"]).envelope = Decimal("1200000.00")
        report = office.sync()
        assert report.sent == 1 and report.rejected == 0
        a.sync()
        with a.db.reading() as s:
            assert s.get(GrantCall, ids["call"]).envelope == Decimal("1200000.00")
        with a.db.transaction() as s:  # the same change from a field laptop is still refused (scenario 9)
            s.get(GrantCall, ids["call"]).envelope = Decimal("5000000.00")
        assert a.sync().rejected == 1
        office.sync()
        assert_converged(hub, a, office)
    finally:
        office.db.close()


def test_10_a_cloned_database_gets_a_new_device_id_and_both_converge(pair, hub, tmp_path) -> None:
    a, b, ids = pair
    a.db.close()
    shutil.copyfile(a.db.path, tmp_path / "clone.sqlite")
    a.db = open_database(a.db.path)
    clone = Laptop(open_database(tmp_path / "clone.sqlite"), "clone")
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "from the original"
    with clone.db.transaction() as s:
        s.get(Person, ids["person1"]).notes = "from the clone"
    assert clone.db.device().device_id != a.db.device().device_id
    converge(a, clone, b)
    assert_converged(hub, a, clone, b)
    clone.db.close()


def test_11_a_revoked_device_is_refused(pair, hub) -> None:
    a, b, _ids = pair
    assert hub.revoke("B") == 1
    with pytest.raises(SyncError, match="refuses this device"):
        b.sync()
    result = subprocess.run([sys.executable, "-m", "fieldapp", "sync", "--db", str(b.db.path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "refuses this device" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    a.sync()


def test_12_two_head_office_laptops_approving_offline_cannot_overspend_the_envelope(pair, hub) -> None:
    a, b, ids = pair
    for laptop, app in ((a, "app0"), (b, "app1")):
        laptop.set_user("head_office")
        with laptop.db.transaction(reason="committee decision") as s:
            application = s.get(Application, ids[app])
            s.add(StatusEvent(subject_table="application", subject_id=application.id, from_status=application.status,
                              to_status="approved", at=dt.datetime(2019, 6, 1)))
            application.status = "approved"
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected == 2 and report.conflicts == 1  # the whole action: the status and its event
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        approved = s.scalars(select(Application).where(Application.status == "approved")).all()
        assert [x.id for x in approved] == [ids["app0"]]
        assert sum(x.requested_amount for x in approved) <= Decimal("1000000.00")
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
        assert "envelope" in conflict.message


def test_13_a_device_limited_to_one_settlement_receives_nothing_of_another(pair, hub, laptops) -> None:
    a, _b, ids = pair
    kuryk = laptops("K", scope="settlement=Курык")
    kuryk.sync()
    with kuryk.db.reading() as s:
        people = {p.id for p in s.scalars(select(Person))}
        foreign = s.scalar(select(func.count()).select_from(Operation).where(
            Operation.scope_settlement_id == ids["fort"]))
    assert people == {ids["person0"], ids["person1"]}
    assert foreign == 0


def test_purge_blanks_a_person_everywhere_history_included(pair, hub) -> None:
    a, b, ids = pair
    a.set_user("head_office")
    with a.db.transaction(reason="request of the person (Law 94-V)") as s:
        purge_person(s, ids["person0"])
    converge(a, b)
    assert_converged(hub, a, b)
    for laptop in (a, b):
        with laptop.db.reading() as s:
            assert s.get(Person, ids["person0"]).phone is None
            history = s.scalars(select(Operation.changes).where(Operation.row_id == ids["person0"])).all()
        assert "+77010000000" not in str(history) and "Участник 0" not in str(history)
    assert "+77010000000" not in hub.dump()


def test_5_a_clock_an_hour_behind_still_converges(pair, hub, monkeypatch) -> None:
    a, b, ids = pair
    import fieldapp.db.history as history

    real = history.time.time
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "edited on time"
    b.sync()
    monkeypatch.setattr(history.time, "time", lambda: real() - 3600)
    a.sync()  # a pulls b's edit first: its clock follows, so its next edit wins as it should
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "edited later, clock behind"
    a.sync()
    b.sync()
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "edited later, clock behind"


def test_5_a_clock_a_year_ahead_is_suspect_then_corrected(pair, hub, monkeypatch) -> None:
    a, b, ids = pair
    import fieldapp.db.history as history

    real = history.time.time
    monkeypatch.setattr(history.time, "time", lambda: real() + 365 * 86400)
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "from the future"
    a.sync()
    monkeypatch.setattr(history.time, "time", real)
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "from today"
    b.sync()
    report = a.sync()
    assert any("corrected" in note for note in report.notes)
    with a.db.transaction() as s:
        s.get(Person, ids["person1"]).notes = "after the correction"
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "from today"  # the suspect stamp did not win
        assert a.db.device().hlc_wall < (real() + 3600) * 1000
