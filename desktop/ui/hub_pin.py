"""The commune hub's certificate on Cài đặt → Kết nối: the fingerprint the server presents, a
field for the one IT staff read on the hub, and an unmistakable "Khớp" / "KHÔNG khớp".

Only shows: reading the certificate and deciding what to pin are ``desktop.sync.pinning``'s.
"""

from __future__ import annotations

from desktop.sync.pinning import PresentedCertificate, grouped, matches
from desktop.ui.qt import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, Qt, QWidget

FINGERPRINT_STYLE = "font-family: monospace; font-size: 12pt;"
MATCH_STYLE = "background: #1e7b34; color: white; padding: 6px; font-weight: bold;"
MISMATCH_STYLE = "background: #b3261e; color: white; padding: 6px; font-weight: bold;"


class HubPinBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Commune hub certificate"))
        form = self._form = QFormLayout(self)
        explain = QLabel(self.tr(
            "A commune hub makes its own certificate. Press “Test connection” to see the "
            "fingerprint of the certificate this address presents, and compare it with the one "
            "the hub printed when it started. It is pinned only if they match."), self)
        explain.setWordWrap(True)
        form.addRow(explain)
        self.fingerprint = QLabel(self)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint the server presents"))
        form.addRow(self.tr("Server presents:"), self.fingerprint)
        self.trusted = QLabel(self.tr("The usual certificate authorities vouch for this "
                                      "certificate: no pin is needed."), self)
        self.trusted.setWordWrap(True)
        form.addRow("", self.trusted)
        self.expected = QLineEdit(self)
        self.expected.setPlaceholderText(self.tr("Paste or type the fingerprint read on the hub "
                                                 "(SHA256:…)"))
        self.expected.setAccessibleName(self.tr("Fingerprint read on the hub"))
        form.addRow(self.tr("Read on the hub:"), self.expected)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Comparison"))
        form.addRow("", self.verdict)
        self.confirm = QCheckBox(self.tr("I compared every group with the hub's screen: they "
                                         "are the same"), self)
        form.addRow("", self.confirm)
        self.pinned = QLabel(self)
        form.addRow("", self.pinned)
        self.expected.textChanged.connect(self._show_verdict)
        self.presented: PresentedCertificate | None = None
        self.show_presented(None)
        self.show_pinned("")

    def show_presented(self, presented: PresentedCertificate | None) -> None:
        """None also on every edit of the address: another address is another server, so
        what was shown and confirmed no longer holds."""
        self.presented = presented
        self.confirm.setChecked(False)
        self.confirm.setEnabled(presented is not None)
        self.fingerprint.setText(grouped(presented.fingerprint) if presented else
                                 self.tr("Not read yet: press “Test connection”."))
        self._form.setRowVisible(self.trusted, bool(presented and presented.trusted))
        self._show_verdict()

    def show_pinned(self, pin: str) -> None:
        self.pinned.setText(self.tr("Pinned for this address: %1").replace(
            "%1", f"<tt>{grouped(pin)}</tt>") if pin else "")
        self._form.setRowVisible(self.pinned, bool(pin))

    def confirmed(self) -> str:
        """The fingerprint the user confirmed having compared, or ""."""
        if self.presented is None or not self.confirm.isChecked():
            return ""
        return self.presented.fingerprint

    def _show_verdict(self) -> None:
        typed = self.expected.text()
        same = matches(self.presented.fingerprint, typed) if self.presented else None
        if not typed.strip():
            text, style = "", ""
        elif self.presented is None:
            text, style = self.tr("Press “Test connection” to read the server's certificate "
                                  "and compare."), ""
        elif same is None:
            text, style = self.tr("Not complete: a fingerprint has 64 characters (16 groups "
                                  "of four)."), ""
        elif same:
            text, style = self.tr("✔ MATCH: this is the commune hub."), MATCH_STYLE
        else:
            text, style = self.tr("✘ DOES NOT MATCH: do not save; check the address and ask "
                                  "IT staff."), MISMATCH_STYLE
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)
        self._form.setRowVisible(self.verdict, bool(text))
