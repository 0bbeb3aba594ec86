"""``motcua dossier add | set-status | show | find``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop.core.clock import format_slip_time, iso, to_vn
from desktop.core.errors import UserError, ValidationError
from desktop.core.papers import basis_payload, parse_missing, supplement_payload
from desktop.core.states import REASON_REQUIRED, State, parse_state
from desktop.storage.corrections import Correction, summary_line
from desktop.storage.dossiers import NewDossier, event_text


def parse_local_time(text: str) -> datetime:
    """``YYYY-MM-DDTHH:MM`` in Vietnam time (an explicit offset is honoured)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Thời điểm «{text}» không đúng dạng YYYY-MM-DDTHH:MM.") from None
    return to_vn(value)


def register(sub: argparse._SubParsersAction) -> None:
    dossier = sub.add_parser("dossier", help="tiếp nhận, tra cứu và cập nhật hồ sơ")
    inner = dossier.add_subparsers(dest="dossier_command", metavar="ACTION", required=True,
                                   parser_class=type(dossier))

    add = inner.add_parser("add", help="tiếp nhận một hồ sơ mới")
    add.add_argument("--procedure", required=True, help="mã thủ tục, ví dụ khai-sinh")
    add.add_argument("--applicant", required=True, help="họ tên người nộp")
    add.add_argument("--channel", required=True, choices=["direct", "online", "postal"])
    add.add_argument("--id-number", help="số định danh cá nhân (12 chữ số)")
    add.add_argument("--phone", help="số điện thoại (10 chữ số)")
    add.add_argument("--address")
    add.add_argument("--email")
    add.add_argument("--authorised", help="người được ủy quyền (nếu có)")
    add.add_argument("--document", action="append", default=[], dest="documents",
                     help="giấy tờ đã nhận (lặp lại cho từng giấy tờ)")
    add.add_argument("--sets", type=int, default=1, help="số bộ hồ sơ")
    add.add_argument("--received", help="thời điểm tiếp nhận YYYY-MM-DDTHH:MM (mặc định: bây giờ)")
    add.add_argument("--note")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)

    status = inner.add_parser("set-status", help="chuyển trạng thái hồ sơ")
    status.add_argument("code")
    status.add_argument("state", help="số 1–10 hoặc tên: received, processing, resolved, …")
    status.add_argument("--at", help="thời điểm YYYY-MM-DDTHH:MM (mặc định: bây giờ)")
    status.add_argument("--note", help="lý do (bắt buộc khi yêu cầu bổ sung, từ chối, dừng, rút)")
    status.add_argument("--missing", action="append", default=[],
                        help="giấy tờ cần bổ sung «Tên giấy tờ: lý do» (lặp lại cho từng giấy tờ)")
    status.add_argument("--basis", help="căn cứ pháp lý (yêu cầu bổ sung, từ chối)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_set_status)

    edit = inner.add_parser(
        "edit", help="sửa thông tin đã lưu của hồ sơ (ghi lại giá trị cũ, mới và lý do)",
        description="Sửa thông tin hồ sơ đã lưu, kể cả hồ sơ đã kết thúc. Mã hồ sơ không đổi. "
        "Đổi thủ tục, kênh hoặc thời điểm tiếp nhận thì ngày hẹn trả được tính lại theo đúng "
        "quy tắc khi tiếp nhận (giữ thời gian chờ bổ sung). Để xóa một trường, truyền chuỗi rỗng.")
    edit.add_argument("code", help="mã hồ sơ")
    edit.add_argument("--reason", required=True, metavar="TEXT", help="lý do sửa (bắt buộc)")
    edit.add_argument("--applicant", metavar="NAME", help="họ tên người nộp")
    edit.add_argument("--id-number", metavar="N", help="số định danh cá nhân (12 chữ số)")
    edit.add_argument("--phone", metavar="P", help="số điện thoại (10 chữ số)")
    edit.add_argument("--address", metavar="A", help="địa chỉ")
    edit.add_argument("--email", metavar="E", help="thư điện tử")
    edit.add_argument("--authorised", metavar="NAME", help="người được ủy quyền")
    edit.add_argument("--procedure", metavar="SLUG", help="mã thủ tục, ví dụ khai-sinh")
    edit.add_argument("--channel", choices=["direct", "online", "postal"], metavar="C",
                      help="kênh nộp: direct, online hoặc postal")
    edit.add_argument("--received", metavar="YYYY-MM-DDTHH:MM", help="thời điểm tiếp nhận YYYY-MM-DDTHH:MM")
    edit.add_argument("--document", action="append", dest="documents", metavar="D",
                      help="giấy tờ đã nhận (lặp lại cho từng giấy tờ; thay cả danh sách)")
    edit.add_argument("--sets", type=int, metavar="N", help="số bộ hồ sơ")
    edit.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    edit.set_defaults(handler=cmd_edit)

    reschedule = inner.add_parser("reschedule", help="xin lỗi và hẹn lại ngày trả kết quả")
    reschedule.add_argument("code")
    reschedule.add_argument("--to", required=True, help="thời điểm hẹn mới YYYY-MM-DDTHH:MM")
    reschedule.add_argument("--reason", required=True, help="lý do chậm trả kết quả")
    reschedule.add_argument("--json", action="store_true")
    reschedule.set_defaults(handler=cmd_reschedule)

    handover = inner.add_parser("handover", help="chuyển giao hồ sơ cho cán bộ khác")
    handover.add_argument("code")
    handover.add_argument("--to", required=True, help="họ tên người nhận (trong danh sách cán bộ)")
    handover.add_argument("--at", help="thời điểm YYYY-MM-DDTHH:MM (mặc định: bây giờ)")
    handover.add_argument("--note")
    handover.add_argument("--resolved", action="store_true",
                          help="trả kết quả về một cửa và đánh dấu «Đã xử lý xong»")
    handover.add_argument("--json", action="store_true")
    handover.set_defaults(handler=cmd_handover)

    show = inner.add_parser("show", help="xem một hồ sơ và lịch sử của nó")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    find = inner.add_parser("find", help="tìm theo tên, mã hồ sơ, số điện thoại, số định danh")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=cmd_find)


