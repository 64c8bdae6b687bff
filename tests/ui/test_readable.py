"""Text reads whole at 1366×768 (and 1280) in Russian, Kazakh and English: no combo box shows "Наше се" or
"Форт-Ше", no label of a dialog is cut (the merge dialog neither, when its records arrive after it is shown), an
IIN problem sits right under its field, and the applications list tells its groups apart."""

from __future__ import annotations

import pytest
from dialogs import DIALOGS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QStyle, QStyleOptionComboBox, QWidget
from ui_helpers import Keyboard, narrowest, press

from fieldapp.ui import i18n


def shown_text_width(combo: QComboBox) -> int:
    """The width the combo box gives its current text (its frame and arrow left out)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def cut_combos(root: QWidget) -> list[str]:
    cut = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisibleTo(root) or combo.isEditable() or not combo.currentText():
            continue
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text)
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4
        if needed > shown_text_width(combo) + 1:
            cut.append(f"{combo.objectName() or type(combo.parent()).__name__}: {text!r}")
    return cut


def cut_labels(root: QWidget) -> list[str]:
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisibleTo(root) or not text or "<" in text:  # rich text lays itself out
            continue
        if label.wordWrap():
            if label.height() + 1 < label.heightForWidth(label.width()):
                cut.append(f"{text[:40]!r}: {label.height()} of {label.heightForWidth(label.width())} px high")
        else:
            lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines() or [""]
            needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
            if needed > label.contentsRect().width() + 1:
                cut.append(f"{text[:40]!r}: {label.contentsRect().width()} of {needed} px wide")
            elif label.contentsRect().height() < label.fontMetrics().height() * len(lines):
                cut.append(f"{text[:40]!r}: {label.contentsRect().height()} px high")
    return cut


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_dialog_cuts_a_label_or_a_choice(qtbot, window, answers, lang) -> None:
    i18n.install(lang)
    cut = {}
    for name, opener in DIALOGS.items():
        dialog = opener(window)
        qtbot.wait(10)
        found = cut_combos(dialog) + cut_labels(dialog)
        if found:
            cut[name] = found
        dialog.done(0)
    assert cut == {}


def every_page_and_tab(qtbot, window, wait_ms: int):  # noqa: ANN001, ANN201 - the window; yields (page, tab)
    """Each page of the window shown in turn, and each tab of a page with tabs, given ``wait_ms`` to settle."""
    for index, page in enumerate(window.pages):
        window.show_page(index)
        qtbot.wait(wait_ms)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
                qtbot.wait(wait_ms)
            yield page, tab


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("width", [1366, 1280])
def test_page_choices_read_whole(qtbot, window, lang, width) -> None:
    window.resize(width, 768 if width > 1300 else 720)
    i18n.install(lang)
    cut = {}
    for page, tab in every_page_and_tab(qtbot, window, 10):
        found = cut_combos(page)
        if found:
            cut[f"{page.key} {tab}"] = found
    assert cut == {}


def narrow_combos(root: QWidget) -> list[str]:
    """Choice boxes narrower than their longest choice (that choice, once chosen, would read «Наше се»)."""
    narrow = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisibleTo(root) or combo.isEditable() or not combo.count():
            continue
        metrics = combo.fontMetrics()
        longest = max((combo.itemText(i) for i in range(combo.count())), key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(longest) > shown_text_width(combo) + 1:
            narrow.append(f"{combo.objectName() or type(combo.parent()).__name__}: {longest!r} in "
                          f"{shown_text_width(combo)} px")
    return narrow


def cut_titles(root: QWidget) -> list[str]:
    """Column titles wider than their column that do not wrap onto lines the header has room for."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    cut = []
    for view in [root, *root.findChildren(QAbstractItemView)]:
        if not isinstance(view, QTableView) or not (view is root or view.isVisibleTo(root)) \
                or view.horizontalHeader().isHidden():
            continue
        header, model = view.horizontalHeader(), view.model()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            room = header.sectionSize(column) - 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                room -= 14
            if header.isSectionHidden(column) or metrics.horizontalAdvance(title) <= room:
                continue
            align = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
            flags = int(align) if align is not None else header.defaultAlignment().value
            wrap = int(Qt.TextFlag.TextWordWrap.value)
            lines = metrics.boundingRect(QRect(0, 0, max(room, 1), 1 << 16), wrap, title).height() \
                // metrics.lineSpacing()
            widest = max(metrics.horizontalAdvance(word) for word in title.split())
            if not flags & wrap or widest > room or header.height() < lines * metrics.lineSpacing():
                cut.append(f"{title!r}: {header.sectionSize(column)} px wide, {header.height()} px high")
    return cut


