"""Opening the SQLite file and telling environment errors from bugs.

Environment errors (disk full, read-only folder, file locked by another program, corrupt
file) become ``StorageError`` with a plain Vietnamese message; anything else is a bug and is
left to propagate.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: How long a writer waits for another process (the sync, the CLI) before giving up.
BUSY_TIMEOUT_MS = 30_000
#: Below this much free space a failed write is reported as a full disk: SQLite often says
#: only "disk I/O error" when it is the shared-memory or journal file that could not grow.
LOW_SPACE_BYTES = 1 << 20


SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts like an SQLite database; OSError is the caller's to explain."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


class StorageError(Exception):
    """A problem with the data file that the user can understand and act on."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class CorruptDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode; writes go through ``write()`` (BEGIN IMMEDIATE)."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise as_known(exc, path) from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise as_known(exc, path) from exc
    return conn


@contextmanager
def write(conn: sqlite3.Connection, path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """One durable write transaction; takes the write lock up front so waiting is orderly."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise as_known(exc, path) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.IntegrityError
        ):
            known = explain(exc, path)
            if known is not None:
                raise known from exc
        raise


def explain(exc: sqlite3.Error, path: Path | None) -> StorageError | None:
    """Map SQLite's environment errors to a message for people; None for bugs."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    vague = "disk i/o" in text or "unable to open" in text
    if vague and _folder_read_only(path):
        text = "readonly"
    elif vague and _disk_nearly_full(path):
        text = "full"
    if "locked" in text or "busy" in text:
        return StorageError(
            "Tệp dữ liệu đang bị một chương trình khác giữ quá lâu. Hãy đóng các cửa sổ motcua "
            f"khác rồi thử lại{where}.", path)
    if "full" in text:
        return StorageError(f"Ổ đĩa đã đầy, chưa lưu được. Hãy giải phóng dung lượng rồi thử lại{where}.", path)
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(f"Không ghi được vào thư mục dữ liệu (chỉ đọc hoặc không có quyền){where}.", path)
    if "unable to open" in text:
        return StorageError(f"Không mở được tệp dữ liệu{where}. Kiểm tra thư mục và quyền truy cập.", path)
    if "disk i/o" in text:
        return StorageError(f"Lỗi đọc/ghi ổ đĩa{where}. Kiểm tra ổ đĩa và thử lại.", path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabase(f"Tệp dữ liệu bị hỏng{where}.", path)
    return None


def _folder_read_only(path: Path | None) -> bool:
    folder = path.parent if path else None
    return bool(folder and folder.is_dir() and not os.access(folder, os.W_OK))


def _disk_nearly_full(path: Path | None) -> bool:
    try:
        return path is not None and shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def as_known(exc: sqlite3.Error, path: Path | None) -> Exception:
    return explain(exc, path) or exc
