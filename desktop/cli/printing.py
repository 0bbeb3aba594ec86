"""``motcua print receipt | supplement | refusal | apology | stop | control | book | summary |
checklist``: the printed papers as PDF files."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli.admin import add_period, parse_day


def register(sub: argparse._SubParsersAction) -> None:
    printing = sub.add_parser("print", help="in giấy tờ ra tệp PDF (giấy hẹn, báo cáo, sổ)")
    inner = printing.add_subparsers(dest="print_command", metavar="PAPER", required=True,
                                    parser_class=type(printing))

    receipt = inner.add_parser("receipt", help="giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    receipt.add_argument("code", help="mã hồ sơ")
    receipt.set_defaults(handler=cmd_receipt)

    summary = inner.add_parser("summary", help="tình hình giải quyết hồ sơ trong kỳ (II.06a)")
    add_period(summary)
    summary.set_defaults(handler=cmd_summary)

    checklist = inner.add_parser("checklist", help="báo cáo điều kiện vận hành")
    checklist.set_defaults(handler=cmd_checklist)

    book = inner.add_parser("book", help="sổ theo dõi hồ sơ tiếp nhận trong kỳ")
    add_period(book)
    book.add_argument("--field", help="mã hoặc tên lĩnh vực (mặc định: tất cả)")
    book.set_defaults(handler=cmd_book)

    papers = {"supplement": "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02, lần gần nhất)",
              "refusal": "phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)",
              "apology": "văn bản xin lỗi và hẹn lại (mẫu 04, lần hẹn lại gần nhất)",
              "stop": "thông báo dừng giải quyết hồ sơ (mẫu 05)"}
    letters = []
    for kind, help_text in papers.items():
        letter = inner.add_parser(kind, help=help_text)
        letter.add_argument("code", help="mã hồ sơ")
        letter.set_defaults(handler=cmd_letter, paper=kind, number=None)
        if kind == "apology":
            letter.add_argument("--number", type=int,
                                help="lần hẹn lại thứ mấy (mặc định: lần gần nhất)")
        letters.append(letter)
    control = inner.add_parser("control", help="phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)")
    control.add_argument("code", help="mã hồ sơ")
    control.set_defaults(handler=cmd_control)

    for command in (receipt, summary, checklist, book, *letters, control):
        command.add_argument("--out", type=Path, required=True, help="tệp PDF cần ghi")
        command.add_argument("--sign", action="store_true",
                             help="ký số bằng chứng thư đã thiết lập (motcua sign setup); "
                                  "mật khẩu/PIN đọc từ đầu vào chuẩn nếu chưa ghi nhớ")


def _done(ctx, path: Path) -> int:  # noqa: ANN001
    ctx.out(f"Đã lưu {path}")
    return 0


def _print(args: argparse.Namespace, ctx, render: Callable[[Path], Path]) -> int:  # noqa: ANN001
    """``render(path)`` as is, or through the signing layer with ``--sign``."""
    if not args.sign:
        return _done(ctx, render(args.out))
    from desktop.cli.signing import secret_for
    from desktop.sign.papers import render_signed
    from desktop.sign.setup import require_setup

    store = ctx.store()
    setup = require_setup(store)
    signed = render_signed(render, args.out, setup, secret_for(store, setup), now=ctx.now())
    ctx.out(f"Đã lưu {signed.path} (ký số bởi {signed.holder}, PAdES {signed.level})")
    if signed.note:
        ctx.out(f"Lưu ý: {signed.note}")
    return 0


def cmd_receipt(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_receipt

    return _print(args, ctx, lambda out: render_receipt(ctx.store(), args.code, out,
                                                        now=ctx.now()))


def cmd_letter(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_letter

    return _print(args, ctx, lambda out: render_letter(ctx.store(), args.paper, args.code, out,
                                                       now=ctx.now(), number=args.number))


def cmd_control(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_control

    return _print(args, ctx, lambda out: render_control(ctx.store(), args.code, out,
                                                        now=ctx.now()))


def cmd_summary(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_summary

    first, last = parse_day(args.first), parse_day(args.last)
    return _print(args, ctx, lambda out: render_summary(ctx.store(), first, last, out,
                                                        now=ctx.now()))


def cmd_checklist(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_checklist

    return _print(args, ctx, lambda out: render_checklist(ctx.store(), out, now=ctx.now()))


def cmd_book(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.pdf import render_book

    first, last = parse_day(args.first), parse_day(args.last)
    return _print(args, ctx, lambda out: render_book(ctx.store(), first, last, args.field, out,
                                                     now=ctx.now()))
