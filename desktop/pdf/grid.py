"""Fast ruled tables for long lists: rows measured with the memoised wrap and drawn with one
text object each. Used by the tracking book (its own page loop) and, as a platypus flowable that
splits itself page by page, by the summary's overdue list. Platypus's own Table costs about
three times as much per cell and re-measures the remainder on every split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.pdf.fonts import BOLD, REGULAR
from desktop.pdf.layout import GRID, HEAD_FILL
from desktop.pdf.wrap import text_width, wrap

SIZE, LEADING, PAD = 7.5, 9.2, 2.5


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: str = "left"


def fill_width(columns: Sequence[Column], total: float) -> tuple[Column, ...]:
    """The one column of width 0 takes what the others leave."""
    rest = total - sum(c.width for c in columns)
    return tuple(Column(c.title, c.width or rest, c.align) for c in columns)


@dataclass(frozen=True, slots=True)
class Row:
    lines: tuple[tuple[str, ...], ...]
    height: float
    font: str = REGULAR


def measure(columns: Sequence[Column], cells: Sequence[str], font: str = REGULAR) -> Row:
    lines = tuple(wrap(text, font, SIZE, col.width - 2 * PAD)
                  for col, text in zip(columns, cells, strict=True))
    return Row(lines, max(map(len, lines)) * LEADING + 2 * PAD, font)


def header(columns: Sequence[Column]) -> Row:
    return measure(columns, [c.title for c in columns], BOLD)


def draw(canvas: Canvas, columns: Sequence[Column], row: Row, left: float, top: float,
         fill: bool = False) -> None:
    """One ruled row whose top edge is at ``top``."""
    width = sum(c.width for c in columns)
    bottom = top - row.height
    if fill:
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(left, bottom, width, row.height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.rect(left, bottom, width, row.height, stroke=1, fill=0)
    text = canvas.beginText()
    text.setFont(row.font, SIZE)
    x = left
    for column, lines in zip(columns, row.lines, strict=True):
        if x > left:
            canvas.line(x, bottom, x, top)
        baseline = top - PAD - SIZE
        for line in lines:
            if column.align == "center":
                offset = (column.width - text_width(line, row.font, SIZE)) / 2
            else:
                offset = PAD
            text.setTextOrigin(x + offset, baseline)
            text._textOut(line)  # textOut would measure the string again to move a cursor
            baseline -= LEADING
        x += column.width
    canvas.drawText(text)


class GridTable(Flowable):
    """A list table for platypus: the header is repeated on every page it splits onto."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Row]) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.head = header(self.columns)
        self.rows = list(rows)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(c.width for c in self.columns)
        self.height = self.head.height + sum(r.height for r in self.rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.head.height
        fits = 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            fits += 1
        if fits == 0:
            return []
        return [GridTable(self.columns, self.rows[:fits]),
                GridTable(self.columns, self.rows[fits:])]

    def draw(self) -> None:
        top = self.height
        draw(self.canv, self.columns, self.head, 0, top, fill=True)
        top -= self.head.height
        for row in self.rows:
            draw(self.canv, self.columns, row, 0, top)
            top -= row.height
