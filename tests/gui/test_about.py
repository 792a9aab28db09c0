"""Help > About: versions, the EUPL-1.2, the third-party notices, About Qt; the icon."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from livc_desktop.ui.dialogs import about
from livc_desktop.ui.dialogs.about import AboutDialog


def _open(window, qtbot) -> AboutDialog:
    window.about_action.trigger()
    box = window.findChild(AboutDialog, "about_box")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_about_shows_the_licence_and_the_notices(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    assert window.about_action in window.help_menu.actions()
    box = _open(window, qtbot)
    assert box.licence_view.toPlainText().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    notices = box.notices_view.toPlainText()
    assert "sqlcipher3" in notices and "PySide6_Essentials" in notices
    assert [box.tabs.tabText(i) for i in range(box.tabs.count())] == [
        "Licence",
        "Third-party software",
    ]
    assert not box.windowIcon().isNull()
    box.close()


def test_about_qt_opens_qts_own_box(qtbot, make_window, sentinel_register, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, title: opened.append(title))
    box = _open(make_window(sentinel_register), qtbot)
    box.about_qt_button.click()
    assert opened == ["About Qt"]
    box.close()


def test_about_opens_even_when_a_text_is_missing(qtbot, monkeypatch):
    def gone() -> str:
        raise FileNotFoundError("THIRD_PARTY_NOTICES.txt")

    monkeypatch.setattr(about, "notices_text", gone)
    box = AboutDialog("<h3>LIVC Desktop</h3>")
    qtbot.addWidget(box)
    assert box.notices_view.toPlainText() == "This text is missing from the installation."
    assert box.licence_view.toPlainText().startswith("EUROPEAN UNION PUBLIC LICENCE")


def test_the_application_and_its_windows_carry_the_icon(qapp):
    from livc_desktop.ui.app import application

    icon = application().windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
