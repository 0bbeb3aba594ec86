"""``motcua sign setup | show | forget`` and ``motcua verify FILE.pdf``.

Secrets (the .p12 password, the token PIN) are read from standard input, never from an argument
a shell history would keep. ``verify`` exits 0 when every signature is valid and the file
unchanged (and chains to a given root), 1 when changed or invalid, 2 on bad input.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop.core.errors import UserError

EXIT_INVALID = 1


def register(sub: argparse._SubParsersAction) -> None:
    sign = sub.add_parser("sign", help="chữ ký số của đơn vị: thiết lập, xem chứng thư")
    inner = sign.add_subparsers(dest="sign_command", metavar="ACTION", required=True,
                                parser_class=type(sign))
    setup = inner.add_parser("setup", help="chọn tệp .p12 hoặc thiết bị ký số (token PKCS#11); "
                                           "mật khẩu/PIN đọc từ đầu vào chuẩn")
    where = setup.add_mutually_exclusive_group(required=True)
    where.add_argument("--p12", type=Path, help="tệp chứng thư số .p12/.pfx")
    where.add_argument("--pkcs11-module", help="thư viện PKCS#11 (trình điều khiển token)")
    setup.add_argument("--token-label", help="nhãn token (mặc định: token đầu tiên)")
    setup.add_argument("--key-label", help="nhãn khóa trên token (mặc định: khóa duy nhất)")
    setup.add_argument("--tsa", default="", help="máy chủ dấu thời gian (PAdES B-T)")
    setup.add_argument("--trust", action="append", default=[], metavar="ROOT.pem",
                       help="chứng thư gốc tin cậy khi kiểm tra chữ ký (lặp lại được)")
    setup.add_argument("--remember", action="store_true",
                       help="ghi nhớ mật khẩu/PIN trong kho khóa của hệ điều hành")
    setup.set_defaults(handler=cmd_setup)
    show = inner.add_parser("show", help="chứng thư đang dùng: người giữ, nơi cấp, hiệu lực")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    forget = inner.add_parser("forget", help="bỏ thiết lập chữ ký số và mật khẩu/PIN đã nhớ")
    forget.set_defaults(handler=cmd_forget)

    verify = sub.add_parser("verify", help="kiểm tra chữ ký số của tệp PDF (thoát 0: hợp lệ, "
                                           "1: bị sửa hoặc không hợp lệ, 2: sai đầu vào)")
    verify.add_argument("file", type=Path, help="tệp PDF cần kiểm tra")
    verify.add_argument("--trust", action="append", default=[], metavar="ROOT.pem",
                        help="chứng thư gốc tin cậy (mặc định: các tệp đã thiết lập)")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)


def read_secret(prompt: str) -> str:
    """One line from standard input (a pipe), or typed without echo at a terminal."""
    if sys.stdin.isatty():
        return getpass.getpass(f"{prompt}: ")
    return sys.stdin.readline().rstrip("\r\n")


def secret_for(store, setup) -> str:  # noqa: ANN001
    """The remembered secret, else standard input."""
    from desktop.sign.setup import SecretStore

    if setup.remember:
        remembered = SecretStore(store.data_dir).load()
        if remembered:
            return remembered
    secret = read_secret(setup.source.secret_name.capitalize())
    if not secret:
        raise UserError(f"Chưa nhập {setup.source.secret_name} (đọc từ đầu vào chuẩn).")
    return secret


def _describe(setup) -> list[str]:  # noqa: ANN001
    cert = setup.certificate
    lines = [f"Nguồn khóa: {setup.source.label()}", f"Người giữ: {cert.holder}",
             f"Nơi cấp: {cert.issuer}", f"Hiệu lực: {cert.period_label()}",
             f"Số hiệu: {cert.serial}",
             f"Dấu thời gian: {setup.tsa_url or 'không (PAdES B-B)'}",
             "Mật khẩu/PIN: " + ("ghi nhớ trong kho khóa" if setup.remember else "hỏi mỗi lần ký")]
    lines += [f"Chứng thư gốc tin cậy: {root}" for root in setup.trust_roots]
    return lines


def cmd_setup(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sign.setup import configure
    from desktop.sign.sources import P12Source, TokenSource

    if args.p12 is not None:
        if args.token_label or args.key_label:
            raise UserError("--token-label/--key-label chỉ dùng với --pkcs11-module.")
        source = P12Source(args.p12.expanduser().resolve())
    else:
        source = TokenSource(args.pkcs11_module, args.token_label, args.key_label)
    secret = read_secret(source.secret_name.capitalize())
    if not secret:
        raise UserError(f"Chưa nhập {source.secret_name} (đọc từ đầu vào chuẩn).")
    roots = tuple(str(Path(r).expanduser().resolve()) for r in args.trust)
    setup = configure(ctx.store(), source, secret, now=ctx.now(), tsa_url=args.tsa,
                      trust_roots=roots, remember=args.remember)
    ctx.out("Đã thiết lập chữ ký số.")
    for line in _describe(setup):
        ctx.out(line)
    return 0


def cmd_show(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sign.setup import require_setup

    setup = require_setup(ctx.store())
    if args.json:
        ctx.out_json(setup.to_json())
    else:
        for line in _describe(setup):
            ctx.out(line)
    return 0


def cmd_forget(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sign.setup import forget

    forget(ctx.store())
    ctx.out("Đã bỏ thiết lập chữ ký số.")
    return 0


def _configured_roots(ctx) -> tuple[str, ...]:  # noqa: ANN001
    """Roots from the desk's set-up, when this machine has one (verify also runs elsewhere)."""
    from desktop.paths import DB_FILENAME
    from desktop.sign.setup import load_setup

    if not (ctx.data_dir / DB_FILENAME).exists():
        return ()

    setup = load_setup(ctx.store())
    return setup.trust_roots if setup else ()


def cmd_verify(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sign.verify import verify_pdf

    verdict = verify_pdf(args.file, args.trust or _configured_roots(ctx))
    if args.json:
        ctx.out_json(verdict.to_json())
    else:
        for line in verdict.lines():
            ctx.out(line)
    return 0 if verdict.ok else EXIT_INVALID
