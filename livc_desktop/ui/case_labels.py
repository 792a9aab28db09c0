"""Translated labels for the codes of signals and cases (the domain returns codes only).

Flag labels, definitions and default responses may be replaced per municipality
(Settings); an empty custom text falls back to the built-in translated one."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from livc_desktop.domain.cases import (
    ClosureReason,
    CooperationKind,
    Flag,
    FlagText,
    FollowUp,
    InformationRemoval,
    MeasureStatus,
    Phase,
    ReviewReason,
    SharingLevel,
)
from livc_desktop.domain.signals import Channel, SignalStatus, TriageOutcome, Urgency
from livc_desktop.ui import palette

translate = QCoreApplication.translate

# Colour is never alone: every badge also shows the flag's text label.
FLAG_COLOURS: dict[Flag, str] = {
    Flag.GREEN: palette.FLAG_GREEN,
    Flag.YELLOW: palette.FLAG_YELLOW,
    Flag.RED: palette.FLAG_RED,
    Flag.BLACK: palette.FLAG_BLACK,
}


def flag_colour(flag: Flag | None) -> QColor:
    return palette.colour(FLAG_COLOURS[flag] if flag else palette.FLAG_NONE)


def builtin_flag_label(flag: Flag) -> str:
    return {
        Flag.GREEN: translate("CaseLabels", "Green"),
        Flag.YELLOW: translate("CaseLabels", "Yellow"),
        Flag.RED: translate("CaseLabels", "Red"),
        Flag.BLACK: translate("CaseLabels", "Black"),
    }[flag]


def builtin_flag_definition(flag: Flag) -> str:
    return {
        Flag.GREEN: translate(
            "CaseLabels", "Signal checked: no concern, or protective factors dominate."
        ),
        Flag.YELLOW: translate("CaseLabels", "Worrying but ambiguous."),
        Flag.RED: translate("CaseLabels", "Serious concern."),
        Flag.BLACK: translate(
            "CaseLabels", "Acute danger or a likely offence: outside the cell's preventive remit."
        ),
    }[flag]


def builtin_flag_response(flag: Flag) -> str:
    return {
        Flag.GREEN: translate("CaseLabels", "Close the case or keep the partners informed."),
        Flag.YELLOW: translate(
            "CaseLabels", "A social partner monitors; weigh again at the next meeting."
        ),
        Flag.RED: translate(
            "CaseLabels", "Active joint approach with an action plan (social, police or mixed)."
        ),
        Flag.BLACK: translate(
            "CaseLabels",
            "Hand over to the police, the prosecutor or the LTF and record only the hand-over.",
        ),
    }[flag]


def flag_label(flag: Flag | None, custom: dict[Flag, FlagText] | None = None) -> str:
    if flag is None:
        return translate("CaseLabels", "Not weighed")
    if custom and custom.get(flag) and custom[flag].label.strip():
        return custom[flag].label.strip()
    return builtin_flag_label(flag)


def flag_definition(flag: Flag, custom: dict[Flag, FlagText] | None = None) -> str:
    if custom and custom.get(flag) and custom[flag].definition.strip():
        return custom[flag].definition.strip()
    return builtin_flag_definition(flag)


def flag_response(flag: Flag, custom: dict[Flag, FlagText] | None = None) -> str:
    if custom and custom.get(flag) and custom[flag].response.strip():
        return custom[flag].response.strip()
    return builtin_flag_response(flag)


def phase_label(phase: Phase | None) -> str:
    if phase is None:
        return ""
    return {
        Phase.REGISTRATION: translate("CaseLabels", "Registration"),
        Phase.FILE_BUILDING: translate("CaseLabels", "File building"),
        Phase.WEIGHING: translate("CaseLabels", "Weighing"),
        Phase.APPROACH: translate("CaseLabels", "Approach"),
        Phase.EVALUATION: translate("CaseLabels", "Evaluation"),
        Phase.CLOSED: translate("CaseLabels", "Closed"),
    }[phase]


def follow_up_label(value: FollowUp | None) -> str:
    if value is None:
        return translate("CaseLabels", "Not decided")
    return {
        FollowUp.SOCIAL: translate("CaseLabels", "Social"),
        FollowUp.POLICE: translate("CaseLabels", "Police"),
        FollowUp.MIXED: translate("CaseLabels", "Mixed"),
    }[value]


def measure_status_label(value: MeasureStatus) -> str:
    return {
        MeasureStatus.OPEN: translate("CaseLabels", "Open"),
        MeasureStatus.DONE: translate("CaseLabels", "Done"),
        MeasureStatus.DROPPED: translate("CaseLabels", "Dropped"),
    }[value]


def sharing_label(value: SharingLevel) -> str:
    return {
        SharingLevel.CASE_TEAM: translate("CaseLabels", "Case team only"),
        SharingLevel.WHOLE_CELL: translate("CaseLabels", "Whole cell"),
    }[value]


def removal_reason_label(value: InformationRemoval) -> str:
    return {
        InformationRemoval.ENTERED_IN_ERROR: translate("CaseLabels", "Entered in error"),
        InformationRemoval.WRONG_CASE: translate("CaseLabels", "Belongs to another case"),
        InformationRemoval.DUPLICATE: translate("CaseLabels", "Duplicate of another item"),
        InformationRemoval.CONSENT_WITHDRAWN: translate(
            "CaseLabels", "The source partner withdrew consent"
        ),
    }[value]


def closure_reason_label(value: ClosureReason | None) -> str:
    if value is None:
        return ""
    return {
        ClosureReason.NO_CONCERN: translate("CaseLabels", "No (longer any) concern"),
        ClosureReason.GOALS_REACHED: translate("CaseLabels", "Goals of the approach reached"),
        ClosureReason.MOVED_AWAY: translate("CaseLabels", "Person moved away"),
        ClosureReason.HANDED_OVER: translate("CaseLabels", "Handed over (black flag)"),
        ClosureReason.REFUSED_SUPPORT: translate("CaseLabels", "Person refuses support"),
        ClosureReason.OTHER: translate("CaseLabels", "Other reason"),
    }[value]


def cooperation_label(value: CooperationKind) -> str:
    return {
        CooperationKind.OTHER_LIVC: translate("CaseLabels", "Another LIVC"),
        CooperationKind.LTF: translate("CaseLabels", "Local Task Force (LTF)"),
    }[value]


def review_reason_label(value: ReviewReason) -> str:
    return {
        ReviewReason.FLAG_RED: translate("CaseLabels", "Red flag"),
        ReviewReason.FLAG_BLACK: translate("CaseLabels", "Handed over (black flag)"),
        ReviewReason.NOT_WEIGHED: translate("CaseLabels", "Not weighed for too long"),
        ReviewReason.REVIEW_DATE_PASSED: translate("CaseLabels", "Review date reached"),
        ReviewReason.MEASURE_DUE: translate("CaseLabels", "Measure due"),
        ReviewReason.FLAG_NEXT_MEETING: translate(
            "CaseLabels", "Flag: weigh again at the next meeting"
        ),
    }[value]


def channel_label(value: Channel) -> str:
    return {
        Channel.REGISTRATION_FORM: translate("CaseLabels", "Registration form"),
        Channel.EMAIL: translate("CaseLabels", "E-mail"),
        Channel.PHONE: translate("CaseLabels", "Phone"),
        Channel.INFORMAL: translate("CaseLabels", "Informal contact"),
        Channel.SIGNALLING_CONSULTATION: translate("CaseLabels", "Signalling consultation"),
        Channel.LTF_SHEET: translate("CaseLabels", "LTF information sheet"),
        Channel.NEIGHBOURING_LIVC: translate("CaseLabels", "Neighbouring LIVC"),
        Channel.OTHER: translate("CaseLabels", "Other channel"),
    }[value]


def urgency_label(value: Urgency) -> str:
    return {
        Urgency.NORMAL: translate("CaseLabels", "Normal"),
        Urgency.HIGH: translate("CaseLabels", "High"),
        Urgency.URGENT: translate("CaseLabels", "Urgent"),
    }[value]


def signal_status_label(value: SignalStatus) -> str:
    return {
        SignalStatus.AWAITING: translate("CaseLabels", "Awaiting weighing"),
        SignalStatus.CASE: translate("CaseLabels", "Became a case"),
        SignalStatus.HANDED_TO_PARTNER: translate("CaseLabels", "Handed to a partner"),
        SignalStatus.NOT_RETAINED: translate("CaseLabels", "Not retained"),
        SignalStatus.NOT_REGISTERED: translate("CaseLabels", "Not registered (no consent)"),
    }[value]


def outcome_label(value: TriageOutcome) -> str:
    return {
        TriageOutcome.CASE: translate("CaseLabels", "Becomes a case"),
        TriageOutcome.HANDED_TO_PARTNER: translate("CaseLabels", "Handed to a partner"),
        TriageOutcome.NOT_RETAINED: translate("CaseLabels", "Closed as not retained"),
    }[value]


def timeline_kind_label(kind: str) -> str:
    return {
        "signal": translate("CaseLabels", "Signal"),
        "flag": translate("CaseLabels", "Flag"),
        "phase": translate("CaseLabels", "Phase"),
        "measure": translate("CaseLabels", "Measure agreed"),
        "measure_closed": translate("CaseLabels", "Measure followed up"),
        "information": translate("CaseLabels", "Information"),
        "meeting_decision": translate("CaseLabels", "Meeting decision"),
    }.get(kind, kind)


def timeline_code_label(kind: str, code: str) -> str:
    """The short label of an entry's code (a flag, a phase, a status)."""
    try:
        if kind == "flag":
            return flag_label(Flag(code))
        if kind == "phase":
            return phase_label(Phase(code))
        if kind in ("measure", "measure_closed"):
            return measure_status_label(MeasureStatus(code))
        if kind == "information":
            return sharing_label(SharingLevel(code))
        if kind == "signal":
            return channel_label(Channel(code))
    except ValueError:
        pass
    return code


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """`widget` with its objectName set (what tests look it up by)."""
    widget.setObjectName(name)
    return widget
