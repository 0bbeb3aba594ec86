"""The process-control sheet (form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ): it travels
with the dossier and gets one row, signed by both sides, at every hand-over.

Each row judges the giver's step against its own budget (``core.steps``), so the sheet shows
where the time went; an open dossier gets a blank row for the next hand-over.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.clock import format_slip_time, now_vn, to_vn
from desktop.core.steps import Step
from desktop.pdf.fonts import BOLD, ITALIC
from desktop.pdf.layout import (
    SPOT_HEIGHT,
    SPOT_WIDTH,
    Document,
    grid_style,
    labelled,
    national_header,
    para,
    style,
)  # fmt: skip
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.spot import SignatureSpot
from desktop.pdf.text import nfc
from desktop.storage.dossiers import Dossier
from desktop.storage.store import Store

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
#: STT, giver, receiver, time, result, note, two signatures; the note takes what is left.
WIDTHS = (10 * mm, 30 * mm, 30 * mm, 29 * mm, 22 * mm, 0, 16 * mm, 16 * mm)
BLANK_TIME = "… giờ … phút, ngày … tháng … năm …"


def handover_time(value: datetime) -> str:
    """The form's "hh giờ mm phút, ngày dd tháng mm năm yyyy"."""
    v = to_vn(value)
    return f"{v:%H} giờ {v:%M} phút, ngày {v:%d} tháng {v:%m} năm {v.year}"


def _person(name: str, role_label: str, st) -> list[Flowable]:  # noqa: ANN001
    return [para(name, st, bold=True), para(role_label, style("role", 8, ITALIC))]


def _rows(steps: list[Step], open_dossier: bool, width: float) -> Table:
    cell = style("ctl-cell", 8.5)
    head = style("ctl-head", 8.5, BOLD, TA_CENTER)
    centre = style("ctl-centre", 8.5, align=TA_CENTER)
    heads = ("STT", "Bên giao", "Bên nhận", "Thời gian giao, nhận hồ sơ",
             "Kết quả bước (hạn của bước)", "Ghi chú", "Người giao ký", "Người nhận ký")
    rows: list[list[object]] = [[para(h, head) for h in heads]]
    for step in steps:
        h = step.handover
        rows.append([
            para(step.number, centre), _person(h.giver, h.giver_role.label, cell),
            _person(h.receiver, h.receiver_role.label, cell), para(handover_time(h.at), cell),
            [para(step.timing.label, style("ctl-mark", 8.5, BOLD, TA_CENTER)),
             para(f"(hạn {format_slip_time(step.due_at)})", style("ctl-due", 7.5, ITALIC,
                                                                  TA_CENTER))],
            para(h.note or "", cell), "", "",
        ])
    if open_dossier:
        rows.append([para(len(steps) + 1, centre), "", "", para(BLANK_TIME, cell), "", "", "", ""])
    widths = list(WIDTHS)
    widths[5] = width - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [16 * mm] * (len(rows) - 1))
    table.setStyle(TableStyle(grid_style(1, 8.5) + [("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def build_story(store: Store, dossier: Dossier, steps: list[Step], width: float) -> list[Flowable]:
    identity = store.settings.require_identity()
    body = style("ctl-body", 10.5, spaceAfter=2)
    appointment = format_slip_time(dossier.appointment_at)
    if dossier.rescheduled_to:
        appointment += f" (hẹn lại: {format_slip_time(dossier.rescheduled_to)})"
    return [
        national_header(identity, width, left_extra=["Mẫu số 06"]),
        para(TITLE, style("ctl-title", 13.5, BOLD, TA_CENTER, spaceBefore=10, spaceAfter=2)),
        para(f"Mã hồ sơ: {dossier.code}", style("ctl-code", 10.5, ITALIC, TA_CENTER,
                                                 spaceAfter=8)),
        labelled("Người nộp hồ sơ", dossier.applicant, body),
        labelled("Số điện thoại", dossier.phone, body),
        labelled("Nội dung yêu cầu giải quyết", dossier.procedure_name, body),
        labelled("Thời gian nhận hồ sơ", format_slip_time(dossier.received_at), body),
        labelled("Thời gian trả kết quả", appointment, body),
        Spacer(1, 3 * mm),
        _rows(steps, not dossier.state.is_final, width),
        Spacer(1, 2 * mm),
        Paragraph("<i>Kết quả mỗi bước: so với thời gian của bước theo quy trình nội bộ, không "
                  "tính thời gian chờ công dân bổ sung hồ sơ.</i>", style("ctl-note", 8.5)),
        Spacer(1, 3 * mm),
        SignatureSpot(SPOT_WIDTH, SPOT_HEIGHT, h_align="RIGHT"),  # the desk's digital signature
    ]


def render_control(store: Store, code: str, out_path: Path | str, *,
                   now: datetime | None = None) -> Path:
    now = now or now_vn()
    target = check_target(out_path)
    dossier = store.dossiers.get(nfc(code))
    steps = store.handling.steps(dossier, store.dossiers.events(dossier.code))
    identity = store.settings.require_identity()
    with atomic_output(target) as temp:
        doc = Document(temp, A4, identity=identity, now=now,
                       title=f"Phiếu kiểm soát quá trình giải quyết hồ sơ {dossier.code}",
                       subject=f"Mẫu số 06: hồ sơ {dossier.code}, {dossier.procedure_name}")
        doc.render(build_story(store, dossier, steps, doc.width))
    return target
