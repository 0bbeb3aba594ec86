"""Where motcua keeps its files, in one place (``--data-dir`` overrides the default)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "motcua"
DB_FILENAME = "motcua.sqlite3"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from the source tree or from inside the frozen bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


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
