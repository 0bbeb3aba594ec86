"""Where motcua keeps its files, in one place (``--data-dir`` overrides the default)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "motcua"
DB_FILENAME = "motcua.sqlite3"

#: Dossiers hold citizens' IDs, phones and addresses: everything motcua writes is for the
#: signed-in user alone. On Windows the per-user profile folders already carry a user-only
#: ACL, which files created inside them inherit; the modes below are for POSIX.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``: inside the frozen bundle, in the installed package
    (``desktop/resources``, see setup.py), or in the source tree."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base).joinpath("resources", *parts)
    installed = Path(__file__).resolve().parent / "resources"
    root = installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


def default_data_dir() -> Path:
    override = os.environ.get("MOTCUA_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed, and make it this user's alone. OSError from
    creating it is the caller's to explain; tightening a folder we do not own is skipped."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists with mode 0600 before anything (SQLite included) writes into
    it: SQLite gives its -wal/-shm/-journal files the database file's mode, so this covers
    them too. An existing file left readable by an older version is tightened."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        _tighten(path, PRIVATE_FILE_MODE)
    else:
        os.close(fd)
    return path


def _tighten(path: Path, mode: int) -> None:
    if sys.platform == "win32":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours (a shared folder, read-only media): nothing we may change
