"""``motcua dossier add | set-status | show | find``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop.core.clock import format_slip_time, iso, to_vn
from desktop.core.errors import UserError, ValidationError
from desktop.storage.dossiers import NewDossier


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
    status.add_argument("--note")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_set_status)

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


def cmd_set_status(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    dossier = store.dossiers.set_status(
        args.code, args.state, now=ctx.now(),
        at=parse_local_time(args.at) if args.at else None, note=args.note,
    )
    if dossier.supplement_count >= 2 and dossier.state.value == 5:
        sys.stderr.write("Lưu ý: đây là lần yêu cầu bổ sung thứ hai; theo quy định hồ sơ được "
                         "tính là quá hạn.\n")
    if args.json:
        ctx.out_json(dossier.to_json(ctx.now()))
    else:
        ctx.out(f"{dossier.code}: {dossier.state.label}")
    return 0


def cmd_show(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    dossier = store.dossiers.get(args.code)
    events = store.dossiers.events(args.code)
    now = ctx.now()
    if args.json:
        data = dossier.to_json(now)
        data["events"] = [
            {"at": iso(e.at), "actor": e.actor,
             "from": e.from_state.slug if e.from_state else None, "to": e.to_state.slug,
             "note": e.note, "desk": e.desk, "conflict": e.conflict}
            for e in events
        ]
        ctx.out_json(data)
        return 0
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
    if timing:
        lines.append(f"Kết quả:       {timing.label}")
    elif dossier.is_overdue(now):
        lines.append("Kết quả:       Đang quá hạn")
    lines.append("Lịch sử:")
    for e in events:
        source = f"{e.from_state.label} → " if e.from_state else ""
        note = f" — {e.note}" if e.note else ""
        desk = f", quầy {e.desk:02d}" if e.desk else ""
        mark = "  [XUNG ĐỘT: không áp dụng]" if e.conflict else ""
        lines.append(f"  {format_slip_time(e.at)}  {source}{e.to_state.label} ({e.actor}{desk})"
                     f"{note}{mark}")
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
