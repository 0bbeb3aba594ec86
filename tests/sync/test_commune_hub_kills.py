"""Kill -9 of the hub and of desks in the middle of exchanges, each kill triggered by observed
progress (a page stored at the hub, a watermark or cursor moved in a desk's file), never by a
timer: afterwards every desk holds every event exactly once and all II.06a agree."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from functools import partial

from hub_helpers import ROOT, Hub, make_desk

from desktop.core.clock import now_vn
from desktop.core.states import TRANSITIONS, State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.conftest import vn

NAMES = ["An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Minh", "Nga", "Phúc", "Tâm"]


def work(desk, rng: random.Random) -> None:
    """A clerk at ``desk`` logs a few dossiers and moves a few the desk knows (any desk's)."""
    with Store(desk.data, auto_backup=False) as store:
        for _ in range(rng.randint(1, 3)):
            store.dossiers.add(NewDossier("chung-thuc-ban-sao", f"Lê Văn {rng.choice(NAMES)}",
                                          received_at=vn(2026, 11, 23, 8, rng.randint(0, 59))),
                               now=now_vn())
        codes = [r[0] for r in store.conn.execute("SELECT code FROM dossiers")]
        for code in rng.sample(codes, min(2, len(codes))):
            current = store.dossiers.get(code).state
            targets = sorted(TRANSITIONS[current] - {State.REGISTERED})
            if targets:
                store.dossiers.set_status(code, rng.choice(targets), now=now_vn(), note="Lý do")


def marker(desk, key: str) -> int:
    with closing(sqlite3.connect(desk.data / "motcua.sqlite3", timeout=30)) as conn:
        row = conn.execute("SELECT value FROM replication WHERE key = ?", (key,)).fetchone()
    return row[0] if row else 0


def hub_count(hub: Hub) -> int:
    with closing(sqlite3.connect(hub.db, timeout=30)) as conn:
        return conn.execute("SELECT count(*) FROM feed_events").fetchone()[0]


def progress(moment: str, desk, hub: Hub, pushed: int, pulled: int, stored: int):  # noqa: ANN001, ANN201
    """What counts as "the exchange got somewhere" for each kind of kill."""
    if moment == "desk_pushed":
        return lambda: marker(desk, "pushed_event_id") > pushed
    if moment == "desk_pulled":
        return lambda: marker(desk, "pull_cursor") > pulled
    return lambda: hub_count(hub) > stored


def kill_when(child: subprocess.Popen, progressed, victim) -> bool:  # noqa: ANN001
    """Kill ``victim`` as soon as ``progressed()``; False if ``child`` finished first."""
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if progressed():
            victim()
            return True
        time.sleep(0.005)
    return False


def test_kill_9_of_hub_and_desks_mid_exchange_30_times_then_all_agree(tmp_path):
    hub = Hub(tmp_path / "hub.sqlite3")
    tokens = {n: hub.token(n) for n in (1, 2, 3)}
    hub.start()
    desks = [make_desk(tmp_path, n, hub, tokens[n]) for n in (1, 2, 3)]
    rng = random.Random(1111)
    kills = runs = 0
    try:
        while kills < 30 and runs < 120:
            runs += 1
            desk = rng.choice(desks)
            for other in desks:
                work(other, rng)
            moment = rng.choice(["desk_pushed", "desk_pulled", "hub_stored"])
            pushed, pulled, stored = (marker(desk, "pushed_event_id"),
                                      marker(desk, "pull_cursor"), hub_count(hub))
            child = subprocess.Popen(
                [sys.executable, "-m", "desktop", "--data-dir", str(desk.data), "sync", "--once",
                 "--batch-size", "2"], cwd=ROOT, env=desk.env, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            killed = kill_when(child, progress(moment, desk, hub, pushed, pulled, stored),
                               hub.kill if moment == "hub_stored"
                               else partial(child.send_signal, signal.SIGKILL))
            child.wait(timeout=120)
            if moment == "hub_stored" and hub.process is None:
                hub.start()
            kills += killed
        assert kills >= 30, f"only {kills} of {runs} runs were killed mid-exchange"

        for _ in range(2):
            for desk in desks:
                done = desk.sync()
                assert done.returncode == 0, done.stdout + done.stderr
        at_hub = hub.events()
        assert len(at_hub) == len(set(at_hub))
        for desk in desks:
            held = desk.events()
            assert len(held) == len(set(held)) and set(held) == set(at_hub)
            with sqlite3.connect(desk.data / "motcua.sqlite3") as conn:
                assert conn.execute("SELECT count(*) FROM event_orphans").fetchone()[0] == 0
        summaries = [d.summary() for d in desks]
        assert summaries[0]["total"]["received_total"] > 30
        assert summaries[0] == summaries[1] == summaries[2] == hub.summary()
        codes = [sorted((x["code"], x["status"], x["conflicts"]) for x in
                        d.json("dossier", "find", "Lê", "--limit", "1000")) for d in desks]
        assert codes[0] == codes[1] == codes[2]
    finally:
        hub.kill()


