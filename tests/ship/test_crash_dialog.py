"""An unexpected error in the window: a plain Vietnamese message, the log, and no exit."""

from __future__ import annotations

import sys

import pytest

from desktop import logs
from desktop.ui.crash import install_excepthook
from desktop.ui.qt import QApplication, QMessageBox, QPushButton, Qt

# The offscreen platform warns that it cannot resize a dialog to its hints; harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def crash_hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_path = logs.setup()
    handler = install_excepthook(log_path)
    yield handler, log_path
    if handler.dialog is not None:
        handler.dialog.close()


def shown_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_error_in_a_click_shows_message_and_window_stays(qtbot, crash_hook):
    handler, log_path = crash_hook
    button = QPushButton("Lưu hồ sơ")
    qtbot.addWidget(button)
    button.show()

    def broken_slot():
        raise RuntimeError("lookup failed for 0912345678 / 001190012345")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 1)
    box = shown_dialogs()[0]
    assert box.windowTitle() == "motcua gặp lỗi"
    assert "Dữ liệu đã lưu vẫn an toàn" in box.text()
    assert str(log_path) in box.text()
    assert button.isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown_dialogs()) == 1

    text = log_path.read_text(encoding="utf-8")
    assert text.count("CRITICAL desktop.ui.crash: unexpected error") == 2
    assert "RuntimeError: lookup failed for" in text and "broken_slot" in text
    assert "0912345678" not in text and "001190012345" not in text


def test_without_a_log_file_the_message_still_says_what_to_do(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = install_excepthook(None)
    handler(ValueError, ValueError("x"), None)
    box = handler.dialog
    qtbot.addWidget(box)
    assert "Không ghi được tệp nhật ký" in box.text()


def test_error_in_a_worker_thread_is_logged_without_a_dialog(qtbot, crash_hook):
    import threading

    handler, log_path = crash_hook

    def worker():
        raise OSError("network down")

    thread = threading.Thread(target=worker, name="sync-worker")
    thread.start()
    thread.join()
    assert handler.dialog is None
    assert "unexpected error in thread sync-worker" in log_path.read_text(encoding="utf-8")
