"""The one form pattern every edit screen reuses.

A :class:`FormDialog` owns a generated Designer form with a ``QFormLayout``; it binds fields to the widgets in
that layout and gets, for free: required fields marked, the core's validation (``fieldapp.validation``) shown
in red right under the field as soon as the user leaves it or presses Save, a draft saved through the serial
worker every two seconds while the user types (offered back when the form is opened again), Esc asking before
typed text is thrown away, Ctrl+S saving, and the widgets' own undo (Ctrl+Z) in text fields.

A subclass sets up its form, calls :meth:`bind` for each field, and implements :meth:`save_work` (runs on the
serial worker inside one transaction). What the save wrote is known by the history capture and announced by
``Operations.write``: no form names tables. Every text field has a length limit, checked like the rest
(``record_table`` and ``bind(limit=…)``, from the one table in ``fieldapp.limits``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from fieldapp.problems import FormInvalid
from fieldapp.ui import style
from fieldapp.ui.dialog_size import grow_soon
from fieldapp.ui.operations import Operations
from fieldapp.ui.text_fit import fit_choices
from fieldapp.validation import Invalid

translate = QCoreApplication.translate

DRAFT_INTERVAL_MS = 2000
REQUIRED_MARK = " *"


def problem_text(problem: Invalid) -> str:
    """The core's message code in the interface language (the English message when the code is new)."""
    from fieldapp.ui.problems import problem as in_words

    return in_words(problem)


def read_widget(widget: QWidget) -> Any:
    if hasattr(widget, "form_value"):  # a field of its own making (fieldapp.ui.list_fields)
        return widget.form_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"form field of unsupported kind: {type(widget).__name__}")


def write_widget(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "set_form_value"):
        widget.set_form_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is None and widget.placeholderText():
            widget.setCurrentIndex(-1)  # nothing chosen yet: the placeholder asks for a choice
        else:
            widget.setCurrentIndex(index if index >= 0 else max(widget.findText(str(value or "")), 0))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    else:
        raise TypeError(f"form field of unsupported kind: {type(widget).__name__}")


def changed_signal(widget: QWidget) -> Any:
    if hasattr(widget, "form_value"):
        return widget.changed
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    raise TypeError(f"form field of unsupported kind: {type(widget).__name__}")


@dataclass
class Field:
    name: str
    widget: QWidget
    required: bool = False
    #: the core's check: takes the typed value, returns the clean one or raises Invalid
    check: Callable[[Any], Any] | None = None
    error_label: QLabel = field(default=None)  # type: ignore[assignment]
    #: the most characters the field takes (fieldapp.limits); None for a field that is not text
    limit: int | None = None
    #: the form layout the field is in (a form may have several, e.g. one per tab)
    layout: QFormLayout | None = None


#: a cell starts being typed in by the key typed in it (never by arriving in it, which would swallow that key)
TYPING = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
          | QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked)


def finish_editing(view: QAbstractItemView) -> None:
    """The cell being typed in keeps what was typed (Ctrl+S while typing saves it, never what was before)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = QApplication.focusWidget()
    if editor is None or not view.isAncestorOf(editor):
        editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def show_tab_of(widget: QWidget) -> None:
    """Bring forward the tab a widget is on (a problem under a field of a tab not shown is seen)."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child = parent


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


KEEP_DRAFT, DISCARD, STAY = "keep", "discard", "stay"


