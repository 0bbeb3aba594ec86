"""The sender against the reference endpoint: exactly once, oldest first, one sender at a time,
backoff, the loop noticing the endpoint come back, and the status the UI shows."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
from datetime import timedelta

from sync_helpers import accept_all, add_dossiers, make_engine, outbox_states

from central.app import create_app
from central.live import serve_in_thread
from desktop.storage import outbox
from desktop.sync.engine import BACKOFF_CAP, Outcome, backoff_delay
from desktop.sync.lock import SenderLock
from desktop.sync.loop import SyncLoop
from desktop.sync.status import describe, read_status


def test_everything_arrives_once_and_nothing_is_deleted(store, central):
    add_dossiers(store, 25)
    progress: list[tuple[int, int]] = []
    engine = make_engine(store, central.url, central.token, batch_rows=10)
    result = engine.run_once(lambda done, total: progress.append((done, total)))
    assert result.outcome == Outcome.DONE and result.sent == 25
    assert progress[0] == (0, 25) and progress[-1] == (25, 25)
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    ids = set(outbox_states(store))
    assert set(central.db.item_ids()) == ids
    assert set(outbox_states(store).values()) == {"sent"}
    assert engine.run_once().outcome == Outcome.DONE
    assert store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 25


def test_rows_left_in_flight_by_a_crash_are_sent_again_and_count_as_delivered(store, central):
    add_dossiers(store, 4)
    engine = make_engine(store, central.url, central.token)
    with store.transaction() as conn:
        claimed = outbox.claim(conn, 10, 10**6)
    # The request reached the server, then the sender died before recording the answer.
    engine.transport().send([engine._report(r) for r in claimed])
    assert set(outbox_states(store).values()) == {"in_flight"}
    result = engine.run_once()
    assert result.outcome == Outcome.DONE and result.duplicates == 4 and result.sent == 0
    assert set(outbox_states(store).values()) == {"sent"}
    assert len(central.db.item_ids()) == 4


def test_oldest_rows_go_first(store, fault_server):
    url, exchange = fault_server(accept_all)
    add_dossiers(store, 7)
    make_engine(store, url, batch_rows=3).run_once()
    sent = [i["id"] for batch in exchange.batches for i in batch]
    assert sent == [r[0] for r in store.conn.execute("SELECT id FROM outbox ORDER BY seq")]
    assert [len(b) for b in exchange.batches] == [3, 3, 1]


def test_a_second_sender_in_this_process_stands_back(store, central):
    add_dossiers(store, 2)
    holder = SenderLock(store.data_dir)
    assert holder.acquire()
    try:
        result = make_engine(store, central.url, central.token).run_once()
        assert result.outcome == Outcome.BUSY and "khác đang gửi" in result.error
        assert set(outbox_states(store).values()) == {"pending"}
    finally:
        holder.release()
    assert make_engine(store, central.url, central.token).run_once().sent == 2


def test_a_sender_in_another_process_blocks_this_one_until_it_dies(store, central):
    add_dossiers(store, 1)
    script = ("import sys; from pathlib import Path; from desktop.sync.lock import SenderLock; "
              "lock = SenderLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True);"
              " sys.stdin.read()")
    with subprocess.Popen([sys.executable, "-c", script, str(store.data_dir)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        try:
            assert other.stdout.readline().strip() == "held"
            assert make_engine(store, central.url, central.token).run_once().outcome == Outcome.BUSY
        finally:
            other.kill()
    assert make_engine(store, central.url, central.token).run_once().outcome == Outcome.DONE


def test_backoff_doubles_from_30_seconds_up_to_30_minutes():
    rng = random.Random(4)
    delays = [backoff_delay(n, rng) for n in range(1, 12)]
    assert 24 <= delays[0] <= 30 and 48 <= delays[1] <= 60
    assert all(0.8 * BACKOFF_CAP <= d <= BACKOFF_CAP for d in delays[7:])
    assert max(delays) <= 30 * 60


def test_consecutive_failures_back_off_and_success_resets(store, fault_server):
    calls = []

    def fail_twice(handler, items):
        calls.append(len(items))
        if len(calls) <= 2:
            from sync_helpers import reply
            reply(handler, 502, b"bad gateway", content_type="text/plain")
        else:
            accept_all(handler, items)

    url, _ = fault_server(fail_twice)
    add_dossiers(store, 1)
    engine = make_engine(store, url, rng=random.Random(1))
    first = engine.run_once()
    second = engine.run_once()
    gap1 = first.next_attempt_at - engine.clock()
    gap2 = second.next_attempt_at - engine.clock()
    assert timedelta(seconds=20) < gap1 <= timedelta(seconds=31)
    assert timedelta(seconds=45) < gap2 <= timedelta(seconds=61)
    assert engine.run_once().outcome == Outcome.DONE
    assert engine.snapshot().failures == 0 and engine.snapshot().next_attempt_at is None
    assert store.conn.execute("SELECT attempts FROM outbox").fetchone()[0] == 3


def test_a_restarted_sender_keeps_the_backoff_and_send_now_overrides_it(store, fault_server):
    """The backoff lives in the file: a new process (a new Store and engine here) does not
    knock again before the time the last one wrote, unless someone presses "send now"."""
    from sync_helpers import reply

    from desktop.storage import Store

    down = {"yes": True}

    def flaky(handler, items):
        if down["yes"]:
            reply(handler, 502, b"bad gateway", content_type="text/plain")
        else:
            accept_all(handler, items)

    url, exchange = fault_server(flaky)
    add_dossiers(store, 2)
    first = make_engine(store, url, rng=random.Random(1)).run_once()
    second = make_engine(store, url, rng=random.Random(1)).run_once()  # after a restart: doubled
    assert first.outcome == second.outcome == Outcome.TRANSIENT
    assert second.next_attempt_at - first.next_attempt_at > timedelta(seconds=15)
    assert len(exchange.batches) == 2
    down["yes"] = False
    with Store(store.data_dir, auto_backup=False) as restarted:
        engine = make_engine(restarted, url)
        waiting = engine.run_once(honour_backoff=True)
        assert waiting.outcome == Outcome.TRANSIENT
        assert waiting.next_attempt_at == second.next_attempt_at.replace(microsecond=0)
        assert engine.snapshot().failures == 2 and "502" in waiting.error
        assert len(exchange.batches) == 2  # nothing was sent
        assert engine.run_once().outcome == Outcome.DONE  # send now
        assert set(outbox_states(restarted).values()) == {"sent"}
        assert engine.run_once(honour_backoff=True).outcome == Outcome.DONE


def test_loop_notices_the_endpoint_coming_back_without_anyone_pressing_send(store, central):
    """The endpoint is down for a while, then starts: everything arrives on its own."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    add_dossiers(store, 5)
    engine = make_engine(store, f"http://127.0.0.1:{port}", central.token)
    results = []
    first_failure = threading.Event()

    def on_result(result):
        results.append(result)
        if result.outcome == Outcome.TRANSIENT:
            first_failure.set()

    loop = SyncLoop(engine, probe_interval=0.1, idle_poll=0.1, on_result=on_result)
    thread = threading.Thread(target=loop.run, daemon=True)
    thread.start()
    try:
        assert first_failure.wait(10)
        assert engine.snapshot().next_attempt_at - engine.clock() > timedelta(seconds=20)
        later = serve_in_thread(create_app(central.db), port=port)
        try:
            deadline = threading.Event()
            for _ in range(100):
                if set(outbox_states(store).values()) == {"sent"}:
                    break
                deadline.wait(0.1)
            assert set(outbox_states(store).values()) == {"sent"}
            assert len(central.db.item_ids()) == 5
        finally:
            loop.stop()
            thread.join(10)
            later.stop()
    finally:
        loop.stop()
    assert not thread.is_alive()
    assert results[0].outcome == Outcome.TRANSIENT and results[-1].outcome in (Outcome.DONE,
                                                                               Outcome.STOPPED)


