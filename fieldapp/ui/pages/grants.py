"""Grant calls and the applications they received: the applications with their workflow actions, the ranking
of a call with the suggested selection, and the calls."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from fieldapp.ui import errors
from fieldapp.ui.application_actions import ApplicationActions
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register
from fieldapp.ui.ranking_panel import RankingPanel
from fieldapp.ui.text_fit import WrappingRow


@register
class GrantsPage(Page):
    order = 50
    key = "grants"
    icon_name = "mdi6.file-document-multiple-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.applications = ListPanel("applications", self._no_applications, self)
        self.actions = ApplicationActions(self.applications.current_id, self, self.selected_number)
        self.actions.saved.connect(self.applications.show_record)
        self.ranking = RankingPanel(self)
        self.calls = ListPanel("calls", self._no_calls, self)
        self.call_buttons: dict[str, QPushButton] = {}
        calls_tab = QWidget(self)
        calls_layout = QVBoxLayout(calls_tab)
        calls_layout.setContentsMargins(0, 0, 0, 0)
        call_bar = QWidget(calls_tab)
        call_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        call_row = WrappingRow(call_bar)  # a second line rather than cut words (Kazakh, a 1280 px screen)
        for key in ("new", "edit", "open", "under_review", "decided", "import"):
            button = QPushButton(call_bar)
            button.setObjectName(f"call_{key}Button")
            call_row.addWidget(button)
            self.call_buttons[key] = button
        calls_layout.addWidget(call_bar)
        calls_layout.addWidget(self.calls, 1)
        self.call_buttons["new"].clicked.connect(lambda: self.edit_call(None))
        self.call_buttons["edit"].clicked.connect(lambda: self.edit_call(self.calls.current_id()))
        for key in ("open", "under_review", "decided"):
            self.call_buttons[key].clicked.connect(lambda _c=False, k=key: self.move_call(k))
        self.call_buttons["import"].clicked.connect(lambda: self.import_register(self.calls.current_id()))
        self.call_dialog = None
        self.import_dialog = None
        applications_tab = QWidget(self)
        tab_layout = QVBoxLayout(applications_tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        tab_layout.addWidget(self.actions)
        tab_layout.addWidget(self.applications, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(applications_tab, "")
        self.tabs.addTab(self.ranking, "")
        self.tabs.addTab(calls_tab, "")
        self.calls_tab = calls_tab
        self.tabs.currentChanged.connect(lambda _i: self.actions_changed.emit())
        self.applications.open_requested.connect(lambda _row_id: self.actions.edit_application())
        # what can be done is asked again for each application chosen (and after each list reload)
        self.applications.view.selectionModel().currentRowChanged.connect(lambda *_: self.actions.selection_changed())
        self.applications.model.loaded.connect(lambda _total: self.actions.selection_changed())
        self.calls.open_requested.connect(self.edit_call)
        self.actions.message.connect(self._status)
        self.ranking.message.connect(self._status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def attach(self, ops, db) -> None:  # noqa: ANN001 - as the base class
        super().attach(ops, db)
        self.actions.attach(ops)
        self.actions.selection_changed()
        self.ranking.attach(ops)

    def edit_call(self, call_id: str | None):  # noqa: ANN201 - returns the dialog for tests
        from fieldapp.ui.call_dialog import CallDialog

        if self.ops is None:
            return None
        self.call_dialog = CallDialog(self.ops, call_id, self.window())
        self.call_dialog.saved.connect(lambda _id: self._status(self.tr("Grant call saved.")))
        self.call_dialog.saved.connect(self.calls.show_record)
        self.call_dialog.open()
        return self.call_dialog

    def import_register(self, call_id: str | None):  # noqa: ANN201 - returns the dialog for tests
        """The application register kept in Excel, for the chosen call (the selected one to start with)."""
        from fieldapp.ui.import_dialog import ImportDialog, RegisterImport

        if self.ops is None:
            return None
        self.import_dialog = ImportDialog(self.ops, RegisterImport(call_id), self.window())
        self.import_dialog.imported.connect(self._register_imported)
        self.import_dialog.open()
        return self.import_dialog

    def _register_imported(self, result) -> None:  # noqa: ANN001 - the register's result
        self.tabs.setCurrentIndex(0)
        self._status(self.tr("%1 applications imported, %2 of them submitted.")
                     .replace("%1", str(len(result.added))).replace("%2", str(len(result.submitted))))

    def move_call(self, status: str) -> None:
        call_id = self.calls.current_id()
        if call_id is None or self.ops is None:
            return

        def work(session) -> int:  # noqa: ANN001 - a session
            from fieldapp.services import workflow

            return workflow.move_call(session, call_id, status)

        self.ops.write(work,
                       success=lambda _r: self._status(self.tr("Done.")),
                       failure=lambda exc: errors.show_error(self, exc))

    def selected_number(self) -> str:
        """The number of the application chosen in the list, as the list shows it."""
        row = self.applications.view.currentIndex().row()
        return self.applications.model.display_row(row)[0] if 0 <= row < self.applications.model.rowCount() else ""

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def title(self) -> str:
        return self.tr("Grant calls & applications")

    def panels(self) -> list[ListPanel]:
        return [self.applications, self.calls]

    def current_panel(self) -> ListPanel | None:
        return self.calls if self.tabs.currentWidget() is self.calls_tab else self.applications

    def _no_applications(self) -> str:
        return self.tr("No applications yet. Ctrl+N types in a paper application when a grant call is open.")

    def _no_calls(self) -> str:
        return self.tr("No grant calls yet. The head office announces calls; they arrive here with sync.")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Applications"))
        self.tabs.setTabText(1, self.tr("Ranking"))
        self.tabs.setTabText(2, self.tr("Grant calls"))
        for key, text in {"new": self.tr("&New call…"), "edit": self.tr("&Edit call…"), "open": self.tr("&Open the call"),
                          "under_review": self.tr("Close and start &review"),
                          "decided": self.tr("Mark &decided"),
                          "import": self.tr("&Import application register…")}.items():
            self.call_buttons[key].setText(text)
        self.actions.retranslate()
        self.ranking.retranslate()
