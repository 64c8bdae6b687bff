"""Charts drawn with QPainter: horizontal bars (by settlement) and a timeline (applications and payments by
month). A bar is clickable where it stands for records: ``bar_clicked`` names the key the caller gave it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = QColor("#2F6DB5")
SECOND = QColor("#E08A2E")


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[float, ...]  # one per series
    texts: tuple[str, ...]  # the values as shown
    key: str = ""  # what a click opens ("" = nothing)


class BarChart(QWidget):
    """Groups of horizontal bars, one group per label, one bar per series (each series scaled to its own max)."""

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.series: list[str] = []
        self.colours = [ACCENT, SECOND]
        self._hit: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(self, series: list[str], bars: list[Bar]) -> None:
        self.series, self.bars = series, bars
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = max(len(self.bars), 1) * (len(self.series) or 1)
        return QSize(360, (rows + len(self.bars)) * self._row_height() // 1 + self._row_height() * 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        row = self._row_height()
        label_width = min(max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12,
                          self.width() // 3)
        value_width = max((metrics.horizontalAdvance(t) for b in self.bars for t in b.texts), default=0) + 10
        space = max(self.width() - label_width - value_width - 8, 20)
        maxima = [max((b.values[i] for b in self.bars), default=0) or 1 for i in range(len(self.series))]
        self._hit = []
        y = 0
        # legend
        x = label_width
        for colour, name in zip(self.colours, self.series, strict=False):
            painter.fillRect(QRectF(x, y + 4, 10, row - 8), colour)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 14, y, metrics.horizontalAdvance(name) + 4, row),
                             int(Qt.AlignmentFlag.AlignVCenter), name)
            x += metrics.horizontalAdvance(name) + 32
        y += row + 4
        for bar in self.bars:
            group = QRectF(0, y, self.width(), row * len(self.series))
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, row * len(self.series)),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), label)
            for i, (value, text) in enumerate(zip(bar.values, bar.texts, strict=True)):
                width = space * value / maxima[i]
                painter.fillRect(QRectF(label_width, y + i * row + 2, max(width, 1), row - 4),
                                 self.colours[i % len(self.colours)])
                painter.setPen(text_colour)
                painter.drawText(QRectF(label_width + width + 4, y + i * row, value_width, row),
                                 int(Qt.AlignmentFlag.AlignVCenter), text)
            if bar.key:
                self._hit.append((group, bar.key))
            y += row * len(self.series) + row // 2
        painter.end()

    def _key_at(self, point: QPointF) -> str:
        return next((key for rect, key in self._hit if rect.contains(point)), "")

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        shape = Qt.CursorShape.PointingHandCursor if self._key_at(event.position()) else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        key = self._key_at(event.position())
        if key and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(key)

    def bar_rect(self, key: str) -> QRectF | None:
        """Where the bar group of ``key`` was drawn (tests click it)."""
        return next((rect for rect, k in self._hit if k == key), None)


class TimelineChart(QWidget):
    """Per month: a bar of applications received (left scale) and a line of money paid (right scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.counts: list[int] = []
        self.amounts: list[float] = []
        self.names = ("", "")
        # as tall as the bars beside it: the legend stays at the top
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, months: list[str], counts: list[int], amounts: list[float], names: tuple[str, str]) -> None:
        self.months, self.counts, self.amounts, self.names = months, counts, amounts, names
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, self.fontMetrics().height() * 12)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        line_h = metrics.height()
        top, bottom = line_h * 1.6, self.height() - line_h * 1.6
        left, right = 8.0, float(self.width() - 8)
        painter.setPen(text_colour)
        x = left
        for colour, name in ((ACCENT, self.names[0]), (SECOND, self.names[1])):
            painter.fillRect(QRectF(x, 4, 10, line_h - 6), colour)
            painter.drawText(QRectF(x + 14, 0, metrics.horizontalAdvance(name) + 4, line_h),
                             int(Qt.AlignmentFlag.AlignVCenter), name)
            x += metrics.horizontalAdvance(name) + 32
        if not self.months:
            painter.end()
            return
        step = (right - left) / len(self.months)
        top_count = max(self.counts) or 1
        top_amount = max(self.amounts) or 1
        height = bottom - top
        path = QPainterPath()
        for i, (count, amount) in enumerate(zip(self.counts, self.amounts, strict=True)):
            bar_h = height * count / top_count
            painter.fillRect(QRectF(left + i * step + step * 0.15, bottom - bar_h, step * 0.7, bar_h), ACCENT)
            point = QPointF(left + i * step + step / 2, bottom - height * amount / top_amount)
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(SECOND, 2))
        painter.drawPath(path)
        painter.setPen(text_colour)
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        every = max(1, int(len(self.months) / max((right - left) / (metrics.horizontalAdvance("0000-00") + 8), 1)) + 1)
        for i, month in enumerate(self.months):
            if i % every == 0:
                painter.drawText(QRectF(left + i * step, bottom + 2, metrics.horizontalAdvance(month) + 4, line_h),
                                 int(Qt.AlignmentFlag.AlignLeft), month)
        painter.end()
