"""Interface languages: Русский, Қазақша, English. Switching installs new translators at once; Qt then
sends every widget a LanguageChange event and each one retranslates itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fieldapp import formatting

LANGUAGES: dict[str, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
DEFAULT_LANGUAGE = "ru"
SETTINGS_KEY = "interface/language"
LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    """``resources/translations`` in a source tree, ``fieldapp/resources/translations`` when installed."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources" / "translations", here.parent / "resources" / "translations"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("FieldApp translations are missing from this installation")


def stored_language() -> str:
    value = QSettings().value(SETTINGS_KEY, "", str)
    if value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def store_language(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, code)


def current_language() -> str:
    return _current


def install(code: str) -> None:
    """Make ``code`` the interface language now: FieldApp's own texts and Qt's (dialog buttons)."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[code]))
    _current = code
    formatting.set_display_language(code)  # money and counts on the screens in the interface's language
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"fieldapp_{code}.qm")):
        raise FileNotFoundError(f"the {LANGUAGES[code]} translation file is missing")
    app.installTranslator(ours)
    _installed.append(ours)
