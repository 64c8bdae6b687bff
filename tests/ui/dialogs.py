"""Every dialog of the application, opened as a user opens it, on the demo database (shared by the dialog-size
test and the screenshot script). Each opener takes the main window and returns the dialog, shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox


def _page(window: Any, key: str) -> Any:
    window.show_page(window.pages.index(window.page(key)))
    QApplication.processEvents()
    return window.page(key)


def _first_training(window: Any) -> Any:
    page = _page(window, "trainings")
    row = next(r for r, t in enumerate(page.model.rows) if t.sessions and t.sessions[0].registered)
    page.ui.trainingsView.selectRow(row)
    return page


def _grants(window: Any) -> Any:
    page = _page(window, "grants")
    page.tabs.setCurrentIndex(0)
    page.applications.refresh()
    return page


def _select_application(page: Any, status: str | None = None) -> None:
    model = page.applications.model
    column = next(i for i, (key, _kind) in enumerate(model.columns) if key == "status")
    for row in range(model.rowCount()):
        if status is None or model.index(row, column).data(Qt_raw()) == status:
            page.applications.view.selectRow(row)
            return
    page.applications.view.selectRow(0)


def Qt_raw() -> int:  # noqa: N802 - the role of a list's raw value
    from fieldapp.ui.list_model import RAW_ROLE

    return RAW_ROLE


def person_new(window: Any) -> QDialog:
    page = _page(window, "people")
    page.new_person()
    return page.dialog


def person_edit(window: Any) -> QDialog:
    page = _page(window, "people")
    page.open_record(page.panel.model.row_id(0))
    return page.dialog


def merge(window: Any) -> QDialog:
    page = _page(window, "people")
    page.panel.view.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel

    page.panel.view.selectionModel().select(page.panel.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                            | QItemSelectionModel.SelectionFlag.Rows)
    page.merge_selected()
    return page.dialog


def import_people(window: Any) -> QDialog:
    page = _page(window, "people")
    page.import_people()
    return page.dialog


def history(window: Any) -> QDialog:
    page = _page(window, "people")
    page.panel.view.selectRow(0)
    return page.panel.show_history()


def settlement(window: Any) -> QDialog:
    page = _page(window, "communities")
    return page.open_record(page.panel.model.row_id(0))


def training_new(window: Any) -> QDialog:
    page = _page(window, "trainings")
    page.new_training()
    return page.dialog


def training_edit(window: Any) -> QDialog:
    page = _first_training(window)
    page.edit_training()
    return page.dialog


def back_entry(window: Any) -> QDialog:
    page = _first_training(window)
    page.back_entry()
    return page.dialog


def blank_rows(window: Any) -> QDialog:
    page = _first_training(window)
    page.print_document("signin")
    return page.dialog


def check_in(window: Any) -> QDialog:
    page = _first_training(window)
    page.check_in()
    return page.dialog


def walk_in(window: Any) -> QDialog:
    """The check-in screen with its walk-in form open (Ctrl+N there)."""
    page = _first_training(window)
    page.check_in()
    page.dialog.ui.searchEdit.setText("Новиков")
    page.dialog.open_walk_in()
    QApplication.processEvents()
    return page.dialog


def change_details(window: Any) -> QDialog:
    """A change of the Sync page's history, opened (Enter on its row)."""
    page = _page(window, "sync")
    page.history.refresh()
    page.history.open_requested.emit(page.history.model.row_id(0))
    return page.dialog


def sheet_preview(window: Any) -> QDialog:
    page = _first_training(window)
    page.print_document("signin", 10)
    return page.dialog


def application_new(window: Any) -> QDialog:
    return _grants(window).actions.new_application()


def application_edit(window: Any) -> QDialog:
    page = _grants(window)
    _select_application(page, "submitted")
    return page.actions.edit_application()


def review(window: Any) -> QDialog:
    page = _grants(window)
    _select_application(page, "under_review")
    return page.actions.review_application()


def call_new(window: Any) -> QDialog:
    return _grants(window).edit_call(None)


def call_edit(window: Any) -> QDialog:
    page = _grants(window)
    page.tabs.setCurrentWidget(page.calls_tab)
    page.calls.refresh()
    return page.edit_call(page.calls.model.row_id(0))


