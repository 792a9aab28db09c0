"""Flag badges: a coloured chip plus the flag's text label, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from livc_desktop.domain.cases import Flag, FlagText
from livc_desktop.ui import palette
from livc_desktop.ui.case_labels import flag_colour, flag_label
from livc_desktop.ui.models.case_models import FLAG_ROLE


def paint_chip(painter: QPainter, rect: QRect, flag: Flag | None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.colour(palette.BADGE_OUTLINE))
    painter.setBrush(flag_colour(flag))
    painter.drawRoundedRect(rect, 3, 3)
    painter.restore()


class FlagBadgeDelegate(QStyledItemDelegate):
    """Draws the chip left of the label the model gives for the flag column."""

    CHIP = 12

    def __init__(self, parent: QWidget | None = None, *, chip_for_none: bool = True) -> None:
        super().__init__(parent)
        # In the register "not weighed" gets a grey chip; in mixed lists (timeline) only
        # flags get one.
        self.chip_for_none = chip_for_none

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        flag = index.data(FLAG_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        r = option.rect
        offset = 0
        if flag is not None or self.chip_for_none:
            chip = QRect(r.left() + 6, r.center().y() - self.CHIP // 2, self.CHIP, self.CHIP)
            paint_chip(painter, chip, flag)
            offset = self.CHIP + 6
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = r.adjusted(6 + offset, 0, -4, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.CHIP + 12, max(size.height(), self.CHIP + 8))


class FlagBadge(QLabel):
    """A standalone badge (case file header)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flag_badge")
        self._flag: Flag | None = None
        self.setMinimumHeight(22)

    def set_flag(self, flag: Flag | None, texts: dict[Flag, FlagText] | None = None) -> None:
        self._flag = flag
        colour = flag_colour(flag)
        fg = palette.css(
            palette.BADGE_TEXT_ON_LIGHT
            if flag in (Flag.YELLOW, None)
            else palette.BADGE_TEXT_ON_DARK
        )
        self.setText(flag_label(flag, texts))
        self.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: {fg}; border-radius: 4px;"
            " padding: 2px 10px; font-weight: bold; }"
        )

    @property
    def flag(self) -> Flag | None:
        return self._flag
