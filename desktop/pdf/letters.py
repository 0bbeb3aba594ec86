"""The one-page papers the desk hands a citizen when a dossier stops short of its result:
supplement request (form 02), refusal (03), apology and new appointment (04), stop notice (05).

Each prints what the clerk entered once with the move (the event's note and payload), dated the
day of that event and signed by whoever recorded it. A paper that does not apply to the dossier
(a refusal of a dossier never refused) is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.clock import format_slip_time, from_iso, now_vn
from desktop.core.errors import UserError
from desktop.core.states import Channel, State
from desktop.pdf.fonts import BOLD
from desktop.pdf.layout import (
    Document,
    Signature,
    grid_style,
    labelled,
    national_header,
    para,
    signatures,
    style,
)  # fmt: skip
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.receipt import result_place
from desktop.pdf.text import markup, nfc, place_date_line
from desktop.storage.dossiers import Dossier, Event
from desktop.storage.handling import latest, reschedules
from desktop.storage.store import Store


@dataclass(frozen=True)
class Paper:
    form: str
    title: str
    #: The event the paper is issued for, or a Vietnamese line saying why it does not apply.
    find: Callable[[list[Event]], Event | None]
    missing: str
    build: Callable[[Store, Dossier, Event, list[Event], float], list[Flowable]]
    signer: str = "NGƯỜI LẬP PHIẾU"


def _body() -> dict:
    return {"body": style("letter-body", 11, align=TA_JUSTIFY, spaceAfter=4, leading=15),
            "title": style("letter-title", 13.5, BOLD, TA_CENTER, spaceBefore=10, spaceAfter=2),
            "to": style("letter-to", 11, BOLD, TA_CENTER, spaceAfter=8)}


def _intro(store: Store, d: Dossier, st: dict) -> list[Flowable]:
    centre = store.settings.require_identity().commune.centre_name
    return [
        Paragraph(f"{markup(centre)} đã tiếp nhận hồ sơ của Ông/Bà <b>{markup(d.applicant)}</b>"
                  f" lúc {format_slip_time(d.received_at)}.", st["body"]),
        labelled("Mã hồ sơ", d.code, st["body"]),
        labelled("Nội dung yêu cầu giải quyết", d.procedure_name, st["body"]),
    ]


def _missing_table(items: list[dict], width: float) -> Table:
    cell = style("miss-cell", 10)
    head = style("miss-head", 10, BOLD, TA_CENTER)
    rows: list[list[object]] = [[para("STT", head), para("Giấy tờ cần bổ sung, hoàn thiện", head),
                                 para("Lý do", head)]]
    for number, item in enumerate(items, 1):
        rows.append([para(number, style("miss-n", 10, align=TA_CENTER)), para(item["name"], cell),
                     para(item.get("reason") or "—", cell)])
    table = Table(rows, colWidths=[12 * mm, (width - 12 * mm) * 0.55, (width - 12 * mm) * 0.45],
                  repeatRows=1)
    table.setStyle(TableStyle(grid_style(1, 10)))
    return table


def _supplement(store: Store, d: Dossier, e: Event, events: list[Event],
                width: float) -> list[Flowable]:
    st = _body()
    identity = store.settings.require_identity()
    items = e.payload.get("missing") or []
    story = [*_intro(store, d, st),
             Paragraph("Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện các nội dung sau:",
                       st["body"])]
    if items:
        story += [_missing_table(items, width), Spacer(1, 3 * mm)]
    story += [
        labelled("Lý do", e.note, st["body"]),
        labelled("Căn cứ pháp lý", e.payload.get("basis") or "—", st["body"]),
        labelled("Nơi nộp bổ sung", result_place(identity), st["body"]),
        Paragraph("Hình thức nộp: trực tiếp tại Bộ phận một cửa, qua dịch vụ bưu chính công ích "
                  "hoặc trực tuyến trên Cổng dịch vụ công.", st["body"]),
        Paragraph(f"Thời hạn giải quyết tạm dừng từ {format_slip_time(e.at)} cho đến khi nhận "
                  "đủ hồ sơ bổ sung. Nếu có vướng mắc, xin liên hệ Bộ phận một cửa để được "
                  "hướng dẫn.", st["body"]),
    ]
    if d.clock.forced_late:
        story.append(Paragraph("<i>Đây là lần yêu cầu bổ sung thứ hai; theo quy định, hồ sơ được "
                               "tính là quá hạn.</i>", st["body"]))
    return story


def _refusal(store: Store, d: Dossier, e: Event, events: list[Event],
             width: float) -> list[Flowable]:
    st = _body()
    basis = e.payload.get("basis")
    ground = f"Căn cứ {markup(basis)}, " if basis else ""
    return [
        *_intro(store, d, st),
        Paragraph(f"{ground}Bộ phận một cửa thông báo <b>không tiếp nhận, giải quyết</b> hồ sơ "
                  "này với lý do cụ thể như sau:", st["body"]),
        Paragraph(f"<b>{markup(e.note)}</b>", st["body"]),
        labelled("Căn cứ pháp lý", basis or "—", st["body"]),
        Paragraph("Xin thông báo để Ông/Bà được biết và thực hiện.", st["body"]),
    ]


def _stop(store: Store, d: Dossier, e: Event, events: list[Event],
          width: float) -> list[Flowable]:
    st = _body()
    return [
        *_intro(store, d, st),
        Paragraph(f"Kể từ {format_slip_time(e.at)}, hồ sơ trên được <b>dừng giải quyết</b> vì "
                  "lý do sau:", st["body"]),
        Paragraph(f"<b>{markup(e.note)}</b>", st["body"]),
        Paragraph("Xin thông báo để Ông/Bà được biết. Mọi thắc mắc xin liên hệ Bộ phận một cửa "
                  f"({markup(result_place(store.settings.require_identity()))}).", st["body"]),
    ]


def _apology(store: Store, d: Dossier, e: Event, events: list[Event],
             width: float) -> list[Flowable]:
    st = _body()
    identity = store.settings.require_identity()
    order = reschedules(events).index(e) + 1
    new_at = from_iso(e.payload["rescheduled_to"])
    delivery = ("Văn bản này được gửi qua thư điện tử/tin nhắn theo thông tin Ông/Bà đã đăng ký."
                if d.channel is Channel.ONLINE else
                "Văn bản này được giao trực tiếp tại Bộ phận một cửa.")
    story = [
        labelled("Địa chỉ", d.address, st["body"]),
        labelled("Số điện thoại", d.phone, st["body"]),
        labelled("Thư điện tử", d.email, st["body"]),
        Spacer(1, 2 * mm),
        Paragraph(f"Ngày {d.received_at:%d/%m/%Y}, {markup(identity.commune.centre_name)} tiếp "
                  f"nhận hồ sơ của Ông/Bà, mã hồ sơ <b>{markup(d.code)}</b>, nội dung yêu cầu "
                  f"giải quyết: {markup(d.procedure_name)}.", st["body"]),
        labelled("Thời gian hẹn trả kết quả trên Giấy tiếp nhận",
                 format_slip_time(d.appointment_at), st["body"]),
        Paragraph("Hồ sơ của Ông/Bà không giải quyết được đúng hạn. Lý do: "
                  f"<b>{markup(e.note)}</b>.", st["body"]),
        Paragraph(f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {markup(org_name(store))} "
                  "<b>thành thật xin lỗi</b> Ông/Bà và xin hẹn lại thời gian trả kết quả vào:",
                  st["body"]),
        para(format_slip_time(new_at), style("new-at", 14, BOLD, TA_CENTER, spaceAfter=6)),
    ]
    if order > 1:
        story.append(Paragraph(f"<i>Đây là lần hẹn lại thứ {order} (lần hẹn trước: "
                               f"{format_slip_time(from_iso(e.payload['previous']))}).</i>",
                               st["body"]))
    story += [Paragraph(f"Nơi trả kết quả: {markup(result_place(identity))}. {delivery}",
                        st["body"]),
              Paragraph("Rất mong nhận được sự thông cảm của Ông/Bà.", st["body"])]
    return story


def org_name(store: Store) -> str:
    return f"Ủy ban nhân dân {nfc(store.settings.require_identity().commune.name)}"


def _rescheduled(events: list[Event]) -> Event | None:
    found = reschedules(events)
    return found[-1] if found else None


PAPERS: dict[str, Paper] = {
    "supplement": Paper(
        "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        lambda ev: latest(ev, "state", State.SUPPLEMENT_REQUESTED),
        "Hồ sơ chưa từng được yêu cầu bổ sung, không có phiếu yêu cầu bổ sung để in.",
        _supplement, "NGƯỜI HƯỚNG DẪN"),
    "refusal": Paper(
        "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        lambda ev: latest(ev, "state", State.REFUSED),
        "Hồ sơ không bị từ chối tiếp nhận, không có phiếu từ chối để in.", _refusal),
    "apology": Paper(
        "04", "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", _rescheduled,
        "Hồ sơ chưa được hẹn lại, không có văn bản xin lỗi để in.", _apology,
        "THỦ TRƯỞNG CƠ QUAN ĐỂ QUÁ HẠN"),
    "stop": Paper(
        "05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", lambda ev: latest(ev, "state", State.STOPPED),
        "Hồ sơ không bị dừng xử lý, không có thông báo dừng để in.", _stop),
}


def build_letter(store: Store, paper: Paper, dossier: Dossier, event: Event, events: list[Event],
                 width: float) -> list[Flowable]:
    identity = store.settings.require_identity()
    st = _body()
    header = national_header(identity, width, left_extra=[f"Mẫu số {paper.form}"],
                             right_extra=[place_date_line(identity.commune.name, event.at.date())])
    hint = "(Ký, ghi rõ họ tên, đóng dấu)" if paper.form == "04" else "(Ký, ghi rõ họ tên)"
    return [
        header, para(paper.title, st["title"]), Spacer(1, 3 * mm),
        para(f"Kính gửi: Ông/Bà {dossier.applicant}", st["to"]),
        *paper.build(store, dossier, event, events, width),
        Spacer(1, 6 * mm),
        signatures([Signature("NGƯỜI NHẬN", name=dossier.applicant),
                    Signature(paper.signer, hint=hint,
                              name=event.actor if paper.form != "04" else "")], width),
    ]


def render_letter(store: Store, kind: str, code: str, out_path: Path | str, *,
                  now: datetime | None = None, number: int | None = None) -> Path:
    """Form 02, 03, 04 or 05 (``kind``: supplement, refusal, apology, stop) for ``code``;
    ``number`` picks an earlier apology (1 = the first reschedule), else the latest."""
    now = now or now_vn()
    paper = PAPERS[kind]
    target = check_target(out_path)
    dossier = store.dossiers.get(nfc(code))
    events = store.dossiers.events(dossier.code)
    event = paper.find(events)
    if event is None:
        raise UserError(paper.missing, "code")
    if number is not None:
        given = reschedules(events)
        if kind != "apology" or not 1 <= number <= len(given):
            raise UserError(f"Hồ sơ có {len(given)} lần hẹn lại; không có lần thứ {number}.",
                            "number")
        event = given[number - 1]
    identity = store.settings.require_identity()
    with atomic_output(target) as temp:
        doc = Document(temp, A4, identity=identity, now=now,
                       title=f"{paper.title.capitalize()} {dossier.code}",
                       subject=f"Mẫu số {paper.form}: hồ sơ {dossier.code}, "
                               f"{dossier.procedure_name}")
        doc.render(build_letter(store, paper, dossier, event, events, doc.width))
    return target
