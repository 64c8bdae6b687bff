"""Switching the interface language in Settings takes effect at once, everywhere."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from ui_helpers import click_section, sidebar_texts

from fieldapp.ui import i18n


def choose_language(qtbot, window, name: str) -> None:
    settings = window.page("settings")
    combo = settings.ui.interfaceLanguage
    combo.setCurrentIndex(combo.findText(name))
    qtbot.wait(50)  # Qt posts the LanguageChange events


def test_russian_then_kazakh_then_english(qtbot, window) -> None:
    click_section(qtbot, window, "Settings")
    choose_language(qtbot, window, "Русский")
    assert sidebar_texts(window) == ["Обзор", "Населённые пункты", "Люди", "Тренинги", "Конкурсы и заявки",
                                     "Договоры", "Мониторинговые визиты", "Синхронизация", "Настройки",
                                     "Головной офис"]
    assert window.ui.menuFile.title() == "&Файл"
    click_section(qtbot, window, "Люди")
    people = window.page("people").panel.model
    assert people.headerData(0, Qt.Orientation.Horizontal) == "ФИО"
    assert "изменени" in window.unsent_label.text()
    assert QSettings().value(i18n.SETTINGS_KEY) == "ru"

    click_section(qtbot, window, "Настройки")
    choose_language(qtbot, window, "Қазақша")
    assert sidebar_texts(window) == ["Жалпы шолу", "Елді мекендер", "Адамдар", "Тренингтер", "Конкурстар мен өтінімдер",
                                     "Шарттар", "Мониторингтік сапарлар", "Синхрондау", "Баптаулар", "Бас кеңсе"]
    assert people.headerData(0, Qt.Orientation.Horizontal) == "Аты-жөні"
    assert window.page("settings").ui.interfaceLanguageLabel.text() == "Интерфейс &тілі"

    choose_language(qtbot, window, "English")
    assert sidebar_texts(window)[0] == "Dashboard"
    assert people.headerData(0, Qt.Orientation.Horizontal) == "Full name"


def test_a_list_shown_reads_its_places_again_in_the_new_language(qtbot, window) -> None:
    click_section(qtbot, window, "Settings")
    choose_language(qtbot, window, "Русский")
    click_section(qtbot, window, "Конкурсы и заявки")
    model = window.page("grants").panels()[0].model
    qtbot.waitUntil(lambda: model.has_loaded, timeout=10_000)
    column = [key for key, _kind in model.columns].index("settlement") + 1

    def places() -> set[str]:
        return {row[column] for row in model.rows if row[column]}

    assert "Курык" in places()
    i18n.install("kk")  # as Settings does; the grants page stays on screen
    qtbot.waitUntil(lambda: "Құрық" in places(), timeout=10_000)  # no F5
    assert "Курык" not in places()
    i18n.install("en")
    qtbot.waitUntil(lambda: "Kuryk" in places(), timeout=10_000)


def test_kazakh_texts_use_kazakh_letters(qtbot, window) -> None:
    i18n.install("kk")
    qtbot.wait(50)
    texts = " ".join(sidebar_texts(window)) + window.page("grants").tabs.tabText(0)
    assert any(letter in texts for letter in "ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def test_every_message_is_translated_in_russian_and_kazakh() -> None:
    import xml.etree.ElementTree as ET

    for code in ("ru", "kk"):
        tree = ET.parse(i18n.translations_dir() / f"fieldapp_{code}.ts")
        missing = [m.findtext("source") for m in tree.iter("message")
                   if m.find("translation").get("type") == "unfinished"
                   or not (m.findtext("translation") or "").strip()
                   and m.find("translation").find("numerusform") is None]
        assert missing == [], f"{code}: untranslated {missing[:5]}"
