"""The main window: navigation on the left, one screen at a time, the outbox in the status bar.

Screens are built once the session (identity, catalogue, calendar) has come back from the DB
thread; until then the window shows a short "opening" line, so it paints at once even on a
million-row file.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.numbers import number
from desktop.ui.dialogs import ask, show_warning
from desktop.ui.printing import Printer
from desktop.ui.qt import (
    QByteArray,
    QDesktopServices,
    QGuiApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSettings,
    QShortcut,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QUrl,
    QWidget,
    Signal,
)
from desktop.ui.sync_runner import SyncRunner, SyncTiming
from desktop.ui.tasks import Tasks

#: Room for the title bar and borders the window manager adds around the window.
WINDOW_FRAME = QSize(16, 40)

if TYPE_CHECKING:
    from desktop.storage.listing import Due
    from desktop.sync.replicate import ExchangeResult
    from desktop.ui.dossier_detail import DossierDialog
    from desktop.ui.session import Session


def _load_session(store):  # noqa: ANN001, ANN202 - runs on the DB thread
    from desktop.ui.session import load_session

    return load_session(store)


def _outbox_counts(store):  # noqa: ANN001, ANN202 - runs on the DB thread
    from desktop.storage import outbox

    return outbox.counts(store.conn)


def _colleagues(store):  # noqa: ANN001, ANN202 - runs on the DB thread
    from desktop.sync.hub_status import colleagues

    return colleagues(store, store.clock())


STATUS_EVERY_MS = 60_000
PAGE_KEYS = ("overview", "dossiers", "new", "checklist", "reports", "sync", "settings")


class MainWindow(QMainWindow):
    #: The screens exist (after the session loaded and, on first run, the form was saved).
    ready = Signal()
    language_changed = Signal(str)

    def __init__(self, tasks: Tasks, settings: QSettings, language: str = "vi",
                 sync_timing: SyncTiming | None = None) -> None:
        super().__init__()
        self.tasks = tasks
        self.settings = settings
        self.language = language
        self.session: Session | None = None
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.printer = Printer(tasks, self, settings=settings)
        self.sync = SyncRunner(tasks, sync_timing, self)
        self.sync.progress.connect(self._on_sync_progress)
        self.sync.result.connect(self._on_sync_result)
        self.sync.exchanged.connect(self._on_exchanged)
        self._sync_progress: tuple[int, int] | None = None
        self._outbox_counts: dict[str, int] = {}
        self.setMinimumSize(QSize(1024, 600))
        self.resize(1366, 768)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.fit_to_screen()
        self.outbox_label = QLabel(self)
        self.identity_label = QLabel(self)
        self.colleagues_label = QLabel(self)
        self.colleagues_label.setContentsMargins(0, 0, 16, 0)
        self.statusBar().addWidget(self.identity_label, 1)
        self.statusBar().addPermanentWidget(self.colleagues_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self.render_progress = QProgressBar(self)
        self.render_progress.setRange(0, 0)  # busy: a render's length is not known ahead
        self.render_progress.setMaximumWidth(160)
        self.cancel_render = QPushButton(self)
        self.statusBar().addPermanentWidget(self.render_progress)
        self.statusBar().addPermanentWidget(self.cancel_render)
        self.render_progress.hide()
        self.cancel_render.hide()
        self.cancel_render.clicked.connect(self.printer.cancel)
        self.printer.busy.connect(self._on_render_busy)
        self.printer.pages.connect(self._on_render_pages)
        self.saved_label = QLabel(self)
        self.open_folder = QPushButton(self)
        self.statusBar().addWidget(self.saved_label)
        self.statusBar().addWidget(self.open_folder)
        self.saved_label.hide()
        self.open_folder.hide()
        self.printer.saved.connect(self._on_pdf_saved)
        self.saved_path: str | None = None
        self.saved_folder: Path | None = None
        self._translate_status_bar()
        self.open_folder.clicked.connect(lambda: self.saved_folder and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.saved_folder))))
        tasks.storage_error.connect(self._on_storage_error)
        tasks.unexpected_error.connect(self._on_unexpected_error)
        tasks.changed.connect(self._on_changed)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_EVERY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.go("new"))
        QShortcut(QKeySequence("Ctrl+F"), self, self._find)
        self._build_waiting()
        tasks.db(_load_session, self._on_session, label="session.load")

    # -- building -----------------------------------------------------------------------------
    def _build_waiting(self) -> None:
        self.setWindowTitle(self.tr("motcua — one-stop desk"))
        label = QLabel(self.tr("Opening the data file…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._set_central(label)

    def _set_central(self, widget: QWidget) -> None:
        """Shown at once: a child added to a visible window would otherwise appear only on the
        next event-loop turn."""
        self.setCentralWidget(widget)
        if self.isVisible():
            widget.show()

    def _on_session(self, session: Session) -> None:
        self.session = session
        if session.identity is None:
            from desktop.ui.identity_form import IdentityForm

            form = IdentityForm(self.tasks, first_run=True, parent=self)
            form.saved.connect(self._after_first_run)
            self._set_central(form)
            self.pages = {"first_run": form}
            form.setFocus()
            return
        self._build_pages(session)

    def _after_first_run(self, _identity: object) -> None:
        self.tasks.db(_load_session, self._on_session, label="session.load")

    def _build_pages(self, session: Session) -> None:
        identity = session.identity
        assert identity is not None
        self.setWindowTitle(self.tr("motcua — %1, desk %2")
                            .replace("%1", identity.commune.label)
                            .replace("%2", f"{identity.desk:02d}"))
        self.identity_label.setText(f"{identity.commune.centre_name} · {identity.agency_id} · "
                                    + self.tr("desk %1").replace("%1", f"{identity.desk:02d}"))
        area = QWidget(self)
        self.nav = QListWidget(area)
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 4px; }")
        self.stack = QStackedWidget(area)
        layout = QHBoxLayout(area)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.pages = {}
        names = (self.tr("Overview"), self.tr("Dossiers"), self.tr("Receive (Ctrl+N)"),
                 self.tr("Readiness"), self.tr("Reports"), self.tr("Sync"), self.tr("Settings"))
        for name in names:
            self.nav.addItem(name)
            self.stack.addWidget(QWidget(self.stack))
        self.nav.currentRowChanged.connect(self._on_nav)
        self._set_central(area)
        self._stale = set(PAGE_KEYS)
        start = str(self.settings.value("window/page", "overview"))
        self.go(start if start in PAGE_KEYS else "overview")
        self.refresh_status()
        self.sync.start()
        # Objects alive now (Qt wrappers, the catalogue, the commune list) live as long as the
        # window: moving them out of the collector's reach makes each full collection, which
        # pauses every thread, several times shorter.
        gc.freeze()
        self.ready.emit()

    def page(self, key: str) -> QWidget:
        """A screen, built the first time it is needed: building all seven at once kept the
        GUI thread busy for a fifth of a second right after the window appeared."""
        if key in self.pages:
            return self.pages[key]
        session, parent = self.session, self.stack
        assert session is not None
        # Imported here so the window paints before the storage and page modules load.
        from desktop.ui.checklist_page import ChecklistPage
        from desktop.ui.dossiers_page import DossiersPage
        from desktop.ui.new_dossier import NewDossierPage
        from desktop.ui.overview_page import OverviewPage
        from desktop.ui.reports_page import ReportsPage
        from desktop.ui.settings_page import SettingsPage
        from desktop.ui.sync_page import SyncPage

        if key == "overview":
            page = OverviewPage(self.tasks, parent)
            page.show_dossiers.connect(self._show_dossiers)
            page.show_checklist.connect(lambda: self.go("checklist"))
            page.show_sync.connect(lambda: self.go("sync"))
        elif key == "dossiers":
            page = DossiersPage(self.tasks, session, self.settings, parent)
            page.open_dossier.connect(self.open_dossier)
        elif key == "new":
            page = NewDossierPage(self.tasks, session, self.printer, parent)
        elif key == "checklist":
            page = ChecklistPage(self.tasks, self.printer, parent)
        elif key == "reports":
            page = ReportsPage(self.tasks, self.printer, parent)
        elif key == "sync":
            page = SyncPage(self.tasks, self.sync, parent)
            page.open_connection.connect(self.show_connection)
        else:
            page = SettingsPage(self.tasks, session, self.language, parent)
            page.session_changed.connect(self.reload_session)
            page.language_changed.connect(self.language_changed)
            tab = str(self.settings.value("window/settings_tab", "0"))
            page.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)
        index = PAGE_KEYS.index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[key] = page
        self._stale.add(key)
        return page

    def reload_session(self) -> None:
        """After settings changed: rebuild the screens with the new identity or calendar."""
        self._remember()
        self.tasks.db(_load_session, self._on_session, label="session.load")

    def retranslate(self, language: str) -> None:
        """The translators were swapped: build every screen again in the new language."""
        self.language = language
        self._translate_status_bar()
        self._remember()
        if self.session is None:
            return
        self._on_session(self.session)

    def _translate_status_bar(self) -> None:
        """The status bar's widgets live as long as the window, not rebuilt with the screens."""
        self.colleagues_label.setAccessibleName(self.tr("How fresh colleagues' dossiers are"))
        self.render_progress.setAccessibleName(self.tr("Preparing the paper"))
        self.cancel_render.setText(self.tr("Cancel printing"))
        self.open_folder.setText(self.tr("Open folder"))
        if self.saved_path is not None:
            self.saved_label.setText(self.tr("Saved %1").replace("%1", self.saved_path))

    def _remember(self) -> None:
        """The screen and filters to come back to (written at close or before a rebuild)."""
        if self.current_key():
            self.settings.setValue("window/page", self.current_key())
        if "dossiers" in self.pages:
            self.pages["dossiers"].save_filters()
        if "settings" in self.pages:  # a staff or language change rebuilds it: same tab after
            self.settings.setValue("window/settings_tab", self.pages["settings"].tabs.currentIndex())

    # -- navigation ----------------------------------------------------------------------------
    def current_key(self) -> str | None:
        if not hasattr(self, "stack") or "first_run" in self.pages:
            return None
        return PAGE_KEYS[self.stack.currentIndex()]

    def go(self, key: str) -> None:
        if key not in PAGE_KEYS or not hasattr(self, "nav") or self.session is None:
            return
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        if self._would_lose_intake(key):
            self._stay_on_intake(lambda: self.nav.setCurrentRow(row))
            return
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        if key in self._stale and hasattr(page, "refresh"):
            self._stale.discard(key)
            page.refresh()
        if key == "new":
            page.procedure.setFocus()
        elif key == "dossiers":
            page.table.setFocus()

    def fit_to_screen(self) -> None:
        """Inside the screen's available area (a 1366×768 laptop with a taskbar leaves about
        1366×728): the status bar and bottom buttons stay visible. A remembered size that no
        longer fits (another screen) shrinks, and the window moves back on screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = WINDOW_FRAME
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        self.resize(max(width, 640), max(height, 480))
        x = min(max(self.x(), area.left()), area.right() - self.width() - frame.width())
        y = min(max(self.y(), area.top()), area.bottom() - self.height() - frame.height())
        self.move(max(x, area.left()), max(y, area.top()))

    def _would_lose_intake(self, going_to: str | None) -> bool:
        new = self.pages.get("new")
        return (new is not None and going_to != "new" and self.stack.currentWidget() is new
                and new.has_typed_data())

    def _stay_on_intake(self, leave: Callable[[], None]) -> None:
        """Back on the intake form, and ask; "Yes" clears the form and leaves."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(PAGE_KEYS.index("new"))
        self.nav.blockSignals(False)
        new = self.pages["new"]

        def discard() -> None:
            new.reset()
            leave()

        self.question = ask(self, self.tr("Unsaved dossier"), self.tr(
            "The dossier being received has not been saved. Leave and discard what was "
            "typed?"), discard)

    def _on_pdf_saved(self, path: str) -> None:
        """Say where the PDF went, with a button to open its folder."""
        self.saved_path = path
        self.saved_label.setText(self.tr("Saved %1").replace("%1", path))
        self.saved_label.show()
        self.open_folder.show()
        self.saved_folder = Path(path).parent

    def _on_render_busy(self, busy: bool) -> None:
        if busy and not self.render_progress.isVisible():
            self.render_progress.setRange(0, 0)
            self.render_progress.setFormat(self.tr("Preparing the paper…"))
        self.render_progress.setVisible(busy)
        self.cancel_render.setVisible(busy)

    def _on_render_pages(self, page: int, pages: int) -> None:
        """A long book counts its pages as it draws them: "Trang 120/2.000"."""
        self.render_progress.setRange(0, pages)
        self.render_progress.setValue(page)
        self.render_progress.setFormat(self.tr("Page %1/%2").replace("%1", number(page))
                                       .replace("%2", number(pages)))

    def show_connection(self) -> None:
        self.go("settings")
        self.pages["settings"].show_connection()

    def _find(self) -> None:
        self.go("dossiers")
        if "dossiers" in self.pages:
            self.pages["dossiers"].focus_search()

    def _show_dossiers(self, due: Due | None, period: str) -> None:
        page = self.page("dossiers")
        self._stale.discard("dossiers")
        page.show_due(due, period)
        self.go("dossiers")

    def open_dossier(self, code: str) -> DossierDialog:
        from desktop.ui.dossier_detail import DossierDialog

        dialog = DossierDialog(self.tasks, self.printer, code, self, session=self.session)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- keeping screens current ----------------------------------------------------------------
    def _on_changed(self) -> None:
        self.sync.exchange_now()
        self._stale = set(k for k in PAGE_KEYS if k not in ("new",))
        current = self.current_key()
        if current and current in self._stale:
            self._on_nav(PAGE_KEYS.index(current))
        self.refresh_status()

    def refresh_status(self) -> None:
        self.tasks.db(_outbox_counts, self._show_outbox,
                      label="status.outbox")
        self.tasks.db(_colleagues, self._show_colleagues, label="status.colleagues")

    def _show_colleagues(self, colleagues: list) -> None:
        parts, stale = [], False
        for c in colleagues:
            desk = f"{c.desk:02d}"
            if c.minutes is None:
                text = self.tr("Desk %1: nothing received yet").replace("%1", desk)
            elif c.minutes < 1:
                text = self.tr("Desk %1: updated just now").replace("%1", desk)
            elif c.minutes < 120:
                text = self.tr("Desk %1: updated %n minute(s) ago", "", c.minutes).replace(
                    "%1", desk)
            else:
                text = self.tr("Desk %1: updated %n hour(s) ago", "", c.minutes // 60).replace(
                    "%1", desk)
            if c.stale:
                text = f"<span style='background:#fde7a9'>{text}</span>"
                stale = True
            parts.append(text)
        self.colleagues_label.setText(" · ".join(parts))
        self.colleagues_label.setProperty("stale", stale)

    def _on_exchanged(self, result: ExchangeResult) -> None:
        """Colleagues' changes arrived: every screen reads the log again."""
        if result.pulled:
            self.tasks.changed.emit()
        else:
            self.tasks.db(_colleagues, self._show_colleagues, label="status.colleagues")

    def _show_outbox(self, counts: dict[str, int]) -> None:
        self._outbox_counts = counts
        from desktop.storage import outbox  # loaded by the DB job that produced ``counts``

        waiting = outbox.waiting(counts)
        text = self.tr("%n report(s) waiting to be sent", "", waiting)
        if counts.get("failed"):
            text += " · " + self.tr("%n set aside", "", counts["failed"])
        if self._sync_progress is not None:
            text += " · " + self.tr("sending %1/%2").replace(
                "%1", str(self._sync_progress[0])).replace("%2", str(self._sync_progress[1]))
        self.outbox_label.setText(text)

    def _on_sync_progress(self, done: int, total: int) -> None:
        self._sync_progress = (done, total)
        self._show_outbox(self._outbox_counts)

    def _on_sync_result(self, _result: object) -> None:
        """A run ended: the outbox counts changed; the Sync page refreshes itself."""
        self._sync_progress = None
        self.refresh_status()

    # -- errors ------------------------------------------------------------------------------------
    def _on_storage_error(self, message: str) -> None:
        show_warning(self, self.tr("Data file problem"), message)

    def _on_unexpected_error(self, _label: str) -> None:
        show_warning(self, self.tr("Something went wrong"), self.tr(
            "motcua hit an unexpected error; nothing was lost that was already saved. The "
            "details are in the log file. Please try again, and tell your IT staff if it "
            "happens again."))

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if hasattr(self, "stack") and self._would_lose_intake(None):
            event.ignore()
            self._stay_on_intake(self.close)
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._remember()
        self.settings.sync()
        self._status_timer.stop()
        self.tasks.shutdown()
        super().closeEvent(event)
