"""``motcua staff add | list | remove``: the commune's staff a dossier is handed over to."""

from __future__ import annotations

import argparse

from desktop.core.steps import Role


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="danh sách cán bộ nhận chuyển giao hồ sơ")
    inner = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True,
                                 parser_class=type(staff))
    add = inner.add_parser("add", help="thêm cán bộ (hoặc đổi vai trò)")
    add.add_argument("name", help="họ tên")
    add.add_argument("--role", required=True, choices=[r.value for r in Role],
                     help="desk: một cửa; specialist: chuyên môn; leader: lãnh đạo")
    add.set_defaults(handler=cmd_add)
    listing = inner.add_parser("list", help="xem danh sách")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    remove = inner.add_parser("remove", help="bỏ khỏi danh sách (lịch sử hồ sơ giữ nguyên)")
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_remove)


def cmd_add(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    member = ctx.store().staff.add(args.name, args.role, now=ctx.now())
    ctx.out(f"Đã thêm {member.name} ({member.role.label})")
    return 0


def cmd_list(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    members = ctx.store().staff.list()
    if args.json:
        ctx.out_json([m.to_json() for m in members])
        return 0
    if not members:
        ctx.out("Chưa có cán bộ nào. Thêm bằng: motcua staff add TÊN --role desk|specialist|leader")
    for member in members:
        ctx.out(f"{member.name}  ({member.role.label})")
    return 0


def cmd_remove(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    ctx.store().staff.remove(args.name)
    ctx.out(f"Đã bỏ {args.name} khỏi danh sách cán bộ")
    return 0