def ask_close(parent: QWidget) -> str:
    """Closing a form with typed text: keep it as a draft, discard it, or go on editing (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Form", "Close the form?"),
                      translate("Form", "You typed something in this form that is not saved."), parent=parent)
    keep = box.addButton(translate("Form", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Form", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(translate("Form", "Go on editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return KEEP_DRAFT if clicked is keep else DISCARD if clicked is discard else STAY


class FormDialog(QDialog):
    """Base of every edit dialog; see the module's text for what it gives a subclass."""

    #: the save finished: the result of save_work
    saved = Signal(object)
    #: the table the form's record is stored in: a field named like one of its columns takes that column's
    #: length limit (fieldapp.limits)
    record_table: str | None = None

    def __init__(self, ops: Operations, draft_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.draft_key = draft_key
        self.fields: dict[str, Field] = {}
        self.form_layout: QFormLayout | None = None
        self._initial: dict[str, Any] = {}
        self._draft_dirty = False
        self._saving = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._choices_fitted = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if not self._choices_fitted:  # the subclass has made its fields by now
            self._choices_fitted = True
            fit_choices(self)
        super().showEvent(event)

    # -- set-up by the subclass -----------------------------------------------------------------------
    def add_save_cancel(self, layout: QBoxLayout) -> QDialogButtonBox:
        """Save and Cancel at the foot of ``layout`` (``self.buttons``): Save saves, Cancel closes."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def bind(self, layout: QFormLayout, name: str, widget: QWidget, *, required: bool = False,
             check: Callable[[Any], Any] | None = None, limit: int | str | None = None) -> Field:
        """``limit``: the most characters (a number, or the ``"table.column"`` the value is stored in); by
        default the column of :attr:`record_table` named like the field, else a line's or a long text's."""
        self.form_layout = layout
        row, _role = layout.getWidgetPosition(widget)
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setWordWrap(True)
        # as wide as the field column: QFormLayout gives a wrapping label the height for its width, and a label
        # that keeps its size hint's (narrower) width got one line's height and lost the rest of its words
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setStyleSheet(f"color: {style.error_colour().name()};")
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.insertRow(row + 1, QLabel(self), error)
        layout.setRowVisible(row + 1, False)
        bound = Field(name, widget, required, check, error, limit=self._limit(name, widget, limit), layout=layout)
        self.fields[name] = bound
        changed_signal(widget).connect(lambda *_: self._edited(bound))
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda: self._check_one(bound, quiet_if_empty=True))
        self._mark_required()
        return bound

    def _limit(self, name: str, widget: QWidget, limit: int | str | None) -> int | None:
        from fieldapp import limits

        if isinstance(limit, int):
            return limit
        if isinstance(limit, str):
            return limits.limit_of(limit)
        if self.record_table and (column := limits.column_limit(self.record_table, name)) is not None:
            return column
        if isinstance(widget, QLineEdit) or (isinstance(widget, QComboBox) and widget.isEditable()):
            return limits.LINE_TEXT
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            return limits.LONG_TEXT
        return None

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        raise NotImplementedError


    def retranslate_form(self) -> None:
        """Set the generated form's texts again (``self.ui.retranslateUi(self)``)."""

    def validate_all(self, values: dict[str, Any]) -> dict[str, str]:
        """Checks that span fields: {field name: problem}; the default has none."""
        return {}

    # -- values ------------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: read_widget(f.widget) for name, f in self.fields.items()}

    def set_values(self, values: dict[str, Any], *, initial: bool = False) -> None:
        for name, value in values.items():
            if name in self.fields:
                write_widget(self.fields[name].widget, value)
        if initial:
            self._initial = self.values()
            self._draft_dirty = False
        for bound in self.fields.values():
            self.show_problem(bound.name, None)

    def is_modified(self) -> bool:
        return self.values() != self._initial

    # -- validation --------------------------------------------------------------------------------------
    def show_problem(self, name: str, text: str | None) -> None:
        bound = self.fields[name]
        bound.error_label.setText(text or "")
        layout = bound.layout or self.form_layout
        if layout is not None:
            row, _role = layout.getWidgetPosition(bound.error_label)
            layout.setRowVisible(row, bool(text))
        bound.widget.setProperty("invalid", bool(text))
        bound.widget.setAccessibleDescription(text or "")
        if text:
            grow_soon(self)  # the problem is read whole, the fields keep their height

    def problem(self, name: str) -> str:
        return self.fields[name].error_label.text()

    def _clean(self, bound: Field) -> tuple[Any, str | None]:
        value = read_widget(bound.widget)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            if bound.required:
                return value, problem_text(Invalid("required", "This field is required"))
            return (None if isinstance(value, str) else value), None
        if isinstance(value, str):
            value = value.strip()
            if bound.limit is not None:
                from fieldapp.limits import too_long

                problem = too_long(value, bound.limit, bound.name)
                if problem is not None:
                    return value, problem_text(problem)
        if bound.check is None:
            return value, None
        try:
            return bound.check(value), None
        except Invalid as problem:
            return value, problem_text(problem)

    def _check_one(self, bound: Field, *, quiet_if_empty: bool = False) -> None:
        value, text = self._clean(bound)
        if quiet_if_empty and not read_widget(bound.widget):
            text = None
        self.show_problem(bound.name, text)

    def validate(self) -> dict[str, Any] | None:
        """Clean values, or None after showing each problem under its field (focus on the first)."""
        clean: dict[str, Any] = {}
        first_bad: Field | None = None
        for bound in self.fields.values():
            value, text = self._clean(bound)
            self.show_problem(bound.name, text)
            clean[bound.name] = value
            if text and first_bad is None:
                first_bad = bound
        if first_bad is None:
            for name, text in self.validate_all(clean).items():
                self.show_problem(name, text)
                first_bad = first_bad or self.fields[name]
        if first_bad is not None:
            self._focus_field(first_bad)
            return None
        return clean

    def show_problems(self, problems: dict[str, str]) -> None:
        """Problems found after the form's own checks (by the core), each under its field; the cursor goes to the
        first of them in the form's order, as after the form's own checks."""
        for name, text in problems.items():
            self.show_problem(name, text)
        first_bad = next((bound for bound in self.fields.values() if problems.get(bound.name)), None)
        if first_bad is not None:
            self._focus_field(first_bad)

    def _focus_field(self, bound: Field) -> None:
        show_tab_of(bound.widget)
        bound.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drafts ------------------------------------------------------------------------------------------
    def _edited(self, bound: Field) -> None:
        if bound.error_label.text():
            self.show_problem(bound.name, None)
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def save_draft(self) -> None:
        if not self._draft_dirty or self._saving:
            return
        self._draft_dirty = False
        data, key, initial = self.values(), self.draft_key, dict(self._initial)

        def work(session: Any) -> None:
            from fieldapp.services import drafts

            if data == initial:
                drafts.discard(session, key)
            else:
                drafts.save(session, key, data)

        self.ops.write(work)

    def offer_draft(self) -> None:
        """Ask for a draft left from last time; if there is one that differs, offer to restore it."""
        key = self.draft_key

        def work(session: Any) -> dict[str, Any] | None:
            from fieldapp.services import drafts

            return drafts.load(session, key)

        self.ops.read(work, success=self._draft_found)

    def _draft_found(self, draft: dict[str, Any] | None) -> None:
        if not draft or {k: v for k, v in draft.items() if k in self.fields} == self._initial:
            return
        if ask(self, translate("Form", "Unsaved text found"),
               translate("Form", "This form was closed last time with text that was not saved. Restore it?")):
            self.set_values(draft)
            self._draft_dirty = False
        else:
            self._discard_draft()

    def _discard_draft(self) -> None:
        key = self.draft_key

        def work(session: Any) -> None:
            from fieldapp.services import drafts

            drafts.discard(session, key)

        self.ops.write(work)

    # -- saving and closing ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        for view in self.findChildren(QAbstractItemView):
            finish_editing(view)
        clean = self.validate()
        if clean is None:
            return
        self._saving = True
        self._draft_timer.stop()
        key = self.draft_key

        def work(session: Any) -> Any:
            from fieldapp.services import drafts

            result = self.save_work(session, clean)
            drafts.discard(session, key)
            return result

        self.ops.write(work, success=self._saved, failure=self._save_failed)

    def _saved(self, result: Any) -> None:
        self._saving = False
        self._initial = self.values()
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, Invalid) and exc.field in self.fields:
            self.show_problems({exc.field: problem_text(exc)})
            return
        if isinstance(exc, FormInvalid) and exc.errors and all(name in self.fields for name in exc.errors):
            # one refusal per field, each under its field
            self.show_problems({name: problem_text(problem) for name, problem in exc.errors.items()})
            return
        from fieldapp.ui import errors

        errors.show_error(self, exc)

    def reject(self) -> None:
        """Esc and Cancel: with typed text, ask whether to keep it as a draft, discard it or go on editing."""
        choice = ask_close(self) if self.is_modified() else DISCARD
        if choice == STAY:
            return
        self._draft_timer.stop()
        if choice == KEEP_DRAFT:
            self._draft_dirty = True
            self.save_draft()
        else:
            self._draft_dirty = False
            self._discard_draft()
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._draft_timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_form()
            self._mark_required()
            for bound in self.fields.values():
                if bound.error_label.text():
                    self._check_one(bound)
        super().changeEvent(event)

    def _mark_required(self) -> None:
        for bound in self.fields.values():
            layout = bound.layout or self.form_layout
            if layout is None:
                continue
            label = layout.labelForField(bound.widget)
            if isinstance(label, QLabel) and bound.required and not label.text().endswith(REQUIRED_MARK):
                label.setText(label.text() + REQUIRED_MARK)
