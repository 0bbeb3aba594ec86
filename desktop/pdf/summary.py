"""The period status summary (report form II.06a) the chair signs, with the overdue list.

Page one is the form: one row per field and a total, the received / resolved / pending columns,
the online and on-time rates. The following pages list every dossier behind the two "quá hạn"
columns (resolved late in the period, and open past the appointment at the period's end), so a
signed number can always be traced back to names and codes.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from desktop.core.clock import now_vn
from desktop.core.numbers import number, percent
from desktop.core.summary import COUNT_KEYS, Summary, SummaryRow
from desktop.pdf.fonts import BOLD, ITALIC
from desktop.pdf.grid import Column, GridTable, fill_width, measure
from desktop.pdf.layout import (
    Document,
    Signature,
    grid_style,
    national_header,
    para,
    signatures,
    style,
)
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.rows import ListedDossier, overdue_lines, period_bounds
from desktop.pdf.text import place_date_line, upper
from desktop.storage.period_rows import read_snapshot
from desktop.storage.settings import DeskIdentity
from desktop.storage.store import Store

FORM = "Biểu mẫu II.06a"
#: A multi-year period can have tens of thousands of late dossiers; the signed form stays printable
#: and the tracking book carries the complete list.
MAX_LISTED = 2_000


def _header_rows() -> list[list[str]]:
    """Three header rows (spans set in ``_table``) and the column-number row of the form."""
    return [
        ["STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", "", "", "",
         "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", "",
         "Tỷ lệ", ""],
        ["", "", "Tổng số", "Mới tiếp nhận trong kỳ", "", "Kỳ trước chuyển qua", "Tổng số",
         "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn",
         "Trực tuyến", "Đúng hạn"],
        ["", "", "", "Trực tuyến", "Trực tiếp, bưu chính", "", "", "", "", "", "", "", "",
         "", ""],
        [f"({i})" for i in range(1, 16)],
    ]


def _cells(index: str, row: SummaryRow) -> list[str]:
    return ([index, row.field_name] + [number(getattr(row, key)) for key in COUNT_KEYS]
            + [percent(row.online_rate), percent(row.on_time_rate)])


def _table(summary: Summary, width: float) -> Table:
    head_st = style("sum-head", 7.5, BOLD, TA_CENTER, leading=9)
    field_st = style("sum-field", 8.5, leading=10.5)
    header = [[para(text, head_st) if text else "" for text in row] for row in _header_rows()]
    body = [[str(i), para(row.field_name, field_st), *_cells("", row)[2:]]
            for i, row in enumerate(summary.rows, 1)]
    total = ["", para("Tổng số", style("sum-total", 8.5, BOLD)), *_cells("", summary.total)[2:]]
    number_width = (width - 10 * mm - 44 * mm) / 13
    table = Table(header + body + [total], colWidths=[10 * mm, 44 * mm] + [number_width] * 13,
                  repeatRows=4)
    last = len(header) + len(body)
    commands = grid_style(4, 8.5) + [
        ("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)),
        ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)), ("SPAN", (10, 0), (12, 0)),
        ("SPAN", (13, 0), (14, 0)),
        ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (5, 2)),
        *[("SPAN", (c, 1), (c, 2)) for c in range(6, 15)],
        ("FONTNAME", (0, 3), (-1, 3), ITALIC), ("FONTSIZE", (0, 3), (-1, 3), 7),
        ("BACKGROUND", (0, 3), (-1, 3), None),
        ("ALIGN", (0, 4), (0, -1), "CENTER"), ("ALIGN", (2, 4), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, last), (-1, last), BOLD),
    ]  # fmt: skip
    table.setStyle(TableStyle(commands))
    return table


OVERDUE_COLUMNS = (
    Column("STT", 11 * mm, "center"),
    Column("Mã hồ sơ", 46 * mm),
    Column("Người nộp", 38 * mm),
    Column("Thủ tục", 0),
    Column("Tiếp nhận", 28 * mm, "center"),
    Column("Hẹn trả", 28 * mm, "center"),
    Column("Kết thúc trong kỳ", 28 * mm, "center"),
    Column("Tình trạng", 38 * mm),
)


def _overdue_table(lines: list[ListedDossier], width: float) -> GridTable:
    columns = fill_width(OVERDUE_COLUMNS, width)
    return GridTable(columns, [
        measure(columns, (number(i), line.code, line.applicant, line.procedure, line.received_at,
                          _appointment(line), line.end_at or "—", line.mark))
        for i, line in enumerate(lines, 1)
    ])


def _period(first: date, last: date) -> str:
    return f"Kỳ báo cáo: từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"


def build_story(identity: DeskIdentity, summary: Summary, lines: list[ListedDossier],
                first: date, last: date, now: datetime, width: float) -> list[Flowable]:
    commune = identity.commune
    title_st = style("sum-title", 12.5, BOLD, TA_CENTER, spaceBefore=6)
    centre_st = style("sum-centre", 10, align=TA_CENTER)
    body = style("sum-body", 9.5, spaceBefore=2)
    late, pending = summary.total.late, summary.total.pending_overdue
    story: list[Flowable] = [
        national_header(identity, width * 0.8),
        para("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN MỘT CỬA "
             f"{upper(commune.name)}", title_st),
        para(_period(first, last), centre_st),
        para(f"{FORM} — Đơn vị tính: số hồ sơ", style("unit", 8.5, ITALIC, TA_RIGHT)),
        Spacer(1, 1 * mm),
        _table(summary, width),
        para(f"Tỷ lệ hồ sơ trực tuyến: {percent(summary.online_rate)} (trực tuyến ÷ hồ sơ mới "
             f"tiếp nhận trong kỳ). Tỷ lệ giải quyết đúng hạn: {percent(summary.on_time_rate)} "
             "((trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết).", body),
        para(f"Hồ sơ quá hạn: {number(late)} hồ sơ đã giải quyết quá hạn trong kỳ, "
             f"{number(pending)} hồ sơ đang giải quyết đã quá hạn vào cuối kỳ"
             + (" — danh sách ở trang sau." if lines else "."), body),
        KeepTogether([
            Spacer(1, 3 * mm),
            signatures([Signature("NGƯỜI LẬP BIỂU"),
                        Signature("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)",
                                  above=place_date_line(commune.name, now.date()))], width, 10),
        ]),
    ]
    if lines:
        story += [
            PageBreak(),
            para("DANH SÁCH HỒ SƠ QUÁ HẠN", title_st),
            para(_period(first, last), centre_st),
            para("Gồm hồ sơ đã giải quyết quá hạn trong kỳ (cột 10) và hồ sơ chưa giải quyết xong "
                 "đã quá thời hạn hẹn trả vào cuối kỳ (cột 13).", style("od-note", 9, ITALIC,
                                                                      TA_CENTER)),
            Spacer(1, 2 * mm),
            _overdue_table(lines[:MAX_LISTED], width),
        ]
        if len(lines) > MAX_LISTED:
            story.append(para(
                f"Danh sách chỉ in {number(MAX_LISTED)} trong tổng số {number(len(lines))} hồ sơ "
                "quá hạn; bản đầy đủ xem trong sổ theo dõi hồ sơ của kỳ (motcua print book).",
                style("od-more", 9, ITALIC, spaceBefore=4)))
    return story


def render_summary(store: Store, first: date, last: date, out_path: Path | str, *,
                   now: datetime | None = None) -> Path:
    """Form II.06a for [first, last] (whole days, Vietnam time), landscape A4, at ``out_path``."""
    now = now or now_vn()
    start, end = period_bounds(first, last)
    target = check_target(out_path)
    identity = store.settings.require_identity()
    with read_snapshot(store.conn):
        summary = store.dossiers.summary(first, last)
        lines = overdue_lines(store.conn, start, end)
    with atomic_output(target) as temp:
        doc = Document(temp, landscape(A4), identity=identity, now=now,
                       title=f"Tình hình giải quyết hồ sơ {first:%d/%m/%Y}–{last:%d/%m/%Y}",
                       subject=f"{FORM}: {_period(first, last)}", margins=12 * mm)
        doc.render(build_story(identity, summary, lines, first, last, now, doc.width))
    return target


def _appointment(line: ListedDossier) -> str:
    """The slip's appointment, and the new one given with an apology under it."""
    if not line.rescheduled_to:
        return line.appointment_at
    return f"{line.appointment_at} (hẹn lại {line.rescheduled_to})"
