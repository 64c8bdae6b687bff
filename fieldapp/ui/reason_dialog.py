"""Asking why: every status change, correction or override can carry a reason, and some require one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

translate = QCoreApplication.translate


def ask_reason(parent: QWidget, title: str, prompt: str, *, required: bool = False) -> str | None:
    """The reason typed, "" when none was given and none is required, or None when cancelled (tests replace
    this function)."""
    while True:
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        if text.strip() or not required:
            return text.strip()
        prompt = translate("Competition", "A reason is required.") + "\n" + prompt if "\n" not in prompt else prompt
