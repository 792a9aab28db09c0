"""The operation runner, the validating form base and typed page refresh."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from livc_desktop.domain.changes import Area, ChangeKind, Changes
from livc_desktop.domain.errors import DiskFull, ValidationError
from livc_desktop.ui.forms import ValidatingForm
from livc_desktop.ui.operations import run_op
from livc_desktop.ui.pages.base import Page


class _Shown:
    def __init__(self, monkeypatch):
        self.texts: list[str] = []
        monkeypatch.setattr(
            QMessageBox, "warning", lambda parent, title, text, *a: self.texts.append(text)
        )


def test_a_successful_operation_reports_the_areas_its_records_touched(qtbot, session):
    announced: list[Changes] = []

    def call() -> int:
        session.record(ChangeKind.CASE_CREATED, case_id=4)
        return 4

    outcome = run_op(None, session, call, announce=announced.append)
    assert outcome is not None and outcome.value == 4
    assert outcome.changes.areas == {Area.CASES, Area.TRAIL}
    assert announced == [outcome.changes]


def test_a_failed_operation_shows_one_translated_message_and_announces_nothing(
    qtbot, session, monkeypatch
):
    shown = _Shown(monkeypatch)
    announced: list[Changes] = []

    def call() -> None:
        raise DiskFull("ENOSPC")

    assert run_op(None, session, call, announce=announced.append) is None
    assert len(shown.texts) == 1 and "disk" in shown.texts[0].lower()
    assert announced == []


def test_validation_problems_go_to_the_form_not_to_a_message_box(qtbot, session, monkeypatch):
    shown = _Shown(monkeypatch)
    found: list[dict[str, str]] = []

    def call() -> None:
        raise ValidationError({"name": "required"})

    assert run_op(None, session, call, on_problems=found.append) is None
    assert found == [{"name": "required"}] and shown.texts == []


class _NameForm(ValidatingForm):
    def __init__(self, session):
        super().__init__(session=session, object_name="name_form")
        self.name = QLineEdit()
        self.add_row("name", "Name", self.name)
        self.saved: list[str] = []

    def problems(self) -> dict[str, str]:
        return {} if self.name.text().strip() else {"name": "required"}

    def save(self) -> None:
        if self.name.text() == "Dubbel":
            raise ValidationError({"name": "duplicate"})
        self.saved.append(self.name.text())
        self.session.record(ChangeKind.PARTNER_CREATED, partner_id=1)


def _ok(form: ValidatingForm) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_form_shows_each_problem_under_its_field_and_stays_open(qtbot, session):
    form = _NameForm(session)
    qtbot.addWidget(form)
    form.show()
    _ok(form)
    assert form.error_text("name") and form.isVisible() and form.saved == []
    form.name.setText("Dubbel")
    _ok(form)
    assert form.error_text("name") and form.isVisible() and form.saved == []


def test_a_saved_form_closes_and_keeps_its_changes(qtbot, session):
    form = _NameForm(session)
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Partner Fictief vzw")
    _ok(form)
    assert form.saved == ["Partner Fictief vzw"]
    assert form.result() == ValidatingForm.DialogCode.Accepted
    assert form.changes.touches(Area.PARTNERS)
    assert form.error_text("name") == ""


def test_the_form_closes_when_the_session_locks(qtbot, session):
    form = _NameForm(session)
    qtbot.addWidget(form)
    form.show()
    session.close()
    assert not form.isVisible()


class _CountingPage(Page):
    page_id = "counting"
    shows = frozenset({Area.SIGNALS})

    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def title(self) -> str:
        return "Counting"

    def refresh(self, what: str = "") -> None:
        self.reloads += 1


def test_a_page_reloads_only_for_the_areas_it_shows(qtbot):
    page = _CountingPage()
    qtbot.addWidget(page)
    page.on_changes(Changes.of(ChangeKind.PARTNER_UPDATED))
    page.on_changes(Changes.of(ChangeKind.EXPORT_PDF))
    assert page.reloads == 0
    page.on_changes(Changes.of(ChangeKind.SIGNAL_TRIAGED))
    page.on_changes(Changes.everything())
    assert page.reloads == 2


def test_a_page_operation_announces_its_changes_through_data_changed(qtbot, session):
    page = _CountingPage()
    qtbot.addWidget(page)
    page.set_session(session)
    with qtbot.waitSignal(page.data_changed) as signal:
        page.run(lambda: session.record(ChangeKind.SIGNAL_CREATED, signal_id=1))
    assert signal.args[0] == Changes.of(ChangeKind.SIGNAL_CREATED)
