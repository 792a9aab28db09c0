"""The house rules lists: versions (number, state, adoption date) and, per partner at a
table, the latest signature and whether it is of the current version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.house_rules import HouseRulesVersion
from livc_desktop.services.house_rules import SignatureStatus
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.models.case_models import SortedRowModel

translate = QCoreApplication.translate


def state_label(version: HouseRulesVersion) -> str:
    if version.is_adopted:
        return translate("HouseRulesModels", "Adopted")
    return translate("HouseRulesModels", "Draft")


class VersionTableModel(SortedRowModel):
    COL_NUMBER, COL_STATE, COL_ADOPTED = range(3)

    def headers(self) -> list[str]:
        return [
            translate("HouseRulesModels", "Version"),
            translate("HouseRulesModels", "State"),
            translate("HouseRulesModels", "Adopted on"),
        ]

    def display(self, row: HouseRulesVersion, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(row.number)
        if column == self.COL_STATE:
            return state_label(row)
        if column == self.COL_ADOPTED:
            return format_date(row.adopted_on)
        return ""

    def sort_value(self, row: HouseRulesVersion, column: int) -> Any:
        if column == self.COL_NUMBER:
            return f"{row.number:06d}"
        if column == self.COL_ADOPTED:
            return row.adopted_on.isoformat() if row.adopted_on else ""
        return super().sort_value(row, column)


def signature_text(row: SignatureStatus) -> str:
    sig = row.latest
    if sig is None:
        return translate("HouseRulesModels", "Not signed")
    day = format_date(sig.signed_on)
    if row.version_number is None:
        return translate("HouseRulesModels", "Signed on {date} (version not recorded)").format(
            date=day
        )
    return translate("HouseRulesModels", "Version {number}, signed on {date}").format(
        number=row.version_number, date=day
    )


def not_current_text() -> str:
    return translate("HouseRulesModels", "not the current version")


def not_expected_text() -> str:
    return translate("HouseRulesModels", "Not asked to sign: only active partners at a table sign.")


class SignatureTableModel(SortedRowModel):
    COL_PARTNER, COL_REPRESENTATIVE, COL_SIGNED, COL_CURRENT = range(4)

    def headers(self) -> list[str]:
        return [
            translate("HouseRulesModels", "Partner"),
            translate("HouseRulesModels", "Signed by"),
            translate("HouseRulesModels", "Latest signature"),
            translate("HouseRulesModels", "Current version signed"),
        ]

    def display(self, row: SignatureStatus, column: int) -> str:
        if column == self.COL_PARTNER:
            return row.partner
        if column == self.COL_REPRESENTATIVE:
            return row.latest.signed_by if row.latest and row.latest.signed_by else ""
        if column == self.COL_SIGNED:
            return signature_text(row)
        if column == self.COL_CURRENT:
            if row.signed_current:
                return translate("HouseRulesModels", "Yes")
            return translate("HouseRulesModels", "No")
        return ""
