"""After a write, the screens ask again only what the write touched: the history capture knows the tables a
transaction wrote, Operations.write announces them, and each question on screen remembers the tables it read.
A page out of sight, or under a dialog, asks when it is seen again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import event
from ui_helpers import click_section, press

from fieldapp.services import attendance, people, settings, trainings


def test_the_application_form_announces_every_table_it_wrote(qtbot, window, answers) -> None:
    """The form's save writes the group, its members and the expected beneficiaries too: all are announced."""
    announced: list[frozenset[str]] = []
    window.ops.data_changed.connect(announced.append)
    click_section(qtbot, window, "Grant calls & applications")
    dialog = window.page("grants").actions.new_application()
    dialog.ui.group.setText("Жастар ұйымы")
    dialog.ui.settlement.setCurrentIndex(1)
    dialog.ui.leader.setText("Әсел Қасымова")
    dialog.ui.members.setPlainText("Ерлан Жұмабаев\nОльга Ким")
    dialog.ui.title.setText("Спорт алаңы")
    dialog.set_values({"budget": [["Тренажёры", "шт", "4", "250000", "", "", "", ""]],
                       "beneficiaries": [[10, 12, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]})
    press(dialog.ui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), (dialog.ui.problems.text(), {n: dialog.problem(n) for n in dialog.fields})
    written = announced[-1]
    assert {"application", "initiative_group", "group_member", "person", "budget_line",
            "application_beneficiaries", "status_event", "operation"} <= written


def test_a_list_asks_again_only_when_a_write_touches_what_it_shows(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    people_list = window.page("people").panel.model.live
    asked = people_list.asked
    assert "person" in people_list.tables and "locality" in people_list.tables
    window.ops.write(lambda s: settings.set_document_language(s, "kk"))  # the people list reads none of it
    assert people_list.asked == asked
    window.ops.write(lambda s: trainings.soft_delete_training(s, trainings.list_trainings(s)[0].id))
    assert people_list.asked == asked  # trainings: not a table of the people list
    person_id = window.page("people").panel.model.row_id(0)

    def rename(session) -> None:
        data = people.get_person(session, person_id)
        people.update_person(session, person_id, replace(data, organisation="Акимат Курыка (новое)"))

    window.ops.write(rename)
    assert people_list.asked == asked + 1


def test_a_page_out_of_sight_asks_when_it_is_shown(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    dashboard = window.page("dashboard").query
    asked = dashboard.asked
    window.ops.write(lambda s: settings.set_document_language(s, "kk"))
    window.ops.write(lambda s: trainings.soft_delete_training(s, trainings.list_trainings(s)[0].id))
    assert dashboard.asked == asked and dashboard.stale  # counted again only when seen
    click_section(qtbot, window, "Dashboard")
    assert dashboard.asked == asked + 1 and not dashboard.stale


def test_marks_at_the_door_ask_again_only_what_the_door_shows(qtbot, window) -> None:
    """Behind the check-in screen the trainings list, the dashboard and the status line wait; the screen's own
    results and counter are asked again after each mark; the list behind is asked once, when the screen closes."""
    click_section(qtbot, window, "Trainings")
    page = window.page("trainings")
    row = next(r for r, t in enumerate(page.model.rows) if t.sessions and t.sessions[0].registered)
    page.ui.trainingsView.selectRow(row)
    page.check_in()
    door = page.dialog
    behind = {"trainings list": page.list_query, "dashboard": window.page("dashboard").query,
              "status line": window.unsent_query}
    before = {name: q.asked for name, q in behind.items()}
    counter_before = door.counter_query.asked
    session_id = page.current_session_id()
    with window.db.reading() as s:  # people not yet here (Enter on someone present writes nothing)
        names = [p.full_name for p in trainings.registered_people(s, page.current_training().id)
                 if not any(c.person_id == p.id and c.attended for c in attendance.search(s, session_id, p.full_name))]
    assert len(names) >= 3
    statements: list[str] = []
    event.listen(window.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    for name in names[:3]:
        door.ui.searchEdit.setText(name)
        QTest.keyClick(door.ui.searchEdit, Qt.Key.Key_Return)
    assert {name: q.asked for name, q in behind.items()} == before
    assert door.counter_query.asked == counter_before + 3
    with window.db.reading() as s:
        tally = attendance.counters(s, page.current_session_id())
    assert door.tally == tally
    assert not any("FROM application" in sql for sql in statements)  # nothing of the grants asked
    door.done(0)
    assert page.list_query.asked == before["trainings list"] + 1
    assert window.unsent_query.asked == before["status line"] + 1
