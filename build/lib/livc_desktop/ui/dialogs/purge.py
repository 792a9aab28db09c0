"""The purge confirmation: the reason, what will go, and the case code typed by hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.retention import PurgeReason, RetentionReason, purge_confirmed
from livc_desktop.services.retention import PurgeCounts
from livc_desktop.ui.retention_labels import purge_reason_label

# The purge reason that matches a retention proposal (preselected).
_DEFAULT_REASON = {
    RetentionReason.CLOSURE_PERIOD_ENDED: PurgeReason.RETENTION_PERIOD_ENDED,
    RetentionReason.NO_NEW_INFORMATION: PurgeReason.NO_NEW_INFORMATION,
}


class PurgeDialog(QDialog):
    def __init__(
        self,
        code: str,
        proposal: RetentionReason | None,
        counts: PurgeCounts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purge_dialog")
        self.setWindowTitle(self.tr("Purge case {code}").format(code=code))
        self.code = code
        warning = QLabel(
            self.tr(
                "This deletes case {code} for good: the identity, every information item, "
                "measure, flag and phase decision, the case team, cooperation, the signals "
                "that led to it and its items in meetings that are still drafts. Finalised "
                "minutes keep only what they printed (the case by its code). The access "
                "trail keeps only the code, today's date and the reason. This cannot be "
                "undone; backups made before today still hold the case until they are "
                "replaced."
            ).format(code=code)
        )
        warning.setWordWrap(True)
        warning.setObjectName("purge_warning")
        warning.setMinimumWidth(500)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("purge_counts")
        self.counts_label.setWordWrap(True)
        if counts is not None:
            self.counts_label.setText(
                self.tr(
                    "To be deleted - information items: {info}; measures: {measures}; "
                    "flag decisions: {flags}; phase changes: {phases}; signals: {signals}; "
                    "meeting items: {items}."
                ).format(
                    info=counts.information,
                    measures=counts.measures,
                    flags=counts.flag_changes,
                    phases=counts.phase_changes,
                    signals=counts.signals,
                    items=counts.agenda_items,
                )
            )
        self.reason = QComboBox()
        self.reason.setObjectName("purge_reason")
        for reason in PurgeReason:
            self.reason.addItem(purge_reason_label(reason), reason.value)
        if proposal is not None:
            self.reason.setCurrentIndex(self.reason.findData(_DEFAULT_REASON[proposal].value))
        self.typed = QLineEdit()
        self.typed.setObjectName("purge_typed_code")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Type the case code to confirm"), self.typed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Purge for good"))
        self.ok_button.setObjectName("purge_confirm")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._on_typed_changed)
        layout = QVBoxLayout(self)
        # Word-wrapped text: let the layout give the dialog the height the text needs.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(warning)
        layout.addWidget(self.counts_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_reason(self) -> str:
        return str(self.reason.currentData())

    def _on_typed_changed(self, text: str) -> None:
        self.ok_button.setEnabled(purge_confirmed(self.code, text))

    def accept(self) -> None:
        if purge_confirmed(self.code, self.typed.text()):
            super().accept()