def cmd_add(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    new = NewDossier(
        procedure=args.procedure, applicant=args.applicant, channel=args.channel,
        id_number=args.id_number, phone=args.phone, address=args.address, email=args.email,
        authorised=args.authorised, documents=tuple(args.documents), sets=args.sets,
        received_at=parse_local_time(args.received) if args.received else None, note=args.note,
    )
    store = ctx.store()
    try:
        dossier = store.dossiers.add(new, now=ctx.now())
    except ValidationError as exc:
        raise UserError(" ".join(exc.errors.values())) from exc
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()))
    else:
        ctx.out(f"{dossier.code}  hẹn trả {format_slip_time(dossier.appointment_at)}  "
                f"({dossier.state.label})")
    return 0


def _move_payload(args: argparse.Namespace) -> dict | None:
    target = parse_state(args.state)
    if args.missing and target is not State.SUPPLEMENT_REQUESTED:
        raise UserError("--missing chỉ dùng khi chuyển sang supplement_requested.")
    if target is State.SUPPLEMENT_REQUESTED:
        return supplement_payload([parse_missing(m) for m in args.missing], args.basis)
    if args.basis and target is not State.REFUSED:
        raise UserError("--basis chỉ dùng khi yêu cầu bổ sung hoặc từ chối hồ sơ.")
    return basis_payload(args.basis) or None


def cmd_set_status(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    payload = _move_payload(args)
    store = ctx.store()
    dossier = store.dossiers.set_status(
        args.code, args.state, now=ctx.now(),
        at=parse_local_time(args.at) if args.at else None, note=args.note, payload=payload,
    )
    if dossier.clock.forced_late and dossier.state is State.SUPPLEMENT_REQUESTED:
        sys.stderr.write("Lưu ý: đây là lần yêu cầu bổ sung thứ hai; theo quy định hồ sơ được "
                         "tính là quá hạn.\n")
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()))
    else:
        ctx.out(f"{dossier.code}: {dossier.state.label}")
    return 0


def cmd_edit(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    correction = Correction(
        reason=args.reason, applicant=args.applicant, id_number=args.id_number, phone=args.phone,
        address=args.address, email=args.email, authorised=args.authorised,
        procedure=args.procedure, channel=args.channel,
        received_at=parse_local_time(args.received) if args.received else None,
        documents=tuple(args.documents) if args.documents is not None else None, sets=args.sets,
    )
    store = ctx.store()
    try:
        dossier = store.dossiers.correct(args.code, correction, now=ctx.now())
    except ValidationError as exc:
        raise UserError(" ".join(exc.errors.values())) from exc
    event = store.dossiers.events(dossier.code)[-1]
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()) | {"correction": event.to_json()})
    else:
        ctx.out(f"{dossier.code}: đã sửa — {summary_line(event.changes)}")
    return 0


