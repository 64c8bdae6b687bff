"""The People page orders names by the alphabet of the interface's language, and a change of language orders the
list on screen again: in Kazakh "Әлия" comes after every "Алия…" and before "Бақыт…", in Russian it stands with
the "Алия" names."""

from __future__ import annotations

from pathlib import Path

from ui_helpers import click_section

from fieldapp.db import open_database
from fieldapp.services import people
from fieldapp.ui import i18n
from tests.ui.conftest import make_window

NAMES = ["Бақыт Серікова", "Әлия Жанова", "Алия Сейтова", "Алия Абенова", "Ғани Қасымов", "Гүлнар Оспанова",
         "Ілияс Нұрланов", "Ысқақов Бек"]


def test_the_people_page_reorders_its_names_when_the_language_changes(qtbot, empty_path: Path) -> None:
    db = open_database(empty_path)
    with db.transaction() as s:
        for name in NAMES:
            people.create_person(s, people.PersonInput(full_name=name))
    db.close()
    i18n.install("kk")
    window, _ops, db = make_window(qtbot, empty_path)
    try:
        click_section(qtbot, window, "Адамдар")
        panel = window.page("people").panel
        model = panel.model
        qtbot.waitUntil(lambda: model.has_loaded and model.rowCount() == len(NAMES), timeout=10_000)

        def shown() -> list[str]:
            return [model.index(row, 0).data() for row in range(model.rowCount())]

        kazakh = ["Алия Абенова", "Алия Сейтова", "Әлия Жанова", "Бақыт Серікова", "Гүлнар Оспанова", "Ғани Қасымов",
                  "Ысқақов Бек", "Ілияс Нұрланов"]
        assert shown() == kazakh
        panel.grab().save("/tmp/alpha_people_kk.png")
        i18n.install("ru")  # as Settings does; the People page stays on screen
        russian = ["Алия Абенова", "Әлия Жанова", "Алия Сейтова", "Бақыт Серікова", "Ғани Қасымов", "Гүлнар Оспанова",
                   "Ілияс Нұрланов", "Ысқақов Бек"]
        qtbot.waitUntil(lambda: shown() == russian, timeout=10_000)  # no F5
        panel.grab().save("/tmp/alpha_people_ru.png")
        i18n.install("kk")
        qtbot.waitUntil(lambda: shown() == kazakh, timeout=10_000)
    finally:
        i18n.install("en")
        window.close()
        db.close()
