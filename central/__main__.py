"""``motcua-central serve | token issue | stats``: run and administer the reference endpoint."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from central.db import CentralDB


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="motcua-central",
                                     description="Máy chủ tiếp nhận báo cáo motcua (bản tham chiếu).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", help="chạy máy chủ")
    serve.add_argument("--db", type=Path, required=True, help="tệp SQLite lưu báo cáo")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--certfile", type=Path, help="chứng thư TLS (PEM); không có: HTTP thường")
    serve.add_argument("--keyfile", type=Path, help="khóa riêng TLS (PEM)")
    serve.set_defaults(handler=cmd_serve)

    token = sub.add_parser("token", help="quản lý mã truy cập của quầy")
    inner = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    issue = inner.add_parser("issue", help="cấp mã mới (chỉ in ra một lần)")
    issue.add_argument("--commune", required=True, help="mã xã/phường")
    issue.add_argument("--desk", required=True, help="số quầy 01–99")
    issue.add_argument("--db", type=Path, required=True)
    issue.set_defaults(handler=cmd_token_issue)

    stats = sub.add_parser("stats", help="số báo cáo đã nhận theo xã và loại")
    stats.add_argument("--db", type=Path, required=True)
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=cmd_stats)
    return parser


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from central.app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        sys.stderr.write("motcua-central: cần cả --certfile và --keyfile để bật TLS.\n")
        return 2
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="info",
                ssl_certfile=str(args.certfile) if args.certfile else None,
                ssl_keyfile=str(args.keyfile) if args.keyfile else None)
    return 0


def cmd_token_issue(args: argparse.Namespace) -> int:
    commune = args.commune.strip()
    if not re.fullmatch(r"[0-9]{1,10}", commune):
        sys.stderr.write(f"motcua-central: mã xã «{commune}» phải là chữ số.\n")
        return 2
    if not args.desk.strip().isdigit() or not 1 <= int(args.desk) <= 99:
        sys.stderr.write("motcua-central: số quầy phải từ 01 đến 99.\n")
        return 2
    db = CentralDB(args.db)
    try:
        token = db.issue_token(str(int(commune)), int(args.desk))
    finally:
        db.close()
    print(token)
    sys.stderr.write("Mã chỉ hiện một lần; máy chủ chỉ lưu bản băm. Nhập vào máy quầy bằng: "
                     "motcua login --endpoint URL (dán mã vào đầu vào chuẩn).\n")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    if not args.db.exists():
        sys.stderr.write(f"motcua-central: không có tệp {args.db}.\n")
        return 2
    db = CentralDB(args.db)
    try:
        stats = db.stats()
    finally:
        db.close()
    if args.json:
        print(json.dumps({"communes": stats}, ensure_ascii=False, indent=2))
        return 0
    for commune, kinds in stats.items():
        for kind, counts in kinds.items():
            print(f"xã {commune}  {kind:<14} {counts['items']:>8} báo cáo  "
                  f"{counts['entities']:>8} đối tượng")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
