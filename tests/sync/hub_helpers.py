"""A commune hub and its desks as real processes on loopback, for the several-desks tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import requests

from desktop.sync.pinning import PinnedSession, check_pin

ROOT = Path(__file__).resolve().parents[2]
COMMUNE, AGENCY = "70", "000.00.14.H56"
DAY = "2026-11-23"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def central(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "central", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


@dataclass
class Hub:
    db: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    tls: bool = False
    pin: str = ""
    extra: tuple[str, ...] = ()
    role: str | None = "commune"  # None: no --role, the default (a province endpoint)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def token(self, desk: int, commune: str = COMMUNE) -> str:
        done = central(self.db, "token", "issue", "--commune", commune, "--desk", str(desk))
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "central", "serve", *(["--role", self.role] if self.role else []),
             "--db", str(self.db),
             "--host", "127.0.0.1", "--port", str(self.port),
             *(["--tls-self-signed"] if self.tls else []), *self.extra],
            cwd=ROOT, stdout=subprocess.PIPE if self.tls else subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, text=True)
        session = requests.Session()
        if self.tls:  # the hub prints its fingerprint before it listens
            first = self.process.stdout.readline()
            self.pin = check_pin(first.split(": ", 1)[1])  # printed in groups of four
            session = PinnedSession(self.pin)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait for the hub to answer, not for a time
            assert self.process.poll() is None, "the hub exited"
            try:
                if session.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("the hub did not start")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        if self.process and self.process.stdout:
            self.process.stdout.close()
        self.process = None

    def events(self) -> list[str]:
        with closing(sqlite3.connect(self.db)) as conn:
            return [r[0] for r in conn.execute("SELECT uid FROM feed_events")]

    def summary(self) -> dict:
        return self.summary_of(DAY, DAY)

    def summary_of(self, first: str, last: str) -> dict:
        done = central(self.db, "summary", "--commune", COMMUNE, "--from", first, "--to", last,
                       "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@dataclass
class Desk:
    data: Path
    number: int
    env: dict

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(self.data), *args],
            input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT, env=self.env)

    def json(self, *args: str) -> dict | list:
        done = self.run(*args, "--json")
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    def add(self, applicant: str, received: str) -> str:
        return self.json("dossier", "add", "--procedure", "chung-thuc-ban-sao", "--applicant",
                         applicant, "--channel", "direct", "--received", received)["code"]

    def sync(self, *extra: str) -> subprocess.CompletedProcess:
        return self.run("sync", "--once", *extra)

    def summary(self) -> dict:
        return self.json("summary", "--from", DAY, "--to", DAY)

    def events(self) -> list[str]:
        with closing(sqlite3.connect(self.data / "motcua.sqlite3")) as conn:
            return [r[0] for r in conn.execute("SELECT uid FROM dossier_events")]


def make_desk(tmp_path: Path, number: int, hub: Hub, token: str, *,
              commune: str = COMMUNE, pin: str | None = None) -> Desk:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(tmp_path / f"xdg{number}"), "HOME": str(tmp_path / f"home{number}"),
           "PYTHONPATH": str(ROOT)}
    desk = Desk(tmp_path / f"desk{number}-{commune}", number, env)
    done = desk.run("setup", "--commune", commune, "--agency-id", AGENCY, "--desk", str(number),
                    "--officer", f"Cán bộ quầy {number}")
    assert done.returncode == 0, done.stderr
    pinned = ["--pin", pin or hub.pin] if (pin or hub.pin) else []
    done = desk.run("login", "--endpoint", hub.url, "--token-in-file", *pinned,
                    stdin=token + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    return desk
