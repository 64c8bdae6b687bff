"""Nothing internal or English on a Russian or Kazakh screen: the history names tables and reasons in words,
shows amounts as money and records by their names (never ids), the Sync page explains the device's prefix, and
date hints are in the interface's letters."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Application, Registration, TrainingSession, synced_tables
from fieldapp.services import applications, attendance, reasons
from fieldapp.ui import i18n, labels

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LATIN_WORD = re.compile(r"\b[a-z]{3,}(?:[_-][a-z]+)*\b")


def history_rows(window) -> list[list[str]]:
    page = window.page("sync")
    page.history.refresh()
    model = page.history.model
    return [model.display_row(row) for row in range(model.rowCount())]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_history_of_changes_reads_in_the_interface_language(qtbot, window, lang) -> None:
    db = window.db
    with db.reading() as s:
        session_id, person_id = s.execute(select(TrainingSession.id, Registration.person_id).join(
            Registration, Registration.training_id == TrainingSession.training_id)).first()
        draft = s.scalars(select(Application.id).where(Application.status == "draft")).first()
    with db.transaction(reason=reasons.coded("check_in")) as s:
        attendance.check_in_known(s, session_id, person_id, "late")
    with db.transaction(reason=reasons.coded("import.people", "список.xlsx")) as s:
        applications.set_amounts(s, draft, requested=Decimal("1850000.00"))
    i18n.install(lang)
    qtbot.wait(50)  # the language change reaches the window as a posted event
    click_section(qtbot, window, {"ru": "Синхронизация", "kk": "Синхрондау"}[lang])
    rows = history_rows(window)
    headers = window.page("sync").history.model.headers()
    table, reason, changes = (headers.index(labels.column_label("history", key)) for key in ("table", "reason",
                                                                                           "changes"))
    assert rows
    for row in rows[:200]:
        assert "_" not in row[table] and not LATIN_WORD.fullmatch(row[table]), row[table]
        assert not UUID.search(row[changes]), row[changes]
        assert not row[reason].startswith("@") and "check-in" not in row[reason]
    words = {"ru": ("Отметка у входа", "Люди импортированы из список.xlsx"),
             "kk": ("Кіреберістегі белгі", "Адамдар список.xlsx файлынан импортталды")}[lang]
    assert {r[reason] for r in rows[:5]} >= set(words)
    money = next(r[changes] for r in rows[:5] if r[reason] == words[1])
    assert "1\u202f850\u202f000,00\u202f₸" in money  # an amount as money, never 1850000.00
    device = window.page("sync").device_id.text()
    assert "prefix" not in device and ("-…" in device)


def test_every_table_has_a_name_in_words(qapp) -> None:
    for lang in ("ru", "kk", "en"):
        i18n.install(lang)
        unnamed = [t for t in synced_tables() if labels.value_label(t) == t]
        assert unnamed == [], lang
    i18n.install("en")


def test_every_reason_the_program_records_has_words(qapp) -> None:
    i18n.install("kk")
    try:
        for code in reasons.CODES:
            text = labels.reason_text(reasons.coded(code, "x.xlsx"))
            assert text and not text.startswith("@") and not LATIN_WORD.match(text.replace("x.xlsx", "")), code
        assert labels.reason_text("село просило перенести") == "село просило перенести"  # a person's words stay
        assert labels.reason_text("walk-in") == "Тізімсіз келген"  # what older versions wrote in English
    finally:
        i18n.install("en")


def test_date_hints_are_in_the_interface_letters(qtbot, window, answers) -> None:
    i18n.install("ru")
    page = window.page("people")
    window.show_page(window.pages.index(page))
    page.new_person()
    assert page.dialog.ui.birthDateEdit.placeholderText() == "дд.мм.гггг"
    page.dialog.done(0)
