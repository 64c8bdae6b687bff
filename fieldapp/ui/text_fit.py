"""Text shown whole: a choice box as wide as its longest choice — also when its choices arrive after it is shown
(a reader thread) or change language — and column titles that wrap onto more lines when their column is
narrower than they are, the header growing to hold them (Kazakh titles are long: «Гранттың ең жоғары сомасы»)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLayout, QLayoutItem, QWidget

from fieldapp.ui import dialog_size

#: a choice box asks for room for its longest choice up to this many average characters (a call's title may be
#: 300: the dialog would leave the screen); the list it opens shows longer ones whole
MOST_CHOICE_CHARACTERS = 100
#: the width a sort arrow takes from a column's title (Fusion draws it beside the text; :class:`_ArrowRoom` ends
#: the title this far from the section's edge at least)
SORT_ARROW = 14
#: the room between a column's title and its sort arrow (Fusion's own title reached 3 px into the arrow)
ARROW_GAP = 4
#: the room a column's title keeps from each edge of its section: QCommonStyle's PM_HeaderMargin, which the
#: header style (:func:`_header_style`) keeps — Fusion's is 2, and a right-aligned title («Сұралған сома», a sum)
#: ended against the next column's line, closer than the sums under it. A constant: asking the style sets up
#: PySide6's QStyle class, which the start keeps out of the first paint (docs/performance.md; tests/ui/test_app.py)
HEADER_MARGIN = 4


class _ChoiceFit(QObject):
    """Keeps a choice box at least as wide as its longest choice (a child of the box: it lives as long as it)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.floor = combo.minimumWidth()  # a width the screen asked for itself
        self.pending = False
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.soon)

    def soon(self, *_args: Any) -> None:
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self.pending = False
        combo = self.combo
        most = combo.fontMetrics().averageCharWidth() * MOST_CHOICE_CHARACTERS
        # a window already shown keeps its size when a box's wish grows: a minimum width makes it grow
        wanted = max(self.floor, min(combo.sizeHint().width(), most))
        if wanted > combo.minimumWidth() and combo.isVisible():
            # the window grows to the right: moved back onto the screen once it has (QA 30: the payment form's
            # Cancel button went past the screen's edge)
            window = combo.window()
            QTimer.singleShot(0, window, lambda: dialog_size.keep_on_screen(window))
        combo.setMinimumWidth(wanted)


def fit_choice(combo: QComboBox) -> None:
    """As wide as its longest choice whenever its choices change (Qt measures them once, when the box is first
    shown, and a shown window does not grow for a box's wish: a box filled by a read that answers later, or
    translated, stayed as narrow as it first was — «Наше се»)."""
    if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow \
            or combo.findChild(_ChoiceFit) is not None:
        return  # the screen chose its own width (a minimum length), or the box is fitted already
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    _ChoiceFit(combo).fit()


def fit_choices(root: QWidget) -> None:
    """:func:`fit_choice` for every choice box in ``root``."""
    for combo in root.findChildren(QComboBox):
        fit_choice(combo)


def _title(header: QHeaderView, column: int) -> str:
    model = header.model()
    return str(model.headerData(column, header.orientation()) or "") if model is not None else ""


def title_room(header: QHeaderView, column: int, width: int | None = None) -> int:
    """The width a column's title has in its section (``width``: the section's, by default its present one)."""
    room = (header.sectionSize(column) if width is None else width) - 2 * HEADER_MARGIN - 2
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        room -= SORT_ARROW
    return room


def least_width(header: QHeaderView, column: int) -> int:
    """The narrowest a column can be with its title on two lines at most, broken at a space."""
    words = _title(header, column).split() or [""]
    advance = header.fontMetrics().horizontalAdvance
    widest = min(max(advance(" ".join(words[:cut])), advance(" ".join(words[cut:])))
                 for cut in range(1, len(words))) if len(words) > 1 else advance(words[0])
    return widest + header.sectionSize(column) - title_room(header, column)


def title_lines(header: QHeaderView, column: int) -> int:
    """How many lines the column's title takes in its section as wide as it is now."""
    title = _title(header, column)
    if not title or header.isSectionHidden(column):
        return 1
    metrics = header.fontMetrics()
    room = max(title_room(header, column), 1)
    bounds = metrics.boundingRect(QRect(0, 0, room, 1 << 16), int(Qt.TextFlag.TextWordWrap), title)
    return max(1, round(bounds.height() / metrics.lineSpacing()))


