"""The start helper's answer in the window (fieldapp/start_helper.py, MainWindow.show_early): the page in view shows
it as it shows a kept snapshot — the first data, never taken for the database's own — and not once the database's
own data are on screen."""

from __future__ import annotations

from pathlib import Path

from fieldapp import snapshots
from fieldapp.db import open_database
from fieldapp.services import dashboard
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.operations import Operations


def test_an_early_answer_is_the_first_data_even_once_the_database_is_attached(qtbot, demo_path: Path) -> None:
    db = open_database(demo_path)
    with db.reading() as session:  # what the helper process sends, through its pipe
        payload = snapshots.decode(snapshots.encode(dashboard.view(session)))
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.built[0] is not None)
    page = window.page("dashboard")
    first: list[str] = []
    live: list[str] = []
    window.first_data_shown.connect(lambda: first.append(page.figures["applications"].value.text()))
    window.live_data_shown.connect(lambda: live.append(page.figures["applications"].value.text()))
    assert not window.show_early("people", payload)  # not the page in view

    window.attach(Operations(db, window), db)  # the window's own question is on its way to the worker…
    assert window.show_early("dashboard", payload)  # …and the helper's answer comes first
    assert first == [str(payload["figures"]["applications"])] and live == [] and not window.live_data_done
    qtbot.waitUntil(lambda: window.live_data_done)
    assert live == first  # the database's own answer: the same figure
    assert not window.show_early("dashboard", payload)  # too late: not shown over the database's own
    window.close()
    db.close()
