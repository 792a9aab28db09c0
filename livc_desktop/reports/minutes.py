"""Meeting documents: minutes (and case-team extracts), invitation with agenda, attendance
sheet for signatures, feedback sheet to the police.

Input is `MinutesContent`, which has already passed `domain.minutes.printable_minutes`
(off-record, secret-covered and identity text removed). Labels arrive translated in a
mapping; `LABEL_KEYS` lists every key a caller must supply."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from livc_desktop.domain.meetings import (
    Addendum,
    expected_end,
)
from livc_desktop.domain.minutes import (
    FeedbackText,
    MinutesContent,
    PrintedAttendee,
    PrintedItem,
    redact,
)
from livc_desktop.reports.common import (
    RULE,
    PageFrame,
    RtlParagraph,
    Styles,
    build_pdf,
    data_table,
    key_value_table,
    page_count,
    para,
    text,
    usable_width,
)

LABEL_KEYS: tuple[str, ...] = (
    "cell",
    "minutes_title",
    "extract_title",
    "invitation_title",
    "attendance_sheet_title",
    "feedback_title",
    "confidentiality",
    "page_label",
    "draft",
    "table",
    "date",
    "place",
    "time",
    "start_time",
    "end_time",
    "chair",
    "minute_taker",
    "agenda",
    "agenda_as_sent",
    "planned",
    "minutes_unit",
    "expected_end",
    "attendance",
    "present",
    "excused",
    "absent",
    "guests",
    "name",
    "organisation",
    "role",
    "capacity",
    "remark",
    "signature",
    "none",
    "sent_info",
    "arrived",
    "left",
    "undertaking",
    "undertaking_no",
    "items",
    "account",
    "decisions",
    "case_decisions",
    "actions",
    "all_actions",
    "item",
    "who",
    "what",
    "due",
    "withheld_off_record",
    "withheld_secret",
    "next_meeting",
    "no_next_meeting",
    "addenda",
    "addendum",
    "status",
    "finalised_on",
    "content_hash",
    "approved",
    "approval_remarks",
    "case",
    "flag_change",
    "phase_change",
    "next_review",
    "invitees",
    "invitation_text",
    "extract_note",
    "feedback_text",
    "feedback_consensus",
    "participants",
    "secret_discussed",
    "conclusion",
    "follow_up",
    "police_contact",
    "follow_up_social",
    "follow_up_police",
    "follow_up_mixed",
)


@dataclass
class DocumentInfo:
    """What frames one document: translated labels and a few stamps."""

    labels: Mapping[str, str]
    language: str = "nl-BE"
    author: str = ""
    kinds: Mapping[str, str] = field(default_factory=dict)  # ItemKind -> label
    tables: Mapping[str, str] = field(default_factory=dict)  # TableKind -> label
    codes: Mapping[str, str] = field(default_factory=dict)  # flag/phase/status codes -> label
    roles: Mapping[str, str] = field(default_factory=dict)  # role code -> label
    draft: bool = False
    finalised_on: str = ""
    content_hash: str = ""
    approved_on: str = ""
    approval_remarks: str = ""
    addenda: Sequence[Addendum] = ()
    case_code: str = ""  # for an extract
    # Identity terms of the persons concerned: texts added after finalisation (addenda,
    # approval remarks) pass the same redaction as the minutes themselves.
    identity_terms: Sequence[str] = ()
    # ISO date (YYYY-MM-DD) -> the document language's date; given by the caller.
    format_date: Callable[[str], str] | None = None

    def date(self, value: str) -> str:
        """A date or "YYYY-MM-DD HH:MM" stamp as the reader writes it."""
        if not value or self.format_date is None or len(value) < 10:
            return value
        return self.format_date(value[:10]) + value[10:]


def missing_labels(labels: Mapping[str, str]) -> list[str]:
    return [k for k in LABEL_KEYS if not labels.get(k)]


def _frame(info: DocumentInfo, content: MinutesContent, title: str, **kw: Any) -> PageFrame:
    lab = info.labels
    cell = f"{lab['cell']} {', '.join(content.municipalities)}".strip()
    return PageFrame(
        title=title,
        header_left=cell,
        confidentiality=lab["confidentiality"],
        page_label=lab["page_label"],
        author=info.author,
        subject=f"{info.tables.get(content.table_kind, content.table_kind)} "
        f"{info.date(content.on_date)}",
        keywords="LIVC",
        language=info.language,
        watermark=lab["draft"] if info.draft else "",
        **kw,
    )


def _role(info: DocumentInfo, role: str) -> str:
    return ", ".join(info.roles.get(r, r) for r in role.split(",") if r)


def _header_block(
    content: MinutesContent, info: DocumentInfo, st: Styles, width: float
) -> list[Flowable]:
    lab = info.labels
    when = content.start_time
    if content.end_time:
        when = f"{content.start_time} – {content.end_time}"
    rows = [
        (lab["cell"], ", ".join(content.municipalities)),
        (lab["table"], info.tables.get(content.table_kind, content.table_kind)),
        (lab["date"], info.date(content.on_date)),
        (lab["time"], when),
        (lab["place"], content.place),
        (lab["chair"], content.chair),
        (lab["minute_taker"], content.minute_taker),
    ]
    if info.case_code:
        rows.insert(2, (lab["case"], info.case_code))
    return [key_value_table(rows, st, width)]


def _agenda(
    content: MinutesContent, info: DocumentInfo, st: Styles, width: float
) -> list[Flowable]:
    lab = info.labels
    rows = [
        [
            a.number,
            a.start,
            _item_title(info, a.kind, a.title, a.case_code),
            f"{a.planned_minutes} {lab['minutes_unit']}",
        ]
        for a in content.agenda
    ]
    if not rows:
        return [para(lab["none"], st.body)]
    out: list[Flowable] = [
        data_table(
            ["#", lab["time"], lab["item"], lab["planned"]],
            rows,
            [10 * mm, 18 * mm, width - 56 * mm, 28 * mm],
            st=st,
        )
    ]
    return out


def _item_title(info: DocumentInfo, kind: str, title: str, case_code: str) -> str:
    label = info.kinds.get(kind, kind)
    if case_code:
        return f"{label}: {case_code}"
    if title and title != label:
        return f"{label}: {title}" if kind not in ("general", "aob") else title
    return label


def _attendee_note(info: DocumentInfo, person: PrintedAttendee) -> str:
    lab = info.labels
    parts = []
    for bit in person.note.split(";"):
        if bit == "sent_info":
            parts.append(lab["sent_info"])
        elif bit.startswith("arrived:"):
            parts.append(lab["arrived"].format(time=bit.split(":", 1)[1]))
        elif bit.startswith("left:"):
            parts.append(lab["left"].format(time=bit.split(":", 1)[1]))
        elif bit == "undertaking":
            parts.append(lab["undertaking"])
    return "; ".join(parts)


def _people(
    title: str,
    people: Sequence[PrintedAttendee],
    info: DocumentInfo,
    st: Styles,
    width: float,
    *,
    guests: bool = False,
) -> list[Flowable]:
    lab = info.labels
    out: list[Flowable] = [para(f"{title} ({len(people)})", st.subheading)]
    if not people:
        return [*out, para(lab["none"], st.body)]
    rows = []
    for p in people:
        note = _attendee_note(info, p)
        if guests and not note:
            note = lab["undertaking_no"]
        rows.append([p.name, p.organisation, p.role if guests else _role(info, p.role), note])
    header = [lab["name"], lab["organisation"], lab["capacity"] if guests else lab["role"]]
    out.append(
        data_table(
            [*header, lab["remark"]],
            rows,
            [width * 0.25, width * 0.25, width * 0.18, width * 0.32],
            st=st,
        )
    )
    return out


def _item_block(item: PrintedItem, info: DocumentInfo, st: Styles, width: float) -> list[Flowable]:
    lab = info.labels
    head = para(
        f"{item.number}. {_item_title(info, item.kind, item.title, item.case_code)}",
        st.subheading,
    )
    if item.withheld:
        key = "withheld_off_record" if item.withheld == "off_record" else "withheld_secret"
        return [head, RtlParagraph(f"<i>{text(lab[key])}</i>", st.body)]
    out: list[Flowable] = [head]
    if item.account:
        out.append(RtlParagraph(f"<b>{text(lab['account'])}</b>", st.body))
        out.extend(para(a, st.body) for a in item.account)
    if item.decisions or item.case_decisions:
        out.append(RtlParagraph(f"<b>{text(lab['decisions'])}</b>", st.body))
        out.extend(para(f"• {d}", st.body) for d in item.decisions)
        for cd in item.case_decisions:
            what = lab["flag_change"] if cd.kind == "flag" else lab["phase_change"]
            line = f"• {cd.case_code}: {what} → {info.codes.get(cd.value, cd.value)}"
            if cd.justification:
                line += f". {cd.justification}"
            if cd.next_review:
                line += " (" + lab["next_review"].format(date=info.date(cd.next_review)) + ")"
            out.append(para(line, st.body))
    if item.actions:
        out.append(RtlParagraph(f"<b>{text(lab['actions'])}</b>", st.body))
        out.append(
            data_table(
                [lab["who"], lab["what"], lab["due"]],
                [[a.who, a.what, info.date(a.due_on)] for a in item.actions],
                [width * 0.25, width * 0.55, width * 0.2],
                st=st,
            )
        )
    if item.secret_discussed:
        out.append(RtlParagraph(f"<i>{text(lab['secret_discussed'])}</i>", st.body))
    if len(out) == 1:
        out.append(para(lab["none"], st.body))
    return out


def _closing(
    content: MinutesContent,
    info: DocumentInfo,
    st: Styles,
    width: float,
    *,
    with_next: bool = True,
) -> list[Flowable]:
    lab = info.labels
    out: list[Flowable] = []
    if with_next:
        out.append(para(lab["next_meeting"], st.heading))
        if content.next_meeting:
            bits = [
                info.date(content.next_meeting),
                content.next_meeting_time,
                content.next_meeting_place,
            ]
            out.append(para(", ".join(b for b in bits if b), st.body))
        else:
            out.append(para(lab["no_next_meeting"], st.body))
    if info.addenda:
        out.append(para(lab["addenda"], st.heading))
        for add in info.addenda:
            out.append(
                para(
                    lab["addendum"].format(number=add.number, date=info.date(add.created_at[:10])),
                    st.subheading,
                )
            )
            out.append(para(redact(add.text, list(info.identity_terms)), st.body))
    status_rows: list[tuple[str, str]] = []
    if info.finalised_on:
        status_rows.append((lab["finalised_on"], info.date(info.finalised_on)))
    if info.content_hash:
        status_rows.append((lab["content_hash"], info.content_hash))
    if info.approved_on:
        status_rows.append((lab["approved"], info.date(info.approved_on)))
        if info.approval_remarks:
            remarks = redact(info.approval_remarks, list(info.identity_terms))
            status_rows.append((lab["approval_remarks"], remarks))
    if status_rows:
        out.append(Spacer(1, 4 * mm))
        out.append(key_value_table(status_rows, st, width))
    out.append(Spacer(1, 4 * mm))
    out.append(para(lab["confidentiality"], st.small))
    return out


def minutes_pdf(content: MinutesContent, info: DocumentInfo, *, invariant: bool = False) -> bytes:
    """The minutes (or, with `info.case_code`, a case-team extract) as PDF bytes."""
    lab = info.labels
    title = lab["extract_title"] if info.case_code else lab["minutes_title"]
    frame = _frame(info, content, title)
    width = usable_width(frame)

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [
            para(title, st.title),
            para(
                f"{info.tables.get(content.table_kind, content.table_kind)} · "
                f"{info.date(content.on_date)}",
                st.subtitle,
            ),
        ]
        if info.case_code:
            out.append(para(lab["extract_note"], st.body))
        out += _header_block(content, info, st, width)
        out.append(para(lab["agenda_as_sent"], st.heading))
        out += _agenda(content, info, st, width)
        out.append(para(lab["attendance"], st.heading))
        out += _people(lab["present"], content.present, info, st, width)
        out += _people(lab["excused"], content.excused, info, st, width)
        out += _people(lab["absent"], content.absent, info, st, width)
        out += _people(lab["guests"], content.guests, info, st, width, guests=True)
        out.append(para(lab["items"], st.heading))
        for item in content.items:
            out += _item_block(item, info, st, width)
        out.append(para(lab["all_actions"], st.heading))
        actions = content.actions()
        if actions:
            out.append(
                data_table(
                    [lab["item"], lab["who"], lab["what"], lab["due"]],
                    [[a.item_number, a.who, a.what, info.date(a.due_on)] for a in actions],
                    [width * 0.08, width * 0.24, width * 0.5, width * 0.18],
                    st=st,
                )
            )
        else:
            out.append(para(lab["none"], st.body))
        out += _closing(content, info, st, width, with_next=not info.case_code)
        return out

    return build_pdf(frame, story, invariant=invariant)


def invitation_pdf(
    content: MinutesContent,
    invitees: Sequence[PrintedAttendee],
    info: DocumentInfo,
    *,
    invariant: bool = False,
) -> bytes:
    lab = info.labels
    frame = _frame(info, content, lab["invitation_title"])
    width = usable_width(frame)
    durations = [a.planned_minutes for a in content.agenda]

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [
            para(lab["invitation_title"], st.title),
            para(info.tables.get(content.table_kind, content.table_kind), st.subtitle),
            para(lab["invitation_text"], st.body),
            *_header_block(content, info, st, width),
            para(lab["agenda"], st.heading),
            *_agenda(content, info, st, width),
        ]
        end = expected_end(content.start_time, durations)
        if end:
            out.append(Spacer(1, 2 * mm))
            out.append(para(f"{lab['expected_end']}: {end}", st.body))
        out.append(para(lab["invitees"], st.heading))
        out.append(
            data_table(
                [lab["name"], lab["organisation"], lab["role"]],
                [[p.name, p.organisation, _role(info, p.role)] for p in invitees],
                [width * 0.35, width * 0.4, width * 0.25],
                st=st,
            )
            if invitees
            else para(lab["none"], st.body)
        )
        out.append(Spacer(1, 4 * mm))
        out.append(para(lab["confidentiality"], st.small))
        return out

    return build_pdf(frame, story, invariant=invariant)


def attendance_sheet_pdf(
    content: MinutesContent,
    invitees: Sequence[PrintedAttendee],
    info: DocumentInfo,
    *,
    blank_rows: int = 6,
    invariant: bool = False,
) -> bytes:
    """A sheet to sign at the door: invitees plus empty rows for ad hoc guests. The empty
    rows fill the invitees' last page; they start a page of their own only when fewer
    than two would fit there (never one lonely row on a page)."""
    lab = info.labels
    frame = _frame(info, content, lab["attendance_sheet_title"], landscape=True)
    width = usable_width(frame)

    def build(blank: int) -> bytes:
        def story(st: Styles) -> list[Flowable]:
            rows: list[list[object]] = [
                [p.name, p.organisation, _role(info, p.role), ""] for p in invitees
            ]
            rows += [["\u00a0", "", "", ""] for _ in range(blank)]
            table = data_table(
                [lab["name"], lab["organisation"], lab["role"], lab["signature"]],
                rows,
                [width * 0.28, width * 0.27, width * 0.2, width * 0.25],
                st=st,
            )
            table.setStyle(
                TableStyle(
                    [
                        ("TOPPADDING", (0, 1), (-1, -1), 9),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ]
                )
            )
            return [
                para(lab["attendance_sheet_title"], st.title),
                *_header_block(content, info, st, width),
                Spacer(1, 4 * mm),
                table,
                Spacer(1, 3 * mm),
                para(lab["confidentiality"], st.small),
            ]

        return build_pdf(frame, story, invariant=invariant)

    full = build(blank_rows)
    if blank_rows <= 0:
        return full
    pages = page_count(build(0))
    if page_count(full) == pages:
        return full
    # Fewer empty rows, as many as still fit on the invitees' last page.
    for blank in range(blank_rows - 1, 1, -1):
        data = build(blank)
        if page_count(data) == pages:
            return data
    return full


def feedback_pdf(
    content: MinutesContent,
    feedback: FeedbackText,
    participants: Sequence[PrintedAttendee],
    info: DocumentInfo,
    *,
    invariant: bool = False,
) -> bytes:
    """Feedback sheet to the police about one case (art. 458ter, Constitutional Court
    52/2021): the case code, the date, the conclusion the members agreed to share, the
    follow-up type and the police contact, with the participants whose consent was
    recorded. Nothing of the account of the discussion or of other items: `content` only
    frames the page (cell, table, date, place)."""
    lab = info.labels
    frame = _frame(info, content, lab["feedback_title"])
    width = usable_width(frame)
    follow_up = lab.get(f"follow_up_{feedback.follow_up}", "") if feedback.follow_up else ""

    def story(st: Styles) -> list[Flowable]:
        rows = [
            (lab["cell"], ", ".join(content.municipalities)),
            (lab["table"], info.tables.get(content.table_kind, content.table_kind)),
            (lab["case"], feedback.case_code),
            (lab["date"], info.date(feedback.on_date)),
            (lab["follow_up"], follow_up),
            (lab["police_contact"], feedback.police_contact),
        ]
        return [
            para(lab["feedback_title"], st.title),
            para(lab["feedback_text"], st.body),
            key_value_table(rows, st, width),
            para(lab["conclusion"], st.heading),
            para(feedback.conclusion, st.body),
            para(lab["feedback_consensus"], st.heading),
            data_table(
                [lab["name"], lab["organisation"]],
                [[p.name, p.organisation] for p in participants],
                [width * 0.5, width * 0.5],
                st=st,
            ),
            Spacer(1, 4 * mm),
            para(lab["confidentiality"], st.small),
        ]

    return build_pdf(frame, story, invariant=invariant)
