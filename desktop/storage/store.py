"""One open data directory: the connection, its repositories and its lifecycle."""

from __future__ import annotations

import getpass
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desktop.core.calendar import WorkCalendar
from desktop.core.catalogue import Catalogue, load_catalogue
from desktop.core.checklist import load_criteria
from desktop.core.clock import now_vn, to_vn
from desktop.core.codes import check_agency_id, check_desk
from desktop.core.commune import commune_from_code
from desktop.paths import db_path, private_dir, private_file
from desktop.storage import backup, migrations
from desktop.storage.checklist import ChecklistRepo
from desktop.storage.db import (
    CorruptDatabase,
    NewerDatabase,
    StorageError,
    as_known,
    connect,
    is_sqlite_file,
    write,
)  # fmt: skip
from desktop.storage.dossiers import DossierRepo
from desktop.storage.events import Replica
from desktop.storage.handling import HandlingRepo, StaffRepo
from desktop.storage.settings import DeskIdentity, SettingsRepo

if TYPE_CHECKING:
    from desktop.storage.restore import Restored

log = logging.getLogger(__name__)


#: Data files this process has open, with how many times. Reading a file's header through
#: the OS (``_check_file``) and closing it drops every POSIX lock this process holds on the
#: file, including SQLite's for connections already open (the window's DB thread, the sender,
#: the hub exchange); another process could then write under them and damage the file.
_OPEN: dict[Path, int] = {}
_OPEN_GUARD = threading.Lock()