class _HeaderFit(QObject):
    """Keeps a header as tall as its most wrapped title, and a column the user sizes no narrower than its title on
    two lines when the titles change (a child of the header: it lives as long as it)."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self.pending = False
        self.widen = False
        self.lines = 1
        self.styled = False

    def soon(self, *_args: Any) -> None:
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fit)

    def sorted_by(self, section: int, _order: Any) -> None:
        """Sorted for the first time: drawn from now on with room for its arrow (:func:`_header_style`)."""
        if section >= 0 and self.header.isSortIndicatorShown():
            self.use_style()
        self.soon()

    def use_style(self) -> None:
        """Drawn from now on by the header style (:func:`_header_style`)."""
        if not self.styled:
            self.styled = True
            self.header.setStyle(_header_style())  # type: ignore[arg-type]

    def titles_changed(self, *_args: Any) -> None:
        self.widen = True
        self.soon()

    def fit(self) -> None:
        self.pending = False
        header = self.header
        if self.widen:
            self.widen = False
            for column in range(header.count()):
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive \
                        and column != header.logicalIndex(header.count() - 1) \
                        and header.sectionSize(column) < (least := least_width(header, column)):
                    header.resizeSection(column, least)
        lines = max((title_lines(header, column) for column in range(header.count())), default=1)
        if lines == self.lines:
            return
        self.lines = lines
        header.setMinimumHeight(0)
        one_line = header.sizeHint().height()
        header.setMinimumHeight(one_line + (lines - 1) * header.fontMetrics().lineSpacing() if lines > 1 else 0)
        header.geometriesChanged.emit()  # the view lays its header and rows out again


def _header_style() -> QObject:
    """The header style that keeps a column's title :data:`HEADER_MARGIN` from its section's edges and a sorted
    column's title clear of its arrow: Fusion's, but the title's rectangle is inset 4 px instead of 2 (a
    right-aligned title sat against the next column's line: «Сұралған сома») and ends :data:`ARROW_GAP` before the
    arrow (Fusion ends it 3 px inside it: a right-aligned title that wraps touched it, «жоғары▾»). Made once QStyle
    is set up anyway (:func:`style_headers`, after the start's first paint) or on a first sort, one for every
    header: making it sets up PySide6's QStyle classes, which the start keeps out of the first paint
    (docs/performance.md)."""
    global _HEADER_STYLE
    if _HEADER_STYLE is None:
        from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

        label_element, arrow_element = QStyle.SubElement.SE_HeaderLabel, QStyle.SubElement.SE_HeaderArrow
        unsorted = QStyleOptionHeader.SortIndicator.None_

        def across(option: Any) -> bool:
            return isinstance(option, QStyleOptionHeader) and option.orientation == Qt.Orientation.Horizontal

        class HeaderStyle(QProxyStyle):
            def subElementRect(self, element: Any, option: Any, widget: Any = None) -> QRect:  # noqa: N802 - Qt's
                rect = super().subElementRect(element, option, widget)
                if element == label_element and across(option):
                    rect.setLeft(max(rect.left(), option.rect.left() + HEADER_MARGIN))
                    rect.setRight(min(rect.right(), option.rect.right() - HEADER_MARGIN))
                    if option.sortIndicator != unsorted:
                        arrow = super().subElementRect(arrow_element, option, widget)
                        if option.direction == Qt.LayoutDirection.RightToLeft:
                            rect.setLeft(max(rect.left(), arrow.right() + 1 + ARROW_GAP))
                        else:
                            rect.setRight(min(rect.right(), arrow.left() - 1 - ARROW_GAP))
                return rect

            def drawControl(self, element: Any, option: Any, painter: Any, widget: Any = None) -> None:  # noqa: N802
                # Fusion draws a section's title in its own label rectangle, never asking the proxy: the section
                # (and its arrow) drawn with no title, then the title in the rectangle above
                if element != QStyle.ControlElement.CE_Header or not across(option) or not option.text:
                    super().drawControl(element, option, painter, widget)
                    return
                bare = QStyleOptionHeader(option)
                bare.text = ""
                super().drawControl(element, bare, painter, widget)
                label = QStyleOptionHeader(option)
                label.rect = self.subElementRect(label_element, option, widget)
                painter.save()
                painter.setClipRect(option.rect)
                super().drawControl(QStyle.ControlElement.CE_HeaderLabel, label, painter, widget)
                painter.restore()

        _HEADER_STYLE = HeaderStyle(QApplication.style().name())
        _HEADER_STYLE.setParent(QApplication.instance())  # lives as long as the application's widgets
    return _HEADER_STYLE


_HEADER_STYLE: QObject | None = None
#: QStyle is set up (:func:`style_headers`): a header wrapped from now on takes the header style at once
_STYLE_READY = False


def style_headers() -> None:
    """Every header :func:`wrap_titles` looks after is drawn by the header style from now on, and every one it
    will: called once QStyle is set up anyway (the main window's icons, after the first data), so the start's
    first paint still goes without it."""
    global _STYLE_READY
    _STYLE_READY = True
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        if isinstance(widget, QHeaderView) and (fit := widget.findChild(_HeaderFit)) is not None:
            fit.use_style()


def wrap_titles(view: QAbstractItemView) -> None:
    """The view's column titles wrap at their spaces when their column is narrower than they are, and its header
    grows to hold the lines (titles the model aligns itself wrap if its alignment asks for it: ListModel's do).
    A column the user sizes is widened to hold its title on two lines when the titles change (a language)."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()  # type: ignore[attr-defined]
    if header.findChild(_HeaderFit) is not None:
        return
    header.setDefaultAlignment(header.defaultAlignment() | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap)))
    fit = _HeaderFit(header)
    if _STYLE_READY:
        fit.use_style()
    header.sectionResized.connect(fit.soon)
    header.sortIndicatorChanged.connect(fit.sorted_by)
    header.sectionCountChanged.connect(fit.titles_changed)
    model = view.model()
    if model is not None:
        model.headerDataChanged.connect(fit.titles_changed)
        model.modelReset.connect(fit.titles_changed)
    fit.titles_changed()


def narrow_to_titles(view: QAbstractItemView, columns: Iterable[int]) -> None:
    """These columns as narrow as their titles on two lines and their cells allow: a table of many
    number columns leaves its text column (a budget line's item) room to be read."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    for column in columns:
        header.resizeSection(column, max(least_width(header, column), view.sizeHintForColumn(column)))


class WrappingRow(QLayout):
    """Buttons side by side that go on to a second line when the window is too narrow for them all (Kazakh
    words are long: «Өтінім қабылдауды жабып, сараптаманы бастау»), rather than each being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shown = [item.sizeHint() for item in self.items if not item.isEmpty()]
        gap = self.spacing()
        return QSize(sum(s.width() for s in shown) + gap * max(len(shown) - 1, 0),
                     max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = max(self.spacing(), 0)
        for item in self.items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()
