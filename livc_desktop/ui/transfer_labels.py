"""Translated words for passing a case on to another cell (QtCore only: the command line
uses them too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.transfer import LegalBasis, ReceivedTexts

translate = QCoreApplication.translate


def legal_basis_labels() -> dict[LegalBasis, str]:
    return {
        LegalBasis.CONSENT: translate(
            "CaseTransfer", "Consent of the person concerned to the transfer"
        ),
        LegalBasis.CASE_CONSULTATION: translate(
            "CaseTransfer", "Joint case consultation of both cells (art. 458ter Criminal Code)"
        ),
        LegalBasis.NECESSITY: translate(
            "CaseTransfer", "State of necessity: a serious and imminent danger"
        ),
        LegalBasis.LEGAL_DUTY: translate(
            "CaseTransfer", "A statutory duty or a request of the judicial authorities"
        ),
    }


def received_texts(cell: str) -> ReceivedTexts:
    """What the receiving register writes where it wants text and the package has none."""
    return ReceivedTexts(
        decided_by=translate("CaseTransfer", "Cell of {cell}").format(cell=cell),
        flag_justification=translate(
            "CaseTransfer", "Decided by the sending cell; received with the case transfer."
        ),
        measure_what=translate(
            "CaseTransfer", "Measure by {organisation} (received with the case transfer)"
        ),
    )


def transfer_message(code: str) -> str:
    """The sentence for a transfer error code; empty for other codes."""
    if code == "transfer_missing":
        return translate("Messages", "There is no package file at this location.")
    if code == "transfer_not_a_package":
        return translate("Messages", "This file is not a case transfer package of LIVC Desktop.")
    if code == "transfer_truncated":
        return translate(
            "Messages",
            "The package is incomplete: it is shorter than when it was made (an interrupted "
            "copy or download?). Nothing was imported. Ask the sending cell for the file again.",
        )
    if code == "transfer_tampered":
        return translate(
            "Messages",
            "The package was changed or damaged after it was made. Nothing was imported. Ask "
            "the sending cell for the file again.",
        )
    if code == "transfer_wrong_passphrase":
        return translate(
            "Messages",
            "The file is intact, but this is not its passphrase. Check the passphrase with "
            "the sending cell (given by phone, not with the file).",
        )
    if code == "transfer_too_new":
        return translate(
            "Messages",
            "This package was made by a newer version of LIVC Desktop. Install the newer "
            "version to import it; nothing was imported.",
        )
    if code == "transfer_already_imported":
        return translate(
            "Messages",
            "This package was already imported into this register; it is not imported twice.",
        )
    return ""
