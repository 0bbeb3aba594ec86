"""``motcua-central serve | migrate | token issue|list|revoke | stats``.

``--db`` is an SQLite file path or a ``postgresql://`` URL. Bad input gets a Vietnamese
message and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from central.server import HEADER_TIMEOUT, MAX_CONNECTIONS, HubServer, server_config
from central.store import RELAY_DESK, CentralStore, NewerSchema, StoreUnavailable, open_store


class CliError(Exception):
    """Shown as one line on stderr; the command exits 2."""


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True,
                        help="tệp SQLite, hoặc postgresql://người-dùng@máy/csdl")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="motcua-central",
                                     description="Máy chủ tiếp nhận báo cáo motcua.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", help="chạy máy chủ")
    _db_arg(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--certfile", type=Path, help="chứng thư TLS (PEM); không có: HTTP thường")
    serve.add_argument("--keyfile", type=Path, help="khóa riêng TLS (PEM)")
    serve.add_argument("--max-connections", type=int, default=MAX_CONNECTIONS,
                       help="số kết nối tối đa cùng lúc (mặc định %(default)s)")
    serve.add_argument("--header-timeout", type=float, default=HEADER_TIMEOUT,
                       help="giây chờ tối đa để nhận xong phần đầu yêu cầu (mặc định %(default)s)")
    serve.add_argument("--docs", action="store_true",
                       help="mở /docs, /redoc, /openapi.json (mặc định: đóng)")
    serve.add_argument("--tls-self-signed", action="store_true",
                       help="tự tạo chứng thư TLS trong thư mục của --db (lần đầu) và in dấu vân "
                            "tay SHA256 để các quầy ghim (motcua login --pin)")
    serve.add_argument("--upstream", help="địa chỉ máy chủ tỉnh để chuyển tiếp báo cáo của các "
                                          "quầy (máy chủ xã)")
    serve.add_argument("--upstream-token-file", type=Path,
                       help="tệp chứa mã truy cập của máy chủ xã tại máy chủ tỉnh")
    serve.add_argument("--upstream-personal-data", action="store_true",
                       help="gửi kèm thông tin cá nhân lên tỉnh (mặc định: không)")
    serve.add_argument("--role", choices=["province", "commune"], default="province",
                       help="province: chỉ nhận báo cáo (mặc định); commune: máy chủ chung của "
                            "các quầy một xã, trao đổi hồ sơ giữa các quầy")
    serve.add_argument("--no-announce", action="store_true",
                       help="không thông báo máy chủ xã trên mạng LAN (mDNS, _motcua._tcp); "
                            "mặc định máy chủ xã tự thông báo để các quầy tìm thấy")
    serve.set_defaults(handler=cmd_serve)

    summary = sub.add_parser("summary", help="tình hình giải quyết hồ sơ của một xã (II.06a) "
                                             "từ các thay đổi máy chủ xã đang giữ")
    _db_arg(summary)
    summary.add_argument("--commune", required=True, help="mã xã/phường")
    summary.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    summary.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    summary.add_argument("--desk", help="chỉ hồ sơ tiếp nhận tại quầy này")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=cmd_summary)

    migrate = sub.add_parser("migrate", help="nâng lược đồ cơ sở dữ liệu lên bản mới nhất")
    _db_arg(migrate)
    migrate.set_defaults(handler=cmd_migrate)

    token = sub.add_parser("token", help="quản lý mã truy cập của quầy")
    inner = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    issue = inner.add_parser("issue", help="cấp mã mới (chỉ in ra một lần)")
    issue.add_argument("--commune", required=True, help="mã xã/phường")
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--desk", help="số quầy 01–99")
    who.add_argument("--relay", action="store_true",
                     help="mã cho máy chủ xã chuyển tiếp báo cáo của mọi quầy trong xã lên tỉnh")
    _db_arg(issue)
    issue.set_defaults(handler=cmd_token_issue)
    listing = inner.add_parser("list", help="liệt kê các mã đã cấp (không in mã)")
    _db_arg(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_token_list)
    revoke = inner.add_parser("revoke", help="thu hồi một mã theo số thứ tự trong «token list»")
    revoke.add_argument("id", help="số thứ tự của mã")
    _db_arg(revoke)
    revoke.set_defaults(handler=cmd_token_revoke)

    viewer = sub.add_parser("viewer", help="tài khoản chỉ xem trang giám sát")
    vinner = viewer.add_subparsers(dest="viewer_command", metavar="ACTION", required=True)
    vadd = vinner.add_parser("add", help="tạo tài khoản (mật khẩu đọc từ đầu vào chuẩn)")
    vadd.add_argument("name")
    scope = vadd.add_mutually_exclusive_group(required=True)
    scope.add_argument("--province", help="mã tỉnh, thành phố: chỉ xem tỉnh này")
    scope.add_argument("--national", action="store_true", help="xem toàn quốc")
    _db_arg(vadd)
    vadd.set_defaults(handler=cmd_viewer_add)

    stats = sub.add_parser("stats", help="số báo cáo đã nhận theo xã và loại")
    _db_arg(stats)
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=cmd_stats)
    return parser


@contextmanager
def _opened(target: str, *, must_exist: bool = True,
            migrate: bool = True) -> Iterator[CentralStore]:
    if must_exist and "://" not in target and not Path(target).exists():
        raise CliError(f"không có tệp {target}.")
    try:
        store = open_store(target, migrate=migrate)
    except (StoreUnavailable, NewerSchema) as exc:
        raise CliError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def cmd_serve(args: argparse.Namespace) -> int:
    from central.app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise CliError("cần cả --certfile và --keyfile để bật TLS.")
    if args.max_connections < 1 or args.header_timeout <= 0:
        raise CliError("--max-connections và --header-timeout phải lớn hơn 0.")
    if args.tls_self_signed and args.certfile:
        raise CliError("chọn một trong hai: --tls-self-signed hoặc --certfile/--keyfile.")
    if args.role == "commune" and not (args.tls_self_signed or args.certfile) and args.host not in (
            "127.0.0.1", "::1", "localhost"):
        raise CliError("máy chủ nghe trên mạng phải dùng HTTPS: thêm --tls-self-signed (hoặc "
                       "--certfile/--keyfile); HTTP thường chỉ dùng trên chính máy này (127.0.0.1).")
    if args.tls_self_signed:
        from central.tls import self_signed
        from desktop.sync.pinning import grouped

        folder = Path(args.db).resolve().parent if "://" not in args.db else Path.cwd()
        args.certfile, args.keyfile, pin = self_signed(folder, [args.host])
        print(f"Dấu vân tay chứng thư của máy chủ: {grouped(pin)}", flush=True)
        print(f"Trên mỗi quầy: motcua login --endpoint https://{args.host}:{args.port} "
              f"--pin {pin}", flush=True)
    if bool(args.upstream) != bool(args.upstream_token_file):
        raise CliError("cần cả --upstream và --upstream-token-file để chuyển tiếp lên tỉnh.")
    with _opened(args.db, must_exist=False) as store:
        if args.role == "commune" and not hasattr(store, "append_events"):
            raise CliError("máy chủ xã (--role commune) dùng tệp SQLite (--db TỆP), không dùng "
                           "PostgreSQL.")
        relay = _start_relay(args, store) if args.upstream else None
        announcer = (_announcer(args, store)
                     if args.role == "commune" and not args.no_announce else None)
        config = server_config(create_app(store, docs=args.docs, role=args.role), host=args.host,
                               port=args.port, certfile=args.certfile, keyfile=args.keyfile,
                               header_timeout=args.header_timeout,
                               max_connections=args.max_connections)
        HubServer(config, announcer).run()
        if relay is not None:
            relay.stop()
    return 0


def _announcer(args: argparse.Namespace, store: CentralStore):  # noqa: ANN202
    """What announces the hub on the LAN once it listens: its commune (from the desk tokens it
    issued), scheme and certificate fingerprint; nothing secret."""
    from central.announce import Announcer
    from central.tls import fingerprint
    from desktop.sync.discovery import txt_record

    communes = sorted({t.commune_code for t in store.tokens() if not t.revoked}, key=int)
    try:
        pin = fingerprint(args.certfile.read_bytes()) if args.certfile else ""
    except (OSError, ValueError) as exc:
        raise CliError(f"không đọc được chứng thư {args.certfile}: {exc}.") from None
    return Announcer(args.host, args.port, txt_record(
        commune=",".join(communes), role=args.role, scheme="https" if args.certfile else "http",
        fingerprint=pin))


def _start_relay(args: argparse.Namespace, store: CentralStore):  # noqa: ANN202
    import threading

    from central.relay import Relay
    from desktop.sync.config import check_endpoint
    from desktop.sync.transport import HttpTransport

    try:
        token = args.upstream_token_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise CliError(f"không đọc được {args.upstream_token_file}: {exc.strerror}.") from None
    try:
        endpoint = check_endpoint(args.upstream)
    except Exception as exc:  # noqa: BLE001 - a UserError with a Vietnamese message
        raise CliError(getattr(exc, "message", str(exc))) from None
    relay = Relay(store, HttpTransport(endpoint, token), personal=args.upstream_personal_data)
    threading.Thread(target=relay.run, name="relay-upward", daemon=True).start()
    return relay


def cmd_migrate(args: argparse.Namespace) -> int:
    with _opened(args.db, must_exist=False, migrate=False) as store:
        before = store.schema_version()
        after = store.migrate()
    print(f"Lược đồ: phiên bản {before} → {after}." if after != before
          else f"Lược đồ đã ở phiên bản mới nhất ({after}).")
    return 0


def _commune(text: str) -> str:
    commune = text.strip()
    if not re.fullmatch(r"[0-9]{1,10}", commune):
        raise CliError(f"mã xã «{commune}» phải là chữ số.")
    return commune


def _desk(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 99:
        raise CliError("số quầy phải từ 01 đến 99.")
    return int(text)


def cmd_token_issue(args: argparse.Namespace) -> int:
    commune = _commune(args.commune)
    desk = RELAY_DESK if args.relay else _desk(args.desk)
    with _opened(args.db, must_exist=False) as store:
        token = store.issue_token(str(int(commune)), desk, int(time.time()))
    print(token)
    sys.stderr.write("Mã chỉ hiện một lần; máy chủ chỉ lưu bản băm. Nhập vào máy quầy bằng: "
                     "motcua login --endpoint URL (dán mã vào đầu vào chuẩn).\n")
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    with _opened(args.db) as store:
        tokens = store.tokens()
    if args.json:
        print(json.dumps([{"id": t.id, "commune_code": t.commune_code, "desk": t.desk,
                           "issued_at": t.issued_at, "revoked": t.revoked} for t in tokens],
                         ensure_ascii=False, indent=2))
        return 0
    for t in tokens:
        issued = time.strftime("%d/%m/%Y %H:%M", time.localtime(t.issued_at))
        state = "đã thu hồi" if t.revoked else "đang dùng"
        print(f"{t.id:>6}  xã {t.commune_code:<8} quầy {t.desk:02d}  cấp {issued}  {state}")
    return 0


def cmd_token_revoke(args: argparse.Namespace) -> int:
    if not args.id.isdigit():
        raise CliError(f"«{args.id}» không phải số thứ tự của mã (xem «token list»).")
    with _opened(args.db) as store:
        known = {t.id: t for t in store.tokens()}
        done = store.revoke_token(int(args.id))
    if int(args.id) not in known:
        raise CliError(f"không có mã số {args.id}.")
    print(f"Đã thu hồi mã số {args.id}." if done else f"Mã số {args.id} đã bị thu hồi từ trước.")
    return 0


def cmd_viewer_add(args: argparse.Namespace) -> int:
    from central.dashboard import geo
    from central.store.viewers import add_viewer

    name = args.name.strip()
    if not re.fullmatch(r"[\w.@-]{2,60}", name):
        raise CliError("tên tài khoản chỉ gồm chữ, số, . @ - _ (2–60 ký tự).")
    if args.province is not None and args.province not in geo.provinces():
        raise CliError(f"không có tỉnh, thành phố mã «{args.province}».")
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Mật khẩu: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        raise CliError("mật khẩu cần ít nhất 10 ký tự.")
    with _opened(args.db, must_exist=False) as store:
        if not add_viewer(store, name, password, args.province, int(time.time())):
            raise CliError(f"tài khoản «{name}» đã có.")
    scope = "toàn quốc" if args.province is None else f"tỉnh mã {args.province}"
    print(f"Đã tạo tài khoản chỉ xem «{name}» ({scope}).")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"ngày «{text}» không đúng dạng YYYY-MM-DD.") from None


def cmd_summary(args: argparse.Namespace) -> int:
    from central.commune import commune_summary

    first, last = _day(args.first), _day(args.last)
    if last < first:
        raise CliError("ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.")
    commune = _commune(args.commune)
    desk = None if args.desk is None else _desk(args.desk)
    with _opened(args.db) as store:
        data = commune_summary(store, str(int(commune)), first, last, desk)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    total = data["total"]
    print(f"Xã {commune}, {first:%d/%m/%Y}–{last:%d/%m/%Y}: nhận {total['received_total']}, "
          f"đã giải quyết {total['resolved_total']}, đang giải quyết {total['pending_total']}.")
    for d in data["desks"]:
        print(f"  Quầy {d['desk']:02d}: {d['dossiers']} hồ sơ, thay đổi mới nhất {d['as_of']}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _opened(args.db) as store:
        stats = store.stats()
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
    try:
        return args.handler(args)
    except CliError as exc:
        sys.stderr.write(f"motcua-central: {exc}\n")
        return 2
