"""The look: Fusion, greys and one accent colour, following the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: the widget style; a QApplication FieldApp makes is told it on its command line (``style_arguments``)
STYLE = "Fusion"
ACCENT_LIGHT = QColor("#1f6e8c")
ACCENT_DARK = QColor("#5fb3d4")
ERROR_LIGHT = QColor("#b3261e")
ERROR_DARK = QColor("#f2b8b5")
#: a warning: worth a look, saved all the same (amber, readable on the form's background)
WARNING_LIGHT = QColor("#8a5300")
WARNING_DARK = QColor("#f0c36d")


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def error_colour() -> QColor:
    return ERROR_DARK if is_dark() else ERROR_LIGHT


def warning_colour() -> QColor:
    return WARNING_DARK if is_dark() else WARNING_LIGHT


def accent_colour() -> QColor:
    return ACCENT_DARK if is_dark() else ACCENT_LIGHT


def _light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f4f5f7"), QColor("#ffffff"), QColor("#1d1f23")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f2f5"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#e9ebef"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7078"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#c5c9d0"))
    p.setColor(QPalette.ColorRole.Highlight, ACCENT_LIGHT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, ACCENT_LIGHT)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a8"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202327"), QColor("#17191c"), QColor("#e6e8eb")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#1d2024"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2b2f34"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8b9098"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#3a3f45"))
    p.setColor(QPalette.ColorRole.Highlight, ACCENT_DARK)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#0b1a20"))
    p.setColor(QPalette.ColorRole.Link, ACCENT_DARK)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7078"))
    return p


def style_arguments() -> list[str]:
    """Qt's own ``-style`` option, for a QApplication made here: the style is then made in C++ alone.
    ``setStyle`` returns the style to Python, and PySide6 sets up the QStyle class and its eleven enums (566
    members, ~6 ms of CPU) before the first paint — which the bare PySide6 window does not pay."""
    return ["-style", STYLE]


def apply(app: QApplication, styled: bool = False) -> None:
    """The style (unless ``styled``: the application was made with ``style_arguments``) and the palette."""
    if not styled:
        app.setStyle(STYLE)
    _apply_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    app.setPalette(_dark_palette() if is_dark() else _light_palette())
