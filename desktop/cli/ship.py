"""``motcua backups | restore``: what IT staff need when a desk PC's data file goes wrong."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.clock import format_slip_time


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("backups", help="danh sách các bản sao lưu tự động")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_backups)

    restore = sub.add_parser(
        "restore", help="khôi phục dữ liệu từ một bản sao lưu (giữ lại bản hiện tại trước)")
    restore.add_argument("backup_file", type=Path, help="tệp sao lưu .sqlite3")
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

    done = restore(ctx.data_dir, args.backup_file, ctx.now())
    ctx.out(f"Đã khôi phục {done.dossiers} hồ sơ từ {done.source}.")
    if done.kept:
        ctx.out(f"Dữ liệu trước khi khôi phục được giữ ở {done.kept}.")
    return 0