def register_import(window: Any) -> QDialog:
    page = _grants(window)
    return page.import_register(None)


def profile(window: Any) -> QDialog:
    return _page(window, "settings").change_user()


def about(window: Any) -> QMessageBox:
    return window.show_about()


def enrol(window: Any) -> QDialog:
    return _page(window, "sync").open_enrolment()


def enrol_refused(window: Any) -> QDialog:
    """The enrolment wizard with the longest refusal under each field and the certificate to trust."""
    from fieldapp.problems import Invalid

    dialog = enrol(window)
    dialog._refused(Invalid("enrol.certificate", "", "address", {"address": "https://hub.example.kz",
                                                                 "fingerprint": ":".join(["AB"] * 32), "pem": "x"}))
    dialog._refused(Invalid("enrol.code_used", "", "code"))
    dialog._refused(Invalid("enrol.file", "", "file", {"file": "kuryk-laptop.fieldapp-enrolment"}))
    dialog._refused(Invalid("enrol.refused", "", params={"detail": "the hub refused the request (400)"}))
    for label in (dialog.address_problem, dialog.code_problem):
        label.show()
    return dialog


def bundle_export(window: Any) -> QDialog:
    return _page(window, "sync").file_buttons.export()


def bundle_import(window: Any) -> QDialog:
    return _page(window, "sync").file_buttons.import_()


def sync_inbox(window: Any) -> QDialog:
    return _page(window, "sync").file_buttons.inbox()


def _head_office(window: Any) -> Any:
    import tempfile
    from pathlib import Path

    page = _page(window, "head_office")
    if page.store is None:
        page.open_folder(Path(tempfile.mkdtemp(prefix="fieldapp-hub-")))
    return page


def head_office_enrol(window: Any) -> QDialog:
    return _head_office(window).enrol()


def head_office_import(window: Any) -> QDialog:
    return _head_office(window).import_bundle()


def _agreements(window: Any, status: str | None = None) -> Any:
    page = _page(window, "agreements")
    page.panel.refresh()
    QApplication.processEvents()
    model = page.panel.model
    column = next(i for i, (key, _kind) in enumerate(model.columns) if key == "status")
    row = next((r for r in range(model.rowCount()) if status is None or model.index(r, column).data(Qt_raw()) == status),
               0)
    page.panel.view.selectRow(row)
    return page


def agreement_draft(window: Any) -> QDialog:
    page = _agreements(window, "draft")
    page.open_selected()
    return page.dialog


def agreement_signed(window: Any) -> QDialog:
    page = _agreements(window, "completed")
    page.open_selected()
    return page.dialog


def payment(window: Any) -> QDialog:
    page = _agreements(window, "draft")
    page.record_payment()
    return page.dialog


def bank_statement(window: Any) -> QDialog:
    """The plan of a statement with a matched row, a row the payment rule refuses and one with long words."""
    import tempfile
    from pathlib import Path

    from fieldapp.ui import statement_dialog

    path = Path(tempfile.mkdtemp()) / "выписка АО «Народный Банк Казахстана» за 2020 год.csv"
    path.write_text("Дата;Номер документа;Дебет;Кредит;Назначение платежа\n"
                    "05.10.2020;901;424 800,00;;Грант по договору ОП-2020-016\n"
                    "06.10.2020;902;339 000,00;;Грант по договору ОП-2020-017\n"
                    "06.10.2020;903;1 500,00;;Комиссия банка\n"
                    "06.10.2020;904;;5 000,00;Возврат неиспользованного остатка\n", encoding="utf-8")
    page = _page(window, "agreements")
    chooser = statement_dialog.choose_statement
    statement_dialog.choose_statement = lambda parent: str(path)
    try:
        page.import_statement()
    finally:
        statement_dialog.choose_statement = chooser
    return page.dialog


def signing(window: Any) -> QDialog:
    page = _agreements(window, "draft")
    page.sign()
    return page.dialog


def paper_import(window: Any) -> QDialog:
    page = _page(window, "agreements")
    return page.paper_projects.import_register()


def paper_project(window: Any) -> QDialog:
    page = _page(window, "agreements")
    dialog = page.paper_projects.register_by_hand()
    window.ops.wait()
    return dialog
