"""A throw-away PostgreSQL cluster in a temporary folder: the real server, started for a test
session or a benchmark and removed afterwards. Runs as root the way Debian allows it: the
cluster belongs to the ``postgres`` system user (``initdb`` refuses root)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*args: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)


@dataclass
class Cluster:
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database's URL, so each test starts from nothing."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        _as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*settings: str) -> Cluster:
    """``settings`` are extra ``-c name=value`` server options (a benchmark's memory sizes)."""
    if not (BIN / "initdb").exists():
        raise RuntimeError("PostgreSQL 15 is not installed: run tools/ensure-system-packages.sh")
    folder = Path(tempfile.mkdtemp(prefix="motcua-pg-", dir="/tmp"))
    folder.chmod(0o755)
    data = folder / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    _as_postgres(str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    port = _free_port()
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=on"
    for setting in settings:
        options += f" -c {setting}"
    _as_postgres(str(BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(data / "log"),
                 "-o", options, "start")
    return Cluster(folder, port)
