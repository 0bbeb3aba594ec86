"""Putting a backup back in place of the data file, without ever losing the current one.

A restore is what people reach for when something already went wrong, so it checks the backup
fully before touching anything, keeps the current file beside it first (even when that file is
corrupt), and writes through SQLite's backup API so a window still holding the file sees a
consistent database rather than a half-copied one.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.clock import to_vn
from desktop.paths import db_path
from desktop.storage import backup, migrations
from desktop.storage.db import (
    CorruptDatabase,
    NewerDatabase,
    StorageError,
    as_known,
    connect,
    is_sqlite_file,
)  # fmt: skip

KEPT_PREFIX = "motcua-truoc-khoi-phuc-"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    schema_version: int
    dossiers: int


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path | None
    dossiers: int


def check_backup(path: Path) -> BackupCheck:
    """Refuse anything that is not a whole, readable motcua database this version understands."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"Không tìm thấy tệp sao lưu {path}.", path)
    try:
        sqlite = is_sqlite_file(path)
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp sao lưu {path}: {exc.strerror}.", path) from exc
    if not sqlite:
        raise CorruptDatabase(f"Tệp {path} không phải bản sao lưu motcua (không phải SQLite).", path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise as_known(exc, path) from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        version = migrations.user_version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        dossiers = (conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
                    if "dossiers" in tables else 0)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(f"Tệp sao lưu {path} bị hỏng, không dùng được.", path) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise CorruptDatabase(f"Tệp sao lưu {path} bị hỏng ({problems[0]}), không dùng được.",
                              path)
    if version > migrations.CURRENT_VERSION:
        raise NewerDatabase(f"Tệp sao lưu {path} do phiên bản motcua mới hơn tạo ra (lược đồ "
                            f"{version}). Hãy cài phiên bản mới hơn để khôi phục.", path)
    if version < 1 or "dossiers" not in tables:
        raise StorageError(f"Tệp {path} không phải bản sao lưu của motcua.", path)
    return BackupCheck(path, version, dossiers)


def restore(data_dir: Path, source: Path, now: datetime) -> Restored:
    """Replace the data file's contents with ``source``; the old file is kept aside first.

    An older-schema backup is accepted: the next ``Store`` open migrates it as usual.
    """
    checked = check_backup(source)
    target = db_path(Path(data_dir))
    if target.resolve() == checked.path.resolve():
        raise StorageError("Tệp sao lưu chính là tệp dữ liệu đang dùng.", target)
    kept = None
    if target.exists() and target.stat().st_size > 0:
        kept = target.with_name(f"{KEPT_PREFIX}{to_vn(now):%Y%m%d-%H%M%S}.sqlite3")
        _keep_current(target, kept)
    try:
        src = sqlite3.connect(f"{checked.path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise as_known(exc, checked.path) from exc
    try:
        dest = _open_target(target, kept)
        try:
            src.backup(dest)
            problems = dest.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise as_known(exc, target) from exc
        finally:
            dest.close()
    finally:
        src.close()
    if problems != "ok":
        raise CorruptDatabase(f"Khôi phục chưa thành công ({problems}). Bản trước khi khôi phục "
                              f"vẫn còn ở {kept}.", target)
    log.info("restored %s from %s (%d dossiers); previous file kept at %s", target,
             checked.path, checked.dossiers, kept)
    return Restored(checked.path, kept, checked.dossiers)


def _keep_current(target: Path, kept: Path) -> None:
    """A consistent copy when the file opens; a byte copy (with its WAL) when it does not."""
    try:
        conn = connect(target, readonly=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                backup.copy_database(conn, kept)
                return
        finally:
            conn.close()
    except (sqlite3.DatabaseError, CorruptDatabase):
        pass
    try:
        for suffix in ("", "-wal"):
            extra = target.with_name(target.name + suffix)
            if extra.exists():
                shutil.copy2(extra, kept.with_name(kept.name + suffix))
    except OSError as exc:
        raise StorageError(f"Không giữ lại được bản hiện tại ({exc.strerror}); chưa khôi phục.",
                           kept) from exc


def _open_target(target: Path, kept: Path | None) -> sqlite3.Connection:
    """The live file when SQLite can use it; a fresh one when it is corrupt and already kept."""
    conn = None
    try:
        conn = connect(target)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except (sqlite3.DatabaseError, CorruptDatabase) as exc:
        if conn is not None:
            conn.close()
        known = as_known(exc, target) if isinstance(exc, sqlite3.Error) else exc
        if kept is None or not isinstance(known, CorruptDatabase):
            raise known from exc
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    return connect(target)
