"""People: Delete asks, "No" being Enter's answer, then deletes the selected person softly — gone from the
list and the figures, kept in the history; a member of an initiative group or a trainer is refused, with why
(UI.md: "Delete asks and soft-deletes"; a QA pass found no way to delete anyone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import GroupMember, Operation, Person, TrainingTrainer
from fieldapp.services import people
from fieldapp.ui import errors
from fieldapp.ui.pages import people as people_page


def _select(qtbot, panel, person_id: str) -> None:
    qtbot.waitUntil(lambda: panel.model.has_loaded, timeout=10_000)
    while panel.model.row_of(person_id) is None and panel.model.canFetchMore():
        loaded = panel.model.rowCount()
        panel.model.fetchMore()  # as scrolling down does
        qtbot.waitUntil(lambda loaded=loaded: panel.model.rowCount() > loaded, timeout=10_000)
    row = panel.model.row_of(person_id)
    assert row is not None
    panel.view.selectRow(row)
    panel.view.setFocus()


def _nobody_special(window) -> tuple[str, str]:
    with window.db.reading() as s:
        busy = set(s.scalars(select(GroupMember.person_id))) | set(s.scalars(select(TrainingTrainer.person_id)))
        return next((p.id, p.full_name) for p in s.scalars(select(Person).order_by(Person.full_name))
                    if p.id not in busy)


def test_delete_asks_then_deletes_softly(qtbot, window, monkeypatch) -> None:
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(people_page.choose, "confirm", lambda _p, title, text: asked.append(text) or next(answers))
    click_section(qtbot, window, "People")
    page = window.page("people")
    person_id, name = _nobody_special(window)
    _select(qtbot, page.panel, person_id)
    assert page.delete_action.isEnabled()
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Delete)  # "No": nothing happens
    qtbot.wait(200)
    with window.db.reading() as s:
        assert s.get(Person, person_id).deleted_at is None
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.panel.model.row_of(person_id) is None, timeout=10_000)
    assert len(asked) == 2 and name in asked[0] and "history" in asked[0]
    with window.db.reading() as s:
        person = s.execute(select(Person).where(Person.id == person_id).execution_options(include_deleted=True)
                           ).scalar_one()
        assert person.deleted_at is not None  # kept, softly deleted
        kinds = list(s.scalars(select(Operation.kind).where(Operation.row_id == person_id)))
        assert kinds[-1:] == ["delete"]


def test_a_trainer_is_not_deleted_and_the_window_says_why(qtbot, window, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(people_page.choose, "confirm", lambda *_a: True)
    monkeypatch.setattr(errors, "show_error", lambda _p, exc: shown.append(exc))
    with window.db.reading() as s:
        trainer_id = s.scalars(select(TrainingTrainer.person_id)).first()
    click_section(qtbot, window, "People")
    page = window.page("people")
    _select(qtbot, page.panel, trainer_id)
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown != [], timeout=10_000)
    assert getattr(shown[0], "code", None) == "person.trainer"
    with window.db.reading() as s:
        assert s.get(Person, trainer_id).deleted_at is None


def test_the_core_refuses_a_member_of_a_group_and_a_trainer(window) -> None:
    with window.db.reading() as s:
        member = s.scalars(select(GroupMember.person_id)).first()
        trainer = s.scalars(select(TrainingTrainer.person_id)).first()
        assert people.deletion_refusal(s, member).code == "person.in_group"
        assert people.deletion_refusal(s, trainer).code == "person.trainer"
