"""The log file: what IT staff send when something goes wrong.

The rule is that code never logs personal data: dossier codes, states, procedure slugs, counts
and file paths are fine; names, citizen IDs, phones, addresses, e-mails, notes and tokens are
not. The filter below is only defence in depth for what slips through (an exception message
quoting a value, a third-party library logging a request header).
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import PRIVATE_FILE_MODE, default_log_dir, private_dir

LOG_FILENAME = "motcua.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

#: (pattern, replacement); order matters: tokens before the digit runs they may contain.
REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+"), "Bearer [token]"),
    (re.compile(r"(?i)\b(token|password|secret|authorization)([\"']?\s*[:=]\s*[\"']?)"
                r"[^\s,;'\"}]+"), r"\1\2[ẩn]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (re.compile(r"(?<![\d.])\d{12}(?![\d.])"), "[số định danh]"),
    (re.compile(r"(?<![\d.])(0|\+84|84)\d{9}(?![\d.])"), "[số điện thoại]"),
)

_PACKAGE_LOGGER = "desktop"


def redact(text: str) -> str:
    for pattern, replacement in REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactPersonalData(logging.Filter):
    """Rewrites the record's message and traceback text before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file of the rotation created 0600: even redacted, a log names applicants."""

    def _open(self):  # noqa: ANN202 - logging's own hook
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        if os.name != "nt":
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def log_dir(override: Path | None = None) -> Path:
    """``--log-dir`` wins, then ``MOTCUA_LOG_DIR``, then the platform's user log folder."""
    if override is not None:
        return Path(override)
    env = os.environ.get("MOTCUA_LOG_DIR")
    return Path(env) if env else default_log_dir()


def setup(override: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the package's records (and other libraries' warnings) to a rotating file; returns
    the file, or None when the folder cannot be written (the app must still run: a log is never
    worth refusing work). Calling it again replaces the previous file handler."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_motcua", False)]:
        root.removeHandler(handler)
        handler.close()
    logging.getLogger(_PACKAGE_LOGGER).setLevel(level)
    path = log_dir(override) / LOG_FILENAME
    try:
        private_dir(path.parent)
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES,
                                      encoding="utf-8")
    except OSError:
        return None
    handler._motcua = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactPersonalData())
    root.addHandler(handler)
    return path


def current_log_file() -> Path | None:
    """The file ``setup`` opened, for the crash dialog and the self-test."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_motcua", False):
            return Path(handler.baseFilename)  # type: ignore[attr-defined]
    return None
