"""Putting a backup back in place of the data file, without ever losing the current one.

A restore is what people reach for when something already went wrong, so it checks the backup
fully before touching anything, keeps the current file beside it first (even when that file is
corrupt), and writes through SQLite's backup API so a window still holding the file sees a
consistent database rather than a half-copied one.

A backup is also a file someone may hand the desk, so it is treated as untrusted: its schema
must be exactly one this code writes (an extra trigger or view would run inside the app), it is
migrated and checked in a staging copy before the current file is touched, and where the
desk sends its reports (endpoint, CA bundle, the personal-data switch) stays as it is unless
the person restoring chose to take the backup's, after seeing both side by side.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.clock import to_vn
from desktop.paths import db_path, private_file
from desktop.storage import backup, migrations
from desktop.storage.db import (
    CorruptDatabase,
    NewerDatabase,
    StorageError,
    as_known,
    connect,
    is_sqlite_file,
    write,
)  # fmt: skip
from desktop.storage.settings import SETTINGS

KEPT_PREFIX = "motcua-truoc-khoi-phuc-"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    schema_version: int
    dossiers: int


#: The settings that decide where reports and personal data go. A backup never changes them
#: on its own.
CONNECTION_KEYS = ("endpoint", "ca_bundle", "send_personal_data", "token_in_file")
STAGING_SUFFIX = ".khoi-phuc-tam"


@dataclass(frozen=True)
class ConnectionChange:
    """One connection setting that differs: what the desk uses now, what the backup holds."""
    key: str
    current: object
    in_backup: object


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path | None
    dossiers: int
    #: Connection settings that differed; kept as they were unless ``adopted``.
    connection: tuple[ConnectionChange, ...] = ()
    adopted: bool = False


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
        differences = (migrations.schema_differences(conn, version)
                       if 1 <= version <= migrations.CURRENT_VERSION else [])
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
    if differences:
        raise CorruptDatabase(
            f"Tệp sao lưu {path} có cấu trúc không đúng với bất kỳ phiên bản motcua nào (lược đồ "
            f"{version}: {_listed(differences)}). Không khôi phục, dữ liệu hiện tại giữ nguyên.",
            path)
    return BackupCheck(path, version, dossiers)


def _listed(items: list[str], most: int = 5) -> str:
    more = f" và {len(items) - most} mục khác" if len(items) > most else ""
    return ", ".join(items[:most]) + more


def connection_changes(data_dir: Path, source: Path) -> tuple[ConnectionChange, ...]:
    """Connection settings the backup would change, for showing side by side before a restore."""
    checked = check_backup(source)
    return _differences(_connection_settings(db_path(Path(data_dir))),
                        _connection_settings(checked.path))


def restore(data_dir: Path, source: Path, now: datetime, *,
            adopt_connection: bool = False) -> Restored:
    """Replace the data file's contents with ``source``; the old file is kept aside first.

    The backup is copied to a staging file, brought up to the current schema there and checked
    again; only a staging copy that passes replaces the current contents, so a backup that
    cannot become a working file leaves the desk as it was. The current connection settings
    are written into the staging copy unless ``adopt_connection``.
    """
    checked = check_backup(source)
    target = db_path(Path(data_dir))
    if target.resolve() == checked.path.resolve():
        raise StorageError("Tệp sao lưu chính là tệp dữ liệu đang dùng.", target)
    current = _connection_settings(target)
    staging = target.with_name(target.name + STAGING_SUFFIX)
    try:
        staged = _stage(checked, staging)
        try:
            changes = _differences(current, _connection_settings_of(staged))
            if not adopt_connection and changes:
                _put_connection_settings(staged, current)
            kept = None
            if target.exists() and target.stat().st_size > 0:
                kept = target.with_name(f"{KEPT_PREFIX}{to_vn(now):%Y%m%d-%H%M%S}.sqlite3")
                _keep_current(target, kept)
            dest = _open_target(target, kept)
            try:
                staged.backup(dest)
                problems = dest.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.Error as exc:
                raise as_known(exc, target) from exc
            finally:
                dest.close()
        finally:
            staged.close()
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staging.with_name(staging.name + suffix).unlink(missing_ok=True)
    if problems != "ok":
        raise CorruptDatabase(f"Khôi phục chưa thành công ({problems}). Bản trước khi khôi phục "
                              f"vẫn còn ở {kept}.", target)
    log.info("restored %s from %s (%d dossiers); previous file kept at %s; connection settings "
             "%s", target, checked.path, checked.dossiers, kept,
             "taken from the backup" if adopt_connection else "kept")
    return Restored(checked.path, kept, checked.dossiers, changes, adopt_connection)


def _stage(checked: BackupCheck, staging: Path) -> sqlite3.Connection:
    """A migrated, re-checked copy of the backup beside the data file (same disk, same rights)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        staging.with_name(staging.name + suffix).unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{checked.path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise as_known(exc, checked.path) from exc
    try:
        private_file(staging)
        staged = connect(staging)
        try:
            src.backup(staged)
        except BaseException:
            staged.close()
            raise
    except sqlite3.Error as exc:
        raise as_known(exc, staging) from exc
    finally:
        src.close()
    try:
        migrations.migrate(staged)
        differences = migrations.schema_differences(staged, migrations.CURRENT_VERSION)
        problems = staged.execute("PRAGMA integrity_check").fetchone()[0]
    except (sqlite3.Error, ValueError) as exc:
        staged.close()
        raise StorageError(f"Không nâng cấp được bản sao lưu {checked.path} lên phiên bản hiện "
                           f"tại ({exc}). Không khôi phục, dữ liệu hiện tại giữ nguyên.",
                           checked.path) from exc
    if differences or problems != "ok":
        staged.close()
        why = _listed(differences) if differences else problems
        raise CorruptDatabase(f"Bản sao lưu {checked.path} sau khi nâng cấp không dùng được "
                              f"({why}). Không khôi phục, dữ liệu hiện tại giữ nguyên.",
                              checked.path)
    return staged


def _connection_settings(path: Path) -> dict[str, str]:
    """The stored (JSON) values of the connection settings; empty when the file cannot be read."""
    if not path.exists() or path.stat().st_size == 0:
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        return _connection_settings_of(conn)
    finally:
        conn.close()


def _connection_settings_of(conn: sqlite3.Connection) -> dict[str, str]:
    marks = ",".join("?" * len(CONNECTION_KEYS))
    try:
        return {r[0]: r[1] for r in conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks})", CONNECTION_KEYS)}
    except sqlite3.DatabaseError:
        return {}


def _put_connection_settings(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    marks = ",".join("?" * len(CONNECTION_KEYS))
    with write(conn):
        conn.execute(f"DELETE FROM settings WHERE key IN ({marks})", CONNECTION_KEYS)
        conn.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", values.items())


def _differences(current: dict[str, str], in_backup: dict[str, str]) -> tuple[ConnectionChange, ...]:
    def shown(key: str, raw: str | None) -> object:
        if raw is None:
            return SETTINGS[key].default
        try:
            return json.loads(raw)
        except ValueError:
            return raw

    out = []
    for key in CONNECTION_KEYS:
        now, then = shown(key, current.get(key)), shown(key, in_backup.get(key))
        if now != then:
            out.append(ConnectionChange(key, now, then))
    return tuple(out)


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
                copied = kept.with_name(kept.name + suffix)
                private_file(copied)
                shutil.copyfile(extra, copied)
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
