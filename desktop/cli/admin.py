"""``motcua setup | summary | checklist | demo | backup``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.core.clock import format_date, from_epoch
from desktop.core.codes import check_desk
from desktop.core.errors import UserError
from desktop.core.numbers import percent
from desktop.core.summary import COUNT_KEYS, summary_json


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Ngày «{text}» không đúng dạng YYYY-MM-DD.") from None


def add_period(parser: argparse.ArgumentParser) -> None:
    """``--from D --to D``, the reporting period every summary, book and export asks for."""
    parser.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")


def register(sub: argparse._SubParsersAction) -> None:
    setup = sub.add_parser("setup", help="thiết lập xã/phường, mã cơ quan, số quầy")
    setup.add_argument("--commune", required=True, help="mã xã/phường (danh mục hành chính 2025)")
    setup.add_argument("--agency-id", required=True, help="mã định danh cơ quan, ví dụ 000.17.22.H56")
    setup.add_argument("--desk", required=True, help="số hiệu quầy 01–99 (khác nhau giữa các máy)")
    setup.add_argument("--officer", help="tên cán bộ ghi vào lịch sử hồ sơ")
    setup.set_defaults(handler=cmd_setup)

    summary = sub.add_parser("summary", help="tình hình giải quyết hồ sơ trong kỳ (mẫu II.06a)")
    add_period(summary)
    summary.add_argument("--desk", help="chỉ hồ sơ tiếp nhận tại quầy này (01–99); mặc định cả xã")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=cmd_summary)

    checklist = sub.add_parser("checklist", help="điều kiện vận hành")
    inner = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True,
                                     parser_class=type(checklist))
    listing = inner.add_parser("list", help="danh sách tiêu chí và trạng thái")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_checklist_list)
    tick = inner.add_parser("set", help="cập nhật một tiêu chí")
    tick.add_argument("item_id")
    tick.add_argument("state", choices=["done", "not_done", "not_applicable"])
    tick.add_argument("--note")
    tick.add_argument("--evidence", help="căn cứ: số văn bản, tên tệp…")
    tick.set_defaults(handler=cmd_checklist_set)

    demo = sub.add_parser("demo", help="tạo dữ liệu mẫu (chỉ trên thư mục dữ liệu trống)")
    demo.add_argument("--dossiers", type=int, required=True)
    demo.add_argument("--seed", type=int, default=2025)
    demo.set_defaults(handler=cmd_demo)

    backup = sub.add_parser("backup", help="sao lưu tệp dữ liệu ngay")
    backup.add_argument("--to", type=Path, help="tệp đích (mặc định: thư mục backups)")
    backup.set_defaults(handler=cmd_backup)


def cmd_setup(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    identity = ctx.store().setup(args.commune, args.agency_id, args.desk, args.officer)
    ctx.out(f"Đã thiết lập: {identity.commune.label} — mã cơ quan {identity.agency_id}, "
            f"quầy {identity.desk:02d}.")
    return 0


def cmd_summary(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    first, last = parse_day(args.first), parse_day(args.last)
    desk = None if args.desk is None else check_desk(args.desk)
    store = ctx.store()
    summary = store.dossiers.summary(first, last, desk)
    if args.json:
        data = summary_json(summary)
        data["from"], data["to"] = first.isoformat(), last.isoformat()
        data["desk"] = desk
        data["desks"] = [{"desk": d.desk, "dossiers": d.dossiers,
                          "as_of": from_epoch(d.as_of).isoformat() if d.as_of else None}
                         for d in store.replica.desks() if desk is None or d.desk == desk]
        ctx.out_json(data)
        return 0
    headers = ["Lĩnh vực", "Nhận", "Trực tuyến", "Trực tiếp+BC", "Kỳ trước", "Đã GQ",
               "Trước hạn", "Đúng hạn", "Quá hạn", "Đang GQ", "Trong hạn", "Quá hạn"]
    table = [[row.field_name] + [str(getattr(row, k)) for k in COUNT_KEYS]
             for row in [*summary.rows, summary.total]]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    ctx.out(f"Tình hình giải quyết hồ sơ từ {format_date(first)} đến {format_date(last)}")
    ctx.out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for r in table:
        ctx.out("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    ctx.out(f"Tỷ lệ trực tuyến: {percent(summary.online_rate)}; "
            f"tỷ lệ đúng hạn: {percent(summary.on_time_rate)}")
    return 0


def cmd_checklist_list(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    items = store.checklist.items()
    green = store.checklist.green()
    if args.json:
        ctx.out_json({"green": green, "items": [i.to_json() for i in items]})
        return 0
    for i in items:
        mark = {"done": "[x]", "not_done": "[ ]", "not_applicable": "[-]"}[i.state.value]
        required = "" if i.required else " (không bắt buộc)"
        ctx.out(f"{mark} {i.id:>2}. {i.title}{required}")
    ctx.out("Trạng thái: XANH — đủ điều kiện vận hành" if green
            else "Trạng thái: CHƯA XANH — còn tiêu chí bắt buộc chưa đáp ứng")
    return 0


def cmd_checklist_set(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    item = store.checklist.set(args.item_id, args.state, now=ctx.now(), note=args.note,
                               evidence=args.evidence)
    ctx.out(f"Tiêu chí {item.id}: {item.state.label}. "
            + ("Đơn vị đã XANH." if store.checklist.green() else "Đơn vị chưa XANH."))
    return 0


def cmd_demo(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.demo import seed

    if not 1 <= args.dossiers <= 5_000_000:
        raise UserError("--dossiers phải từ 1 đến 5.000.000.")
    report = seed(ctx.store(), args.dossiers, now=ctx.now(), seed=args.seed, progress=ctx.out)
    ctx.out(report)
    return 0


def cmd_backup(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    target = ctx.store().backup(args.to)
    ctx.out(f"Đã sao lưu vào {target}")
    return 0
