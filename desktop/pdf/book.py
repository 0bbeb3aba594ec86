"""The tracking book (sổ theo dõi hồ sơ): one line per dossier, tens of thousands of lines.

Drawn straight on the canvas rather than with platypus tables, which keep every row in memory
and re-split the remainder on each page. Rows stream from SQLite twice: the first pass only
measures (to learn the page count for "Trang x/y"), the second draws. Both passes break lines and
pages with the same code, so they agree page for page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop import __version__
from desktop.core.clock import now_vn, to_epoch
from desktop.core.errors import UserError
from desktop.core.fold import fold
from desktop.core.numbers import number
from desktop.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.pdf.grid import Column, Row, draw, fill_width, header, measure
from desktop.pdf.layout import SPOT_HEIGHT, SPOT_WIDTH, org_lines
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.rows import (
    MAX_BOOK_DAYS,
    ListedDossier,
    book_lines,
    period_bounds,
)  # fmt: skip
from desktop.pdf.spot import mark
from desktop.pdf.text import moment, nfc
from desktop.storage.period_rows import read_snapshot
from desktop.storage.settings import DeskIdentity
from desktop.storage.store import Store

PAGE = landscape(A4)
LEFT, RIGHT, TOP, BOTTOM = 18 * mm, 12 * mm, 12 * mm, 14 * mm
TITLE_BLOCK = 27 * mm
RUNNING_HEAD = 7 * mm
#: ``progress(page, pages)``
Progress = Callable[[int, int], None]


TABLE_WIDTH = PAGE[0] - LEFT - RIGHT
COLUMNS = fill_width((
    Column("STT", 12 * mm, "center"),
    Column("Mã hồ sơ", 46 * mm),
    Column("Người nộp hồ sơ", 35 * mm),
    Column("Thủ tục hành chính", 0),
    Column("Tiếp nhận", 28 * mm, "center"),
    Column("Hẹn trả kết quả", 26 * mm, "center"),
    Column("Hẹn lại", 26 * mm, "center"),
    Column("Kết thúc xử lý", 26 * mm, "center"),
    Column("Tình trạng", 26 * mm),
    Column("Đánh giá", 18 * mm, "center"),
), TABLE_WIDTH)


def _cells(index: int, line: ListedDossier) -> tuple[str, ...]:
    return (number(index), line.code, line.applicant, line.procedure, line.received_at,
            line.appointment_at, line.rescheduled_to, line.end_at, line.state, line.mark)


class BookPages:
    """Lays rows out page by page; with ``canvas=None`` it only counts pages."""

    def __init__(self, canvas: Canvas | None, head: Sequence[str], running: str, footer: str,
                 total_pages: int = 0, progress: Progress | None = None) -> None:
        self.canvas = canvas
        self.progress = progress
        self.head = head
        self.running = nfc(running)
        self.footer = nfc(footer)
        self.total_pages = total_pages
        self.page = 0
        self.y = 0.0
        self.header = header(COLUMNS)

    def _new_page(self) -> None:
        if self.page and self.canvas is not None:
            self._draw_footer()
            self.canvas.showPage()
        self.page += 1
        if self.progress is not None:
            self.progress(self.page, self.total_pages)
        self.y = PAGE[1] - TOP
        if self.page == 1:
            self._draw_title()
            self.y -= TITLE_BLOCK
        else:
            if self.canvas is not None:
                self.canvas.setFont(ITALIC, 7.5)
                self.canvas.drawString(LEFT, self.y - 8, self.running)
            self.y -= RUNNING_HEAD
        self._row(self.header, fill=True)

    def _draw_title(self) -> None:
        if self.canvas is None:
            return
        c, top, middle = self.canvas, PAGE[1] - TOP, PAGE[0] / 2
        c.setFont(REGULAR, 8)
        c.drawString(LEFT, top - 8, self.head[0])
        c.setFont(BOLD, 8)
        c.drawString(LEFT, top - 18, self.head[1])
        c.setFont(BOLD, 15)
        c.drawCentredString(middle, top - 36, self.head[2])
        c.setFont(REGULAR, 9.5)
        c.drawCentredString(middle, top - 50, self.head[3])
        c.setFont(ITALIC, 8.5)
        c.drawCentredString(middle, top - 62, self.head[4])

    def _draw_footer(self) -> None:
        c = self.canvas
        c.setFont(REGULAR, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(LEFT, BOTTOM / 2, self.footer)
        c.drawRightString(PAGE[0] - RIGHT, BOTTOM / 2, f"Trang {self.page}/{self.total_pages}")
        c.setFillColor(colors.black)

    def _row(self, row: Row, fill: bool = False) -> None:
        if self.canvas is not None:
            draw(self.canvas, COLUMNS, row, LEFT, self.y, fill)
        self.y -= row.height

    def add(self, cells: Sequence[str]) -> None:
        row = measure(COLUMNS, cells)
        if self.page == 0 or self.y - row.height < BOTTOM + 4 * mm:
            self._new_page()
        self._row(row)

    def finish(self, closing: str) -> int:
        """The closing line, with room under it (right side) for the signature of whoever
        closes the book."""
        if self.page == 0 or self.y - 16 - SPOT_HEIGHT < BOTTOM + 4 * mm:
            self._new_page()
        if self.canvas is not None:
            self.canvas.setFont(BOLD, 8.5)
            self.canvas.drawString(LEFT, self.y - 12, nfc(closing))
            mark(self.canvas, PAGE[0] - RIGHT - SPOT_WIDTH, self.y - 16 - SPOT_HEIGHT,
                 SPOT_WIDTH, SPOT_HEIGHT)
            self._draw_footer()
            self.canvas.showPage()
        return self.page


def _lay_out(pages: BookPages, lines: Iterable[ListedDossier]) -> int:
    count = 0
    for count, line in enumerate(lines, 1):
        pages.add(_cells(count, line))
    closing = (f"Tổng số: {number(count)} hồ sơ." if count
               else "Không có hồ sơ nào được tiếp nhận trong kỳ.")
    return pages.finish(closing)


def _check_field(store: Store, field: str | None) -> str | None:
    if field is None or not field.strip():
        return None
    field = nfc(field).strip()
    names = store.field_names
    if field in names:
        return field
    by_name = {fold(name): slug for slug, name in names.items()}
    if fold(field) in by_name:
        return by_name[fold(field)]
    raise UserError(f"Không có lĩnh vực «{field}». Các lĩnh vực: "
                    + ", ".join(f"{slug} ({name})" for slug, name in names.items()) + ".", "field")


def _head(identity: DeskIdentity, store: Store, first: date, last: date, field: str | None,
          now: datetime) -> list[str]:
    field_text = f"Lĩnh vực: {store.field_names[field]}" if field else "Tất cả lĩnh vực"
    period = f"từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"
    return [nfc(t) for t in (
        *org_lines(identity), "SỔ THEO DÕI HỒ SƠ",
        f"Hồ sơ tiếp nhận {period} — {field_text}",
        f"Tình trạng và đánh giá tính đến {moment(now)}",
    )]  # fmt: skip


def render_book(store: Store, first: date, last: date, field: str | None, out_path: Path | str,
                *, now: datetime | None = None, progress: Progress | None = None) -> Path:
    """The tracking book of dossiers received in [first, last] (one field, or all);
    ``progress(page, pages)`` as each page is drawn (a 2,000-page book takes a while)."""
    now = now or now_vn()
    start, end = period_bounds(first, last)
    if (last - first).days >= MAX_BOOK_DAYS:
        raise UserError(f"Mỗi lần in sổ theo dõi tối đa {MAX_BOOK_DAYS} ngày; hãy chia theo năm.")
    field = _check_field(store, field)
    target = check_target(out_path)
    identity = store.settings.require_identity()
    register_fonts()
    head = _head(identity, store, first, last, field, now)
    running = f"Sổ theo dõi hồ sơ — {identity.commune.name} — {first:%d/%m/%Y}–{last:%d/%m/%Y}"
    footer = f"In từ motcua lúc {moment(now)}"
    judged_at = to_epoch(now)
    with read_snapshot(store.conn):
        total = _lay_out(BookPages(None, head, running, footer),
                         book_lines(store.conn, start, end, field, judged_at))
        with atomic_output(target) as temp:
            canvas = Canvas(str(temp), pagesize=PAGE, pageCompression=1, lang="vi-VN",
                            initialFontName=REGULAR)
            canvas.setTitle(nfc(f"Sổ theo dõi hồ sơ {first:%d/%m/%Y}–{last:%d/%m/%Y}"))
            canvas.setAuthor(nfc(identity.commune.label))
            canvas.setSubject(nfc(head[3]))
            canvas.setCreator(f"motcua {__version__}")
            _lay_out(BookPages(canvas, head, running, footer, total, progress),
                     book_lines(store.conn, start, end, field, judged_at))
            canvas.save()
    return target
