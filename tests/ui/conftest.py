"""Every UI test runs offscreen, in a fresh data directory, with a fixed clock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.clock import VN_TZ  # noqa: E402
from desktop.paths import resource_path  # noqa: E402

#: A Tuesday morning: a working day, before the same-day cut-off.
NOW = datetime(2025, 11, 18, 9, 0, tzinfo=VN_TZ)
#: Harmless notices of the offscreen platform plugin.
OFFSCREEN_NOISE = ["propagateSizeHints"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build products (``make translations``); make them if missing."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in resource_path("i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def set_up_dir(data_dir: Path, clock: Clock) -> Path:
    """A data directory already set up for the demo ward, desk 01."""
    from desktop.storage import Store

    with Store(data_dir, clock=clock, auto_backup=False) as store:
        store.setup(70, "000.00.14.H56", 1, "Cán bộ thử")
    return data_dir


@pytest.fixture
def open_app(qtbot, clock):
    """``open_app(data_dir)`` → the shown main window; closed (workers joined) at the end."""
    from desktop.ui.app import open_window
    from desktop.ui.qt import QApplication

    windows = []

    def opener(data_dir: Path, *, wait_ready: bool = True):
        window, _settings = open_window(QApplication.instance(), data_dir, clock)
        qtbot.addWidget(window)
        windows.append(window)
        window.printer._opener = lambda path, pages: window.printer.opened.append(path)
        window.printer.opened = []
        if wait_ready:
            with qtbot.waitSignal(window.ready, timeout=10_000):
                window.show()
        else:
            window.show()
        return window

    yield opener
    for window in windows:
        if "new" in window.pages:
            window.pages["new"].reset()  # else closing asks about the unsaved dossier first
        window.close()


@pytest.fixture
def keyring_file(tmp_path):
    """A real keyring backend in a file of the test's own (no Secret Service needed)."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    return backend
