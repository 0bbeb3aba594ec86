"""``motcua login | sync | outbox`` as a person runs them, and kill -9 at random moments."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sync_helpers import add_dossiers, outbox_states

from central.app import create_app
from central.live import serve_in_thread
from desktop.storage import Store

ROOT = Path(__file__).resolve().parents[2]


def motcua(data_dir: Path, *args: str, stdin: str = "", env: dict | None = None,
           timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env=env)


@pytest.fixture
def keyring_env(tmp_path):
    """An explicitly chosen test keyring for the subprocesses (never a silent fallback)."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}


def test_login_sync_and_outbox(store, central, keyring_env):
    add_dossiers(store, 3)
    data = store.data_dir
    done = motcua(data, "login", "--endpoint", central.url, stdin=central.token + "\n",
                  env=keyring_env)
    assert done.returncode == 0, done.stderr
    assert "Máy chủ đã xác nhận mã" in done.stdout
    assert central.token not in done.stdout + done.stderr
    listing = json.loads(motcua(data, "outbox", "--json", env=keyring_env).stdout)
    assert listing["counts"]["pending"] == 3 and listing["configured"]
    synced = motcua(data, "sync", "--once", env=keyring_env)
    assert synced.returncode == 0, synced.stderr
    assert "đã gửi 3" in synced.stdout
    assert set(outbox_states(store).values()) == {"sent"}
    assert len(central.db.item_ids()) == 3
    text = motcua(data, "outbox", env=keyring_env).stdout
    assert "Chờ gửi 0" in text and "đã gửi 3" in text


def test_sync_without_login_says_what_to_do(store):
    add_dossiers(store, 1)
    done = motcua(store.data_dir, "sync", "--once")
    assert done.returncode == 3
    assert "motcua login --endpoint" in done.stdout
    assert set(outbox_states(store).values()) == {"pending"}


def test_refused_token_is_not_stored(store, central, keyring_env):
    done = motcua(store.data_dir, "login", "--endpoint", central.url, stdin="mc1_wrong\n",
                  env=keyring_env)
    assert done.returncode == 2 and "từ chối mã truy cập" in done.stderr
    assert "mc1_wrong" not in done.stderr
    assert not (Path(keyring_env["XDG_DATA_HOME"]) / "python_keyring").exists()


def test_plain_http_to_another_machine_is_refused(store):
    done = motcua(store.data_dir, "login", "--endpoint", "http://baocao.example.vn",
                  stdin="x\n")
    assert done.returncode == 2 and "https://" in done.stderr


def test_retry_puts_a_set_aside_row_back(store, central, keyring_env):
    from desktop.storage import outbox

    with store.transaction() as conn:
        outbox.enqueue(conn, "dossier", "dossier:BROKEN", {"x": 1}, now=1, commune_code=70, desk=1)
    motcua(store.data_dir, "login", "--endpoint", central.url, stdin=central.token,
           env=keyring_env)
    assert motcua(store.data_dir, "sync", "--once", env=keyring_env).returncode == 0
    listing = json.loads(motcua(store.data_dir, "outbox", "--json").stdout)
    [aside] = listing["set_aside"]
    assert "thiếu trường" in aside["reason"]
    again = motcua(store.data_dir, "outbox", "retry", aside["id"][:8])
    assert again.returncode == 0 and "trở lại hàng chờ" in again.stdout
    assert outbox_states(store)[aside["id"]] == "pending"
    wrong = motcua(store.data_dir, "outbox", "retry", aside["id"])
    assert wrong.returncode == 2 and "không cần gửi lại" in wrong.stderr


@pytest.mark.slow
def test_kill_9_at_random_moments_never_loses_or_doubles(tmp_path):
    """55 senders killed mid-flight while the clerk keeps adding dossiers; then one clean run:
    the server holds every report exactly once and nothing is left owed.

    Each kill is triggered by observed progress, never by a timer, so it lands mid-flight on a
    fast idle machine and on one slow loaded core alike. The moments, chosen at random per run:
    a batch reached the server but is not stored yet; a batch is stored but its answer has not
    reached the desk; the desk has just marked acknowledged rows sent in its own file."""
    from central.store.sqlite import SQLiteStore

    db = SQLiteStore(tmp_path / "central.sqlite3")
    token = db.issue_token("70", 1)
    app = create_app(db)
    plan: dict = {"pid": None, "moment": None, "batch": 0, "seen": 0}
    lock = threading.Lock()

    def kill_if_due(moment: str) -> None:
        with lock:
            if plan["pid"] is not None and plan["moment"] == moment \
                    and plan["seen"] == plan["batch"]:
                os.kill(plan["pid"], signal.SIGKILL)
                plan["pid"] = None

    @app.middleware("http")
    async def kill_on_progress(request, call_next):
        if request.method != "POST":
            return await call_next(request)
        with lock:
            plan["seen"] += 1
        kill_if_due("before_store")
        response = await call_next(request)
        kill_if_due("after_store")
        return response

    live = serve_in_thread(app)
    data = tmp_path / "data"
    store = Store(data, auto_backup=False)
    try:
        store.setup(70, "000.00.14.H56", 1)
        (data / "sync-token").write_text(token)
        store.update_settings(endpoint=live.url, token_in_file=True)
        add_dossiers(store, 150)
        rng = random.Random(2025)
        kills = runs = 0
        while kills < 55 and runs < 100:
            runs += 1
            moment = rng.choice(["before_store", "after_store", "marked_sent"])
            sent_before = sum(1 for s in outbox_states(store).values() if s == "sent")
            child = subprocess.Popen(
                [sys.executable, "-m", "desktop", "--data-dir", str(data), "sync", "--once",
                 "--batch-size", "5"], cwd=ROOT, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            with lock:
                plan.update(pid=child.pid, moment=moment, batch=rng.randint(1, 3), seen=0)
            if moment == "marked_sent":
                _kill_after_rows_marked_sent(child, store, sent_before + rng.randint(1, 10))
            child.wait(timeout=120)
            with lock:
                plan["pid"] = None
            if child.returncode == -signal.SIGKILL:
                kills += 1
            add_dossiers(store, rng.randint(2, 6))
        assert kills >= 55, f"only {kills} of {runs} runs were killed mid-flight"
        final = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync",
                                "--once"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stdout + final.stderr
        states = outbox_states(store)
        assert set(states.values()) == {"sent"}
        stored = db.item_ids()
        assert len(stored) == len(set(stored)) == len(states)
        assert set(stored) == set(states)
    finally:
        store.close()
        live.stop()
        db.close()


def _kill_after_rows_marked_sent(child: subprocess.Popen, store: Store, target: int) -> None:
    """Watch the desk's own file and kill the sender once it has marked ``target`` rows sent
    (or let it be if it finishes first: the caller counts only real kills)."""
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if sum(1 for s in outbox_states(store).values() if s == "sent") >= target:
            child.send_signal(signal.SIGKILL)
            return
        time.sleep(0.005)
