"""Meetings as use cases shared by the GUI and the command line, one module per job:
planning (meetings, series, agenda), running (attendance, notes, actions, decisions),
minutes (content, finalising, approval, addenda), documents (PDF and calendar files,
distribution) and feedback (the feedback sheet to the police). Callers import this
package; the names below are its whole surface."""

from livc_desktop.domain.meetings import (
    Attendance as Attendance,
)
from livc_desktop.domain.meetings import (
    DecisionKind as DecisionKind,
)
from livc_desktop.domain.meetings import (
    DocumentKind as DocumentKind,
)
from livc_desktop.domain.meetings import (
    ItemKind as ItemKind,
)
from livc_desktop.domain.meetings import (
    NoteKind as NoteKind,
)
from livc_desktop.services.meetings.documents import (
    Labels as Labels,
)
from livc_desktop.services.meetings.documents import (
    attendance_sheet_pdf as attendance_sheet_pdf,
)
from livc_desktop.services.meetings.documents import (
    distribution as distribution,
)
from livc_desktop.services.meetings.documents import (
    extract_pdf as extract_pdf,
)
from livc_desktop.services.meetings.documents import (
    ics_bytes as ics_bytes,
)
from livc_desktop.services.meetings.documents import (
    invitation_pdf as invitation_pdf,
)
from livc_desktop.services.meetings.documents import (
    mark_agenda_sent as mark_agenda_sent,
)
from livc_desktop.services.meetings.documents import (
    minutes_pdf as minutes_pdf,
)
from livc_desktop.services.meetings.documents import (
    record_distribution as record_distribution,
)
from livc_desktop.services.meetings.feedback import (
    FOLLOW_UPS as FOLLOW_UPS,
)
from livc_desktop.services.meetings.feedback import (
    feedback_cases as feedback_cases,
)
from livc_desktop.services.meetings.feedback import (
    feedback_consents as feedback_consents,
)
from livc_desktop.services.meetings.feedback import (
    feedback_pdf as feedback_pdf,
)
from livc_desktop.services.meetings.feedback import (
    feedback_possible as feedback_possible,
)
from livc_desktop.services.meetings.feedback import (
    feedback_text as feedback_text,
)
from livc_desktop.services.meetings.feedback import (
    record_feedback_consent as record_feedback_consent,
)
from livc_desktop.services.meetings.feedback import (
    save_feedback_text as save_feedback_text,
)
from livc_desktop.services.meetings.minutes import (
    add_addendum as add_addendum,
)
from livc_desktop.services.meetings.minutes import (
    approve as approve,
)
from livc_desktop.services.meetings.minutes import (
    finalise as finalise,
)
from livc_desktop.services.meetings.minutes import (
    finalise_refusal as finalise_refusal,
)
from livc_desktop.services.meetings.minutes import (
    minutes_content as minutes_content,
)
from livc_desktop.services.meetings.minutes import (
    minutes_source as minutes_source,
)
from livc_desktop.services.meetings.minutes import (
    previous_minutes_awaiting_approval as previous_minutes_awaiting_approval,
)
from livc_desktop.services.meetings.minutes import (
    verify_frozen as verify_frozen,
)
from livc_desktop.services.meetings.planning import (
    OPERATIONAL_TABLES as OPERATIONAL_TABLES,
)
from livc_desktop.services.meetings.planning import (
    AgendaChoice as AgendaChoice,
)
from livc_desktop.services.meetings.planning import (
    InviteOutcome as InviteOutcome,
)
from livc_desktop.services.meetings.planning import (
    MeetingDraft as MeetingDraft,
)
from livc_desktop.services.meetings.planning import (
    NoNextMeeting as NoNextMeeting,
)
from livc_desktop.services.meetings.planning import (
    add_item as add_item,
)
from livc_desktop.services.meetings.planning import (
    add_to_agenda as add_to_agenda,
)
from livc_desktop.services.meetings.planning import (
    agenda as agenda,
)
from livc_desktop.services.meetings.planning import (
    agenda_choices as agenda_choices,
)
from livc_desktop.services.meetings.planning import (
    case_choices as case_choices,
)
from livc_desktop.services.meetings.planning import (
    case_code as case_code,
)
from livc_desktop.services.meetings.planning import (
    create_meeting as create_meeting,
)
from livc_desktop.services.meetings.planning import (
    create_series as create_series,
)
from livc_desktop.services.meetings.planning import (
    default_meeting_id as default_meeting_id,
)
from livc_desktop.services.meetings.planning import (
    delete_item as delete_item,
)
from livc_desktop.services.meetings.planning import (
    delete_meeting as delete_meeting,
)
from livc_desktop.services.meetings.planning import (
    extend_series as extend_series,
)
from livc_desktop.services.meetings.planning import (
    feedback_repo as feedback_repo,
)
from livc_desktop.services.meetings.planning import (
    get_meeting as get_meeting,
)
from livc_desktop.services.meetings.planning import (
    invite_table_members as invite_table_members,
)
from livc_desktop.services.meetings.planning import (
    later_meetings as later_meetings,
)
from livc_desktop.services.meetings.planning import (
    list_meetings as list_meetings,
)
from livc_desktop.services.meetings.planning import (
    make_recurring as make_recurring,
)
from livc_desktop.services.meetings.planning import (
    meeting_count as meeting_count,
)
from livc_desktop.services.meetings.planning import (
    meeting_exists as meeting_exists,
)
from livc_desktop.services.meetings.planning import (
    move_item as move_item,
)
from livc_desktop.services.meetings.planning import (
    next_meeting as next_meeting,
)
from livc_desktop.services.meetings.planning import (
    propose_agenda as propose_agenda,
)
from livc_desktop.services.meetings.planning import (
    put_on_next_meeting as put_on_next_meeting,
)
from livc_desktop.services.meetings.planning import (
    reorder_items as reorder_items,
)
from livc_desktop.services.meetings.planning import (
    repo as repo,
)
from livc_desktop.services.meetings.planning import (
    update_item as update_item,
)
from livc_desktop.services.meetings.planning import (
    update_meeting as update_meeting,
)
from livc_desktop.services.meetings.running import (
    CaseSummary as CaseSummary,
)
from livc_desktop.services.meetings.running import (
    PartnerChoices as PartnerChoices,
)
from livc_desktop.services.meetings.running import (
    action_partner_choices as action_partner_choices,
)
from livc_desktop.services.meetings.running import (
    actions_of_item as actions_of_item,
)
from livc_desktop.services.meetings.running import (
    add_action as add_action,
)
from livc_desktop.services.meetings.running import (
    add_attendee as add_attendee,
)
from livc_desktop.services.meetings.running import (
    add_guest as add_guest,
)
from livc_desktop.services.meetings.running import (
    add_note as add_note,
)
from livc_desktop.services.meetings.running import (
    attendance as attendance,
)
from livc_desktop.services.meetings.running import (
    case_summary as case_summary,
)
from livc_desktop.services.meetings.running import (
    correct_action as correct_action,
)
from livc_desktop.services.meetings.running import (
    decide as decide,
)
from livc_desktop.services.meetings.running import (
    delete_action as delete_action,
)
from livc_desktop.services.meetings.running import (
    delete_note as delete_note,
)
from livc_desktop.services.meetings.running import (
    guests as guests,
)
from livc_desktop.services.meetings.running import (
    notes_of_item as notes_of_item,
)
from livc_desktop.services.meetings.running import (
    redactor as redactor,
)
from livc_desktop.services.meetings.running import (
    remove_attendee as remove_attendee,
)
from livc_desktop.services.meetings.running import (
    remove_guest as remove_guest,
)
from livc_desktop.services.meetings.running import (
    save_note_text as save_note_text,
)
from livc_desktop.services.meetings.running import (
    scrub_case_identity as scrub_case_identity,
)
from livc_desktop.services.meetings.running import (
    scrub_identity as scrub_identity,
)
from livc_desktop.services.meetings.running import (
    set_attendance as set_attendance,
)
from livc_desktop.services.meetings.running import (
    set_note_flags as set_note_flags,
)
from livc_desktop.services.meetings.running import (
    update_guest as update_guest,
)
