"""Cài đặt → "Nhập sổ theo dõi cũ": pick a commune's old book, see what it holds and every bad
row (a dry run that writes nothing), then import it with a progress bar.

Both steps run on the DB thread; the import reports progress through a signal, never by
touching a widget from the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import UserError
from desktop.core.numbers import number
from desktop.ui.qt import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QObject,
    QProgressBar,
    QPushButton,
    QStandardPaths,
    QVBoxLayout,
    QWidget,
    Signal,
)  # fmt: skip
from desktop.ui.tasks import Tasks

if TYPE_CHECKING:  # the Excel readers load on the DB thread, at the first check
    from desktop.excel.importer import BookCheck
    from desktop.storage.register import ImportOutcome


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    step = Signal(int, int)


class ImportBookTab(QWidget):
    imported = Signal(int)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.path: Path | None = None
        self.check: BookCheck | None = None
        self._progress = _Progress(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring in the dossiers of the commune's old tracking book (Excel .xlsx or CSV, in "
            "the columns of the template: “Save the template…”). Every row is checked first; "
            "if any row is wrong nothing is imported. Importing the same file again adds "
            "nothing."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a file and check it…"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.template_button = QPushButton(self.tr("Save the template…"), self)
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.template_button)
        layout.addLayout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("What the file holds"))
        layout.addWidget(self.result)
        self.errors = QListWidget(self)
        self.errors.setAccessibleName(self.tr("Rows to correct"))
        self.errors.hide()
        layout.addWidget(self.errors, 1)
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(0)
        self.choose_button.clicked.connect(self.choose)
        self.import_button.clicked.connect(self.start_import)
        self.template_button.clicked.connect(self.save_template)
        self._progress.step.connect(self._on_step)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Old tracking book"), "",
            self.tr("Excel or CSV (*.xlsx *.csv)"))
        if path:
            self.check_file(Path(path))

    def save_template(self) -> None:
        """The empty book with the import's columns, lists of procedures, channels and states,
        and a guide sheet (``motcua export template`` does the same from the command line)."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the template of the tracking book"),
            str(Path(documents) / "mau-so-theo-doi.xlsx"), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        self.template_button.setEnabled(False)

        def job(store) -> Path:  # noqa: ANN001 - the DB thread
            from desktop.excel import write_template

            return write_template(store, path)

        def done(saved: Path) -> None:
            self.template_button.setEnabled(True)
            self.errors.hide()
            self.result.setText(self.tr("Template saved: %1. Fill in one row per dossier, then "
                                        "choose it here to check it.").replace("%1", str(saved)))

        def failed(error: UserError) -> None:
            self.template_button.setEnabled(True)
            self.result.setText(error.message)

        self._tasks.db(job, done, failed, label="import.template")

    def check_file(self, path: Path) -> None:
        self.path, self.check = path, None
        self.import_button.setEnabled(False)
        self.errors.hide()
        self.result.setText(self.tr("Checking %1…").replace("%1", path.name))
        def job(store) -> BookCheck:  # noqa: ANN001 - the DB thread
            from desktop.excel import check_book

            return check_book(store, path, now=store.clock())

        self._tasks.db(job, self._on_checked, self._on_failed, label="import.check")

    def _on_checked(self, check: BookCheck) -> None:
        self.check = check
        self._show_check(check)
        self.import_button.setEnabled(check.ok and check.new > 0)

    def _show_check(self, check: BookCheck) -> None:
        lines = [self.tr("%1: %2 dossier row(s); %3 new, %4 already in motcua (skipped).")
                 .replace("%1", check.file).replace("%2", number(check.rows))
                 .replace("%3", number(check.new)).replace("%4", number(check.already_present))]
        if check.first and check.last:
            lines.append(self.tr("Received from %1 to %2.")
                         .replace("%1", f"{check.first:%d/%m/%Y}")
                         .replace("%2", f"{check.last:%d/%m/%Y}"))
        for title, counts in ((self.tr("By state:"), check.by_state),
                              (self.tr("By field:"), check.by_field)):
            if counts:
                lines.append(title + " " + "; ".join(f"{name} {number(n)}"
                                                     for name, n in counts.items()))
        if check.errors:
            lines.append(self.tr("%1 error(s): correct these rows in the file, then check it "
                                 "again. Nothing has been imported.")
                         .replace("%1", number(len(check.errors))))
        elif check.rows == 0:
            lines.append(self.tr("The file has no dossier rows."))
        elif check.new:
            lines.append(self.tr("Nothing has been written yet: press Import."))
        else:
            lines.append(self.tr("Every dossier of this file is already in motcua; there is "
                                 "nothing to import."))
        self.result.setText("\n".join(lines))
        self.errors.clear()
        self.errors.addItems([str(e) for e in check.errors])
        self.errors.setVisible(bool(check.errors))

    def start_import(self) -> None:
        if self.path is None:
            return
        path = self.path
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setRange(0, max(self.check.rows if self.check else 0, 1))
        self.progress.setValue(0)
        self.progress.show()

        def job(store) -> tuple[BookCheck, ImportOutcome]:  # noqa: ANN001 - the DB thread
            from desktop.excel import import_book

            return import_book(store, path, now=store.clock(), progress=self._progress.step.emit)

        self._tasks.db(job, self._on_imported, self._on_failed, label="import.book")

    def _on_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_imported(self, result: tuple[BookCheck, ImportOutcome]) -> None:
        _check, outcome = result
        self.choose_button.setEnabled(True)
        self.progress.hide()
        self.result.setText(self.tr("Imported %1 dossier(s); %2 already in motcua were skipped.")
                            .replace("%1", number(outcome.added))
                            .replace("%2", number(outcome.skipped)))
        self.imported.emit(outcome.added)

    def _on_failed(self, error: UserError) -> None:
        """A refused file (``BookRefused``) lists its rows; any other refusal is one line."""
        self.choose_button.setEnabled(True)
        self.progress.hide()
        check = getattr(error, "check", None)
        if check is not None:
            self._show_check(check)
        else:
            self.errors.hide()
            self.result.setText(error.message)