class AnswersLater:
    """A reader pool that answers on the next turn of the event loop, as the reader threads do: a screen is on
    screen before its choices and rows arrive (the tests' inline pool answers before it is shown)."""

    def start(self, runnable) -> None:
        runnable.run()  # the answer is queued: this pool is not the inline one

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True

    def activeThreadCount(self) -> int:  # noqa: N802 - QThreadPool's name
        return 0


@pytest.mark.parametrize("lang", ["kk"])
def test_choices_and_titles_read_whole_when_the_data_arrive_late(qtbot, window, answers, lang) -> None:
    """Every page and dialog at 1366×728 (a maximised window above a taskbar), its data read as on a laptop: each
    choice box is as wide as its longest choice, each column title fits its column or wraps onto lines the
    header holds."""
    from fieldapp.ui.operations import InlinePool

    window.resize(1366, 728)
    i18n.install(lang)
    window.ops.readers = AnswersLater()
    found = {}
    for page, tab in every_page_and_tab(qtbot, window, 100):
        if problems := narrow_combos(page) + cut_titles(page):
            found[f"{page.key} {tab}"] = problems
    for name, opener in DIALOGS.items():
        dialog = opener(window)
        qtbot.wait(100)
        if problems := narrow_combos(dialog) + cut_titles(dialog):
            found[name] = problems
        dialog.done(0)
    qtbot.wait(100)
    window.ops.readers = InlinePool()
    assert found == {}