def cmd_reschedule(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    new_at = parse_local_time(args.to)
    store = ctx.store()
    dossier = store.handling.reschedule(args.code, new_at, args.reason, now=ctx.now())
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()))
    else:
        ctx.out(f"{dossier.code}: hẹn trả trên giấy tiếp nhận "
                f"{format_slip_time(dossier.appointment_at)}, hẹn lại "
                f"{format_slip_time(dossier.rescheduled_to)}")
    return 0


def cmd_handover(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    at = parse_local_time(args.at) if args.at else None
    store = ctx.store()
    dossier = store.handling.handover(args.code, args.to, now=ctx.now(), at=at, note=args.note,
                                      resolved=args.resolved)
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()))
    else:
        ctx.out(f"{dossier.code}: đang ở {dossier.holder} ({dossier.state.label})")
    return 0


def show_json(store, code: str, now: datetime) -> dict:  # noqa: ANN001
    """The dossier with its history and what its papers print: the reasons, the missing
    papers, the new appointments and the hand-over steps judged against their budgets."""
    dossier = store.dossiers.get(code)
    events = store.dossiers.events(code)
    data = dossier.to_json(now)
    data["events"] = [e.to_json() for e in events]
    data["supplement_requests"] = [
        {"at": iso(e.at), "reason": e.note, "missing": e.payload.get("missing", []),
         "basis": e.payload.get("basis")}
        for e in events if e.kind == "state" and e.to_state is State.SUPPLEMENT_REQUESTED
    ]
    data["reasons"] = {
        e.to_state.slug: {"at": iso(e.at), "reason": e.note, "basis": e.payload.get("basis")}
        for e in events if e.kind == "state" and e.to_state in REASON_REQUIRED
        and e.to_state is not State.SUPPLEMENT_REQUESTED
    }
    data["reschedules"] = [
        {"at": iso(e.at), "reason": e.note, **e.payload} for e in events if e.kind == "reschedule"
    ]
    data["corrections"] = [e.to_json() for e in events if e.is_correction]
    data["steps"] = [step.to_json() for step in store.handling.steps(dossier, events)]
    return data


def cmd_show(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    now = ctx.now()
    if args.json:
        ctx.out_json(show_json(store, args.code, now))
        return 0
    dossier = store.dossiers.get(args.code)
    events = store.dossiers.events(args.code)
    timing = dossier.timing(now)
    lines = [
        f"Mã hồ sơ:      {dossier.code}",
        f"Thủ tục:       {dossier.procedure_name} ({dossier.field_name})",
        f"Người nộp:     {dossier.applicant}",
        f"Kênh:          {dossier.channel.label}",
        f"Trạng thái:    {dossier.state.label}",
        f"Quầy tiếp nhận: {dossier.desk:02d}" if dossier.desk else "Quầy tiếp nhận: —",
        f"Tiếp nhận:     {format_slip_time(dossier.received_at)}",
        f"Hẹn trả:       {format_slip_time(dossier.appointment_at)}",
    ]
    if dossier.rescheduled_to:
        lines.append(f"Hẹn lại:       {format_slip_time(dossier.rescheduled_to)}")
    if dossier.holder:
        lines.append(f"Đang ở:        {dossier.holder}")
    if timing:
        lines.append(f"Kết quả:       {timing.label}")
    elif dossier.is_overdue(now):
        lines.append("Kết quả:       Đang quá hạn")
    lines.append("Lịch sử:")
    for e in events:
        if e.is_correction:
            lines.append(f"  {format_slip_time(e.at)}  Sửa thông tin ({e.actor}): "
                         f"{summary_line(e.changes)} — lý do: {e.note}")
            continue
        note = f" — {e.note}" if e.note else ""
        desk = f", quầy {e.desk:02d}" if e.desk else ""
        mark = "  [XUNG ĐỘT: không áp dụng]" if e.conflict else ""
        lines.append(f"  {format_slip_time(e.at)}  {event_text(e)} ({e.actor}{desk}){note}{mark}")
    ctx.out("\n".join(lines))
    return 0


def cmd_find(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    if not 1 <= args.limit <= 1000:
        raise UserError("--limit phải từ 1 đến 1000.")
    found = ctx.store().dossiers.find(args.query, args.limit)
    now = ctx.now()
    if args.json:
        ctx.out_json([d.to_json(now) for d in found])
        return 0
    if not found:
        ctx.out("Không tìm thấy hồ sơ nào.")
    for d in found:
        ctx.out(f"{d.code}  {d.applicant}  {d.procedure_name}  {d.state.label}  "
                f"hẹn {format_slip_time(d.appointment_at)}")
    return 0
