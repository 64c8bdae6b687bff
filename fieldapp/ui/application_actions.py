"""What can be done to the selected application: edit, move it along the workflow with a reason, review it,
print its summary or decision letter, and the committee's XLSX scoring sheets out and back in.

Only what the core allows now is offered (``workflow.allowed_actions``: the application's status and the user's
role), asked again when another application is chosen or a write touches it; "More…" is a menu with nothing
chosen in advance, and an action that ends or undoes something (withdraw, reject, reopen) asks first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fieldapp.problems import Invalid
from fieldapp.services import reasons
from fieldapp.ui import choose, errors, i18n, printing, reason_dialog
from fieldapp.ui.choose import confirm  # tests replace application_actions.confirm
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem


def choose_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None




def _reason_choices(session: Any, app_id: str, action: str, lang: str) -> tuple[list[tuple[str, str]], str | None]:
    """The standard reasons a rejection (at the check or after review) or a withdrawal may give, in ``lang``,
    and the one the application's eligibility problems suggest."""
    from fieldapp.services import applications, calls, decision_reasons, workflow

    app = applications.get(session, app_id)
    call = calls.get(session, app.call_id)
    kind = decision_reasons.kind_of_rejection(app.status) if action == "reject" else "withdrawn"
    suggested = None
    if kind == "ineligible":
        hard, _waivable = workflow.eligibility_problems(session, app_id)
        suggested = decision_reasons.for_problems(p.code for p in hard)
    return decision_reasons.choices(kind, lang, max_grant=call.max_grant), suggested


def _eligibility_refusal(session: Any, app_id: str) -> Any:
    from fieldapp.services import workflow

    return workflow.eligibility_refusal(session, app_id)


def _workflow(name: str, code: str | None = None) -> Callable[[Any, str, str | None], Any]:
    def run(session: Any, app_id: str, reason: str | None) -> Any:
        from fieldapp.services import applications, workflow

        return {
            "submit": lambda: workflow.submit(session, app_id, reason),
            "start_review": lambda: workflow.start_review(session, app_id),
            "register": lambda: applications.assign_registration_number(session, app_id),
            "eligible": lambda: workflow.mark_eligible(session, app_id, reason),
            "recommend": lambda: workflow.recommend(session, app_id, True, reason),
            "not_recommend": lambda: workflow.recommend(session, app_id, False, reason),
            "approve": lambda: workflow.approve(session, app_id, reason=reason),
            "approve_over": lambda: workflow.approve(session, app_id, reason=reason, override_envelope=True),
            "reject": lambda: workflow.reject(session, app_id, reason, code),
            "withdraw": lambda: workflow.withdraw(session, app_id, reason, code),
            "reopen": lambda: workflow.reopen(session, app_id, reason or ""),
        }[name]()

    return run


#: the buttons, by the action each one does (the core's names, fieldapp.services.workflow.allowed_actions)
BUTTON_ACTIONS = {"edit": "edit", "submit": "submit", "eligible": "eligible", "start_review": "start_review",
                  "review": "score", "approve": "approve", "reject": "reject"}
#: the row's buttons before More…, in its order: those it has no room for go under More… (first there)
ROW = ("new", "edit", "submit", "eligible", "start_review", "review", "approve", "reject")
#: the entries of "More…", in its order
MORE_ACTIONS = ("withdraw", "reopen", "register", "recommend", "not_recommend", "summary", "letter", "agreement",
                "sheet", "import_sheet")


