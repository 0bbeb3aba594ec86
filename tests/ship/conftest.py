"""Every test here writes its log into its own folder and leaves no file handler behind."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("MOTCUA_LOG_DIR", str(folder))
    yield folder
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_motcua", False)]:
        root.removeHandler(handler)
        handler.close()


def run_motcua(*args: str, env: dict[str, str] | None = None,
               preexec=None) -> subprocess.CompletedProcess:
    """The command line in its own process, as IT staff would run it."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})},
                          preexec_fn=preexec, check=False, timeout=120)


@pytest.fixture
def motcua():
    return run_motcua
