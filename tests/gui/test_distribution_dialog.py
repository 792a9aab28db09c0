"""The copies-per-recipient dialog: choose, protect, save into one folder, passwords shown
once (and forgotten on close), draft mails where a mail program exists; its hook in the
minutes tab and the Overview's lines."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from livc_desktop.domain.meetings import DocumentKind
from livc_desktop.services import distribution
from livc_desktop.services import meetings as svc
from livc_desktop.services.mail_drafts import MailProgram
from livc_desktop.ui.dialogs import distribution as dialog_module
from livc_desktop.ui.dialogs.distribution import DistributionDialog
from livc_desktop.ui.models.distribution import CopyTableModel, RecipientTableModel
from livc_desktop.ui.widgets.distribution_overview import DistributionOverviewPanel
from tests.fixtures.meetings import full_meeting


@pytest.fixture
def meeting(session):
    ids = full_meeting(session)
    svc.finalise(session, ids["meeting"])
    return session, ids["meeting"]


def _dialog(qtbot, session, mid, tmp_path, **kw):
    kw.setdefault("mail_program", lambda: None)
    dialog = DistributionDialog(session, mid, **kw)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "copies"))
    return dialog


def test_copies_are_saved_and_their_passwords_shown_once(qtbot, meeting, tmp_path):
    session, mid = meeting
    dialog = _dialog(qtbot, session, mid, tmp_path)
    model = dialog.recipients
    total = model.rowCount()
    assert total >= 3
    skipped = model.index(0, RecipientTableModel.NAME)
    model.setData(skipped, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "No mail program" in dialog.mail.text() and not dialog.drafts.isEnabled()
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    copies = dialog.copies
    assert copies.rowCount() == total - 1
    for row in range(copies.rowCount()):
        saved = copies.row_at(row)
        shown = copies.index(row, CopyTableModel.PASSWORD).data()
        assert shown == saved.password and len(shown.split()) == 5
        assert PdfReader(io.BytesIO(saved.path.read_bytes())).decrypt(shown)
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == sorted(
        copies.row_at(r).path.name for r in range(copies.rowCount())
    )
    assert shown.split()[0] in dialog.slip()
    assert dialog.once.isVisibleTo(dialog) and dialog.print_slip.isEnabled()
    rows = svc.distribution(session, mid)
    assert len(rows) == total - 1 and all(r["protected"] for r in rows)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert copies.rowCount() == 0


def test_a_weak_typed_password_is_refused_and_nothing_written(qtbot, meeting, tmp_path):
    session, mid = meeting
    dialog = _dialog(qtbot, session, mid, tmp_path)
    index = dialog.recipients.index(0, RecipientTableModel.PASSWORD)
    dialog.recipients.setData(index, "Demostad2026!")
    assert index.data(Qt.ItemDataRole.EditRole) == ""  # never shown again
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    name = dialog.recipients.row_at(0).recipient.name
    assert name in dialog.problem.text()
    assert dialog.pages.currentIndex() == 0
    assert not (tmp_path / "copies").exists() and svc.distribution(session, mid) == []


def test_plain_copies_and_one_draft_per_copy_without_the_password(qtbot, meeting, tmp_path):
    session, mid = meeting
    commands = []
    dialog = _dialog(
        qtbot,
        session,
        mid,
        tmp_path,
        mail_program=lambda: MailProgram("thunderbird", "/usr/bin/thunderbird"),
        launch=commands.append,
    )
    assert "Thunderbird" in dialog.mail.text()
    dialog.encrypt.setChecked(False)
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    assert not dialog.print_slip.isEnabled()
    qtbot.mouseClick(dialog.drafts, Qt.MouseButton.LeftButton)
    assert len(commands) == dialog.copies.rowCount()
    for row, command in enumerate(commands):
        saved = dialog.copies.row_at(row)
        assert saved.path.as_uri() in command[2]
        assert "password" not in command[2].lower()
        assert dialog.copies.index(row, CopyTableModel.MAIL).data()


def test_encrypted_drafts_never_carry_the_password(qtbot, meeting, tmp_path):
    session, mid = meeting
    commands = []
    dialog = _dialog(
        qtbot,
        session,
        mid,
        tmp_path,
        mail_program=lambda: MailProgram("kmail", "kmail"),
        launch=commands.append,
    )
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    passwords = [dialog.copies.row_at(r).password for r in range(dialog.copies.rowCount())]
    qtbot.mouseClick(dialog.drafts, Qt.MouseButton.LeftButton)
    sent = repr(commands)
    assert commands and not any(p in sent for p in passwords)
    assert all(word not in sent for p in passwords for word in p.split() if len(word) > 6)


def test_the_minutes_tab_opens_the_dialog(qtbot, session, monkeypatch):
    from livc_desktop.ui.pages.meetings import MeetingsPage

    full_meeting(session)
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    opened = []
    monkeypatch.setattr(
        "livc_desktop.ui.pages.meetings.minutes.open_distribution",
        lambda parent, s, mid, cases, *a, **k: opened.append((mid, cases)),
    )
    page.tabs.setCurrentWidget(page.minutes_panel)
    qtbot.mouseClick(page.minutes_panel.copies, Qt.MouseButton.LeftButton)
    assert opened and opened[0][0] == page.current_meeting().id
    assert [code for _, code in opened[0][1]]  # the meeting's cases, for extracts


def test_the_overview_names_what_is_still_to_send(qtbot, meeting, tmp_path):
    session, mid = meeting
    panel = DistributionOverviewPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert not panel.isHidden() and "Finalised minutes not yet sent" in panel.unsent.text()
    chosen = distribution.recipients(session, mid, DocumentKind.MINUTES)
    dialog = _dialog(qtbot, session, mid, tmp_path)
    qtbot.mouseClick(dialog.make, Qt.MouseButton.LeftButton)
    panel.refresh()
    assert panel.isHidden()
    panel.set_session(None)
    assert panel.isHidden() and len(chosen) == dialog.copies.rowCount()


def test_extract_copies_go_to_the_case_team_only(qtbot, meeting, tmp_path, monkeypatch):
    session, mid = meeting
    calls = []
    real = distribution.recipients
    monkeypatch.setattr(
        dialog_module.distribution,
        "recipients",
        lambda s, m, kind, case_id=None: calls.append((kind, case_id)) or real(s, m, kind, case_id),
    )
    case_id = session.register.scalar("SELECT id FROM case_file ORDER BY id LIMIT 1")
    dialog = _dialog(qtbot, session, mid, tmp_path, cases=[(case_id, "2026-001")])
    dialog.document.setCurrentIndex(1)
    assert calls[-1] == (DocumentKind.EXTRACT, case_id)
    assert "2026-001" in dialog.folder.text()
