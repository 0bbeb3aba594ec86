"""What the clerk sees when the program itself fails: a plain message, not a traceback.

Every write is one SQLite transaction, so an exception in the middle of saving rolls back and
the data file holds either the whole dossier or none of it; the message can honestly say the
saved data is safe. The details go to the log file (with personal data filtered out) for IT
staff. The window stays open: a failed click should not cost the clerk the rest of the queue.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from desktop.ui.qt import QApplication, QMessageBox, Qt

log = logging.getLogger(__name__)

TITLE = "motcua gặp lỗi"


def crash_message(log_path: Path | None) -> str:
    where = (f"Chi tiết lỗi đã được ghi vào tệp nhật ký:\n{log_path}\n\n"
             "Hãy gửi tệp này cho cán bộ công nghệ thông tin." if log_path
             else "Không ghi được tệp nhật ký trên máy này; hãy báo cho cán bộ công nghệ "
                  "thông tin thao tác vừa làm.")
    return ("Chương trình vừa gặp một lỗi không mong muốn.\n\n"
            "Dữ liệu đã lưu vẫn an toàn: mỗi hồ sơ chỉ được ghi khi đã lưu trọn vẹn. "
            "Thao tác vừa làm có thể chưa được lưu — hãy kiểm tra lại rồi làm lại nếu cần.\n\n"
            + where)


def crash_dialog(log_path: Path | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, crash_message(log_path),
                      QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


class CrashHandler:
    """Installed as ``sys.excepthook``; one dialog at a time even if errors repeat."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.dialog: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        try:
            self.dialog = crash_dialog(self.log_path)
            self.dialog.open()
        except Exception:
            log.exception("could not show the crash dialog")
            sys.__excepthook__(kind, error, tb)


def install_excepthook(log_path: Path | None) -> CrashHandler:
    """Call once at app start, after ``desktop.logs.setup()`` (pass the path it returned)."""
    handler = CrashHandler(log_path)
    sys.excepthook = handler
    threading.excepthook = lambda args: log.critical(
        "unexpected error in thread %s", args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    return handler