def test_send_now_cuts_a_long_backoff_short(store, fault_server):
    from sync_helpers import reply

    answers = iter([503] + [200] * 10)

    def flaky(handler, items):
        if next(answers) == 503:
            reply(handler, 503, b"{}", headers={"Retry-After": "1800"})
        else:
            accept_all(handler, items)

    url, _ = fault_server(flaky)
    add_dossiers(store, 2)
    engine = make_engine(store, url)
    done = threading.Event()
    loop = SyncLoop(engine, probe=lambda: False, idle_poll=0.1,
                    on_result=lambda r: r.outcome == Outcome.DONE and done.set())
    thread = threading.Thread(target=loop.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if engine.snapshot().next_attempt_at is not None:
                break
            done.wait(0.05)
        assert engine.snapshot().next_attempt_at - engine.clock() > timedelta(minutes=29)
        loop.send_now()
        assert done.wait(10)
        assert set(outbox_states(store).values()) == {"sent"}
    finally:
        loop.stop()
        thread.join(10)


def test_status_shows_counts_errors_and_set_aside_rows(store, fault_server, central):
    from sync_helpers import reply

    url, _ = fault_server(lambda h, items: reply(h, 500, b"oops", content_type="text/plain"))
    add_dossiers(store, 3)
    engine = make_engine(store, url)
    engine.run_once()
    status = read_status(store, engine.snapshot())
    assert status.waiting == 3 and status.counts["sent"] == 0
    assert "HTTP 500" in status.last_error and status.next_attempt_at is not None
    assert describe(status)[0].startswith("Chờ gửi 3,")
    # Another process (the CLI) sees the same error from the attempts log.
    assert "HTTP 500" in read_status(store).last_error

    with store.transaction() as conn:
        outbox.enqueue(conn, "dossier", "dossier:BROKEN", {"x": 1}, now=1, commune_code=70, desk=1)
    engine = make_engine(store, central.url, central.token)
    engine.run_once()
    status = read_status(store, engine.snapshot())
    assert status.counts == {"pending": 0, "in_flight": 0, "sent": 3, "failed": 1}
    assert status.last_success is not None and status.last_error is None
    [aside] = status.set_aside
    assert aside.entity == "dossier:BROKEN" and "thiếu trường" in aside.reason
    assert aside.failure_label == "Máy chủ từ chối nội dung"
    assert describe(status)[0] == "Chờ gửi 0, đang gửi 0, đã gửi 3, bị từ chối (cần xử lý) 1."
    with store.transaction() as conn:
        assert outbox.retry(conn, aside.seq)
    assert read_status(store).counts["pending"] == 1


def test_delivered_rows_are_pruned_after_the_kept_days(
        store, fault_server):
    from desktop.core.clock import now_vn, to_epoch

    url, _ = fault_server(accept_all)
    now = now_vn()
    add_dossiers(store, 3)
    make_engine(store, url, clock=lambda: now - timedelta(days=100)).run_once()
    entity = store.conn.execute("SELECT entity FROM outbox ORDER BY seq LIMIT 1").fetchone()[0]
    with store.transaction() as conn:
        newer = outbox.enqueue(conn, "dossier", entity, {"v": 2}, now=to_epoch(now),
                               commune_code=70, desk=1)
    make_engine(store, url, clock=lambda: now - timedelta(days=50)).run_once()
    dossier_rows = "SELECT * FROM outbox WHERE kind = 'dossier'"  # day summaries aside
    assert len(store.conn.execute(dossier_rows).fetchall()) == 4
    assert make_engine(store, url, clock=lambda: now).run_once().outcome == Outcome.DONE
    rows = {r["id"]: r for r in store.conn.execute(dossier_rows)}
    assert list(rows) == [newer]  # the three 100-day-old rows are gone
    assert rows[newer]["payload"] == '{"v":2}'  # 50 days old: kept whole
    assert store.conn.execute("SELECT min(at) FROM sync_attempts").fetchone()[0] >= to_epoch(
        now - timedelta(days=90))
    store.update_settings(keep_sent_days=30)
    make_engine(store, url, clock=lambda: now).run_once()
    assert store.conn.execute("SELECT count(*) FROM outbox WHERE id = ?",
                              (newer,)).fetchone()[0] == 0
