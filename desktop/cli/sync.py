"""``motcua login | sync | outbox``: send reports upward and look after the queue.

``sync --once`` exits 0 when the queue is drained and every row was accepted, and 3 when
something is still owed or was set aside (the reason is printed); without ``--once`` it keeps going, with backoff, until interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date

from desktop.core.clock import format_slip_time, from_epoch
from desktop.core.errors import UserError
from desktop.storage import outbox
from desktop.storage.outbox import OutboxState

EXIT_INCOMPLETE = 3


def register(sub: argparse._SubParsersAction) -> None:
    login = sub.add_parser("login", help="khai báo máy chủ nhận báo cáo và mã truy cập của quầy "
                                         "(mã đọc từ đầu vào chuẩn)")
    login.add_argument("--endpoint", required=True, help="địa chỉ máy chủ, ví dụ https://baocao.tinh.gov.vn")
    login.add_argument("--pin", help="dấu vân tay chứng thư của máy chủ xã (SHA256:…), như máy "
                                     "chủ in ra khi chạy với --tls-self-signed")
    login.add_argument("--token-in-file", action="store_true",
                       help="lưu mã vào tệp chỉ tài khoản này đọc được thay vì kho khóa hệ điều "
                            "hành (chỉ khi máy không có kho khóa)")
    login.set_defaults(handler=cmd_login)

    sync = sub.add_parser("sync", help="gửi báo cáo đang chờ lên máy chủ")
    sync.add_argument("--once", action="store_true", help="gửi một lượt rồi thoát")
    sync.add_argument("--batch-size", type=int, default=200, help="số báo cáo mỗi lô (1–1000)")
    sync.add_argument("--stall-timeout", type=float, default=60.0,
                      help="coi là treo khi không nhận được byte nào trong ngần ấy giây")
    sync.add_argument("--deadline", type=float, default=300.0,
                      help="thời gian tối đa cho một lần gửi, từ lúc kết nối đến hết câu trả lời")
    sync.set_defaults(handler=cmd_sync)

    box = sub.add_parser("outbox", help="hàng đợi báo cáo: số lượng và các báo cáo theo trạng thái")
    box.add_argument("--json", action="store_true")
    box.add_argument("--state", choices=[s.value for s in OutboxState])
    box.add_argument("--limit", type=int, default=20)
    box.set_defaults(handler=cmd_outbox)
    inner = box.add_subparsers(dest="outbox_command", metavar="ACTION", parser_class=type(box))
    retry = inner.add_parser("retry", help="đưa báo cáo bị từ chối trở lại hàng chờ gửi")
    retry.add_argument("id", nargs="?", help="số thứ tự hoặc mã (UUID, ít nhất 8 ký tự đầu)")
    retry.add_argument("--all", action="store_true", help="mọi báo cáo bị từ chối")
    retry.set_defaults(handler=cmd_outbox_retry)
    summary = inner.add_parser("queue-summary", help="xếp hàng gửi báo cáo tổng hợp của một ngày")
    summary.add_argument("day", help="YYYY-MM-DD")
    summary.set_defaults(handler=cmd_queue_summary)


def cmd_login(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sync.credentials import TokenStore
    from desktop.sync.login import login

    store = ctx.store()
    token = (getpass.getpass("Mã truy cập: ") if sys.stdin.isatty()
             else sys.stdin.readline())
    tokens = TokenStore(store.data_dir, in_file=args.token_in_file)
    ctx.out(login(store, args.endpoint, token, tokens, args.pin or "").message)
    return 0


def _engine(args: argparse.Namespace, ctx):  # noqa: ANN001, ANN202
    from desktop.sync.config import http_transport_factory
    from desktop.sync.engine import SyncEngine

    if not 1 <= args.batch_size <= 1000:
        raise UserError("--batch-size phải từ 1 đến 1000.")
    if not 1 <= args.stall_timeout <= 3600:
        raise UserError("--stall-timeout phải từ 1 đến 3600 giây.")
    if not 1 <= args.deadline <= 3600:
        raise UserError("--deadline phải từ 1 đến 3600 giây.")
    store = ctx.store()
    factory = http_transport_factory(store, stall_timeout=args.stall_timeout,
                                     deadline=args.deadline)
    return SyncEngine(store, factory, clock=ctx.clock, batch_rows=args.batch_size)


def _say(ctx, result) -> None:  # noqa: ANN001
    from desktop.sync.engine import Outcome

    done = f"đã gửi {result.sent}, trùng (máy chủ đã có) {result.duplicates}, bị từ chối {result.set_aside}"
    if result.outcome in (Outcome.DONE, Outcome.STOPPED) and not result.set_aside:
        ctx.out(f"Xong: {done}.")
        return
    if result.outcome in (Outcome.DONE, Outcome.STOPPED):
        ctx.out(f"Chưa xong: {done}. {result.set_aside} báo cáo bị máy chủ từ chối được để riêng; "
                "xem: motcua outbox --state failed, gửi lại bằng: motcua outbox retry --all")
        return
    later = (f" Thử lại lúc {format_slip_time(result.next_attempt_at)}."
             if result.next_attempt_at else "")
    ctx.out(f"Chưa gửi hết ({done}): {result.error}{later}")


def cmd_sync(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sync.engine import Outcome
    from desktop.sync.loop import SyncLoop

    engine = _engine(args, ctx)
    if args.once:
        result = engine.run_once()
        _say(ctx, result)
        if engine.snapshot().skew_warning:
            ctx.out(f"Cảnh báo: {engine.snapshot().skew_warning}")
        hub_done = _exchange_with_hub(engine, ctx, None if args.batch_size == 200 else args.batch_size)
        return 0 if (result.outcome == Outcome.DONE and not result.set_aside
                     and hub_done) else EXIT_INCOMPLETE
    ctx.out("Đang gửi báo cáo; nhấn Ctrl+C để dừng.")
    loop = SyncLoop(engine, on_result=lambda result: _say(ctx, result))
    loop.run()
    return 0


def _exchange_with_hub(engine, ctx, page: int | None) -> bool:  # noqa: ANN001
    """Push this desk's changes to the commune hub and pull its colleagues' until drained."""
    from desktop.sync.replicate import sync_with_hub

    if engine.store.settings.get("hub") is False:
        return True
    try:
        transport = engine.transport()
        exchanged = sync_with_hub(engine.store, transport, clock=ctx.clock, page=page)
    except UserError as exc:
        ctx.out(f"Chưa trao đổi được hồ sơ với các quầy khác: {exc.message}")
        return False
    if exchanged is None:
        return True
    if exchanged.done:
        ctx.out(f"Máy chủ xã: đã gửi {exchanged.pushed} thay đổi, nhận {exchanged.pulled} thay "
                "đổi mới của các quầy khác.")
        return True
    ctx.out(f"Chưa trao đổi hết với máy chủ xã (đã gửi {exchanged.pushed}, nhận "
            f"{exchanged.pulled}): {exchanged.error}")
    return False


def cmd_outbox(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.sync.status import describe, read_status

    store = ctx.store()
    status = read_status(store)
    shown = outbox.rows(store.conn, args.state, max(1, min(args.limit, 10_000)))
    if args.json:
        data = status.to_json()
        data["rows"] = [_row_json(r) for r in shown]
        data["attempts"] = [{"at": from_epoch(a.at).isoformat(), "rows": a.rows,
                             "result": a.result, "error": a.error}
                            for a in outbox.attempts(store.conn, 20)]
        ctx.out_json(data)
        return 0
    for line in describe(status):
        ctx.out(line)
    for r in shown:
        reason = f" — {r.last_error}" if r.last_error and r.state != "sent" else ""
        ctx.out(f"{r.seq:>7}  {r.id[:8]}  {OutboxState(r.state).label:<22} {r.kind:<14} "
                f"{r.entity or ''}  {format_slip_time(from_epoch(r.created_at))}{reason}")
    return 0


def _row_json(r: outbox.OutboxRow) -> dict:
    return {"seq": r.seq, "id": r.id, "kind": r.kind, "entity": r.entity, "state": r.state,
            "attempts": r.attempts, "last_error": r.last_error, "failure": r.failure,
            "supersedes": r.supersedes, "created_at": from_epoch(r.created_at).isoformat(),
            "sent_at": from_epoch(r.sent_at).isoformat() if r.sent_at else None}


def cmd_outbox_retry(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    store = ctx.store()
    if args.all == bool(args.id):
        raise UserError("Cho biết một báo cáo (số thứ tự hoặc mã) hoặc --all.")
    if args.all:
        with store.transaction() as conn:
            count = outbox.retry_failed(conn)
        ctx.out(f"Đã đưa {count} báo cáo bị từ chối trở lại hàng chờ gửi.")
        return 0
    row = outbox.find(store.conn, args.id)
    if row is None:
        raise UserError(f"Không tìm thấy báo cáo «{args.id}» trong hàng đợi (hoặc mã quá ngắn/trùng).")
    if row.state != OutboxState.FAILED:
        raise UserError(f"Báo cáo {row.seq} đang ở trạng thái «{OutboxState(row.state).label}», "
                        "không phải bị từ chối; không cần gửi lại.")
    with store.transaction() as conn:
        outbox.retry(conn, row.seq)
    ctx.out(f"Báo cáo {row.seq} ({row.kind} {row.entity}) đã trở lại hàng chờ gửi.")
    return 0


def cmd_queue_summary(args: argparse.Namespace, ctx) -> int:  # noqa: ANN001
    from desktop.cli.admin import parse_day
    from desktop.sync.reports import queue_summary

    day: date = parse_day(args.day)
    queued = queue_summary(ctx.store(), day, ctx.now())
    ctx.out(f"Đã xếp hàng báo cáo ngày {day:%d/%m/%Y} ({queued[:8]})." if queued
            else f"Báo cáo ngày {day:%d/%m/%Y} không đổi so với bản đã xếp hàng; không gửi lại.")
    return 0
