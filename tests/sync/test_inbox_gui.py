"""The conflicts and rejections inbox in the application, against a real hub on 127.0.0.1: laptop A's edit of a
phone loses to B's; A's window counts it (File ▸ Conflicts and rejections (1)), Ctrl+Shift+K opens the inbox,
which shows the record by name, the field in words, mine, theirs and the original; "Keep mine" resolves it, and
after a sync the resolution arrives on laptop B. A change the hub refuses shows its reason in words and is fixed
and sent again."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from fieldapp.model import Conflict, GrantCall, Person  # noqa: E402
from fieldapp.sync.client import sync  # noqa: E402
from tests.sync.conftest import converge, seed  # noqa: E402
from tests.ui.conftest import english, make_window, no_dialog_left_open, private_settings  # noqa: E402,F401
from tests.ui.ui_helpers import activate, press  # noqa: E402

pytestmark = pytest.mark.one_backend


@pytest.fixture
def pair(laptops, hub):  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    b.set_user("head_office")
    return a, b, ids


def _window_of(qtbot, laptop):  # type: ignore[no-untyped-def]
    path = laptop.db.path
    laptop.db.close()
    window, ops, db = make_window(qtbot, path)
    return window, db


def _grid_texts(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    grid = dialog.grid
    rows = []
    for row in range(grid.rowCount()):
        cells = []
        for column in range(grid.columnCount()):
            item = grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            cells.append(widget.text() if widget is not None else "")
        rows.append(cells)
    return rows


def test_resolve_a_conflict_in_the_inbox_and_see_it_arrive_on_the_other_laptop(qtbot, pair, hub, tmp_path) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person1"]).phone = "+77013333333"
    with b.db.transaction() as s:
        s.get(Person, ids["person1"]).phone = "+77024444444"
    a.sync()
    b.sync()  # b's later edit wins: a's value is set aside
    a.sync()
    window, db = _window_of(qtbot, a)
    assert window.inbox_action.text() == "Conflicts and re&jections (1)…"
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.inbox_action.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.items.count() == 1
    assert dialog.items.item(0).text() == "Conflict: Участник 1 — Phone"
    assert dialog.title.text() == "Person: Участник 1"
    assert "Ержан Төлеуов" in dialog.who.text() and "Бауыржан Оспанов" in dialog.who.text()
    assert "this laptop" in dialog.who.text()
    rows = _grid_texts(dialog)
    assert rows[0][:4] == ["Field", "Mine", "Theirs (now in the record)", "Original"]
    assert rows[1][:4] == ["Phone", "+77013333333", "+77024444444", "+77010000001"]
    dialog.grab().save(str(tmp_path / "inbox.png"))
    activate(dialog)
    dialog.items.setFocus()
    order = []
    for _ in range(5):  # keyboard order = visual order: the list, the merged value, the buttons left to right
        press(dialog, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.edits["phone"], dialog.keep_mine, dialog.keep_theirs, dialog.use_typed,
                     dialog.buttons.button(dialog.buttons.StandardButton.Close)]
    with db.reading() as s:
        assert s.get(Person, ids["person1"]).phone == "+77024444444"  # theirs won the merge
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert s.get(Person, ids["person1"]).phone == "+77013333333"
        assert s.scalars(select(Conflict)).one().resolved_at is not None
    assert dialog.items.count() == 0 and dialog.empty.isVisible()
    dialog.done(0)
    qtbot.waitUntil(lambda: window.inbox_action.text() == "Conflicts and re&jections…")  # asked once it closed
    sync(db)  # the resolution leaves like any change ...
    b.sync()  # ... and arrives on the other laptop
    with b.db.reading() as s:
        assert s.get(Person, ids["person1"]).phone == "+77013333333"
        conflict = s.scalars(select(Conflict)).one()
        assert conflict.resolved_at is not None and conflict.resolution == {"phone": "+77013333333"}
    window.close()
    db.close()


def test_a_merged_value_typed_in_the_inbox(qtbot, pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "mother of two"
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "lives in Kuryk"
    a.sync()
    b.sync()
    a.sync()
    window, db = _window_of(qtbot, a)
    dialog = window.page("sync").file_buttons.inbox()
    edit = dialog.edits["notes"]
    edit.clear()
    qtbot.keyClicks(edit, "mother of two, lives in Kuryk")
    qtbot.mouseClick(dialog.use_typed, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "mother of two, lives in Kuryk"
    dialog.done(0)
    sync(db)
    b.sync()
    with b.db.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "mother of two, lives in Kuryk"
    window.close()
    db.close()


def test_a_refused_change_shows_the_hubs_reason_in_words_and_is_fixed_and_sent_again(qtbot, pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:  # an officer changes the call's title: calls are the head office's
        s.get(GrantCall, ids["call"]).title = "Вместе — мы сила! (черновик)"
    report = a.sync()
    assert report.rejected == 1
    window, db = _window_of(qtbot, a)
    assert window.inbox_action.text() == "Conflicts and re&jections (1)…"
    dialog = window.inbox_action.open()
    assert dialog.items.item(0).text().startswith("Refused: Вместе — мы сила!")
    assert dialog.message.text() == ("Reason: Grant call: such records belong to the head office, the change by "
                                     "Ержан Төлеуов was not accepted")
    rows = _grid_texts(dialog)
    assert rows[1][:2] == ["Title", "Вместе — мы сила! (черновик)"]
    assert not dialog.keep_mine.isVisible() and dialog.use_typed.isEnabled()
    with db.reading() as s:
        assert s.get(GrantCall, ids["call"]).title == "Вместе — мы сила!"  # folded out: the hub's value
    # the manager signs in on this laptop, corrects the title and sends it again: now the head office's change
    db.set_user(ids["head"])
    edit = dialog.edits["title"]
    edit.clear()
    qtbot.keyClicks(edit, "Together we are strong 2020")
    qtbot.mouseClick(dialog.use_typed, Qt.MouseButton.LeftButton)
    assert dialog.items.count() == 0
    dialog.done(0)
    report = sync(db)
    assert report.rejected == 0 and report.sent == 1
    b.sync()
    with b.db.reading() as s:
        assert s.get(GrantCall, ids["call"]).title == "Together we are strong 2020"
    window.close()
    db.close()


def test_a_refused_change_can_be_left_refused(qtbot, pair, hub) -> None:
    a, _b, ids = pair
    with a.db.transaction() as s:
        s.get(GrantCall, ids["call"]).title = "Вместе — мы сила! (черновик)"
    a.sync()
    window, db = _window_of(qtbot, a)
    dialog = window.inbox_action.open()
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)  # leave it refused
    assert dialog.items.count() == 0
    dialog.done(0)
    with db.reading() as s:
        assert s.get(GrantCall, ids["call"]).title == "Вместе — мы сила!"
    assert sync(db).sent == 0  # nothing new to send
    window.close()
    db.close()
