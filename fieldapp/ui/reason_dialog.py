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


def ask_coded_reason(parent: QWidget, title: str, prompt: str, choices: list[tuple[str, str]],
                     suggested: str | None = None) -> tuple[str | None, str] | None:
    """A standard reason from ``choices`` (code, words) and/or a remark typed as it should be printed:
    (code or None, remark) — at least one of them — or None when cancelled (tests replace this function)."""
    from PySide6.QtWidgets import (
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
        QVBoxLayout,
    )

    from fieldapp.ui.text_fit import fit_choice

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    intro = QLabel(prompt, dialog)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = QFormLayout()
    combo = QComboBox(dialog)
    combo.setObjectName("reasonCode")
    fit_choice(combo)
    combo.addItem(translate("Competition", "Another reason (type it below)"), None)
    for code, words in choices:
        combo.addItem(words, code)
    if suggested is not None and combo.findData(suggested) >= 0:
        combo.setCurrentIndex(combo.findData(suggested))
    elif choices:
        combo.setCurrentIndex(1)
    remark = QLineEdit(dialog)
    remark.setObjectName("reasonRemark")
    problem = QLabel(dialog)
    problem.setObjectName("reasonProblem")
    problem.setWordWrap(True)
    form.addRow(translate("Competition", "&Reason"), combo)
    form.addRow(translate("Competition", "Re&mark (printed as typed)"), remark)
    form.addRow("", problem)
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout.addWidget(buttons)

    def accept() -> None:
        if combo.currentData() is None and not remark.text().strip():
            problem.setText(translate("Competition", "Choose a reason or type one."))
            remark.setFocus()
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    combo.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return combo.currentData(), remark.text().strip()
