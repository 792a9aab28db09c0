"""Small forms of the partner page: a contact person, a training, a support organisation.
Each validates in the domain and shows the translated problem under the field (the
validating form base, ui/forms.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from livc_desktop.domain.partners import (
    Contact,
    PartnerStatus,
    SupportKind,
    SupportOrganisation,
    Training,
    TrainingState,
)
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.forms import ValidatingForm
from livc_desktop.ui.widgets.date_edits import iso, optional_date_edit, set_iso


class _PartnerItemForm(ValidatingForm):
    """A partner's sub-record: checked by the domain on OK; the editor keeps the value
    until the partner itself is saved, so nothing is written here."""

    def __init__(self, parent: QWidget | None, object_name: str) -> None:
        super().__init__(parent, object_name=object_name, min_width=480)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons.setObjectName("dialog_buttons")

    def add(self, label: str, widget: QWidget, field: str) -> None:
        widget.setObjectName(f"field_{field}")
        self.add_row(field, label, widget)


class ContactDialog(_PartnerItemForm):
    def __init__(self, contact: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, "contact_dialog")
        self.setWindowTitle(self.tr("Contact person"))
        self.contact = contact or Contact(name="")
        self.name = QLineEdit(self.contact.name)
        self.function = QLineEdit(self.contact.function)
        self.phone = QLineEdit(self.contact.phone)
        self.email = QLineEdit(self.contact.email)
        self.language = QComboBox()
        for code in ("", "nl", "fr", "de", "en"):
            self.language.addItem(labels.language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.contact.language)))
        self.clearance = QCheckBox(self.tr("Holds a security clearance (police)"))
        self.clearance.setChecked(self.contact.clearance)
        self.archived = QCheckBox(self.tr("No longer active (archived)"))
        self.archived.setChecked(self.contact.status is PartnerStatus.ARCHIVED)
        self.add(self.tr("Name"), self.name, "name")
        self.add(self.tr("Function"), self.function, "function")
        self.add(self.tr("Phone"), self.phone, "phone")
        self.add(self.tr("E-mail"), self.email, "email")
        self.add(self.tr("Preferred language"), self.language, "language")
        self.add("", self.clearance, "clearance")
        self.add("", self.archived, "status")

    def value(self) -> Contact:
        return Contact(
            id=self.contact.id,
            partner_id=self.contact.partner_id,
            name=self.name.text(),
            function=self.function.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            language=str(self.language.currentData() or ""),
            clearance=self.clearance.isChecked(),
            status=PartnerStatus.ARCHIVED if self.archived.isChecked() else PartnerStatus.ACTIVE,
        )

    def problems(self) -> dict[str, str]:
        return self.value().problems()


class TrainingDialog(_PartnerItemForm):
    def __init__(
        self,
        training: Training | None = None,
        parent: QWidget | None = None,
        format_date: Callable[[str | None], str] | None = None,
    ) -> None:
        super().__init__(parent, "training_dialog")
        self.setWindowTitle(self.tr("Training"))
        self.training = training or Training(title="")
        del format_date  # the date editor shows the locale's format itself
        self.title_edit = QLineEdit(self.training.title)
        self.provider = QLineEdit(self.training.provider)
        self.on_date = optional_date_edit("training_date")
        set_iso(self.on_date, self.training.on_date)
        self.state = QComboBox()
        for state in TrainingState:
            self.state.addItem(labels.training_state_label(state), state.value)
        self.state.setCurrentIndex(max(0, self.state.findData(self.training.state.value)))
        self.add(self.tr("Title"), self.title_edit, "title")
        self.add(self.tr("Provider"), self.provider, "provider")
        self.add(self.tr("Date"), self.on_date, "on_date")
        self.add(self.tr("Followed or wanted"), self.state, "state")

    def value(self) -> Training:
        return Training(
            id=self.training.id,
            partner_id=self.training.partner_id,
            title=self.title_edit.text(),
            provider=self.provider.text(),
            on_date=iso(self.on_date),
            state=TrainingState(self.state.currentData()),
        )

    def problems(self) -> dict[str, str]:
        return self.value().problems()


class SupportDialog(_PartnerItemForm):
    def __init__(
        self,
        entry: SupportOrganisation | None = None,
        parent: QWidget | None = None,
        format_date: Callable[[str | None], str] | None = None,
    ) -> None:
        super().__init__(parent, "support_dialog")
        self.setWindowTitle(self.tr("Support organisation"))
        self.entry = entry or SupportOrganisation(name="")
        fmt = format_date or (lambda d: d or "")
        self.name = QLineEdit(self.entry.name)
        self.kind = QComboBox()
        for kind in SupportKind:
            self.kind.addItem(labels.support_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.entry.kind.value)))
        self.description = QPlainTextEdit(self.entry.description)
        self.description.setMinimumHeight(90)
        self.website = QLineEdit(self.entry.website)
        self.email = QLineEdit(self.entry.email)
        self.phone = QLineEdit(self.entry.phone)
        self.verified_on = optional_date_edit("support_verified_on")
        set_iso(self.verified_on, self.entry.verified_on)
        self.add(self.tr("Name"), self.name, "name")
        self.add(self.tr("Kind"), self.kind, "kind")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Website"), self.website, "website")
        self.add(self.tr("E-mail"), self.email, "email")
        self.add(self.tr("Phone"), self.phone, "phone")
        self.add(self.tr("Checked on"), self.verified_on, "verified_on")
        if self.entry.source == "booklet":
            note = QLabel(
                self.tr(
                    "From the booklet for mayors (version of {date}). Contact details may "
                    "have changed: check them and fill in the date you did."
                ).format(date=fmt(self.entry.source_date))
            )
            note.setWordWrap(True)
            note.setObjectName("support_source_note")
            self.form.addRow(note)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def value(self) -> SupportOrganisation:
        return SupportOrganisation(
            id=self.entry.id,
            name=self.name.text(),
            kind=SupportKind(self.kind.currentData()),
            description=self.description.toPlainText(),
            website=self.website.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            source=self.entry.source,
            source_date=self.entry.source_date,
            verified_on=iso(self.verified_on),
        )

    def problems(self) -> dict[str, str]:
        return self.value().problems()
