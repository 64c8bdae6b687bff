"""FieldApp's icons: glyphs of the Material Design Icons font that qtawesome bundles (names ``mdi6.<glyph>``).

Only that font is loaded. ``qtawesome.icon`` loads every font qtawesome bundles (twelve, each file's MD5 checked
first): ~40 ms of one idle turn of the GUI thread on a quiet box, two to three times that while the pages' first
questions run on the readers, where one font takes ~10 ms. Should a qtawesome release no longer bundle the font
under that prefix, its own ``icon`` draws the glyph, as before.

``IMPORTS`` are imported one per idle turn before the first icon (``MainWindow.set_icons_soon``): qtawesome's
import is ~45 ms in one piece (qtpy's star imports, ``PySide6.QtOpenGL``), none of these more than ~17 ms."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase, QIcon

PREFIX = "mdi6"

#: what importing qtawesome imports, in an order where each step finds the ones before it done
IMPORTS = ("packaging.version", "qtpy", "qtpy.QtCore", "qtpy.QtGui", "qtpy.QtWidgets", "ctypes", "json",
           "qtawesome")

_font: Any = None


def icon(name: str, **options: Any) -> QIcon:
    """The glyph ``name`` (``mdi6.<glyph>``) as an icon; ``options`` as qtawesome's (``color``, ``color_selected``…)."""
    import qtawesome

    font = _loaded(qtawesome)
    return font.icon(name, **options) if font is not None else qtawesome.icon(name, **options)


def _loaded(qtawesome: Any) -> Any:
    """FieldApp's one font, loaded once per application (again if Qt's font database lost it), or None when this
    qtawesome does not bundle it under ``PREFIX``."""
    global _font
    if _font is not None and all(QFontDatabase.applicationFontFamilies(i) for i in _font.fontids.values()):
        return _font
    bundled = next((args for args in getattr(qtawesome, "_BUNDLED_FONTS", ()) if args[0] == PREFIX), None)
    if bundled is None:
        return None
    from qtawesome.iconic_font import IconicFont

    _font = IconicFont(bundled)
    return _font
