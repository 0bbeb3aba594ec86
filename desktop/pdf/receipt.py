"""The receipt slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) the citizen takes home.

Every blank of the form is filled from the dossier as stored; the QR code carries the dossier
code so the citizen (or another desk) can look it up without retyping 27 characters.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.clock import format_slip_time, now_vn
from desktop.pdf.fonts import BOLD, ITALIC, REGULAR
from desktop.pdf.layout import (
    Document,
    Signature,
    grid_style,
    labelled,
    layout_style,
    national_header,
    para,
    signatures,
    style,
)  # fmt: skip
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.text import markup, nfc, place_date_line
from desktop.storage.dossiers import Dossier, Event
from desktop.storage.settings import DeskIdentity
from desktop.storage.store import Store

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
QR_SIZE = 30 * mm


def qr_code(data: str, size: float = QR_SIZE) -> Drawing:
    widget = QrCodeWidget(data, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=REGULAR)  # not Helvetica: only the embedded font is used
    drawing.add(widget)
    return drawing


def slip_number(dossier: Dossier) -> str:
    """The slip carries the tracking-book entry of its year, so both papers cite one number."""
    if dossier.book_entry is None:
        return dossier.code.rsplit("-", 1)[-1]
    return f"{dossier.book_entry:05d}/{dossier.received_at.year}"


def result_place(identity: DeskIdentity) -> str:
    commune = identity.commune
    return (f"Quầy số {identity.desk:02d}, Bộ phận một cửa — {commune.centre_name}, "
            f"{commune.province_name}")


def _documents(dossier: Dossier, width: float) -> Table:
    cell = style("doc-cell", 9.5)
    head = style("doc-head", 9.5, BOLD, TA_CENTER)
    rows: list[list[object]] = [[para("STT", head), para("Tên giấy tờ", head),
                                 para("Số lượng", head)]]
    names = dossier.documents or ("Hồ sơ theo thành phần quy định của thủ tục",)
    for number, name in enumerate(names, 1):
        rows.append([para(number, style("n", 9.5, align=TA_CENTER)), para(name, cell),
                     para(f"{dossier.sets:02d} bộ", style("q", 9.5, align=TA_CENTER))])
    table = Table(rows, colWidths=[12 * mm, width - 37 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle(grid_style(1, 9.5)))
    return table


def _receiver(store: Store, events: list[Event]) -> str:
    """Whoever recorded the first event received the dossier; fall back to the desk's officer."""
    return events[0].actor if events else str(store.settings.get("officer") or "")


def reprint_mark(events: list[Event]) -> str | None:
    """A slip printed after a correction says so, with the time of the last correction, so the
    citizen's two slips can be told apart."""
    corrected = [e.at for e in events if e.is_correction]
    if not corrected:
        return None
    return f"Bản in lại sau khi sửa thông tin — {format_slip_time(corrected[-1])}"


def build_story(store: Store, dossier: Dossier, width: float) -> list[Flowable]:
    identity = store.settings.require_identity()
    commune = identity.commune
    body = style("body", 10.5, spaceAfter=2.5)
    title_st = style("title", 13.5, BOLD, TA_CENTER, spaceBefore=10)
    code_st = style("code", 11, BOLD, TA_CENTER, spaceBefore=3)
    small = style("caption", 8, ITALIC, TA_CENTER)
    header = national_header(
        identity, width, left_extra=[f"Số: {slip_number(dossier)}"],
        right_extra=[place_date_line(commune.name, dossier.received_at.date())])
    applicant: list[Flowable] = [
        Paragraph(f"{markup(commune.centre_name)} đã tiếp nhận hồ sơ của:", body),
        labelled("Ông/Bà", dossier.applicant, body),
        labelled("Số định danh cá nhân/CCCD", dossier.id_number, body),
        labelled("Địa chỉ", dossier.address, body),
        labelled("Số điện thoại", dossier.phone, body),
        labelled("Thư điện tử", dossier.email, body),
        labelled("Người được ủy quyền", dossier.authorised or "Không", body),
        labelled("Hình thức nộp", dossier.channel.label, body),
    ]
    qr_cell = [qr_code(dossier.code), para("Quét mã để tra cứu hồ sơ", small)]
    top = Table([[applicant, qr_cell]], colWidths=[width - QR_SIZE - 6 * mm, QR_SIZE + 6 * mm])
    top.setStyle(TableStyle(layout_style() + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    events = store.dossiers.events(dossier.code)
    mark = reprint_mark(events)
    procedure = store.dossiers.procedures().get(dossier.procedure)
    legal_time = (procedure.legal_time_label(store.calendar.hours.cutoff) if procedure
                  else f"{dossier.legal_days} ngày làm việc")
    return [
        header,
        para(TITLE, title_st),
        para(f"Mã hồ sơ: {dossier.code}", code_st),
        *([para(mark, style("reprint", 9.5, ITALIC, TA_CENTER, spaceBefore=2))] if mark else []),
        Spacer(1, 4 * mm),
        top,
        labelled("Nội dung yêu cầu giải quyết", f"{dossier.procedure_name} "
                 f"(lĩnh vực {dossier.field_name})", body),
        Paragraph(f"1. Thành phần hồ sơ đã nhận (số lượng hồ sơ: <b>{dossier.sets:02d} bộ</b>):",
                  body),
        _documents(dossier, width),
        Spacer(1, 2 * mm),
        labelled("2. Thời gian giải quyết hồ sơ theo quy định", legal_time, body),
        labelled("3. Thời gian nhận hồ sơ", format_slip_time(dossier.received_at), body),
        labelled("4. Thời gian trả kết quả giải quyết hồ sơ",
                 format_slip_time(dossier.appointment_at), body),
        labelled("5. Nơi trả kết quả", result_place(identity), body),
        Paragraph(f"6. Vào Sổ theo dõi hồ sơ: quyển số <b>{dossier.received_at.year}</b>, "
                  f"số thứ tự <b>{markup(dossier.book_entry or '—')}</b>.", body),
        para("Khi đến nhận kết quả, xin mang theo giấy này và giấy tờ tùy thân. Nếu hồ sơ "
             "cần bổ sung hoặc chậm trả, Bộ phận một cửa sẽ thông báo bằng văn bản.",
             style("notice", 9, ITALIC, spaceBefore=4)),
        Spacer(1, 5 * mm),
        signatures([Signature("NGƯỜI NỘP HỒ SƠ", name=dossier.applicant),
                    Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", name=_receiver(store, events))], width),
    ]


def render_receipt(store: Store, code: str, out_path: Path | str, *,
                   now: datetime | None = None) -> Path:
    """The slip for ``code`` as an A4 PDF at ``out_path`` (replaced whole or not at all)."""
    now = now or now_vn()
    target = check_target(out_path)
    dossier = store.dossiers.get(nfc(code))
    identity = store.settings.require_identity()
    with atomic_output(target) as temp:
        doc = Document(temp, A4, identity=identity, now=now,
                       title=f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {dossier.code}",
                       subject=f"Hồ sơ {dossier.code}: {dossier.procedure_name}")
        doc.render(build_story(store, dossier, doc.width))
    return target
