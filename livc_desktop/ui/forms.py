"""The validating form base: the one dialog class with an error under each field.

A form is a QFormLayout of fields, each with a hidden red label under it, and OK/Cancel.
On OK it first asks `problems()` (checks that need no register, e.g. the domain's own
`problems()`), then runs `save()` through the operation runner (ui/operations.py): a
ValidationError's problems appear under their fields, any other error in the runner's
one message box, and the dialog stays open. On success `changes` holds what the save
touched, for the page to announce.

    class MeasureDialog(ValidatingForm):
        def __init__(self, session, case_id, parent=None):
            super().__init__(parent, session=session, object_name="measure_dialog")
            self.what = QLineEdit()
            self.add_row("what", self.tr("Measure"), self.what)
        def save(self):
            cases.add_measure(self.session, self.case_id, self.what.text())

    dialog = MeasureDialog(session, case_id, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        page.data_changed.emit(dialog.changes)

Error labels are named `error_<field>`, the OK/Cancel box `buttons` (what tests look up).
Given a session, the form closes itself when the session closes (lock).
"""

from __future__ import annotations

import contextlib
import weakref

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import Changes
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.services.session import Session
from livc_desktop.ui import palette
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.operations import run_op, show_error


class FieldErrors:
    """One hidden red label per field, shown with the problem's translated sentence."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(palette.text_css(palette.ERROR))
        label.setWordWrap(True)
        label.setVisible(False)
        self._labels[field] = label
        return label

    def show(self, problems: dict[str, str]) -> dict[str, str]:
        """Show each problem under its field; return those that have no field here."""
        for field, label in self._labels.items():
            problem = problems.get(field)
            label.setText(problem_message(field, problem) if problem else "")
            label.setVisible(bool(problem))
        return {f: p for f, p in problems.items() if f not in self._labels}

    def clear(self) -> None:
        self.show({})

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """`widget` with its error label under it, as one form cell."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def close_on_lock(dialog: QDialog, session: Session) -> None:
    """Reject `dialog` when the session closes (lock): nothing stays on screen. Held by
    a weak reference, so a closed dialog is not kept alive by the session."""
    ref = weakref.ref(dialog)

    def on_close() -> None:
        target = ref()
        if target is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
                target.reject()

    session.on_close(on_close)


class ValidatingForm(QDialog):
    """See the module text. Subclasses add fields with `add_row` and implement `save()`
    and, where useful, `problems()`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        object_name: str = "",
        min_width: int = 520,
    ) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.session = session
        self.changes = Changes()
        if session is not None:
            close_on_lock(self, session)
        # A preferred width, not a minimum: an explicit minimum would stop the layout from
        # growing the dialog to its fields' needs, and long translations were clipped.
        self._preferred_width = min_width
        self._fitted = False
        self._layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self._layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)
        self.errors = FieldErrors()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(self._preferred_width, 0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            # adjustSize honours wrapped labels' height for the width (sizeHint does not).
            self._fitted = True
            self.adjustSize()

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        """Add `widget` under `label` with the error label of `field` below it."""
        holder = with_error(widget, self.errors.label(field))
        self.form.addRow(label, holder)
        return holder

    def problems(self) -> dict[str, str]:
        """Problems found before saving (field -> problem code); none by default."""
        return {}

    def save(self) -> None:
        """Write the form's values; raise ValidationError (shown per field) or LivcError."""

    def show_problems(self, problems: dict[str, str]) -> None:
        unplaced = self.errors.show(problems)
        if unplaced:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                " ".join(problem_message(f, p) for f, p in sorted(unplaced.items())),
            )

    def error_text(self, field: str) -> str:
        return self.errors.text(field)

    def _on_buttons_accepted(self) -> None:
        found = self.problems()
        self.show_problems(found)
        if found:
            return
        if self.session is not None:
            outcome = run_op(self, self.session, self.save, on_problems=self.show_problems)
            if outcome is None:
                return
            self.changes = outcome.changes
        else:
            try:
                self.save()
            except ValidationError as exc:
                self.show_problems(exc.problems)
                return
            except LivcError as exc:
                show_error(self, exc)
                return
        self.accept()
