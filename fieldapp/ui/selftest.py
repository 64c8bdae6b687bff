"""The Qt half of ``fieldapp self-test``: translations load, platform plugins, fonts and icons draw.

The command lives in ``fieldapp/cli/selftest.py``; these checks are here because only ``fieldapp.ui`` may
import Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldapp.installation import KAZAKH_SAMPLE, PDF_FONT, REQUIRED_TRANSLATIONS, SelfTestFailure

QT_PLATFORM_PLUGINS = {"linux": "libqxcb", "win32": "qwindows", "darwin": "libqcocoa"}


def _qt_application() -> object:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "fieldapp"])


def check_translations(folder: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from fieldapp.paths import resource_dir

    _qt_application()
    found: dict[str, Path] = {}
    translations = resource_dir() / "translations"
    for qm in sorted(translations.glob("*.qm")):
        language = qm.stem.rsplit("_", 1)[-1]
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise SelfTestFailure(f"{qm.name} does not load as a Qt translation")
        if language in REQUIRED_TRANSLATIONS and translator.isEmpty():
            raise SelfTestFailure(f"{qm.name} holds no translated text")
        found[language] = qm
    missing = [lang for lang in REQUIRED_TRANSLATIONS if lang not in found]
    if missing:
        raise SelfTestFailure(f"no compiled translation for {', '.join(missing)} in {translations}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_ru = QTranslator()
    if not qt_ru.load("qtbase_ru", qt_dir):
        raise SelfTestFailure(f"Qt's own Russian translation is missing from {qt_dir}")
    return f"interface: {', '.join(sorted(found))}; Qt's own: ru"


def check_qt(folder: Path) -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication, QIcon
    from PySide6.QtWidgets import QLabel

    from fieldapp.paths import resource

    _qt_application()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = next((name for key, name in QT_PLATFORM_PLUGINS.items() if sys.platform.startswith(key)), None)
    if native and not any((plugins / "platforms").glob(f"{native}.*")):
        raise SelfTestFailure(f"Qt's {native} platform plugin is missing from {plugins / 'platforms'}")
    font_id = QFontDatabase.addApplicationFont(str(resource(*PDF_FONT)))
    if font_id < 0:
        raise SelfTestFailure("Qt cannot load the shipped font")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    label = QLabel(KAZAKH_SAMPLE)
    font = label.font()
    font.setFamily(family)
    label.setFont(font)
    metrics = QFontMetrics(font)
    missing = [ch for ch in KAZAKH_SAMPLE if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise SelfTestFailure(f"Qt's font {family} lacks {' '.join(missing)}")
    label.show()
    QGuiApplication.processEvents()
    if label.grab().isNull():
        raise SelfTestFailure("Qt could not draw a widget")
    icon = QIcon(str(resource("icons", "fieldapp.svg")))
    if icon.pixmap(64, 64).isNull():
        raise SelfTestFailure("the SVG icon does not render (Qt's svg plugins are missing)")
    from fieldapp.ui.icons import icon as glyph

    if glyph("mdi6.check").pixmap(16, 16).isNull():
        raise SelfTestFailure("qtawesome's icon font is missing")
    label.close()
    from PySide6.QtPrintSupport import QPrinter  # documents are printed from the print preview

    if not QPrinter(QPrinter.PrinterMode.HighResolution).pageLayout().isValid():
        raise SelfTestFailure("Qt's print support does not work")
    return (f"platform {QGuiApplication.platformName()}, a widget drawn, SVG and icon-font icons render, "
            "print support loads")
