"""``motcua backups | restore``: what IT staff need when a desk PC's data file goes wrong."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.clock import format_slip_time
from desktop.storage.settings import SETTINGS


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("backups", help="danh sách các bản sao lưu tự động")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_backups)

    restore = sub.add_parser(
        "restore", help="khôi phục dữ liệu từ một bản sao lưu (giữ lại bản hiện tại trước)")
    restore.add_argument("backup_file", type=Path, help="tệp sao lưu .sqlite3")
    restore.add_argument(
        "--take-connection-settings", action="store_true",
        help="dùng cả máy chủ, chứng thư CA và tùy chọn gửi thông tin cá nhân của bản sao lưu "
             "(mặc định giữ cài đặt kết nối hiện tại; đổi máy chủ thì phải đăng nhập lại)")
    restore.set_defaults(handler=cmd_restore)


def cmd_backups(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.storage.backup import list_backups

    backups = list_backups(ctx.data_dir)
    if args.json:
        ctx.out_json([{"path": str(b.path), "taken_at": b.taken_at.isoformat(), "size": b.size}
                      for b in backups])
        return 0
    if not backups:
        ctx.out(f"Chưa có bản sao lưu nào trong {ctx.data_dir}.")
    for b in backups:
        ctx.out(f"{format_slip_time(b.taken_at)}  {b.size / 1_000_000:8.2f} MB  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    # No Store here: restoring is exactly what one does when the current file will not open.
    from desktop.storage.restore import restore

    done = restore(ctx.data_dir, args.backup_file, ctx.now(),
                   adopt_connection=args.take_connection_settings)
    ctx.out(f"Đã khôi phục {done.dossiers} hồ sơ từ {done.source}.")
    if done.kept:
        ctx.out(f"Dữ liệu trước khi khôi phục được giữ ở {done.kept}.")
    if done.connection:
        ctx.out("Cài đặt kết nối khác nhau (hiện tại | trong bản sao lưu):")
        for change in done.connection:
            ctx.out(f"  {SETTINGS[change.key].label}: {_shown(change.current)} | "
                    f"{_shown(change.in_backup)}")
        ctx.out("Đã dùng cài đặt kết nối của bản sao lưu; nếu máy chủ đổi, hãy đăng nhập lại."
                if done.adopted else
                "Đã giữ nguyên cài đặt kết nối hiện tại. Để dùng cài đặt của bản sao lưu, chạy "
                "lại lệnh với --take-connection-settings.")
    return 0


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value) if value not in ("", None) else "(trống)"
