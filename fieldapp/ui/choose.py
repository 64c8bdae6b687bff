"""The one way a screen asks for a choice from a short list (a language to print in, an approved application, a
reviewer's sheet): a modal list of items. Tests replace :func:`choose_item` here."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget


def choose_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    """A choice from a list, or None when the person cancels."""
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None
