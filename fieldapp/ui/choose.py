"""The one way a screen asks for a choice from a short list (a language to print in, an approved application, a
reviewer's sheet): a modal list of items; and a yes/no question before a write. Tests replace :func:`choose_item`
and :func:`confirm` here (or where a screen imported them)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QWidget

#: what a window's title bar takes besides its title: the icon and the three buttons, with room to spare
TITLE_BAR_EXTRA = 160


def choose_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    """A choice from a list, or None when the person cancels. The dialog is wide enough for its title (a
    window manager cuts a long title of a narrow dialog: "Print the… reement")."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    # the dialog's layout sets its size from its contents: the list is made as wide as the title needs
    screen = dialog.screen().availableGeometry().width() if dialog.screen() is not None else 1366
    wide = min(screen - 40, dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_EXTRA)
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setMinimumWidth(wide)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question before writing, "No" the default (what Enter answers)."""
    return QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
