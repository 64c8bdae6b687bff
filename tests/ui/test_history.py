"""A field officer asks who changed a record: Ctrl+H (or right-click → History…) shows its audit trail."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Locality, Person


def test_ctrl_h_shows_who_changed_the_selected_person_what_and_why(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.view.selectRow(0)
    row_id = panel.current_id()
    with window.db.transaction(reason="typo on the sign-in sheet") as session:
        session.get(Person, row_id).phone = "+77010000000"

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.history_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.changes is not None)

    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(row, 2).text() for row in range(2)] == ["Added", "Changed"]
    assert "+77010000000" in table.item(1, 3).text() and table.item(1, 3).text().startswith("Phone: ")
    assert table.item(1, 4).text() == "typo on the sign-in sheet"
    assert table.item(1, 1).text() == window.db.user_name
    assert dialog.windowTitle().startswith("History: ")
    assert "2 changes" in dialog.status.text()
    dialog.close()


def open_history(qtbot, panel):
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.history_dialog
    qtbot.waitUntil(lambda: dialog.changes is not None)
    return dialog, "\n".join(dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount()))


def test_the_history_names_fields_and_records_in_words_in_every_language(qtbot, window) -> None:
    from fieldapp.ui import i18n

    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.view.selectRow(0)
    row_id = panel.current_id()
    with window.db.transaction(reason="moved to the district centre") as session:
        person = session.get(Person, row_id)
        before = session.get(Locality, person.settlement_id)
        after = session.scalars(select(Locality).where(Locality.kind == "settlement", Locality.id != before.id,
                                                       Locality.name_en.is_not(None))).first()
        person.settlement_id, person.phone = after.id, "+77011234567"
        person.notes = "Переехала к дочери в районный центр, звонить после шести вечера"
        old_en, new_en, old_ru, new_ru = before.name_en or before.name_ru, after.name_en, before.name_ru, after.name_ru

    dialog, text = open_history(qtbot, panel)
    assert f"Settlement: {old_en} → {new_en}" in text
    assert "Phone: " in text and "+77011234567" in text
    assert "Full name: " in text  # the record as it was added
    assert "settlement_id" not in text and after.id not in text and "search_key" not in text
    assert "created_at" not in text and "Search" not in text
    last = dialog.table.item(dialog.table.rowCount() - 1, 3)
    assert "Notes: Переехала к дочери в районный центр" in last.text() and last.text().endswith("…")  # cut
    assert "звонить после шести вечера" in last.toolTip() and "шести" not in last.text()  # whole in the tooltip
    dialog.close()

    i18n.install("ru")
    dialog, text = open_history(qtbot, panel)
    assert f"Населённый пункт: {old_ru} → {new_ru}" in text
    assert "Телефон: " in text and "ФИО: " in text
    assert after.id not in text and "settlement_id" not in text
    assert dialog.table.horizontalHeaderItem(3).text() != "Changes"
    dialog.close()


def test_money_dates_and_references_read_as_people_write_them(qtbot, window) -> None:
    from fieldapp.ui.list_model import changes_text

    text = changes_text({"requested_amount": [None, "600000.00"], "received_on": ["2019-03-01", "2019-03-04"],
                         "call_id": [None, "c1"], "category": [None, "playground"], "search_key": [None, " x"]},
                        "; ", "application",
                        {"requested_amount": "money", "received_on": "date", "call_id": "reference"},
                        {"c1": "Общественные пространства 2019"})
    assert text == ("Requested amount: 600,000.00\u202f₸; Received: 01.03.2019 → 04.03.2019; "
                    "Grant call: Общественные пространства 2019; Category: Playground")


def test_lists_without_a_history_have_the_action_off(qtbot, window) -> None:
    click_section(qtbot, window, "Sync")
    assert not window.history_action.isEnabled()
    click_section(qtbot, window, "Site visits")
    assert window.history_action.isEnabled()
    panel = window.page("site_visits").panel
    assert panel.view.actions() == [panel.history_action]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_field_of_every_synced_record_has_a_label_in_words(lang: str) -> None:
    from fieldapp.model import Base, synced_tables
    from fieldapp.model.history import derived_fields
    from fieldapp.services.history import HIDDEN_FIELDS
    from fieldapp.ui import i18n, labels

    i18n.install(lang)
    for table in synced_tables():
        for column in Base.metadata.tables[table].columns:
            if column.key in HIDDEN_FIELDS or column.key in derived_fields(table):
                continue
            label = labels.field_label(table, column.key)
            assert label != column.key and "_" not in label, (table, column.key)
            if lang != "en":
                assert re.search("[а-яёәіңғүұқөһ]", label.lower()), (lang, table, column.key, label)
