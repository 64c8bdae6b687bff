"""Every text field has a maximum length, checked at the edge (issue 11, item 8): a form shows the problem under
the field and saves nothing; what no form checks is refused by the core before it is stored, in words that
name the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_forms import open_first_settlement, press_ctrl_s

from fieldapp.model import Locality, Person
from fieldapp.validation import Invalid


def test_a_pasted_five_thousand_character_name_is_refused_under_the_field(qtbot, window, answers) -> None:
    dialog, locality_id = open_first_settlement(qtbot, window)
    with window.db.reading() as s:
        before = s.get(Locality, locality_id).name_ru
    dialog.ui.nameRu.setText("Ф" * 5000)  # as a paste
    press_ctrl_s(dialog)
    assert dialog.isVisible()
    assert dialog.problem("name_ru") == "Too long: 5000 characters, at most 200"
    assert dialog.fields["name_ru"].error_label.isVisible()
    dialog.ui.nameRu.setText("Форт-Шевченко")
    assert dialog.problem("name_ru") == ""
    with window.db.reading() as s:
        assert s.get(Locality, locality_id).name_ru == before


def test_the_person_form_limits_come_from_the_columns(qtbot, window, answers) -> None:
    from fieldapp.ui.person_form import PersonDialog

    dialog = PersonDialog(window.ops, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fullNameEdit.setText("Ә" * 301)
    dialog.ui.organisationEdit.setText("Бірлік")
    dialog.ui.notesEdit.setPlainText("н" * 10_001)
    press_ctrl_s(dialog)
    assert dialog.isVisible()
    assert dialog.problem("full_name") == "Too long: 301 characters, at most 300"
    assert dialog.problem("notes") == "Too long: 10001 characters, at most 10000"
    assert dialog.problem("organisation") == ""
    with window.db.reading() as s:
        assert s.scalar(select(Person).where(Person.organisation == "Бірлік")) is None


def test_a_call_code_takes_at_most_what_its_column_holds(qtbot, window, answers) -> None:
    from fieldapp.ui.call_dialog import CallDialog

    dialog = CallDialog(window.ops, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["code"].limit == 20 and dialog.fields["title"].limit == 300
    dialog.ui.code.setText("ВМС-2020-" + "Ж" * 12)
    dialog.ui.code.editingFinished.emit()
    assert dialog.problem("code") == "Too long: 21 characters, at most 20"


def test_what_no_form_checks_is_refused_before_it_is_stored_naming_the_field(qtbot, window) -> None:
    from fieldapp.ui import errors

    with pytest.raises(Invalid) as refused, window.db.transaction() as s:
        s.add(Locality(kind="settlement", name_ru="Жаңаөзен", name_kk="Қ" * 201))
    assert refused.value.code == "record.too_long"
    assert errors.friendly_message(refused.value) == "Name (Kazakh) is too long: 201 characters, at most 200"
    with window.db.reading() as s:
        assert s.scalar(select(Locality).where(Locality.name_ru == "Жаңаөзен")) is None


def test_a_line_field_without_a_column_gets_a_line_limit(qtbot, window, answers) -> None:
    from fieldapp.ui.application_dialog import ApplicationDialog

    dialog = ApplicationDialog(window.ops, None, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.fields["leader"].limit == 300  # typed into a person's name
    assert dialog.fields["title"].limit == 300 and dialog.fields["goal"].limit == 10_000
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_problem_under_a_field_shows_all_its_words_in_kazakh(qtbot, window, answers) -> None:
    from fieldapp.ui import i18n

    dialog, _locality_id = open_first_settlement(qtbot, window)
    i18n.install("kk")
    dialog.ui.nameRu.setText("Ф" * 5000)
    press_ctrl_s(dialog)
    label = dialog.fields["name_ru"].error_label
    assert label.text() == "Тым ұзын: 5000 таңба, ең көбі 200 болуы керек"
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.width() >= dialog.ui.nameRu.width() - 2  # as wide as the field, not its own size hint
