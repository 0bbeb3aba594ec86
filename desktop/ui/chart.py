"""A small grouped bar chart drawn with QPainter: received per day and channel (no QtCharts)."""

from __future__ import annotations

from datetime import date

from desktop.core.states import Channel
from desktop.ui.labels import channel_label
from desktop.ui.qt import QColor, QPainter, QRect, QSize, Qt, QWidget

CHANNEL_COLOURS = {Channel.DIRECT: QColor("#1f5fa8"), Channel.ONLINE: QColor("#2e9d57"),
                   Channel.POSTAL: QColor("#d08a00")}


class DailyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._series: dict[int, list[int]] = {}
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 220)

    def set_data(self, days: list[date], series: dict[int, list[int]]) -> None:
        self._days, self._series = days, series
        self.setAccessibleDescription(", ".join(
            f"{d:%d/%m}: {sum(s[i] for s in series.values())}" for i, d in enumerate(days)))
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = self.rect().adjusted(8, line + 12, -8, -(line + 8))
        painter.fillRect(self.rect(), self.palette().base())
        x = 8
        for channel in Channel:
            painter.fillRect(QRect(x, 6, 12, 12), CHANNEL_COLOURS[channel])
            label = channel_label(channel)
            painter.setPen(self.palette().text().color())
            painter.drawText(x + 16, 6 + metrics.ascent() - 1, label)
            x += 16 + metrics.horizontalAdvance(label) + 18
        if not self._days:
            painter.end()
            return
        peak = max([1] + [v for values in self._series.values() for v in values])
        slot = area.width() / len(self._days)
        bar = max(2.0, (slot - 6) / max(1, len(self._series)))
        for i, day in enumerate(self._days):
            left = area.left() + i * slot + 3
            for j, channel in enumerate(Channel):
                value = self._series.get(int(channel), [0] * len(self._days))[i]
                height = int(area.height() * value / peak)
                painter.fillRect(QRect(int(left + j * bar), area.bottom() - height,
                                       int(bar) - 1, height), CHANNEL_COLOURS[channel])
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(int(left), area.bottom() + 4, int(slot), line),
                             Qt.AlignmentFlag.AlignHCenter, f"{day:%d/%m}")
        painter.end()
