"""Cài đặt › Cán bộ: the commune's staff a dossier can be handed to (form 06), by role."""

from __future__ import annotations

from desktop.core.errors import UserError
from desktop.core.steps import Role
from desktop.ui.labels import role_label
from desktop.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError


def _members(store) -> list[tuple[str, str]]:  # noqa: ANN001 - runs on the DB thread
    return [(m.name, m.role.value) for m in store.staff.list()]


class StaffTab(QWidget):
    """Add (or change the role of) and remove people; writes go through the DB thread."""

    changed = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("People a dossier is handed to. Each hand-over is a row of "
                                        "the process-control sheet (form 06)."), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Staff list"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Full name"))
        self.name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        for widget in (self.name, self.role, self.add_button, self.remove_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.error = InlineError(self)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.reload()

    def reload(self) -> None:
        self._tasks.db(_members, self._show, self._failed, label="staff.list")

    def _show(self, members: list[tuple[str, str]]) -> None:
        self.list.clear()
        for name, role in members:
            item = QListWidgetItem(f"{name} — {role_label(role)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)

    def add(self) -> None:
        name, role = self.name.text(), self.role.currentData()

        def job(store) -> list[tuple[str, str]]:  # noqa: ANN001
            store.staff.add(name, role, now=store.clock())
            return _members(store)

        self._tasks.db(job, self._done, self._failed, label="staff.add")

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)

        def job(store) -> list[tuple[str, str]]:  # noqa: ANN001
            store.staff.remove(name)
            return _members(store)

        self._tasks.db(job, self._done, self._failed, label="staff.remove")

    def _done(self, members: list[tuple[str, str]]) -> None:
        self.error.show_message(None)
        self.name.clear()
        self._show(members)
        self.changed.emit()

    def _failed(self, error: UserError) -> None:
        self.error.show_message(error.message)
