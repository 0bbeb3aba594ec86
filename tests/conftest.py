"""Shared fixtures for every test folder: a fresh data directory, a fixed clock, a set-up store
and the real command line run as a subprocess. No Qt here: UI tests have their own conftest."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import VN_TZ
from desktop.storage import Store

# Every Qt test, whatever its folder, runs without a screen; set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs of the CLI runs under test go to a throw-away folder, never the user's log directory.
os.environ.setdefault("MOTCUA_LOG_DIR", tempfile.mkdtemp(prefix="motcua-test-logs-"))

#: The test PKI and the SoftHSM2 token, for signing tests in any folder (cli, sign, ui).
pytest_plugins = ["tests.sign.pki"]

REPO_ROOT = Path(__file__).resolve().parent.parent
COMMUNE, AGENCY, DESK = 70, "000.00.14.H56", 1
#: Monday 23/11/2026 10:00 in Vietnam: a working morning, the day before a holiday (24/11).
FIXED_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=VN_TZ)


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Vietnam-time moment, to keep hand-checked cases short."""
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


class FixedClock:
    """A clock tests move by hand; the store reads it for backups and migration stamps."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    opened = Store(data_dir, clock=clock)
    opened.setup(COMMUNE, AGENCY, DESK, "Cán bộ thử")
    try:
        yield opened
    finally:
        opened.close()


CliResult = tuple[int, str, str]


def run_cli(data_dir: Path, *args: str, timeout: float = 120) -> CliResult:
    """``python -m desktop --data-dir DIR ARGS…`` exactly as a person would type it."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    env.pop("MOTCUA_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=timeout, cwd=REPO_ROOT, env=env,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., CliResult]:
    def run(*args: str, timeout: float = 120) -> CliResult:
        return run_cli(data_dir, *args, timeout=timeout)

    return run


FINGERPRINT_TABLES = ("dossiers", "dossier_events", "dossier_search_data", "outbox", "code_sequences",
                      "checklist_items", "checklist_events", "settings", "staff")


def db_fingerprint(conn) -> dict[str, object]:  # noqa: ANN001
    """Row counts and a digest of every row of the tables a change may touch: equal before and
    after means nothing was written."""
    import hashlib

    found: dict[str, object] = {}
    for table in FINGERPRINT_TABLES:
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        found[table] = (len(rows), hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest())
    return found


@pytest.fixture(scope="session")
def pg_cluster():
    """A real throw-away PostgreSQL cluster for the session (tests/central/pg_cluster.py)."""
    from tests.central.pg_cluster import start_cluster

    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A fresh empty database on the session's cluster."""
    return pg_cluster.new_database()