class ApplicationActions(QWidget):
    #: a line for the status bar
    message = Signal(str)
    #: an application was saved from its form: its id
    saved = Signal(str)

    def __init__(self, selected: Callable[[], str | None], parent: QWidget | None = None,
                 selected_number: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.selected = selected
        self.selected_number = selected_number or (lambda: "")
        self.ops: Operations | None = None
        self.last_problem = ""
        self.allowed: frozenset[str] = frozenset()
        self.query: LiveQuery[frozenset[str]] | None = None
        self.buttons: dict[str, QPushButton] = {}
        # the row never forces the window's width: the buttons that do not fit go under More… (_give_way)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        for key in (*ROW, "more"):
            button = QPushButton(self)
            button.setObjectName(f"{key}Button")
            self.row.addWidget(button)
            self.buttons[key] = button
        self.row.addStretch(1)
        self.buttons["new"].clicked.connect(self.new_application)
        self.buttons["edit"].clicked.connect(self.edit_application)
        self.buttons["review"].clicked.connect(self.review_application)
        self.buttons["start_review"].clicked.connect(lambda: self.run("start_review"))
        for key in ("submit", "eligible", "approve", "reject"):
            self.buttons[key].clicked.connect(lambda _c=False, k=key: self.run(k))
        self.more_menu = QMenu(self)
        # the buttons the row has no room for, first in More… (each shown while its button is hidden)
        self.overflow: dict[str, QAction] = {}
        for key in ROW:
            action = self.more_menu.addAction("")
            action.triggered.connect(self.buttons[key].click)
            action.setVisible(False)
            self.overflow[key] = action
        self.overflow_separator = self.more_menu.addSeparator()
        self.overflow_separator.setVisible(False)
        self.more_actions: dict[str, QAction] = {}
        for key in MORE_ACTIONS:
            action = self.more_menu.addAction("")
            action.triggered.connect(lambda _c=False, k=key: self.more(k))
            self.more_actions[key] = action
            if key in ("not_recommend", "agreement"):
                self.more_menu.addSeparator()
        self.buttons["more"].setMenu(self.more_menu)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_application)
        self.dialog: Any = None
        self.retranslate()
        self.show_allowed(frozenset())

    def attach(self, ops: Operations) -> None:
        self.ops = ops
        self.query = LiveQuery(ops, self, self._allowed_question, self.show_allowed)

    # -- what is offered ---------------------------------------------------------------------------------
    def selection_changed(self) -> None:
        """Another application (or none) is chosen: ask the core what can be done to it."""
        if self.selected() is None:
            self.show_allowed(frozenset())
        elif self.query is not None:
            self.query.refresh()

    def _allowed_question(self) -> Any:
        app_id = self.selected()

        def question(session: Any) -> frozenset[str]:
            from fieldapp.services import workflow

            return workflow.allowed_actions(session, app_id) if app_id else frozenset()

        return question

    def show_allowed(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        for key, action in BUTTON_ACTIONS.items():
            self.buttons[key].setEnabled(action in allowed or (action == "edit" and bool(allowed)))
        for key, action in self.more_actions.items():
            action.setEnabled(key in allowed or (key == "import_sheet" and self.ops is not None))
        self.buttons["more"].setEnabled(self.ops is not None)
        for key, entry in self.overflow.items():
            entry.setEnabled(self.buttons[key].isEnabled())

    # -- a row that gives way ----------------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._give_way()

    def _give_way(self) -> None:
        """The buttons that fit side by side whole (in their order, More… always after them); the rest hidden and
        offered first in More… — a narrow window (Kazakh words are long) cut them instead: «ысуға жібер»."""
        gap = max(self.row.spacing(), 0)
        used = self.buttons["more"].sizeHint().width()
        fits = True
        for key in ROW:
            button = self.buttons[key]
            fits = fits and used + gap + button.sizeHint().width() <= self.contentsRect().width()
            if fits:
                used += gap + button.sizeHint().width()
            button.setHidden(not fits)
            self.overflow[key].setVisible(not fits)
        self.overflow_separator.setVisible(not fits)

    # -- the form and the review ---------------------------------------------------------------------------
    def new_application(self, call_id: str | None = None) -> Any:
        from fieldapp.ui.application_dialog import ApplicationDialog

        self.dialog = ApplicationDialog(self.ops, None, call_id, self.window())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, application_id: Any) -> None:
        self.message.emit(self.tr("Application saved."))
        self.saved.emit(str(application_id))

    def edit_application(self) -> Any:
        from fieldapp.ui.application_dialog import ApplicationDialog

        app_id = self.selected()
        if app_id is None:
            return None
        self.dialog = ApplicationDialog(self.ops, app_id, None, self.window())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def review_application(self, reviewer_id: str | None = None) -> Any:
        from fieldapp.ui.review_dialog import ReviewDialog

        app_id = self.selected()
        if app_id is None:
            return None
        self.dialog = ReviewDialog(self.ops, app_id, reviewer_id, self.window())
        self.dialog.open()
        return self.dialog

    # -- workflow ----------------------------------------------------------------------------------------
    def run(self, action: str) -> None:
        app_id = self.selected()
        if app_id is None or self.ops is None:
            return
        from fieldapp.services.workflow import DESTRUCTIVE_ACTIONS

        if action in DESTRUCTIVE_ACTIONS and not self.confirm_destructive(action):
            return
        reason: str | None = None
        if action == "eligible":  # what it must answer decides whether a reason is needed: asked first
            self.ops.read(lambda s: _eligibility_refusal(s, app_id),
                          success=lambda refusal: self._ask_eligible(app_id, refusal))
            return
        if action in ("reject", "withdraw"):
            lang = i18n.current_language()
            self.ops.read(lambda s: _reason_choices(s, app_id, action, lang),
                          success=lambda found: self._ask_coded(action, app_id, *found))
            return
        prompts = {
            "reopen": (self.tr("Reopen the decision"), self.tr("Why is the decision reopened?"), True),
            "approve": (self.tr("Approve"), self.tr("Any remark on the approval?"), False),
        }
        if action in prompts:
            title, prompt, required = prompts[action]
            reason = reason_dialog.ask_reason(self, title, prompt, required=required)
            if reason is None:
                return
        self._write(action, app_id, reason or None)

    def _ask_eligible(self, app_id: str, refusal: Invalid | None) -> None:
        """Not eligible: why, and nothing to type. Missing attachments or a late receipt: the reason that waives
        them, required, the problems in the question. Otherwise any remark."""
        if refusal is not None and refusal.code != "workflow.waive":
            self.show_problem(refusal)
            return
        prompt = (problem(refusal) if refusal is not None
                  else self.tr("Any remark (needed when attachments are missing or it came late)?"))
        reason = reason_dialog.ask_reason(self, self.tr("Eligible"), prompt, required=refusal is not None)
        if reason is not None:
            self._write("eligible", app_id, reason or None)

    def _ask_coded(self, action: str, app_id: str, choices: list[tuple[str, str]], suggested: str | None) -> None:
        title, prompt = {
            "reject": (self.tr("Reject"), self.tr("Why is it rejected? (goes into the letter)")),
            "withdraw": (self.tr("Withdraw"), self.tr("Why is it withdrawn?")),
        }[action]
        answer = reason_dialog.ask_coded_reason(self, title, prompt, choices, suggested)
        if answer is None:
            return
        code, remark = answer
        self._write(action, app_id, remark or None, code)

    def _write(self, action: str, app_id: str, reason: str | None, code: str | None = None) -> None:
        work = _workflow(action, code)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Invalid) and exc.code == "workflow.envelope" and action == "approve":
                if confirm(self, self.tr("Over the envelope"), problem(exc) + "\n\n" + self.tr("Override?")):
                    why = reason_dialog.ask_reason(self, self.tr("Override the envelope"),
                                                   self.tr("Why may this approval go over the envelope?"),
                                                   required=True)
                    if why:
                        self._write("approve_over", app_id, why)
                return
            self.show_problem(exc)

        self.ops.write(lambda s: work(s, app_id, reason), reason=reason,
                       success=lambda _r: self._done(action), failure=failed)

    def _done(self, _action: str) -> None:
        self.last_problem = ""
        self.message.emit(self.tr("Done."))

    def show_problem(self, exc: BaseException) -> None:
        self.last_problem = errors.friendly_message(exc)
        if isinstance(exc, Invalid):
            self.message.emit(self.last_problem)
        errors.show_error(self, exc)

    def confirm_destructive(self, action: str) -> bool:
        """Withdraw, reject and reopen ask first, "No" being the answer Enter gives."""
        number = self.selected_number()
        texts = {
            "withdraw": (self.tr("Withdraw the application"),
                         self.tr("Withdraw application %1? It leaves the competition for good.")),
            "reject": (self.tr("Reject the application"),
                       self.tr("Reject application %1? The group is told in the decision letter.")),
            "reopen": (self.tr("Reopen the decision"),
                       self.tr("Reopen the decision on application %1? It goes back to where it stood before.")),
        }
        title, text = texts[action]
        return confirm(self, title, text.replace("%1", number))

    # -- more: registration number, recommendation, printing, scoring sheets -------------------------------
    def more(self, key: str) -> None:
        {
            "withdraw": lambda: self.run("withdraw"),
            "reopen": lambda: self.run("reopen"),
            "register": lambda: self.run("register"),
            "recommend": lambda: self.run("recommend"),
            "not_recommend": lambda: self.run("not_recommend"),
            "summary": self.print_summary,
            "letter": self.print_letter,
            "agreement": self.make_agreement,
            "sheet": self.write_sheet,
            "import_sheet": self.import_sheet,
        }[key]()

    def print_summary(self) -> None:
        app_id = self.selected()
        if app_id is None:
            return

        def write(session: Any, path: Path, lang: str) -> Any:
            from fieldapp.documents.application_summary import write_application_summary

            return write_application_summary(session, app_id, path, lang)

        printing.print_read(self, self.ops, self.tr("application summary"), write, shown=self._shown)

    def print_letter(self) -> None:
        app_id = self.selected()
        if app_id is None:
            return

        def write(session: Any, path: Path, _lang: str) -> Any:
            from fieldapp.documents.decision_letter import write_decision_letter

            return write_decision_letter(session, app_id, path)  # in the applicant's language

        def number(session: Any) -> Any:
            from fieldapp.services import letters

            return letters.number_decision_letter(session, app_id)  # the first print numbers it in the register

        self.ops.write(number, success=lambda _letter: printing.print_read(
            self, self.ops, self.tr("decision letter"), write, shown=self._shown),
                       failure=self.show_problem)

    def _shown(self, preview: Any) -> None:
        self.dialog = preview

    def make_agreement(self) -> None:
        """The approved application's agreement, made and opened to be filled in."""
        app_id = self.selected()
        if app_id is None or self.ops is None:
            return

        def work(session: Any) -> str:
            from fieldapp.services import agreements

            return agreements.make_agreement(session, app_id)

        def made(agreement_id: str) -> None:
            from fieldapp.ui.agreement_dialog import AgreementDialog

            self.message.emit(self.tr("Agreement made: fill in the grantee's details."))
            self.dialog = AgreementDialog(self.ops, agreement_id, self.window())
            self.dialog.open()

        self.ops.write(work, reason=reasons.coded("agreement.made"), success=made, failure=self.show_problem)

    def write_sheet(self) -> None:
        app_id = self.selected()
        if app_id is None:
            return

        def reviewers(session: Any) -> tuple[str, list[tuple[str, str]]]:
            from fieldapp.services import review

            return review.sheet_reviewers(session, app_id)

        def chosen(found: tuple[str, list[tuple[str, str]]]) -> None:
            call_id, people = found
            name = choose.choose_item(self, self.tr("Scoring sheet"), self.tr("Reviewer"), [n for _i, n in people])
            if name is None:
                return
            from fieldapp.ui.print_preview import choose_save_path

            path = choose_save_path(self, f"{name}.xlsx", kind="xlsx")
            if not path:
                return
            reviewer_id = next(i for i, n in people if n == name)

            def write(session: Any) -> str:
                from fieldapp.services import review_sheets

                review_sheets.write_sheet(session, call_id, reviewer_id, path)
                return path

            self.ops.read(write, success=lambda p: self.message.emit(self.tr("Scoring sheet written: %1")
                                                                      .replace("%1", str(p))))

        self.ops.read(reviewers, success=chosen)

    def import_sheet(self, path: str | None = None) -> None:
        path = path or choose_open_path(self, self.tr("Import a scoring sheet"), "Excel (*.xlsx)")
        if not path:
            return

        def check(session: Any) -> Any:
            from fieldapp.services import review_sheets

            return review_sheets.read_sheet(session, path)

        def checked(result: Any) -> None:
            if result.refused:
                text = "\n".join(problem(p) for p in result.problems)
                self.last_problem = text
                self.message.emit(self.tr("The sheet is refused, nothing was written."))
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Scoring sheet refused"),
                                  self.tr("Nothing was written. Problems by cell:") + "\n" + text,
                                  QMessageBox.StandardButton.Close, self)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
                self.refused_box = box
                return
            todo = [r for r in result.rows if r.action in ("submit", "correct")]
            if not confirm(self, self.tr("Import the scoring sheet"),
                           self.tr("%1: %2 review(s) to write. Import?").replace("%1", result.reviewer_name)
                           .replace("%2", str(len(todo)))):
                return

            def write(session: Any) -> Any:
                from fieldapp.services import review_sheets

                return review_sheets.import_sheet(session, path)

            self.ops.write(write, reason=reasons.coded("import.scores", Path(path).name),
                           success=lambda r: self.message.emit(self.tr("Scoring sheet imported.")),
                           failure=self.show_problem)

        self.ops.read(check, success=checked, failure=self.show_problem)

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New…"), "edit": self.tr("&Edit…"), "submit": self.tr("Su&bmit"),
            "eligible": self.tr("Eli&gible…"), "start_review": self.tr("To re&view"), "review": self.tr("Sc&ore…"),
            "approve": self.tr("A&pprove…"), "reject": self.tr("Re&ject…"), "more": self.tr("&More…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
            if key in self.overflow:
                self.overflow[key].setText(text)
        for key, text in {
            "withdraw": self.tr("Withdraw…"), "reopen": self.tr("Reopen the decision…"),
            "register": self.tr("Give the registration number"), "recommend": self.tr("Recommend (committee)"),
            "not_recommend": self.tr("Do not recommend (committee)"),
            "summary": self.tr("Print the application summary…"), "letter": self.tr("Print the decision letter…"),
            "agreement": self.tr("Make the grant agreement…"),
            "sheet": self.tr("Scoring sheet for a reviewer…"), "import_sheet": self.tr("Import a filled-in scoring sheet…"),
        }.items():
            self.more_actions[key].setText(text)
        self._give_way()  # the buttons' widths change with their words
