"""The one way a screen asks for a choice from a short list (a language to print in, an approved application, a
reviewer's sheet): a modal list of items; and a yes/no question before a write. Tests replace :func:`choose_item`
and :func:`confirm` here (or where a screen imported them)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def choose_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    """A choice from a list, or None when the person cancels."""
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question before writing, "No" the default (what Enter answers)."""
    return QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
