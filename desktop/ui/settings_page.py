"""Cài đặt: the desk identity, working hours and cut-off, local holiday overrides, language,
backups and the connection for sending reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from desktop.core.calendar import WorkingHours
from desktop.core.errors import UserError
from desktop.storage.backup import BackupFile, list_backups
from desktop.ui.connection_tab import ConnectionTab
from desktop.ui.dialogs import ask
from desktop.ui.identity_form import IdentityForm
from desktop.ui.import_book import ImportBookTab
from desktop.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMessageBox,
    QPushButton,
    Qt,
    QTabWidget,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.session import Session
from desktop.ui.signing_tab import SigningTab
from desktop.ui.staff_tab import StaffTab
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


@dataclass(frozen=True)
class Override:
    day: date
    working: bool


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SettingsPage(QWidget):
    session_changed = Signal()
    language_changed = Signal(str)

    def __init__(self, tasks: Tasks, session: Session, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.identity = IdentityForm(tasks, first_run=False, parent=self)
        self.identity.show_identity(session.identity, session.settings.get("officer") or "")
        self.identity.saved.connect(lambda _identity: self.session_changed.emit())
        self.tabs.addTab(self.identity, self.tr("Commune and desk"))
        self.tabs.addTab(self._hours_tab(session), self.tr("Working time"))
        self.tabs.addTab(self._language_tab(language), self.tr("Language"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backups"))
        self.staff = StaffTab(tasks, self)
        self.staff.changed.connect(self.session_changed)
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.connection = ConnectionTab(tasks, self)
        self.tabs.addTab(self.connection, self.tr("Connection"))
        self.import_book = ImportBookTab(tasks, self)
        self.tabs.addTab(self.import_book, self.tr("Import old tracking book"))
        self.signing = SigningTab(tasks, self)
        self.tabs.addTab(self.signing, self.tr("Digital signature"))

    def show_connection(self) -> None:
        self.tabs.setCurrentWidget(self.connection)
        self.connection.endpoint.setFocus()

    # -- working time ---------------------------------------------------------------------
    def _hours_tab(self, session: Session) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        hours = WorkingHours.from_json(session.settings["working_hours"])
        periods = list(hours.periods) + [hours.periods[-1]] * (2 - len(hours.periods))
        self.period_edits: list[tuple[QTimeEdit, QTimeEdit]] = []
        for (start, end), name in zip(periods[:2], (self.tr("Morning:"), self.tr("Afternoon:")),
                                      strict=True):
            row = QHBoxLayout()
            pair = (QTimeEdit(_qtime(start), tab), QTimeEdit(_qtime(end), tab))
            for edit, part in zip(pair, (self.tr("from"), self.tr("to")), strict=True):
                edit.setDisplayFormat("HH:mm")
                edit.setAccessibleName(f"{name} {part}")
                row.addWidget(QLabel(part, tab))
                row.addWidget(edit)
            row.addStretch(1)
            form.addRow(name, row)
            self.period_edits.append(pair)
        self.cutoff = QTimeEdit(_qtime(hours.cutoff), tab)
        self.cutoff.setDisplayFormat("HH:mm")
        self.cutoff.setAccessibleName(self.tr("Afternoon cut-off for same-day procedures"))
        form.addRow(self.tr("Same-day cut-off:"), self.cutoff)
        self.overrides = QListWidget(tab)
        self.overrides.setAccessibleName(self.tr("Local days off and make-up working days"))
        self._overrides: list[Override] = [
            Override(date.fromisoformat(o["date"]), bool(o["working"]))
            for o in session.settings.get("holiday_overrides") or []]
        self._show_overrides()
        add_row = QHBoxLayout()
        self.override_day = QDateEdit(QDate.currentDate(), tab)
        self.override_day.setDisplayFormat("dd/MM/yyyy")
        self.override_day.setCalendarPopup(True)
        self.override_day.setAccessibleName(self.tr("Date"))
        self.override_kind = QComboBox(tab)
        self.override_kind.setAccessibleName(self.tr("Kind of day"))
        self.override_kind.addItem(self.tr("Day off"), False)
        self.override_kind.addItem(self.tr("Working day"), True)
        add = QPushButton(self.tr("Add"), tab)
        remove = QPushButton(self.tr("Remove selected"), tab)
        for widget in (self.override_day, self.override_kind, add, remove):
            add_row.addWidget(widget)
        add_row.addStretch(1)
        form.addRow(self.tr("Local overrides:"), self.overrides)
        form.addRow("", add_row)
        self.hours_error = InlineError(tab)
        form.addRow("", self.hours_error)
        self.save_hours_button = QPushButton(self.tr("Save working time"), tab)
        form.addRow("", self.save_hours_button)
        add.clicked.connect(self._add_override)
        remove.clicked.connect(self._remove_override)
        self.save_hours_button.clicked.connect(self.save_hours)
        return tab

    def _show_overrides(self) -> None:
        self.overrides.clear()
        for item in sorted(self._overrides, key=lambda o: o.day):
            kind = self.tr("working day") if item.working else self.tr("day off")
            self.overrides.addItem(f"{item.day:%d/%m/%Y} — {kind}")

    def _add_override(self) -> None:
        value = self.override_day.date()
        day = date(value.year(), value.month(), value.day())
        self._overrides = [o for o in self._overrides if o.day != day]
        self._overrides.append(Override(day, bool(self.override_kind.currentData())))
        self._show_overrides()

    def _remove_override(self) -> None:
        row = self.overrides.currentRow()
        ordered = sorted(self._overrides, key=lambda o: o.day)
        if 0 <= row < len(ordered):
            self._overrides.remove(ordered[row])
            self._show_overrides()

    def save_hours(self) -> None:
        self.hours_error.show_message(None)
        try:
            hours = WorkingHours(tuple((_time(s.time()), _time(e.time()))
                                       for s, e in self.period_edits), _time(self.cutoff.time()))
        except UserError as error:
            self.hours_error.show_message(error.message)
            return
        overrides = [{"date": o.day.isoformat(), "working": o.working}
                     for o in sorted(self._overrides, key=lambda o: o.day)]
        self._tasks.db(lambda store: store.update_settings(working_hours=hours.to_json(),
                                                           holiday_overrides=overrides),
                       self._on_hours_saved, lambda e: self.hours_error.show_message(e.message),
                       label="settings.hours")

    def _on_hours_saved(self, _result: object) -> None:
        self.hours_error.show_message(None)
        self.session_changed.emit()

    # -- language ---------------------------------------------------------------------------
    def _language_tab(self, language: str) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.language = QComboBox(tab)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Interface language:"), self.language)
        note = QLabel(self.tr("The window changes language at once; dossier data, procedure "
                              "names and printed forms stay in Vietnamese."), tab)
        note.setWordWrap(True)
        form.addRow("", note)
        self.language.currentIndexChanged.connect(
            lambda: self.language_changed.emit(self.language.currentData()))
        return tab

    # -- backups ----------------------------------------------------------------------------
    def _backup_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Backups are taken every day automatically and the "
                                        "newest 14 are kept:"), tab))
        self.backups = QListWidget(tab)
        self.backups.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.backups, 1)
        self.backup_status = QLabel(tab)
        layout.addWidget(self.backup_status)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), tab)
        self.restore_button = QPushButton(self.tr("Restore this backup…"), tab)
        self.restore_button.setEnabled(False)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.backups.currentItemChanged.connect(
            lambda item, _old: self.restore_button.setEnabled(item is not None))
        return tab

    def refresh(self) -> None:
        self.connection.refresh()
        self._tasks.db(lambda store: list_backups(store.data_dir), self._show_backups,
                       label="settings.backups")

    def _show_backups(self, backups: list[BackupFile]) -> None:
        self.backups.clear()
        for item in backups:
            entry = QListWidgetItem(f"{item.taken_at:%H:%M %d/%m/%Y} — "
                                    f"{QLocale().toString(item.size / 1_048_576, 'f', 1)} MB — {item.path}")
            entry.setData(Qt.ItemDataRole.UserRole, str(item.path))
            self.backups.addItem(entry)

    def ask_restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        source = Path(item.data(Qt.ItemDataRole.UserRole))
        when = item.text().split(" — ")[0]

        def job(store) -> tuple:  # noqa: ANN001 - the DB thread reads both files
            from desktop.storage.restore import connection_changes

            return connection_changes(store.data_dir, source)

        self._tasks.db(job, lambda changes: self._confirm_restore(source, when, changes),
                       self._on_restore_failed, label="settings.restore-check")

    def _connection_label(self, key: str) -> str:
        return {"endpoint": self.tr("Server address"), "ca_bundle": self.tr("Extra CA bundle"),
                "send_personal_data": self.tr("Send personal data"),
                "token_in_file": self.tr("Token kept in a file")}.get(key, key)

    def _shown(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value) if value not in ("", None) else self.tr("(empty)")

    def _confirm_restore(self, source: Path, when: str, changes: tuple) -> None:
        """Side by side when the backup would point the desk somewhere else: keeping the
        current connection is the plain "Yes"; taking the backup's is a separate, explicit
        button (and a changed server then needs a new login before anything is sent)."""
        text = self.tr("Replace all current data with the backup of %1?\n\nThe current data "
                       "file is kept beside it first, so nothing is lost.").replace("%1", when)
        if changes:
            rows = "\n".join(f"• {self._connection_label(c.key)}: {self._shown(c.current)}  |  "
                             f"{self._shown(c.in_backup)}" for c in changes)
            text += "\n\n" + self.tr(
                "The backup has other connection settings (now | in the backup):") + "\n" + rows
            text += "\n\n" + self.tr("Yes keeps the current connection settings.")
        box = ask(self, self.tr("Restore a backup"), text, lambda: self.restore(source))
        if changes:
            take = box.addButton(self.tr("Restore and use the backup's connection"),
                                 QMessageBox.ButtonRole.AcceptRole)
            take.setObjectName("take-connection")
            take.clicked.connect(lambda: self.restore(source, adopt_connection=True))

    def restore(self, source: Path, *, adopt_connection: bool = False) -> None:
        self.restore_button.setEnabled(False)
        self.backup_status.setText(self.tr("Restoring…"))

        def job(store) -> tuple[object, list[BackupFile]]:  # noqa: ANN001 - the DB thread
            return (store.restore(source, adopt_connection=adopt_connection),
                    list_backups(store.data_dir))

        self._tasks.db(job, self._on_restored, self._on_restore_failed, label="settings.restore")

    def _on_restored(self, result: tuple) -> None:
        restored, backups = result
        self._show_backups(backups)
        self.backup_status.setText(self.tr("Restored %n dossier(s). The data from before the "
                                           "restore is kept at %1.", "", restored.dossiers)
                                   .replace("%1", str(restored.kept or "—")))
        self.session_changed.emit()

    def _on_restore_failed(self, error: UserError) -> None:
        self.restore_button.setEnabled(True)
        self.backup_status.setText(error.message)

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_status.setText(self.tr("Backing up…"))

        def job(store) -> list[BackupFile]:  # noqa: ANN001 - runs on the DB thread
            store.backup()
            return list_backups(store.data_dir)

        self._tasks.db(job, self._on_backed_up, label="settings.backup")

    def _on_backed_up(self, backups: list[BackupFile]) -> None:
        self.backup_button.setEnabled(True)
        self.backup_status.setText(self.tr("Backup taken."))
        self._show_backups(backups)
