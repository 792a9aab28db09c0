"""The forms of a case file: details, identity, flag and phase changes, measures,
information and the case team. Each validates in the domain through its service and shows
the translated problem under the field it concerns."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from livc_desktop.domain.cases import (
    CaseDraft,
    ClosureReason,
    Flag,
    FollowUp,
    Identity,
    InformationItem,
    InformationRemoval,
    MeasureStatus,
    Phase,
    SharingLevel,
    allowed_next,
)
from livc_desktop.domain.errors import ValidationError
from livc_desktop.services import cases as case_service
from livc_desktop.services import handover
from livc_desktop.services.session import Session
from livc_desktop.storage.case_rows import CaseRow, InfoRow, MeasureRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui import dates, palette
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dialogs.form_fields import (
    RegisterForm,
    combo,
    date_edit,
    enum_data,
    partner_combo,
    select_data,
    text_box,
)
from livc_desktop.ui.privacy import guard_identity_field
from livc_desktop.ui.widgets.sizing import prefer_width


class CaseEditDialog(RegisterForm):
    """A new case file, or the general data of an existing one."""

    def __init__(
        self, session: Session, case: CaseRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("case_edit_dialog")
        self.case = case
        self.case_id: int | None = case.id if case else None
        self.setWindowTitle(
            self.tr("New case")
            if case is None
            else self.tr("Edit case {code}").format(code=case.code)
        )
        self.opened_on = date_edit(case.opened_on if case else date.today(), "opened_on")
        self.opened_on.setEnabled(case is None)
        self.pseudonym = named(QLineEdit(case.pseudonym if case else ""), "pseudonym")
        self.pseudonym.setMaxLength(200)
        self.pseudonym.setPlaceholderText(self.tr("A pseudonym, never the real name"))
        guard_identity_field(self.pseudonym)
        self.follow_up = combo(
            "follow_up", [(L.follow_up_label(f), f) for f in FollowUp], L.follow_up_label(None)
        )
        self.lead = partner_combo(session, "lead_partner", self.tr("— none yet —"))
        munis = session.profile().municipalities
        self.municipality = combo("municipality", [(m, m) for m in munis], "")
        if case is not None:
            select_data(self.follow_up, case.follow_up)
            select_data(self.lead, case.lead_partner_id)
            select_data(self.municipality, case.municipality or None)
        elif len(munis) == 1:
            self.municipality.setCurrentIndex(1)
        self.add_row("opened_on", self.tr("Opened on"), self.opened_on)
        self.add_row("pseudonym", self.tr("Pseudonym"), self.pseudonym)
        self.add_row("follow_up", self.tr("Follow-up"), self.follow_up)
        self.add_row("lead_partner", self.tr("Lead partner (case manager)"), self.lead)
        self.add_row("municipality", self.tr("Municipality"), self.municipality)

    def save(self) -> None:
        draft = CaseDraft(
            opened_on=dates.from_qdate(self.opened_on.date()),
            pseudonym=self.pseudonym.text(),
            follow_up=enum_data(self.follow_up, FollowUp),
            lead_partner_id=self.lead.currentData(),
            municipality=self.municipality.currentData() or "",
        )
        if self.case_id is None:
            self.case_id = case_service.open_case(self.session, draft)
        else:
            case_service.update_case(self.session, self.case_id, draft)


class IdentityDialog(RegisterForm):
    def __init__(
        self,
        session: Session,
        case_id: int,
        identity: Identity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Identity of the person concerned"))
        self.case_id = case_id
        ident = identity or Identity()
        self.name = named(QLineEdit(ident.name), "name")
        self.birth_known = named(QCheckBox(self.tr("Date of birth known")), "birth_known")
        self.birth_known.setChecked(ident.birth_date is not None)
        self.birth = date_edit(ident.birth_date or date(2005, 1, 1), "birth_date")
        self.birth.setEnabled(ident.birth_date is not None)
        self.birth_known.toggled.connect(self.birth.setEnabled)
        self.address = named(QLineEdit(ident.address), "address")
        self.school_work = named(QLineEdit(ident.school_work), "school_work")
        self.languages = named(QLineEdit(ident.languages), "languages")
        for edit in (self.name, self.address, self.school_work, self.languages):
            guard_identity_field(edit)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("birth_known", "", self.birth_known)
        self.add_row("birth_date", self.tr("Date of birth"), self.birth)
        self.add_row("address", self.tr("Address"), self.address)
        self.add_row("school_work", self.tr("School or work"), self.school_work)
        self.add_row("languages", self.tr("Languages"), self.languages)

    def save(self) -> None:
        handover.save_identity(
            self.session,
            self.case_id,
            Identity(
                name=self.name.text(),
                birth_date=dates.from_qdate(self.birth.date())
                if self.birth_known.isChecked()
                else None,
                address=self.address.text(),
                school_work=self.school_work.text(),
                languages=self.languages.text(),
            ),
        )


class FlagChangeDialog(RegisterForm):
    """A flag decision: who decided, why, and when to look again. Black = hand-over."""

    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("flag_change_dialog")
        self.setWindowTitle(self.tr("Change flag of case {code}").format(code=case.code))
        self.case = case
        self.texts = case_service.flag_texts(session)
        self.flag = combo(
            "flag", [(L.flag_label(f, self.texts), f) for f in Flag], self.tr("— choose —")
        )
        self.flag.currentIndexChanged.connect(self._on_flag_changed)
        self.guidance = named(QLabel(), "flag_guidance")
        self.guidance.setWordWrap(True)
        self.decided_on = date_edit(date.today(), "decided_on")
        self.decided_by = named(QLineEdit(session.profile().officer_name), "decided_by")
        self.decided_by.setMaxLength(200)
        self.justification = text_box("justification", 90)
        self.next_review = date_edit(date.today() + timedelta(weeks=6), "next_review")
        self.handed_to = named(QLineEdit(), "handed_to")
        self.handed_to.setMaxLength(200)
        self.handed_to.setPlaceholderText(self.tr("e.g. local police, prosecutor, LTF"))
        self.handed_on = date_edit(date.today(), "handed_on")
        self.add_row("flag", self.tr("Flag"), self.flag)
        self.form.addRow("", self.guidance)
        self.add_row("decided_on", self.tr("Decided on"), self.decided_on)
        self.add_row("decided_by", self.tr("Decided by"), self.decided_by)
        self.add_row("justification", self.tr("Justification"), self.justification)
        self.add_row("next_review", self.tr("Next review"), self.next_review)
        self.add_row("handed_to", self.tr("Handed over to"), self.handed_to)
        self.add_row("handed_on", self.tr("Handed over on"), self.handed_on)
        self._on_flag_changed()

    def _on_flag_changed(self, *_args: object) -> None:
        flag = enum_data(self.flag, Flag)
        black = flag is Flag.BLACK
        self.handed_to.setEnabled(black)
        self.handed_on.setEnabled(black)
        self.next_review.setEnabled(not black)
        if flag is None:
            self.guidance.setText("")
            return
        text = f"{L.flag_definition(flag, self.texts)}\n{L.flag_response(flag, self.texts)}"
        self.guidance.setStyleSheet(
            palette.text_css(palette.ERROR) + " font-weight: bold;" if black else ""
        )
        if black:
            text += "\n" + self.tr(
                "The case will be closed and everything but the hand-over (to whom, when) "
                "will be erased."
            )
        else:
            review = case_service.default_review_date(
                flag, dates.from_qdate(self.decided_on.date()), self.session
            )
            if review is not None:
                self.next_review.setDate(dates.to_qdate(review))
        self.guidance.setText(text)

    def save(self) -> None:
        flag = enum_data(self.flag, Flag)
        if flag is None:
            raise ValidationError({"flag": "required"})
        black = flag is Flag.BLACK
        if black:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "A black flag hands the case over and erases its identity, information, "
                    "measures and team. Only the hand-over is kept. Continue?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        handover.change_flag(
            self.session,
            self.case.id,
            flag,
            self.justification.toPlainText(),
            None if black else dates.from_qdate(self.next_review.date()),
            decided_by_person=self.decided_by.text(),
            decided_on=dates.from_qdate(self.decided_on.date()),
            handed_to=self.handed_to.text() if black else "",
            handed_on=dates.from_qdate(self.handed_on.date()) if black else None,
        )


class PhaseChangeDialog(RegisterForm):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("phase_change_dialog")
        self.setWindowTitle(self.tr("Change phase of case {code}").format(code=case.code))
        self.case = case
        targets = [p for p in Phase if p in allowed_next(case.phase)]
        self.phase = combo("phase", [(L.phase_label(p), p) for p in targets])
        self.phase.currentIndexChanged.connect(self._on_phase_changed)
        self.changed_on = date_edit(date.today(), "changed_on")
        self.reason = combo(
            "closure_reason",
            [
                (L.closure_reason_label(r), r)
                for r in ClosureReason
                if r is not ClosureReason.HANDED_OVER
            ],
            self.tr("— choose —"),
        )
        self.evaluation = text_box("evaluation_note", 90)
        self.note = text_box("note", 60)
        self.form.addRow(
            self.tr("Current phase"), named(QLabel(L.phase_label(case.phase)), "current_phase")
        )
        self.add_row("phase", self.tr("New phase"), self.phase)
        self.add_row("changed_on", self.tr("Date"), self.changed_on)
        self.add_row("closure_reason", self.tr("Reason for closing"), self.reason)
        self.add_row("evaluation_note", self.tr("Evaluation"), self.evaluation)
        self.add_row("note", self.tr("Note"), self.note)
        self._on_phase_changed()

    def _on_phase_changed(self, *_args: object) -> None:
        closing = enum_data(self.phase, Phase) is Phase.CLOSED
        self.reason.setEnabled(closing)
        self.evaluation.setEnabled(closing)

    def save(self) -> None:
        target = enum_data(self.phase, Phase)
        if target is None:
            raise ValidationError({"phase": "required"})
        closing = target is Phase.CLOSED
        if closing:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close this case? A closed case cannot be reopened."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        case_service.change_phase(
            self.session,
            self.case.id,
            target,
            changed_on=dates.from_qdate(self.changed_on.date()),
            closure_reason=enum_data(self.reason, ClosureReason) if closing else None,
            evaluation_note=self.evaluation.toPlainText() if closing else "",
            note=self.note.toPlainText(),
        )


class MeasureDialog(RegisterForm):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("measure_dialog")
        self.setWindowTitle(self.tr("New measure for case {code}").format(code=case.code))
        self.case = case
        self.measure_id: int | None = None
        self.partner = partner_combo(session, "partner", self.tr("— choose —"))
        self.what = text_box("what", 70)
        self.has_due = named(QCheckBox(self.tr("Has a due date")), "has_due")
        self.has_due.setChecked(True)
        self.due = date_edit(date.today() + timedelta(weeks=2), "due_on")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_row("partner", self.tr("Responsible partner"), self.partner)
        self.add_row("what", self.tr("What"), self.what)
        self.add_row("has_due", "", self.has_due)
        self.add_row("due_on", self.tr("Due on"), self.due)

    def save(self) -> None:
        self.measure_id = case_service.add_measure(
            self.session,
            self.case.id,
            self.partner.currentData(),
            self.what.toPlainText(),
            dates.from_qdate(self.due.date()) if self.has_due.isChecked() else None,
        )


class MeasureStatusDialog(RegisterForm):
    def __init__(
        self, session: Session, measure: MeasureRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("measure_status_dialog")
        self.setWindowTitle(self.tr("Follow up a measure"))
        self.measure = measure
        what = QLabel(measure.what[:500])
        what.setWordWrap(True)
        # A dialog takes its height before the label knows its width: give the label a
        # least width and reserve the lines the text needs there, so it is never cut off.
        prefer_width(self, 520)
        what.setMinimumWidth(340)
        what.setMinimumHeight(what.heightForWidth(340))
        self.form.addRow(self.tr("Measure"), what)
        self.status = combo("status", [(L.measure_status_label(s), s) for s in MeasureStatus])
        select_data(self.status, MeasureStatus.DONE)
        self.result_text = text_box("result", 70)
        self.result_text.setPlainText(measure.result)
        self.add_row("status", self.tr("Status"), self.status)
        self.add_row("result", self.tr("Result"), self.result_text)

    def save(self) -> None:
        case_service.set_measure_status(
            self.session,
            self.measure.id,
            enum_data(self.status, MeasureStatus) or MeasureStatus.OPEN,
            self.result_text.toPlainText(),
        )


class InformationDialog(RegisterForm):
    """A new information item, or the correction of `existing` (the same form, filled in:
    a correction is checked exactly like a new item)."""

    def __init__(
        self,
        session: Session,
        case: CaseRow,
        parent: QWidget | None = None,
        existing: InfoRow | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("information_dialog")
        self.existing = existing
        if existing is None:
            title = self.tr("New information for case {code}")
        else:
            title = self.tr("Correct information for case {code}")
        self.setWindowTitle(title.format(code=case.code))
        self.set_intro(
            self.tr(
                "One item per source partner: items are never merged. Without the source "
                "partner's consent the information is not registered."
            )
        )
        self.case = case
        self.item_id: int | None = None if existing is None else existing.id
        self.received_on = date_edit(date.today(), "received_on")
        self.source = partner_combo(session, "source_partner", self.tr("— choose —"))
        self.content = text_box("content", 120)
        self.consent = named(
            QCheckBox(self.tr("The source partner consents to registration")), "consent"
        )
        self.sharing = combo("sharing", [(L.sharing_label(s), s) for s in SharingLevel])
        self.secret = named(QCheckBox(self.tr("Covered by professional secrecy")), "secret")
        self.secret.toggled.connect(self._on_secret_toggled)
        self.not_for_minutes = named(QCheckBox(self.tr("Not for the minutes")), "not_for_minutes")
        self.add_row("received_on", self.tr("Date"), self.received_on)
        self.add_row("source_partner", self.tr("Source partner"), self.source)
        self.add_row("content", self.tr("Content"), self.content)
        self.add_row("consent", "", self.consent)
        self.add_row("sharing", self.tr("Sharing"), self.sharing)
        self.add_row("secret", "", self.secret)
        self.add_row("not_for_minutes", "", self.not_for_minutes)
        if existing is not None:
            self._fill(existing)

    def _on_secret_toggled(self, checked: bool) -> None:
        if checked:
            select_data(self.sharing, SharingLevel.CASE_TEAM)
            self.not_for_minutes.setChecked(True)
        self.sharing.setEnabled(not checked)

    def _fill(self, row: InfoRow) -> None:
        self.received_on.setDate(dates.to_qdate(row.received_on))
        if row.source_partner_id is not None and self.source.findData(row.source_partner_id) < 0:
            # An archived source partner is not among the choices but stays the source.
            self.source.addItem(row.source_partner, row.source_partner_id)
        select_data(self.source, row.source_partner_id)
        self.content.setPlainText(row.content)
        self.consent.setChecked(True)  # stored items always have it (schema CHECK)
        select_data(self.sharing, row.sharing)
        self.secret.setChecked(row.secret)
        self.not_for_minutes.setChecked(row.not_for_minutes)

    def save(self) -> None:
        item = InformationItem(
            received_on=dates.from_qdate(self.received_on.date()),
            source_partner_id=self.source.currentData(),
            content=self.content.toPlainText(),
            consent=self.consent.isChecked(),
            sharing=enum_data(self.sharing, SharingLevel) or SharingLevel.CASE_TEAM,
            secret=self.secret.isChecked(),
            not_for_minutes=self.not_for_minutes.isChecked(),
        )
        if self.existing is None:
            self.item_id = case_service.add_information(self.session, self.case.id, item)
        else:
            case_service.correct_information(self.session, self.existing.id, item)


class InformationRemoveDialog(RegisterForm):
    """Confirms the removal of one item and asks why, as a category (the trail keeps the
    category, never text). The item is named by date and source, not by its content, so
    the question shows nothing that privacy mode would hide."""

    def __init__(
        self, session: Session, case: CaseRow, row: InfoRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("information_remove_dialog")
        self.setWindowTitle(self.tr("Remove information from case {code}").format(code=case.code))
        self.row = row
        self.set_intro(
            self.tr(
                "Remove the item of {date} from {source}? It disappears from the case file, "
                "from search and from every document made from now on. The access trail "
                "keeps that it was removed and why, never its text. This cannot be undone."
            ).format(date=dates.format_date(row.received_on), source=row.source_partner or "—")
        )
        self.reason = combo(
            "removal_reason",
            [(L.removal_reason_label(r), r) for r in InformationRemoval],
            self.tr("— no reason given —"),
        )
        self.add_row("reason", self.tr("Reason"), self.reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Remove"))

    def save(self) -> None:
        reason = self.reason.currentData()
        case_service.remove_information(
            self.session, self.row.id, None if reason is None else InformationRemoval(reason)
        )


class TeamJoinDialog(RegisterForm):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("team_join_dialog")
        self.setWindowTitle(self.tr("Add a partner to the case team"))
        self.case = case
        self.partner = partner_combo(session, "partner", self.tr("— choose —"))
        self.joined_on = date_edit(date.today(), "joined_on")
        self.add_row("partner", self.tr("Partner"), self.partner)
        self.add_row("joined_on", self.tr("Joined on"), self.joined_on)

    def save(self) -> None:
        partner_id = self.partner.currentData()
        if partner_id is None:
            raise ValidationError({"partner": "required"})
        case_service.join_team(
            self.session, self.case.id, partner_id, dates.from_qdate(self.joined_on.date())
        )


class TeamLeaveDialog(RegisterForm):
    def __init__(self, session: Session, team_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("team_leave_dialog")
        self.setWindowTitle(self.tr("Partner leaves the case team"))
        self.team_id = team_id
        self.left_on = date_edit(date.today(), "left_on")
        self.add_row("left_on", self.tr("Left on"), self.left_on)

    def save(self) -> None:
        case_service.leave_team(self.session, self.team_id, dates.from_qdate(self.left_on.date()))


__all__ = [
    "CaseEditDialog",
    "FlagChangeDialog",
    "IdentityDialog",
    "InformationDialog",
    "MeasureDialog",
    "MeasureStatusDialog",
    "PhaseChangeDialog",
    "TeamJoinDialog",
    "TeamLeaveDialog",
]
