"""Tìm máy chủ xã trong mạng LAN: the hubs that announce themselves (``_motcua._tcp``), to
pick one instead of typing its address.

Browsing lasts a few seconds, so it runs on the network thread (``desktop.sync.discovery``);
the dialog only shows what came back. Closing the dialog ends the browse early.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.core.errors import UserError
from desktop.sync.discovery import DEFAULT_TIMEOUT, HubAnnouncement, find_hubs
from desktop.sync.pinning import grouped
from desktop.ui.hub_pin import FINGERPRINT_STYLE
from desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.tasks import Tasks


class HubFinder(QDialog):
    """``chosen`` is the hub picked when the dialog is accepted. ``browse`` is
    ``find_hubs``'s signature (tests may narrow its interfaces)."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None,
                 browse: Callable[..., list[HubAnnouncement]] = find_hubs,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__(parent)
        self._tasks, self._browse, self._timeout = tasks, browse, timeout
        self._stop = threading.Event()
        self.hubs: list[HubAnnouncement] = []
        self.chosen: HubAnnouncement | None = None
        self.setWindowTitle(self.tr("Find the commune hub on the LAN"))
        self.resize(860, 400)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Commune hubs on this network announce themselves. An announcement is not proof: "
            "before logging in, compare the fingerprint with the one the hub printed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Address"), self.tr("Commune"),
                                    self.tr("Certificate fingerprint")])
        self.table.setAccessibleName(self.tr("Commune hubs found"))
        for column, width in enumerate((180, 200, 70)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        # The table elides a fingerprint of 16 groups; the one to compare is shown whole.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(FINGERPRINT_STYLE)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Fingerprint of the chosen hub"))
        layout.addWidget(self.detail)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.again = QPushButton(self.tr("Search again"), self)
        self.use = QPushButton(self.tr("Use this hub"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        row.addWidget(self.again)
        row.addStretch(1)
        row.addWidget(self.use)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.use.setEnabled(False)
        self.again.clicked.connect(self.search)
        self.use.clicked.connect(self._use)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self._use())
        self.finished.connect(lambda _result: self._stop.set())
        self.search()

    def search(self) -> None:
        self.again.setEnabled(False)
        self.status.setText(self.tr("Searching the LAN for %1 seconds…")
                            .replace("%1", f"{self._timeout:g}"))
        browse, timeout, stop = self._browse, self._timeout, self._stop
        self._tasks.net(lambda: browse(timeout, stop=stop), self._show, self._failed,
                        label="hubs.browse")

    def _show(self, hubs: list[HubAnnouncement]) -> None:
        self.hubs = hubs
        self.table.clear()
        for hub in hubs:
            item = QTreeWidgetItem([hub.name, hub.url, hub.commune,
                                    grouped(hub.fingerprint) if hub.fingerprint
                                    else self.tr("none (plain HTTP)")])
            item.setData(0, Qt.ItemDataRole.UserRole, hub.url)
            for column in range(4):
                item.setToolTip(column, item.text(column))
            self.table.addTopLevelItem(item)
        if hubs:  # an empty list keeps the widths it opened with
            for column in range(3):
                self.table.resizeColumnToContents(column)
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.status.setText(
            self.tr("Found %n hub(s).", "", len(hubs)) if hubs else self.tr(
                "No commune hub answered. The hub may have announcing turned off, or the network "
                "blocks multicast: ask for its address and type it in."))
        self.again.setEnabled(True)

    def _current(self) -> HubAnnouncement | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        return self.hubs[row] if 0 <= row < len(self.hubs) else None

    def _selected(self) -> None:
        self.use.setEnabled(bool(self.table.selectedItems()))
        hub = self._current()
        self.detail.setText(self.tr("Fingerprint: %1").replace("%1", grouped(hub.fingerprint))
                            if hub and hub.fingerprint else "")

    def _failed(self, error: UserError) -> None:
        self.status.setText(error.message)
        self.again.setEnabled(True)

    def _use(self) -> None:
        hub = self._current()
        if hub is not None:
            self.chosen = hub
            self.accept()