def test_a_choice_box_grows_with_choices_that_come_later(qtbot) -> None:
    """A shown dialog whose choices arrive afterwards (a read) grows to show the longest whole, up to a limit."""
    from PySide6.QtWidgets import QDialog, QFormLayout

    from fieldapp.ui.text_fit import fit_choices

    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox(dialog)
    QFormLayout(dialog).addRow("Конкурс", combo)
    fit_choices(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo.addItem("Наше село — наше пространство (2021)")
    qtbot.wait(20)
    assert narrow_combos(dialog) == []
    combo.addItem("Конкурс " * 60)  # a 480-character title: the dialog stays on the screen
    qtbot.wait(20)
    assert dialog.width() < 1000


def test_a_dialog_widened_by_late_choices_stays_on_the_screen(qtbot) -> None:
    """QA 30: the payment form opened at the middle of the screen, its tranche box filled by a read with
    «1. 791 700,00 ₸ — Қол қойылғаннан кейін аванс · төленді 26.03.2020» grew it past the screen's right edge
    (Cancel cut off); the dialog now moves back onto the screen."""
    from PySide6.QtWidgets import QDialog, QFormLayout

    from fieldapp.ui.text_fit import fit_choices

    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox(dialog)
    QFormLayout(dialog).addRow("Транш", combo)
    fit_choices(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    dialog.move(room.right() - dialog.frameGeometry().width() - 20, room.top() + 100)
    qtbot.wait(20)
    combo.addItem("1. 791 700,00 ₸ — Қол қойылғаннан кейін аванс · төленді 26.03.2020")
    qtbot.waitUntil(lambda: dialog.width() > 300)
    qtbot.wait(50)
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())


def test_the_checks_see_cut_text(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    combo, label = QComboBox(holder), QLabel("Законный представитель (для несовершеннолетнего)", holder)
    combo.addItem("Наше село — наше пространство (2021)")
    combo.setFixedWidth(90)
    label.setFixedWidth(90)
    label.move(0, 40)
    holder.show()
    assert len(cut_combos(holder)) == 1 and len(cut_labels(holder)) == 1
    combo.insertItem(0, "Все")
    combo.setCurrentIndex(0)
    assert cut_combos(holder) == [] and len(narrow_combos(holder)) == 1


def test_the_title_check_sees_a_cut_title(qtbot) -> None:
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Гранттың ең жоғары сомасы", "Б"])
    table.horizontalHeader().resizeSection(0, 90)
    table.show()
    qtbot.waitExposed(table)
    assert len(cut_titles(table)) == 1


def test_the_merge_dialog_grows_when_its_records_arrive(qtbot, window) -> None:
    """The records are read after the dialog is shown (a reader thread): it then grows to show them whole."""
    from fieldapp.ui.merge_dialog import MergeDialog

    i18n.install("ru")
    qtbot.wait(10)
    page = window.page("people")
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.panel.model.rowCount() > 1)
    ids = [page.panel.model.row_id(0), page.panel.model.row_id(1)]
    pending = []

    class LaterOps:  # the read answers once the dialog is on screen, as the reader thread does
        def __init__(self, ops) -> None:
            self.ops = ops

        def read(self, work, success, **_kwargs) -> None:
            pending.append((work, success))

    dialog = MergeDialog(LaterOps(window.ops), ids, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint())  # as small as the platform may have shown it, with nothing in it yet
    work, success = pending.pop()
    with window.db.reading() as session:
        candidates = work(session)
    success(candidates)
    qtbot.wait(20)
    assert cut_labels(dialog) == []
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert dialog.width() <= 1366 and dialog.height() <= 697
    dialog.done(0)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_an_iin_problem_sits_right_under_its_field(qtbot, window, answers, lang) -> None:
    i18n.install(lang)
    page = window.page("people")
    window.show_page(window.pages.index(page))
    press(page.panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog, keys = page.dialog, Keyboard(qtbot, page.dialog)
    keys.type("Тестов Тест")
    for _field in range(12):  # Tab down the form to the IIN
        if QApplication.focusWidget() is dialog.ui.iinEdit:
            break
        press(dialog, Qt.Key.Key_Tab)
    keys.type("123456789012")
    press(dialog, Qt.Key.Key_Tab)  # leaving the field checks it
    error = dialog.fields["iin"].error_label
    qtbot.waitUntil(lambda: error.isVisible())
    line = error.fontMetrics().lineSpacing()
    assert error.height() <= 3 * line + 4
    below = dialog.ui.organisationEdit
    gap = below.mapTo(dialog, below.rect().topLeft()).y() - error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert 0 <= gap <= 2 * line, f"{gap} px between the IIN's problem and the next field"
    dialog.done(0)


@pytest.mark.parametrize("width", [1366, 1280])
def test_application_rows_tell_their_groups_apart(qtbot, window, width) -> None:
    """Groups named "Инициативная группа «…»" do not all read "Инициативная гру…", nor "«…» бастамашыл тобы" all
    "…бастамашыл тобы": each is cut where the values differ."""
    window.resize(width, 768)
    i18n.install("ru")
    page = window.page("grants")
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(0)
    panel = page.applications
    qtbot.waitUntil(lambda: panel.model.rowCount() > 10)
    qtbot.wait(20)
    column = next(i for i, (key, _kind) in enumerate(panel.model.columns) if key.startswith("group"))
    view = panel.view
    width_of = view.columnWidth(column) - 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) - 4
    shown, full = set(), set()
    for row in range(panel.model.rowCount()):
        text = panel.model.index(row, column).data()
        full.add(text)
        mode = panel.middle_cut.mode_for(column, text) if view.itemDelegateForColumn(column) is panel.middle_cut \
            else view.textElideMode()
        shown.add(view.fontMetrics().elidedText(text, mode, width_of))
        assert panel.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == text
    assert len(shown) == len(full) > 3


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_print_preview_shows_its_whole_toolbar(qtbot, window, lang) -> None:
    """Print and Save as PDF are on the toolbar, not behind its » overflow."""
    from PySide6.QtWidgets import QToolBar

    i18n.install(lang)
    preview = DIALOGS["print preview"](window)
    qtbot.wait(20)
    toolbar = preview.findChild(QToolBar)
    hidden = [action.text() or action.toolTip() for action in toolbar.actions() if not action.isSeparator()
              and not (toolbar.widgetForAction(action) and toolbar.widgetForAction(action).isVisible())]
    assert hidden == []
    assert preview.height() <= 697
    preview.done(0)


@pytest.mark.parametrize("width", [1366, 1280])
def test_the_calls_buttons_go_on_to_a_second_line_rather_than_being_cut(qtbot, window, width) -> None:
    """«Өтінім қабылдауды жабып, сараптаманы бастау» read whole: the row of the calls' buttons wraps."""
    window.resize(width, 728)
    page = window.page("grants")
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentWidget(page.calls_tab)
    qtbot.waitUntil(page.calls_tab.isVisible)

    def cut() -> list[str]:
        return [button.text() for button in page.call_buttons.values()
                if button.width() < button.sizeHint().width() or not button.isVisible()]

    for lang in ("kk", "ru", "en"):
        before = page.call_buttons["decided"].text()
        i18n.install(lang)
        qtbot.waitUntil(lambda b=before: page.call_buttons["decided"].text() != b)  # the texts change on an event
        qtbot.waitUntil(lambda: cut() == [], timeout=3000)  # laid out again in the new language
        assert page.calls.view.isVisible() and page.calls.geometry().top() >= max(
            button.geometry().bottom() for button in page.call_buttons.values())


def ink_beside_the_arrow(header, column: int) -> list[tuple[int, int]]:
    """Points of text drawn in the few pixels left of the column's sort arrow (the title should end clear of it)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionHeader

    from fieldapp.ui.text_fit import ARROW_GAP

    option = QStyleOptionHeader()
    option.rect = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
    option.state = QStyle.StateFlag.State_Horizontal
    option.orientation = Qt.Orientation.Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    arrow = QApplication.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    image = header.grab().toImage()
    background = image.pixelColor(option.rect.left() + 3, 3).lightness()
    return [(x, y) for x in range(arrow.left() - ARROW_GAP + 1, arrow.left()) for y in range(2, header.height() - 2)
            if abs(image.pixelColor(x, y).lightness() - background) > 60]


def test_a_sort_arrow_leaves_room_beside_a_wrapped_right_aligned_title(qtbot, window) -> None:
    """Kazakh, the calls' largest grant («Гранттың ең жоғары сомасы», right-aligned, a number) narrowed so that it
    wraps, sorted by a click on its title: the title ends clear of the arrow (Fusion's reached into it)."""
    from PySide6.QtCore import QPoint

    i18n.install("kk")
    page = window.page("grants")
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.calls_tab))
    qtbot.wait(50)
    header = page.calls.view.horizontalHeader()
    column = [key for key, _kind in page.calls.model.columns].index("max_grant")
    header.resizeSection(column, 100)
    qtbot.wait(50)
    for _click in range(2):  # ascending, then descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 20, header.height() // 2))
        qtbot.wait(50)
        assert header.sortIndicatorSection() == column and header.height() >= 2 * header.fontMetrics().lineSpacing()
        assert ink_beside_the_arrow(header, column) == []
        assert cut_titles(page.calls) == []


