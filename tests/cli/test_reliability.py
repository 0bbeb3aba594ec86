"""Crashes and concurrency: kill -9 during a burst of logging, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.paths import db_path
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

#: Adds dossiers through the real command line, one subprocess each, printing every code the
#: CLI reported (or the error it printed).
CLI_LOOP = textwrap.dedent("""
    import json, subprocess, sys
    data_dir, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    for i in range(count):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", data_dir, "dossier", "add",
             "--procedure", "chung-thuc-ban-sao", "--applicant", f"Nguyễn Văn An",
             "--channel", "direct", "--phone", "0912345678", "--json"],
            capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0:
            print("ERROR", tag, done.returncode, done.stderr.strip().replace("\\n", " | "), flush=True)
            continue
        print("CODE", json.loads(done.stdout)["code"], flush=True)
""")

#: The same in one process, a tight loop: more kills land inside a commit.
DIRECT_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.storage import Store
    from desktop.storage.dossiers import NewDossier
    from desktop.core.clock import now_vn
    store = Store(Path(sys.argv[1]), auto_backup=False)
    while True:
        dossier = store.dossiers.add(NewDossier("tam-tru", "Đặng Thị Đào"), now=now_vn())
        print("CODE", dossier.code, flush=True)
""")


def env():
    return dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")


def start(script, *args):
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=REPO_ROOT,
                            env=env(), start_new_session=True)


def kill_group(proc):
    os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    return out, err


def reported_codes(out):
    return [line.split()[1] for line in out.splitlines() if line.startswith("CODE ")]


def check_database(data_dir, reported):
    conn = sqlite3.connect(db_path(data_dir))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = [r[0] for r in conn.execute("SELECT code FROM dossiers")]
        assert len(codes) == len(set(codes))
        missing = set(reported) - set(codes)
        assert not missing, f"reported but lost: {sorted(missing)[:5]}"
        # Every dossier kept its event, its index entry and its outbox row.
        assert conn.execute("SELECT count(DISTINCT dossier_id) FROM dossier_events").fetchone()[0] == len(codes)
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == len(codes)
        return codes
    finally:
        conn.close()


@pytest.fixture
def ready(cli):
    assert cli("setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "1")[0] == 0
    return cli


@pytest.mark.parametrize(("script", "rounds", "commits"), [
    (CLI_LOOP, 20, 3),
    (DIRECT_LOOP, 25, 40),
], ids=["cli", "in-process"])
def test_kill_9_during_a_burst_of_logging(ready, data_dir, script, rounds, commits):
    rng = random.Random(20261123)
    reported: list[str] = []
    for _ in range(rounds):
        proc = start(script, data_dir, 10_000, "k")
        # Kill by observed progress, never by a timer: after a random number of reported
        # commits, so the kill lands inside the next dossier's write on any machine.
        first = "".join(proc.stdout.readline() for _ in range(1 + rng.randint(0, commits)))
        out, err = kill_group(proc)
        out = first + out
        assert "Traceback" not in err and "ERROR" not in out, (out, err)
        reported += reported_codes(out)
    assert len(reported) >= rounds
    codes = check_database(data_dir, reported)
    assert len(set(reported)) == len(reported)
    # The store still works after all that: the next add succeeds.
    code, out, err = ready("dossier", "add", "--procedure", "tam-tru", "--applicant", "Lê An",
                           "--channel", "direct")
    assert code == 0, err
    assert len(codes) >= len(reported)


def test_two_processes_writing_at_once(ready, data_dir):
    writers = [start(CLI_LOOP, data_dir, 50, tag) for tag in ("a", "b")]
    results = [w.communicate(timeout=600) for w in writers]
    reported = []
    for (out, err), writer in zip(results, writers, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in out and "ERROR" not in out, out
        assert "locked" not in err and "Traceback" not in err
        reported += reported_codes(out)
    assert len(reported) == 100 == len(set(reported))
    assert len(check_database(data_dir, reported)) == 100
