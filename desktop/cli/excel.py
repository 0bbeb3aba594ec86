"""``motcua export template | book | summary`` and ``motcua import book``: Excel in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.admin import add_period, parse_day
from desktop.core.numbers import number


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="xuất sổ Excel: mẫu sổ theo dõi, sổ, báo cáo II.06a")
    inner = export.add_subparsers(dest="export_command", metavar="WHAT", required=True,
                                  parser_class=type(export))
    template = inner.add_parser("template", help="mẫu sổ theo dõi hồ sơ để điền và nhập")
    template.set_defaults(handler=cmd_template)
    book = inner.add_parser("book", help="sổ theo dõi hồ sơ tiếp nhận trong kỳ")
    add_period(book)
    book.add_argument("--field", help="mã hoặc tên lĩnh vực (mặc định: tất cả)")
    book.set_defaults(handler=cmd_book)
    summary = inner.add_parser("summary", help="tình hình giải quyết hồ sơ trong kỳ (II.06a)")
    add_period(summary)
    summary.set_defaults(handler=cmd_summary)
    for command in (template, book, summary):
        command.add_argument("--out", type=Path, required=True, help="tệp .xlsx cần ghi")

    importing = sub.add_parser("import", help="nhập sổ theo dõi hồ sơ cũ (Excel hoặc CSV)")
    inner = importing.add_subparsers(dest="import_command", metavar="WHAT", required=True,
                                     parser_class=type(importing))
    book_in = inner.add_parser("book", help="nhập sổ theo dõi hồ sơ cũ: kiểm tra mọi dòng "
                               "trước, có lỗi thì không nhập gì")
    book_in.add_argument("file", type=Path, help="tệp .xlsx hoặc .csv theo mẫu sổ theo dõi")
    book_in.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    book_in.add_argument("--json", action="store_true")
    book_in.set_defaults(handler=cmd_import)


def cmd_template(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.excel import write_template

    ctx.out(f"Đã lưu {write_template(ctx.store(), args.out)}")
    return 0


def cmd_book(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.excel import export_book

    first, last = parse_day(args.first), parse_day(args.last)
    path, count = export_book(ctx.store(), first, last, args.field, args.out, now=ctx.now())
    ctx.out(f"Đã lưu {path} ({number(count)} hồ sơ)")
    return 0


def cmd_summary(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.excel import export_summary

    first, last = parse_day(args.first), parse_day(args.last)
    ctx.out(f"Đã lưu {export_summary(ctx.store(), first, last, args.out, now=ctx.now())}")
    return 0


def _describe(check) -> list[str]:  # noqa: ANN001 - BookCheck
    lines = [f"Tệp {check.file}: {number(check.rows)} dòng hồ sơ; sẽ nhập {number(check.new)} "
             f"hồ sơ mới, {number(check.already_present)} hồ sơ đã có (bỏ qua)."]
    if check.first:
        lines.append(f"Tiếp nhận từ {check.first:%d/%m/%Y} đến {check.last:%d/%m/%Y}.")
    for title, counts in (("Theo tình trạng", check.by_state), ("Theo lĩnh vực", check.by_field)):
        if counts:
            lines.append(f"{title}:")
            lines += [f"  {name}: {number(n)}" for name, n in counts.items()]
    return lines


def cmd_import(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.excel import BookRefused, check_book, import_book
    from desktop.excel.importer import refusal_text

    store = ctx.store()
    if args.dry_run:
        check = check_book(store, args.file, now=ctx.now())
        if args.json:
            ctx.out_json(check.to_json() | {"dry_run": True})
        elif check.ok:
            ctx.out("\n".join(_describe(check) + ["Chạy thử: chưa ghi gì vào sổ."]))
        else:
            sys.stderr.write(f"motcua: {refusal_text(check)}\n")
        return 0 if check.ok else 2
    def progress(done: int, total: int) -> None:  # a long book: show that it is moving
        if done % 10_000 == 0 and not args.json:
            sys.stderr.write(f"… {number(done)} / {number(total)} dòng\n")

    try:
        check, outcome = import_book(store, args.file, now=ctx.now(), progress=progress)
    except BookRefused as exc:
        if not args.json:
            raise
        ctx.out_json(exc.check.to_json() | {"dry_run": False, "added": 0})
        return 2
    if args.json:
        ctx.out_json(check.to_json() | {"dry_run": False, "added": outcome.added,
                                        "skipped": outcome.skipped})
    else:
        ctx.out("\n".join(_describe(check) + [
            f"Đã nhập {number(outcome.added)} hồ sơ; bỏ qua {number(outcome.skipped)} hồ sơ "
            "đã có."]))
    return 0
