"""The command line: ``motcua [--data-dir DIR] COMMAND …``.

Each area registers its commands from its own module (``register(subparsers)``); handlers take
``(args, ctx)`` and return an exit code. Bad input exits 2 with one Vietnamese line on stderr;
a data-file problem exits 1 with a plain explanation; neither prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from desktop import __version__, logs
from desktop.core.clock import now_vn
from desktop.core.errors import UserError
from desktop.paths import default_data_dir
from desktop.storage.db import StorageError, explain

EXIT_OK, EXIT_STORAGE, EXIT_USAGE = 0, 1, 2

log = logging.getLogger(__name__)


class Context:
    """What a command may use: the data directory, the clock, output, and the store."""

    def __init__(self, data_dir: Path, clock: Callable[[], datetime] = now_vn) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._store = None

    def now(self) -> datetime:
        return self.clock()

    def store(self):  # noqa: ANN201 - imported lazily to keep `motcua --help` fast
        if self._store is None:
            from desktop.storage import Store

            self._store = Store(self.data_dir, clock=self.clock)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @staticmethod
    def out(text: str = "") -> None:
        print(text)

    @staticmethod
    def out_json(data: object) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2))


#: argparse's own English words, as its messages and help print them.
_ARGPARSE_WORDS = (
    ("the following arguments are required:", "thiếu tham số bắt buộc:"),
    ("unrecognized arguments:", "tham số không nhận ra:"),
    ("invalid choice:", "lựa chọn không hợp lệ:"),
    ("(choose from", "(chọn một trong"),
    ("expected one argument", "cần một giá trị"),
    ("invalid int value:", "không phải số nguyên:"),
    ("invalid float value:", "không phải số:"),
    ("not allowed with argument", "không dùng cùng tham số"),
    ("argument ", "tham số "),
)


class VietnameseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


class VietnameseArgumentParser(argparse.ArgumentParser):
    """Usage errors follow the CLI contract: one clear line, exit code 2; help and errors in
    Vietnamese, argparse's own words included."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", VietnameseHelpFormatter)
        add_help = bool(kwargs.pop("add_help", True))
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="hiện trợ giúp này rồi thoát")

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, vietnamese in _ARGPARSE_WORDS:
            message = message.replace(english, vietnamese)
        sys.stderr.write(f"motcua: lỗi cú pháp lệnh: {message}. Xem: motcua --help\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import commands

    parser = VietnameseArgumentParser(
        prog="motcua",
        description="motcua — phần mềm bộ phận một cửa cấp xã (sổ hồ sơ, điều kiện vận hành, "
        "báo cáo, đồng bộ). Không có lệnh: mở cửa sổ ứng dụng.",
        epilog="motcua --self-test: tự kiểm tra bản cài đặt (cơ sở dữ liệu, phiếu PDF, kho khóa, "
        "bản dịch) rồi thoát.",
    )
    parser.add_argument("--version", action="version", version=f"motcua {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)")
    parser.add_argument("--log-dir", type=Path, default=None,
                        help="thư mục nhật ký (mặc định: MOTCUA_LOG_DIR hoặc thư mục nhật ký "
                        "người dùng)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                parser_class=VietnameseArgumentParser)
    for module in commands.MODULES:
        module.register(sub)
    return parser


def _unexpected(name: str) -> int:
    """A bug: the traceback goes to the log (personal data masked there), never to the user."""
    log.exception("command %s failed unexpectedly", name)
    where = logs.current_log_file()
    sys.stderr.write("motcua: lỗi ngoài dự kiến, dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã "
                     f"ghi vào nhật ký{f' {where}' if where else ''}; hãy gửi tệp đó cho bộ phận "
                     "kỹ thuật.\n")
    return EXIT_STORAGE


def run(argv: Sequence[str] | None = None, clock: Callable[[], datetime] = now_vn) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    logs.setup(args.log_dir)
    name = " ".join(filter(None, [args.command, getattr(args, f"{args.command}_command", None)]))
    ctx = Context(args.data_dir or default_data_dir(), clock)
    try:
        code = args.handler(args, ctx) or EXIT_OK
    except UserError as exc:
        # The message may quote what was typed (a name, a phone): log only that it happened.
        log.info("command %s: refused input (field %s)", name, exc.field)
        sys.stderr.write(f"motcua: {exc.message}\n")
        return EXIT_USAGE
    except StorageError as exc:
        log.warning("command %s: %s", name, exc.message)
        sys.stderr.write(f"motcua: {exc.message}\n")
        return EXIT_STORAGE
    except KeyboardInterrupt:
        sys.stderr.write("motcua: đã dừng theo yêu cầu.\n")
        return 130
    except sqlite3.Error as exc:
        known = explain(exc, ctx.data_dir)
        if known is None:
            return _unexpected(name)
        log.warning("command %s: %s", name, known.message)
        sys.stderr.write(f"motcua: {known.message}\n")
        return EXIT_STORAGE
    except Exception:
        return _unexpected(name)
    finally:
        ctx.close()
    log.info("command %s: exit %d", name, code)
    return code
