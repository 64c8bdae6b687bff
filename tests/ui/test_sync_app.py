"""Sync in the application, against a real hub process on 127.0.0.1: enrolling from the wizard (a wrong code,
then the right one), the first sync bringing the programme's data to a fresh laptop which can then create a
training, delivery by itself when the hub comes back, closing during a sync and resuming."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from conftest import make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from ui_helpers import click_section

from fieldapp.db import open_database
from fieldapp.model import Cycle, GrantCall, Locality, Person, Training, UserProfile
from fieldapp.services import people
from fieldapp.sync import auto, client
from fieldapp.sync.client import enroll, sync
from fieldapp.sync.state import sync_state
from tests.sync.conftest import HubProcess


def fresh_laptop(path: Path, template: Path) -> Path:
    """A new laptop (``fieldapp init``) whose person has made a user profile, as the first start asks."""
    shutil.copyfile(template, path)
    db = open_database(path)
    with db.transaction() as s:
        user = UserProfile(name="Айгүл Сейітова", role="field_officer")
        s.add(user)
    db.set_user(user.id)
    db.close()
    return path


def wait_for_round(qtbot, window, timeout: int = 60_000) -> None:
    engine = window.sync_engine
    done = engine.rounds
    qtbot.waitUntil(lambda: engine.rounds > done and engine.thread is None, timeout=timeout)


def test_enrol_with_a_wrong_code_then_the_right_one_brings_the_programme(qtbot, tmp_path, hub, empty_template,
                                                                        answers):
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    window, _ops, db = make_window(qtbot, path)
    try:
        db.set_user(db.user_id or _user(db))
        click_section(qtbot, window, "Sync")
        page = window.page("sync")
        assert "not enrolled" in page.summary.text()
        assert "Not enrolled" in window.sync_status.online_label.text()
        dialog = page.open_enrolment()

        dialog.address.setText(f"127.0.0.1:{_closed_port()}")
        dialog.code.setText("AAAA-BBBB-CCCC-DDDD")
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.address_problem.isVisible(), timeout=20_000)
        assert "No connection" in dialog.address_problem.text()

        dialog.address.setText(hub.url)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.code_problem.isVisible(), timeout=20_000)
        assert "does not know this code" in dialog.code_problem.text()
        assert dialog.stack.currentIndex() == 0

        used = hub.code("Spent")
        other = open_database(fresh_laptop(tmp_path / "other.sqlite", empty_template))
        enroll(other, hub.url, used)
        other.close()
        dialog.code.setText(used)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: "used already" in dialog.code_problem.text(), timeout=20_000)

        dialog.code.setText(hub.code("Kuryk laptop", "settlement=Курык").lower())  # typed in small letters
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20_000)
        assert "Kuryk laptop" in dialog.enrolled_label.text()
        qtbot.waitUntil(lambda: "ready" in dialog.result.text(), timeout=60_000)
        dialog.grab().save(str(tmp_path / "enrolled.png"))
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Cycle)) == 1
            assert s.scalar(select(func.count()).select_from(GrantCall)) == 1
            names = set(s.scalars(select(Locality.name_ru).where(Locality.kind == "settlement")))
            people_here = set(s.scalars(select(Person.full_name)))
        assert names == {"Курык"}  # only the settlement of its scope
        assert people_here == {"Участник 0", "Участник 1"}  # the people of Kuryk, not of Fort-Shevchenko
        dialog.enrol_button.click()  # Close
        assert not dialog.isVisible()
        assert "Online" in window.sync_status.online_label.text()
        assert "Everything delivered" in window.sync_status.pending_label.text()
        assert "(network)" in window.sync_status.last_label.text()
        assert "sent" in window.sync_status.last_label.toolTip()
        assert hub.url in page.summary.text()
    finally:
        window.close()
        db.close()


def _user(db) -> str:
    with db.reading() as s:
        return s.scalars(select(UserProfile.id)).first()


def _closed_port() -> int:
    from tests.sync.conftest import free_port

    return free_port()


def test_a_fresh_laptop_creates_a_training_after_the_first_sync(qtbot, tmp_path, hub, empty_template, answers):
    from tests.ui.test_trainings_screens import press_ctrl_s

    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    setup = open_database(path)
    enroll(setup, hub.url, hub.code("Kuryk laptop", "settlement=Курык"))
    setup.close()
    window, _ops, db = make_window(qtbot, path)
    try:
        db.set_user(_user(db))
        qtbot.waitUntil(lambda: window.sync_engine.rounds >= 1 and window.sync_engine.thread is None,
                        timeout=60_000)
        assert window.sync_engine.view.error is None
        click_section(qtbot, window, "Trainings")
        page = window.page("trainings")
        page.new_training()
        form = page.dialog
        assert form.ui.cycleCombo.count() >= 1 and form.ui.cycleCombo.currentText() == "2019"
        form.ui.titleEdit.setText("Первый тренинг нового ноутбука")
        form.ui.settlementCombo.setCurrentIndex(form.ui.settlementCombo.findData(hub.ids["kuryk"]))
        form.ui.sessionsTable.item(0, 0).setText("10.03.2020")
        press_ctrl_s(form)
        assert not form.isVisible()
        with db.reading() as s:
            training = s.scalars(select(Training).where(Training.title == "Первый тренинг нового ноутбука")).one()
            assert training.cycle_id == hub.ids["cycle"] and training.settlement_id == hub.ids["kuryk"]
        # the badge of a record not yet sent, then it leaves by itself (a change made while online)
        row = next(n for n, r in enumerate(page.model.rows) if r.id == training.id)
        qtbot.waitUntil(lambda: page.model.badges.of(training.id) == "unsent", timeout=10_000)
        assert page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        assert "Not yet sent" in page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        started = time.monotonic()
        qtbot.waitUntil(lambda: sync_pending(db) == 0, timeout=40_000)
        assert time.monotonic() - started < 30
        rows = hub.query(f"SELECT title FROM training WHERE id = '{training.id}'")
        assert rows == [["Первый тренинг нового ноутбука"]]
        qtbot.waitUntil(lambda: page.model.badges.of(training.id) is None, timeout=10_000)
        assert page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is None
    finally:
        window.close()
        db.close()


def sync_pending(db) -> int:
    with db.reading() as s:
        return sync_state(s).pending


def test_changes_made_while_the_hub_is_down_leave_by_themselves_when_it_returns(
        qtbot, tmp_path, hub, empty_template, monkeypatch):
    monkeypatch.setattr(auto.Backoff, "LONGEST", 3.0)
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    setup = open_database(path)
    enroll(setup, hub.url, hub.code("Kuryk laptop", "settlement=Курык"))
    setup.close()
    window, ops, db = make_window(qtbot, path)
    try:
        wait_for_round(qtbot, window)
        assert window.sync_engine.view.online
        hub.kill()
        with db.transaction() as s:
            bolat, *_others = [people.create_person(s, people.PersonInput(name, settlement_id=hub.ids["kuryk"]))
                               for name in ("Болат Ахметов", "Сәуле Нұрланқызы", "Дина Ким")]
        ops.data_changed.emit(frozenset({"person", "operation"}))
        qtbot.waitUntil(lambda: window.sync_engine.view.online is False, timeout=30_000)
        qtbot.waitUntil(lambda: "not yet delivered" in window.sync_status.pending_label.text(), timeout=10_000)
        pending = sync_pending(db)
        assert pending >= 3
        assert f"{pending} changes not yet delivered" == window.sync_status.pending_label.text()
        assert "Offline" in window.sync_status.online_label.text()
        click_section(qtbot, window, "People")
        panel = window.page("people").panel
        qtbot.waitUntil(lambda: panel.model.badges.of(bolat) == "unsent", timeout=10_000)
        window.grab().save(str(tmp_path / "offline.png"))
        hub.start()  # the same address: no click from here on
        qtbot.waitUntil(lambda: sync_pending(db) == 0, timeout=60_000)
        qtbot.waitUntil(lambda: window.sync_status.pending_label.text() == "Everything delivered", timeout=10_000)
        assert "Online" in window.sync_status.online_label.text()
        names = {row[0] for row in hub.query("SELECT full_name FROM person")}
        assert {"Болат Ахметов", "Сәуле Нұрланқызы", "Дина Ким"} <= names
        qtbot.waitUntil(lambda: panel.model.badges.of(bolat) is None, timeout=10_000)
    finally:
        window.close()
        db.close()


def test_closing_during_a_sync_stops_at_a_clean_point_and_the_next_start_resumes(
        qtbot, tmp_path, hub, empty_template):
    from tests.sync.proxy import Proxy

    head = open_database(tmp_path / "head.sqlite")
    with head.transaction() as s:  # enough for several pages of the first pull
        for n in range(1500):
            people.create_person(s, people.PersonInput(f"Житель {n:04d}", settlement_id=hub.ids["kuryk"]))
    sync(head)
    head.close()
    total = hub.query("SELECT max(server_seq) FROM operation")[0][0]
    link = Proxy(hub.port, rate=60_000)  # a slow link: each page of the pull takes a while
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    setup = open_database(path)
    enroll(setup, hub.url, hub.code("Kuryk laptop", "settlement=Курык"))
    setup.set_setting(client.SERVER, link.url)
    setup.close()
    try:
        window, _ops, db = make_window(qtbot, path)
        engine = window.sync_engine
        qtbot.waitUntil(lambda: engine.view.phase == "pull" and engine.view.count >= 300, timeout=90_000)
        child = engine.child
        assert child is not None and child.poll() is None  # the round runs in a process of its own
        window.close()  # asks the round to stop at its next clean point and waits for it
        assert engine.thread is None or not engine.thread.is_alive()
        assert child.poll() is not None
        with db.reading() as s:
            cursor = int(client.get_setting(s, client.CURSOR) or 0)
            received = s.scalar(select(func.count()).select_from(Person))
        db.close()
        assert 0 < cursor < total  # stopped between pages, each page with its cursor
        assert 0 < received < 1500 + 2

        link.rate = None
        window, _ops, db = make_window(qtbot, path)
        try:
            qtbot.waitUntil(lambda: window.sync_engine.rounds >= 1 and window.sync_engine.thread is None,
                            timeout=60_000)
            with db.reading() as s:
                assert int(client.get_setting(s, client.CURSOR) or 0) >= total
                assert s.scalar(select(func.count()).select_from(Person)) == 1500 + 2
        finally:
            window.close()
            db.close()
    finally:
        link.close()
    QApplication.processEvents()


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    import subprocess

    key, cert = folder / f"{name}.key", folder / f"{name}.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=hub.example.kz",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"], check=True, capture_output=True)
    return key, cert


def tls_hub(hub: HubProcess, key: Path, cert: Path):
    """The hub behind TLS with a self-signed certificate (as behind a reverse proxy; uvicorn terminates it)."""
    import subprocess
    import sys

    from tests.sync.conftest import free_port

    port = free_port()
    script = ("import sys, uvicorn; from fieldapp.server.app import create_app; "
              "from fieldapp.server.store import open_store; "
              "uvicorn.run(create_app(open_store(sys.argv[1])), host='127.0.0.1', port=int(sys.argv[2]), "
              "ssl_keyfile=sys.argv[3], ssl_certfile=sys.argv[4], log_level='warning')")
    process = subprocess.Popen([sys.executable, "-c", script, str(hub.data), str(port), str(key), str(cert)])
    deadline = time.monotonic() + 30
    import httpx

    while time.monotonic() < deadline:
        try:
            httpx.get(f"https://127.0.0.1:{port}/hub", verify=False, timeout=1)
            return process, f"https://127.0.0.1:{port}"
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the TLS hub did not start")


def test_a_self_signed_certificate_is_trusted_only_when_the_person_says_so(qtbot, tmp_path, hub, empty_template,
                                                                          answers):
    from fieldapp.sync.enrol import fingerprint

    key, cert = self_signed(tmp_path, "hub")
    process, url = tls_hub(hub, key, cert)
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    window, _ops, db = make_window(qtbot, path)
    try:
        dialog = window.page("sync").open_enrolment()
        code = hub.code("Kuryk laptop", "settlement=Курык")
        dialog.address.setText(url)
        dialog.code.setText(code)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.address_problem.isVisible(), timeout=20_000)
        assert "not signed by an authority" in dialog.address_problem.text()
        assert fingerprint(cert.read_text()) in dialog.address_problem.text()
        assert dialog.certificate_box.isVisible() and not dialog.trust.isChecked()
        dialog.enrol_button.click()  # not ticked: refused again, the code still unspent
        qtbot.waitUntil(lambda: dialog.address_problem.isVisible(), timeout=20_000)
        assert dialog.stack.currentIndex() == 0
        dialog.trust.setChecked(True)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: "ready" in dialog.result.text(), timeout=60_000)
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Cycle)) == 1
            assert client.get_setting(s, client.TRUSTED_CERT) == cert.read_text()
        dialog.accept()
    finally:
        window.close()
        db.close()
        process.kill()
        process.wait()
    # another certificate at the same address (someone in between): refused, never trusted silently
    other_key, other_cert = self_signed(tmp_path, "other")
    process, url2 = tls_hub(hub, other_key, other_cert)
    db = open_database(path)
    try:
        with db.transaction() as s:
            client.set_setting(s, client.SERVER, url2)
        with pytest.raises(client.SyncError) as refused:
            sync(db, give_up_after=2)
        assert refused.value.code == "sync.certificate"
    finally:
        db.close()
        process.kill()
        process.wait()


def test_enrol_by_file_then_sync_through_a_synced_folder(qtbot, tmp_path, hub, empty_template, answers,
                                                        monkeypatch):
    import subprocess
    import sys

    from PySide6.QtWidgets import QFileDialog

    from fieldapp.sync.folder import TO_HUB

    def fieldapp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True,
                              timeout=120)

    enrolment = tmp_path / "stick" / "kuryk.fieldapp-enrolment"
    enrolment.parent.mkdir()
    issued = fieldapp("server", "enroll", "--data", str(hub.data), "--name", "Kuryk laptop", "--scope",
                      "settlement=Курык", "--file", str(enrolment))
    assert issued.returncode == 0, issued.stderr
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    window, _ops, db = make_window(qtbot, path)
    try:
        page = window.page("sync")
        dialog = page.open_enrolment()
        dialog.by_file.setChecked(True)
        dialog.file.setText(str(tmp_path / "stick" / "notes.txt"))
        (tmp_path / "stick" / "notes.txt").write_text("not an enrolment file")
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.file_problem.isVisible(), timeout=10_000)
        assert "not an enrolment file" in dialog.file_problem.text()
        dialog.file.setText(str(enrolment))
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "names no hub's address" in dialog.phase.text(), timeout=10_000)
        dialog.accept()
        assert "By USB only" in window.sync_status.online_label.text()

        folder = tmp_path / "OneDrive" / "FieldApp"
        folder.mkdir(parents=True)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
        click_section(qtbot, window, "Sync")
        page.folder_button.click()
        qtbot.waitUntil(lambda: any((folder / TO_HUB).glob("*.fab")), timeout=30_000)  # by itself, no click
        qtbot.waitUntil(lambda: "synced folder" in window.sync_status.last_label.text(), timeout=10_000)
        assert str(folder) in page.summary.text()
        answered = fieldapp("server", "sync-folder", "--data", str(hub.data), "--folder", str(folder))
        assert answered.returncode == 0, answered.stderr
        # the head office's reply is noticed and taken in by itself

        def cycles() -> int:
            with db.reading() as s:
                return s.scalar(select(func.count()).select_from(Cycle))

        qtbot.waitUntil(lambda: cycles() == 1, timeout=30_000)
        qtbot.waitUntil(lambda: "received" in window.sync_status.last_label.toolTip(), timeout=10_000)
        assert "↓" in window.sync_status.last_label.text()
    finally:
        window.close()
        db.close()


def test_lists_mark_records_not_sent_in_conflict_or_refused(qtbot, window):
    """The people list marks a record whose change the hub refused, one in an open conflict, and ones not yet
    sent; a record delivered and settled has no mark."""
    from sqlalchemy import update

    from fieldapp.model import Conflict, Operation
    from fieldapp.sync.renumber import DELIVERED

    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 3, timeout=10_000)
    first, second, third = (panel.model.row_id(n) for n in range(3))
    db = window.db
    with db.transaction() as s:
        for device_id, top in s.execute(select(Operation.device_id, func.max(Operation.seq))
                                        .where(Operation.origin == "local").group_by(Operation.device_id)):
            client.set_setting(s, DELIVERED + device_id, str(top))  # everything delivered
        s.execute(update(Operation).where(Operation.table_name == "person", Operation.row_id == first)
                  .values(state="rejected"))
        s.add(Conflict(kind="field", subject_table="person", subject_id=second, subject_name="x",
                       fields=["phone"]))
    window.ops.data_changed.emit(frozenset({"operation", "conflict", "local_setting"}))
    qtbot.waitUntil(lambda: panel.model.badges.of(first) == "rejected", timeout=10_000)
    assert panel.model.badges.of(second) == "conflict"
    assert panel.model.badges.of(third) is None
    tooltip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "refused by the head office" in tooltip
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_status_bar_fits_1280_pixels_in_every_language(qtbot, window):
    """The longest state (syncing, thousands waiting, both routes, a clock warning) leaves the window within
    1280 px: the last-sent part gives way and keeps its whole text in the tooltip."""
    from dataclasses import replace

    from fieldapp.model.base import utcnow
    from fieldapp.ui import i18n

    view = window.sync_engine.view
    state = replace(view.state, route="network", device_name="Kuryk", pending=123456, clock_offset_ms=-12 * 60000,
                    sent_at="2026-01-02T10:00:00", sent_route="folder", received_at="2026-01-02T10:00:00",
                    received_route="usb")
    for lang in ("ru", "kk", "en"):
        i18n.install(lang)
        window.sync_status.show_view(replace(view, state=state, online=False, running=True, phase="pull"))
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 1280, lang
        assert window.sync_status.clock_label.isVisible() and window.sync_status.clock_label.text()
        assert "12" in window.sync_status.clock_label.text()
        assert window.sync_status.last_label.text().startswith("↑")  # the words are in its tooltip
        assert window.sync_status.last_label.toolTip().count("02.01.2026") == 2
        now = utcnow().isoformat()  # an ordinary day at 1366 px: every part reads whole
        window.sync_status.show_view(replace(view, online=True, state=replace(
            state, pending=1234, sent_at=now, sent_route="network", received_at=now, received_route="network")))
        window.resize(1366, 768)
        status = window.sync_status
        labels = (status.online_label, status.pending_label, status.last_label, status.clock_label,
                  window.user_label, window.file_label)
        try:  # the status bar lays itself out again over a few turns of the event loop
            qtbot.waitUntil(lambda shown=labels: all(lb.width() >= lb.sizeHint().width() for lb in shown), timeout=3000)
        except qtbot.TimeoutError:
            pass
        for label in labels:
            assert label.width() >= label.sizeHint().width(), (lang, label.text())
    i18n.install("en")


def test_a_hub_of_another_deployment_is_refused_and_f9_syncs_at_once(qtbot, tmp_path, hub, empty_template,
                                                                     answers):
    from ui_helpers import press

    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    setup = open_database(path)
    enroll(setup, hub.url, hub.code("Kuryk laptop", "settlement=Курык"))
    sync(setup)
    setup.close()
    other = HubProcess(tmp_path / "other-hub")  # another foundation's head office
    other.data.mkdir()
    other.start()
    window, _ops, db = make_window(qtbot, path)
    try:
        wait_for_round(qtbot, window)
        rounds = window.sync_engine.rounds
        press(window, Qt.Key.Key_F9)  # at once, whatever the timers say
        qtbot.waitUntil(lambda: window.sync_engine.rounds > rounds, timeout=30_000)
        dialog = window.page("sync").open_enrolment()
        code = other.code("Kuryk laptop")
        dialog.address.setText(other.url)
        dialog.code.setText(code)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.general_problem.isVisible(), timeout=20_000)
        assert "another programme's head office" in dialog.general_problem.text()
        assert other.query("SELECT count(*) FROM hub_device") == [[0]]  # the code was not spent
        with db.reading() as s:
            assert client.get_setting(s, client.SERVER) == hub.url
        dialog.reject()
    finally:
        window.close()
        db.close()
        other.kill()
