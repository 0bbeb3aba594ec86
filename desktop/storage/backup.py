"""Rotating backups with SQLite's online backup API (safe while the app is writing)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.clock import to_vn
from desktop.paths import backup_dir, private_dir, private_file
from desktop.storage.db import StorageError, as_known

KEEP = 14
AUTO_EVERY = timedelta(days=1)
PREFIX = "motcua-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


def list_backups(data_dir: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupFile(path, to_vn(taken), path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_backup(data_dir: Path) -> Path | None:
    backups = list_backups(data_dir)
    return backups[0].path if backups else None


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the live database, written to a temp name then renamed."""
    partial = target.with_name(target.name + ".part")
    try:
        private_dir(target.parent)
        partial.unlink(missing_ok=True)
        private_file(partial)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise as_known(exc, target) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Không ghi được bản sao lưu {target}: {exc.strerror}", target) from exc
    return target


def take_backup(source: sqlite3.Connection, data_dir: Path, now: datetime,
                target: Path | None = None) -> Path:
    if target is None:
        target = backup_dir(data_dir) / f"{PREFIX}{to_vn(now):%Y%m%d-%H%M%S}{SUFFIX}"
    copy_database(source, target)
    prune(data_dir)
    return target


def prune(data_dir: Path, keep: int = KEEP) -> None:
    for old in list_backups(data_dir)[keep:]:
        old.path.unlink(missing_ok=True)


def backup_due(data_dir: Path, now: datetime) -> bool:
    backups = list_backups(data_dir)
    return not backups or to_vn(now) - backups[0].taken_at >= AUTO_EVERY
