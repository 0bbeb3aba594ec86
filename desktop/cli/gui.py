"""``motcua gui`` (and ``motcua`` with no command): open the window."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help="mở cửa sổ ứng dụng (mặc định khi không có lệnh)")
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.ui.app import run

    return run(ctx.data_dir, ctx.clock)