class Store:
    """Open with ``Store(data_dir)``; close with ``close()`` or use as a context manager."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], datetime] = now_vn,
                 auto_backup: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.path = db_path(self.data_dir)
        self.clock = clock
        try:
            private_dir(self.data_dir)
        except OSError as exc:
            raise StorageError(f"Không tạo được thư mục dữ liệu {self.data_dir}: {exc.strerror}.",
                               self.data_dir) from exc
        with _OPEN_GUARD:
            if not _OPEN.get(self.path.resolve()):
                self._check_file()
            _OPEN[self.path.resolve()] = _OPEN.get(self.path.resolve(), 0) + 1
        self._make_private()
        try:
            self.conn = connect(self.path)
        except CorruptDatabase as exc:  # page 1 damaged: caught while setting WAL mode
            self._forget()
            raise self._corrupt("tệp bị hỏng") from exc
        except BaseException:
            self._forget()
            raise
        try:
            self._open()
        except BaseException as exc:
            self.conn.close()
            self._forget()
            log.warning("could not open %s: %s", self.path, getattr(exc, "message", repr(exc)))
            raise
        self.db = sqlite_utils.Database(self.conn)
        self.settings = SettingsRepo(self.conn)
        self.dossiers = DossierRepo(self)
        self.checklist = ChecklistRepo(self)
        self.staff = StaffRepo(self)
        self.handling = HandlingRepo(self)
        self.replica = Replica(self)
        self._install_reference_data()
        if auto_backup:
            self.backup_if_due()

    # -- opening --------------------------------------------------------------
    def _corrupt(self, detail: str) -> CorruptDatabase:
        newest = backup.newest_backup(self.data_dir)
        hint = (f"Bản sao lưu mới nhất: {newest}." if newest
                else "Không tìm thấy bản sao lưu nào trong thư mục dữ liệu.")
        return CorruptDatabase(
            f"Không mở được tệp dữ liệu {self.path}: {detail}. Tệp được giữ nguyên, không bị sửa. "
            f"{hint} Hãy đóng motcua, đổi tên tệp hỏng rồi chép bản sao lưu vào đúng tên đó.",
            self.path)

    def _make_private(self) -> None:
        """The data file and its companions, 0600 (created so, or tightened if older)."""
        for suffix in ("", "-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if suffix and not companion.exists():
                continue
            try:
                private_file(companion)
            except OSError:
                pass  # a read-only folder: opening will explain it in plain words

    def _check_file(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        try:
            sqlite = is_sqlite_file(self.path)
        except OSError as exc:
            raise StorageError(f"Không đọc được tệp dữ liệu {self.path}: {exc.strerror}.",
                               self.path) from exc
        if not sqlite:
            raise self._corrupt("tệp không phải cơ sở dữ liệu SQLite")

    def _open(self) -> None:
        try:
            version = migrations.user_version(self.conn)
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            known = as_known(exc, self.path)
            if isinstance(known, CorruptDatabase) or not isinstance(known, StorageError):
                raise self._corrupt("tệp bị hỏng") from exc
            raise known from exc
        if version > migrations.CURRENT_VERSION:
            raise NewerDatabase(
                f"Tệp dữ liệu {self.path} do phiên bản motcua mới hơn tạo ra (lược đồ {version}; "
                f"phiên bản này đọc được đến {migrations.CURRENT_VERSION}). Hãy cài phiên bản mới "
                "hơn; tệp được giữ nguyên.", self.path)
        if 0 < version < migrations.CURRENT_VERSION:
            stamp = to_vn(self.clock()).strftime("%Y%m%d-%H%M%S")
            aside = self.path.with_name(f"motcua-v{version}-truoc-nang-cap-{stamp}.sqlite3")
            backup.copy_database(self.conn, aside)
            log.info("schema v%d -> v%d; copy kept at %s", version, migrations.CURRENT_VERSION,
                     aside)
        try:
            migrations.migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise as_known(exc, self.path) from exc

    def _install_reference_data(self) -> None:
        """Load the catalogue and checklist criteria shipped with this version, if newer."""
        catalogue = load_catalogue()
        criteria = load_criteria()
        stored = self._meta("reference_versions")
        wanted = {"catalogue": catalogue.version, "criteria": criteria.version}
        if stored == wanted:
            return
        with self.transaction():
            self.install_catalogue(catalogue)
            self.checklist.install(criteria)
            self._set_meta("reference_versions", wanted)

    def install_catalogue(self, catalogue: Catalogue) -> None:
        """Caller holds the transaction; procedures no longer listed are hidden, not deleted."""
        self.conn.execute("UPDATE procedures SET active = 0")
        self.db["procedures"].upsert_all(
            [
                {"slug": p.slug, "name": p.name, "field": p.field,
                 "field_name": catalogue.fields[p.field], "days": p.days, "cutoff": int(p.cutoff),
                 "documents": json.dumps(p.documents, ensure_ascii=False), "source": p.source,
                 "steps": json.dumps(p.steps) if p.steps else None, "active": 1}
                for p in catalogue.procedures
            ],
            pk="slug",
        )  # fmt: skip
        self.dossiers.forget_catalogue()
        self.__dict__.pop("field_names", None)

    def _meta(self, key: str) -> object:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (f"_{key}",)).fetchone()
        return None if row is None else json.loads(row[0])

    def _set_meta(self, key: str, value: object) -> None:
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
            " value = excluded.value", (f"_{key}", json.dumps(value)))

    # -- shared state ---------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with write(self.conn, self.path) as conn:
            yield conn

    @cached_property
    def calendar(self) -> WorkCalendar:
        return self.settings.calendar()

    @cached_property
    def field_names(self) -> dict[str, str]:
        return self.dossiers.field_names()

    @property
    def actor(self) -> str:
        officer = self.settings.get("officer")
        if officer:
            return officer
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "motcua"

    def update_settings(self, **values: object) -> None:
        """Several settings in one transaction; derived caches are rebuilt next time."""
        with self.transaction():
            for key, value in values.items():
                self.settings.set(key, value)
        self.__dict__.pop("calendar", None)

    def setup(self, commune_code: int | str, agency_id: str, desk: int | str,
              officer: str | None = None) -> DeskIdentity:
        commune = commune_from_code(commune_code)
        values: dict[str, object] = {"commune_code": commune.code,
                                     "agency_id": check_agency_id(agency_id),
                                     "desk": check_desk(desk)}
        if officer is not None:
            values["officer"] = officer.strip()
        self.update_settings(**values)
        return self.settings.require_identity()

    # -- backups ---------------------------------------------------------------
    def backup(self, target: Path | None = None) -> Path:
        return backup.take_backup(self.conn, self.data_dir, self.clock(), target)

    def restore(self, source: Path, *, adopt_connection: bool = False) -> Restored:
        """Replace this file's contents with a backup (checked, migrated and re-checked in a
        staging copy; the current file kept aside first), then drop everything cached from
        the old contents. Connection settings stay as they are unless ``adopt_connection``."""
        from desktop.storage.restore import restore

        result = restore(self.data_dir, source, self.clock(), adopt_connection=adopt_connection)
        self._open()
        self.__dict__.pop("calendar", None)
        self.__dict__.pop("field_names", None)
        self.dossiers.forget_catalogue()
        self._install_reference_data()
        return result

    def backup_if_due(self) -> Path | None:
        if backup.backup_due(self.data_dir, self.clock()):
            target = self.backup()
            log.info("automatic backup written to %s", target)
            return target
        return None

    # -- lifecycle ---------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()
        self._forget()

    def _forget(self) -> None:
        with _OPEN_GUARD:
            key = self.path.resolve()
            _OPEN[key] = _OPEN.get(key, 1) - 1
            if _OPEN[key] <= 0:
                del _OPEN[key]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
