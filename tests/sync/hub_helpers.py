"""A commune hub and its desks as real processes on loopback, for the several-desks tests."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import requests

from desktop.sync.pinning import PinnedSession, check_pin
from tests.netns import CUT_OFF

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
    #: Announce on the LAN (mDNS): only inside a network namespace of the test's own
    #: (``tests.netns``), never on the shared machine's network.
    announce: bool = False
    lines: queue.Queue = field(default_factory=queue.Queue)
    reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def token(self, desk: int, commune: str = COMMUNE) -> str:
        done = central(self.db, "token", "issue", "--commune", commune, "--desk", str(desk))
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def start(self) -> None:
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the process; its output (stdout and the log) is read into ``lines``."""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "central", "serve", *(["--role", self.role] if self.role else []),
             "--db", str(self.db),
             "--host", "127.0.0.1", "--port", str(self.port),
             *(["--tls-self-signed"] if self.tls else []),
             *([] if self.announce else ["--no-announce"]), *self.extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = queue.Queue()
        self.reader = threading.Thread(target=_read_lines, args=(self.process.stdout, self.lines),
                                       daemon=True)
        self.reader.start()
        if self.tls:  # the hub prints its fingerprint before it listens
            line = self.said("Dấu vân tay chứng thư")
            self.pin = check_pin(line.split(": ", 1)[1])  # printed in groups of four

    def said(self, text: str, timeout: float = 60) -> str:
        """The first line of the hub's output (from now on) that contains ``text``."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                raise AssertionError(f"the hub exited without saying {text!r}")
            if text in line:
                return line
        raise AssertionError(f"the hub did not say {text!r} within {timeout} s")

    def wait_ready(self) -> None:
        session = PinnedSession(self.pin) if self.tls else requests.Session()
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
        if self.reader is not None:  # it closes the pipe at the end of the output
            self.reader.join(timeout=30)
            self.reader = None
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


def _read_lines(stream, into: queue.Queue) -> None:
    with stream:
        for line in stream:
            into.put(line)
    into.put(None)


@dataclass
class Desk:
    data: Path
    number: int
    env: dict

    def run(self, *args: str, stdin: str = "", cut_off: bool = False) -> subprocess.CompletedProcess:
        """``cut_off``: in a network namespace of its own (``tests.netns``), no route anywhere."""
        return subprocess.run(
            [*(CUT_OFF if cut_off else ()), sys.executable, "-m", "desktop", "--data-dir",
             str(self.data), *args],
            input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT, env=self.env)

    def json(self, *args: str) -> dict | list:
        done = self.run(*args, "--json")
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    def add(self, applicant: str, received: str) -> str:
        return self.json("dossier", "add", "--procedure", "chung-thuc-ban-sao", "--applicant",
                         applicant, "--channel", "direct", "--received", received)["code"]

    def sync(self, *extra: str, cut_off: bool = False) -> subprocess.CompletedProcess:
        return self.run("sync", "--once", *extra, cut_off=cut_off)

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


@contextmanager
def hub_with_desks(tmp_path: Path, count: int = 2) -> Iterator[tuple[Hub, list[Desk]]]:
    """A running commune hub and desks 1..``count`` logged in to it; the hub is killed after."""
    hub = Hub(tmp_path / "hub.sqlite3")
    tokens = {n: hub.token(n) for n in range(1, count + 1)}
    hub.start()
    try:
        yield hub, [make_desk(tmp_path, n, hub, tokens[n]) for n in range(1, count + 1)]
    finally:
        hub.kill()


def synced(*desks: Desk) -> None:
    """Each desk exchanges once with the hub, in the order given; each exchange must succeed."""
    for desk in desks:
        done = desk.sync()
        assert done.returncode == 0, done.stdout + done.stderr