def _agreement_numbered(window: Any, number: str) -> Any:
    page = _agreements(window)
    model = page.panel.model
    column = next(i for i, (key, _kind) in enumerate(model.columns) if key == "number")
    page.panel.view.selectRow(next(r for r in range(model.rowCount()) if model.index(r, column).data() == number))
    return page


def signed_copy(window: Any) -> QDialog:
    """An agreement signed without a copy: the date stays, the scan is asked for."""
    page = _agreement_numbered(window, "ОП-2020-016")
    page.sign()
    return page.dialog


def amendments_list(window: Any) -> QDialog:
    page = _agreement_numbered(window, "ОП-2019-003")  # the demo's amendment № 1
    page.amendments()
    return page.dialog


def amend(window: Any) -> QDialog:
    from fieldapp.ui.amendment_dialog import AmendDialog

    page = _agreement_numbered(window, "ОП-2020-016")
    page.dialog = AmendDialog(page.ops, page.panel.current_id(), page)
    page.dialog.open()
    return page.dialog


def amendment_signed(window: Any) -> QDialog:
    from fieldapp.ui.amendment_dialog import SignAmendmentDialog

    page = _agreement_numbered(window, "ОП-2019-003")
    page.dialog = SignAmendmentDialog(page.ops, "any", page)
    page.dialog.open()
    return page.dialog


def _visits(window: Any, tab: int = 0) -> Any:
    page = _page(window, "site_visits")
    page.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    return page


def visit_new(window: Any) -> QDialog:
    page = _visits(window, 1)
    page.plan.selectRow(0)
    return page.new_visit(page.plan.item(0, 0).data(256) if page.plan.rowCount() else None)


def visit_edit(window: Any) -> QDialog:
    page = _visits(window)
    return page.open_visit(page.panel.model.row_id(0))


def visit_timeline(window: Any) -> QDialog:
    page = _visits(window, 1)
    return page.show_timeline(page.plan.item(0, 0).data(256))


def report_edit(window: Any) -> QDialog:
    page = _visits(window, 3)
    page.reports.selectRow(0)
    return page.open_report(page.reports.item(0, 0).data(256))


def visit_checklist(window: Any) -> QDialog:
    return _visits(window).edit_checklist()


def report_new(window: Any) -> QDialog:
    page = _visits(window, 1)
    page.plan.selectRow(0)
    return page.new_report()
def figure_list(window: Any) -> QDialog:
    return _page(window, "dashboard").open_figure("funded")


def scheduled_exports(window: Any) -> QDialog:
    return _page(window, "dashboard").open_schedule()


#: every dialog, by a name for the test's report
DIALOGS: dict[str, Callable[[Any], QDialog]] = {
    "person (new)": person_new, "person (edit)": person_edit, "merge": merge, "import people": import_people,
    "history": history, "settlement": settlement, "training (new)": training_new, "training (edit)": training_edit,
    "signed sheet": back_entry, "blank rows": blank_rows, "print preview": sheet_preview,
    "application (new)": application_new, "application (edit)": application_edit, "review": review,
    "call (new)": call_new, "call (edit)": call_edit, "register import": register_import, "profile": profile,
    "about": about, "check-in": check_in, "walk-in": walk_in, "change details": change_details,
    "enrol": enrol, "enrol (refused)": enrol_refused,
    "export for the head office": bundle_export, "import from the head office": bundle_import,
    "conflicts and rejections": sync_inbox, "enrol a device": head_office_enrol,
    "import a laptop's bundle": head_office_import,
    "agreement (draft)": agreement_draft, "agreement (signed)": agreement_signed, "payment": payment,
    "paper projects import": paper_import, "paper project (by hand)": paper_project,
    "agreement signed": signing, "bank statement": bank_statement, "signed copy": signed_copy,
    "amendments": amendments_list, "amend": amend, "amendment signed": amendment_signed,
    "site visit (new)": visit_new, "site visit (edit)": visit_edit, "project timeline": visit_timeline,
    "grantee report (edit)": report_edit, "grantee report (new)": report_new, "visit checklist": visit_checklist,
    "figure's records": figure_list, "scheduled exports": scheduled_exports,
}

__all__ = ["DIALOGS", "QInputDialog"]