def _ink_across(image, left: int, right: int, top: int, bottom: int) -> tuple[int, int] | None:
    """The first and last columns of pixels between ``left`` and ``right`` that hold ink (text on the background)."""
    background = image.pixelColor(left + 1, top).lightness()
    inked = [x for x in range(left, right + 1) for y in range(top, bottom)
             if abs(image.pixelColor(x, y).lightness() - background) > 60]
    return (min(inked), max(inked)) if inked else None


def test_a_right_aligned_title_keeps_clear_of_its_column_s_line_as_the_sums_under_it_do(qtbot, window) -> None:
    """The main window as narrow as it goes, in Kazakh: the applications' «Сұралған сома» (a sum, right-aligned,
    on two lines) ends clear of the line to the next column, no further right than the sums under it (Fusion's
    title rectangle is 2 px inside the section: the title sat against the line)."""
    from fieldapp.ui.text_fit import HEADER_MARGIN

    page = window.page("grants")
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(0)
    i18n.install("kk")
    narrowest(qtbot, window)
    view = page.applications.view
    view.clearSelection()
    header = view.horizontalHeader()
    column = [key for key, _kind in page.applications.model.columns].index("requested")
    qtbot.waitUntil(lambda: page.applications.model.rowCount() > 5)
    assert page.applications.model.headerData(column, Qt.Orientation.Horizontal) == "Сұралған сома"
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()  # on two lines: the column is narrow
    left, right = header.sectionViewportPosition(column), header.sectionViewportPosition(column) + header.sectionSize(
        column) - 1
    title = _ink_across(header.grab().toImage(), left + 1, right - 1, 2, header.height() - 2)
    rows = view.visualRect(page.applications.model.index(1, column))
    sums = _ink_across(view.viewport().grab().toImage(), left + 1, right - 1, rows.top() + 1,
                       view.visualRect(page.applications.model.index(5, column)).bottom() - 1)
    assert title is not None and sums is not None
    assert right - title[1] > HEADER_MARGIN - 1, f"{right - title[1] - 1} px between «Сұралған» and the line"
    assert title[1] <= sums[1]


def test_the_toolbar_s_buttons_have_room_for_their_icons_before_the_icons_come(qtbot, demo_path) -> None:
    """The icons come after the first data (``set_icons``): a toolbar button laid out for its text alone and then
    drawn with its icon beside it showed «Excel-…орттау» until the toolbar was laid out again. Its width is the
    same before and after the icons, in Kazakh, and its text whole."""
    from fieldapp.ui.main_window import MainWindow

    i18n.install("kk")
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.ui.mainToolBar
    export = toolbar.widgetForAction(window.ui.actionExport)
    assert export.text() == "Excel-ге экспорттау"
    before = {action.text(): toolbar.widgetForAction(action).width() for action in toolbar.actions()}
    window.set_icons()
    assert not window.ui.actionExport.icon().isNull()
    assert {action.text(): toolbar.widgetForAction(action).sizeHint().width() for action in toolbar.actions()} == before
    text_room = export.width() - export.iconSize().width() - 4  # QToolButton: the icon, 4 px, then the text
    assert export.fontMetrics().horizontalAdvance(export.text()) < text_room
    window.close()
