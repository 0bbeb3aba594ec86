"""Điều kiện vận hành: the readiness criteria by group, each with its state, evidence and
history; a GREEN banner once every required item is met."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.checklist import ItemState, is_green
from desktop.core.clock import format_slip_time
from desktop.core.errors import UserError
from desktop.storage.checklist import ChecklistChange, ChecklistItem
from desktop.ui.labels import item_state_label
from desktop.ui.printing import Printer
from desktop.ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import HistoryTable, InlineError, heading

GREEN_STYLE = "background: #1e7b34; color: white; padding: 8px; font-weight: bold;"
NOT_GREEN_STYLE = "background: #b3261e; color: white; padding: 8px; font-weight: bold;"


@dataclass(frozen=True)
class ChecklistView:
    items: list[ChecklistItem]
    history: list[ChecklistChange]
    selected: int | None


def load_checklist(store, selected: int | None) -> ChecklistView:  # noqa: ANN001 - DB thread
    return ChecklistView(store.checklist.items(),
                         store.checklist.history(selected) if selected else [], selected)


class ChecklistPage(QWidget):
    def __init__(self, tasks: Tasks, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._printer = printer
        self._items: dict[int, ChecklistItem] = {}
        self.banner = QLabel(self)
        self.banner.setAccessibleName(self.tr("Readiness status"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Readiness criteria"))
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Required"), self.tr("State"),
                                   self.tr("Updated by"), self.tr("Updated at")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column, width in ((1, 70), (2, 110), (3, 105), (4, 130)):
            self.tree.setColumnWidth(column, width)
        editor = QWidget(self)
        side = QVBoxLayout(editor)
        self.title = heading("", editor)
        self.title.setWordWrap(True)
        side.addWidget(self.title)
        form = QFormLayout()
        self.state = QComboBox(editor)
        self.state.setAccessibleName(self.tr("State"))
        for state in ItemState:
            self.state.addItem(item_state_label(state), state.value)
        self.note = QLineEdit(editor)
        self.note.setAccessibleName(self.tr("Note"))
        self.evidence = QLineEdit(editor)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("e.g. decision number, file name"))
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Evidence:"), self.evidence)
        side.addLayout(form)
        self.error = InlineError(editor)
        side.addWidget(self.error)
        self.draft_note = QLabel(self.tr("Changes not saved yet (kept while you looked at "
                                         "other criteria)."), editor)
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #7a4b00;")
        self.draft_note.hide()
        side.addWidget(self.draft_note)
        self.drafts: dict[int, tuple[str, str, str]] = {}
        self._shown_id: int | None = None
        self.save_button = QPushButton(self.tr("Save this criterion"), editor)
        side.addWidget(self.save_button)
        side.addWidget(QLabel(self.tr("History of this criterion:"), editor))
        self.history = HistoryTable(
            [self.tr("When"), self.tr("Who"), self.tr("State"), self.tr("Note / evidence")],
            self.tr("History of this criterion"), editor)
        side.addWidget(self.history, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(editor)
        # The editor and its history get three sevenths: at 330 px the history's note column
        # (the evidence) was scrolled out of sight at 1366×768.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([620, 480])
        papers = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button = QPushButton(self.tr("Print the readiness report"), self)
        papers.addWidget(self.pdf_button)
        papers.addWidget(self.print_button)
        papers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(papers)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(lambda: self._printer.checklist())
        self.tree.currentItemChanged.connect(self._on_selected)
        self.save_button.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)
        self.evidence.returnPressed.connect(self.save)
        self._set_editor_enabled(False)

    def save_pdf(self) -> None:
        path = self._printer.ask_save_path(self.tr("Save the readiness report as PDF"),
                                           "dieu-kien-van-hanh.pdf")
        if path:
            self._printer.checklist(path)

    def refresh(self) -> None:
        selected = self.selected_id()  # read the widget here, not on the DB thread
        self._tasks.db(lambda store: load_checklist(store, selected), self.show_view,
                       label="checklist.load")

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return int(value) if value is not None else None

    def show_view(self, view: ChecklistView) -> None:
        self._items = {i.id: i for i in view.items}
        green = is_green((i.required, i.state) for i in view.items)
        missing = sum(1 for i in view.items if i.required and i.state != ItemState.DONE)
        self.banner.setText(self.tr("GREEN: every required condition is met") if green else
                            self.tr("Not GREEN yet: %n required condition(s) not met", "", missing))
        self.banner.setStyleSheet(GREEN_STYLE if green else NOT_GREEN_STYLE)
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        current = None
        for item in view.items:
            parent = groups.get(item.group)
            if parent is None:
                parent = groups[item.group] = QTreeWidgetItem(self.tree, [item.group])
                parent.setFirstColumnSpanned(True)
                parent.setExpanded(True)
            row = QTreeWidgetItem(parent, [
                f"{item.id}. {item.title}", self.tr("Yes") if item.required else self.tr("No"),
                item_state_label(item.state), item.updated_by or "",
                format_slip_time(item.updated_at) if item.updated_at else ""])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(0, item.title)
            if item.id == view.selected:
                current = row
        self.tree.blockSignals(False)
        if current is None and groups:
            self.tree.setCurrentItem(next(iter(groups.values())).child(0))
        elif current is not None:
            self.tree.setCurrentItem(current)
            self._show_history(view.history)

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.state, self.note, self.evidence, self.save_button):
            widget.setEnabled(enabled)

    def _keep_draft(self) -> None:
        """What was changed on the criterion being left stays as its draft (picking another
        criterion must not throw a clerk's typing away); coming back shows it again."""
        shown = self._items.get(self._shown_id if self._shown_id is not None else -1)
        if shown is None:
            return
        typed = (self.state.currentData(), self.note.text(), self.evidence.text())
        if typed != (shown.state.value, shown.note or "", shown.evidence or ""):
            self.drafts[shown.id] = typed
        else:
            self.drafts.pop(shown.id, None)

    def _on_selected(self, current: QTreeWidgetItem | None) -> None:
        self._keep_draft()
        item = self._items.get(self.selected_id() or -1)
        self._shown_id = item.id if item else None
        self._set_editor_enabled(item is not None)
        self.error.show_message(None)
        if item is None:
            self.title.setText("")
            self.history.setRowCount(0)
            return
        self.title.setText(item.title)
        state, note, evidence = self.drafts.get(
            item.id, (item.state.value, item.note or "", item.evidence or ""))
        self.state.setCurrentIndex(self.state.findData(state))
        self.note.setText(note)
        self.evidence.setText(evidence)
        self.draft_note.setVisible(item.id in self.drafts)
        item_id = item.id
        self._tasks.db(lambda store: store.checklist.history(item_id), self._show_history,
                       label="checklist.history")

    def _show_history(self, changes: list[ChecklistChange]) -> None:
        self.history.show_rows([
            (format_slip_time(c.at), c.actor, item_state_label(c.state),
             " · ".join(x for x in (c.note, c.evidence) if x))
            for c in reversed(changes)
        ])

    def save(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        state, note, evidence = self.state.currentData(), self.note.text(), self.evidence.text()
        self.save_button.setEnabled(False)

        def job(store) -> ChecklistView:  # noqa: ANN001 - runs on the DB thread
            store.checklist.set(item_id, state, now=store.clock(), note=note or None,
                                evidence=evidence or None)
            return load_checklist(store, item_id)

        self._tasks.db(job, self._on_saved, self._on_error, label="checklist.set")

    def _on_saved(self, view: ChecklistView) -> None:
        self.save_button.setEnabled(True)
        if view.selected is not None:
            self.drafts.pop(view.selected, None)
        self.show_view(view)

    def _on_error(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        self.error.show_message(error.message)
