"""Writing a message of support: screened at once, stored, confirmed, screened again."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from moderation import rules
from moderation.models import Ban, Message, MessageShingle, MessageStatus, Verdict
from moderation.rulebook import writer_can_fix
from moderation.rules import Finding, Screening, Submission
from moderation.services.context import campaign_rules, case_rules
from moderation.services.decisions import record_decision
from moderation.services.history import DatabaseHistory, index_message
from petitions.database import utcnow
from petitions.emails import canonical_email
from petitions.extensions import db
from petitions.models import Case
from petitions.queue import commit_and_dispatch, record_job
from petitions.services.confirmation import (
    Person,
    request_confirmation,
    supporter_for,
)


class WriteResult(enum.Enum):
    PENDING = "pending"  # stored; the confirmation e-mail is on its way
    REJECTED = "rejected"  # nothing stored; the form comes back with the findings
    CLOSED = "closed"


@dataclass(frozen=True)
class WriteOutcome:
    result: WriteResult
    findings: list[Finding] = field(default_factory=list)
    message_id: int | None = None


def screen_text(
    case: Case, name: str, email: str, place: str, text: str, history: rules.History | None
) -> Screening:
    """Run the engine on one message to a case, with the campaign's current lists."""
    submission = Submission(
        author_name=name,
        author_email=canonical_email(email) if email else "",
        place=place,
        text=text,
    )
    return rules.screen(
        submission,
        case=case_rules(case),
        campaign=campaign_rules(case.campaign_id),
        history=history,
    )


# Hold rules the writer hears of while typing, as a hint: the message is not refused for
# them (a moderator decides), but the writer may want to change it. N09 fires only once a
# text is long enough to tell its language.
HINT_CODES = ("N09",)


@dataclass(frozen=True)
class DraftCheck:
    """What the live check tells a writer: findings to fix, and hints (rule codes)."""

    findings: list[Finding] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)


def check_draft(case_id: int, text: str, name: str = "", place: str = "") -> DraftCheck:
    """Findings a writer can fix while typing (the reject rules), and hints: nothing is stored."""
    case = db.session.get(Case, case_id)
    if case is None or not text.strip():
        return DraftCheck()
    screening = screen_text(case, name or "-", "", place or "-", text, history=None)
    findings = [
        f
        for f in screening.findings
        if writer_can_fix(f.code)
        and (f.field == "text" or (name and f.field == "name") or (place and f.field == "place"))
    ]
    hints = sorted({f.code for f in screening.findings if f.code in HINT_CODES})
    return DraftCheck(findings, hints)


def submit_message(case_id: int, writer: Person, text: str) -> WriteOutcome:
    """Screen a message; unless rejected, store it unconfirmed and e-mail a confirmation link.

    A rejected message stores nothing: the writer gets the findings to fix.
    """
    case = db.session.get(Case, case_id)
    if case is None or not case.is_open:
        return WriteOutcome(WriteResult.CLOSED)
    screening = screen_text(
        case, writer.name, writer.email, writer.place, text, history=DatabaseHistory()
    )
    if screening.decision is rules.Decision.REJECT:
        return WriteOutcome(WriteResult.REJECTED, findings=screening.findings)
    supporter_id, new_supporter = supporter_for(writer.email)
    message = add_screened_message(case, writer, text, screening, supporter_id)
    message.confirmation_id = request_confirmation(
        supporter_id, writer.email, writer.locale, new_supporter
    )
    commit_and_dispatch()
    return WriteOutcome(WriteResult.PENDING, message_id=message.id)


def add_screened_message(
    case: Case, writer: Person, text: str, screening: Screening, supporter_id: int
) -> Message:
    """Add a message the screening did not reject to the session, unconfirmed, with its
    findings, indexed for the repeat and copy rules (the caller commits)."""
    message = Message(
        case_id=case.id,
        supporter_id=supporter_id,
        writer_key=canonical_email(writer.email),
        name=writer.name,
        email=writer.email,
        place=writer.place,
        country=writer.country,
        text=text,
        locale=writer.locale,
        consented_at=utcnow(),
    )
    store_screening(message, screening)
    db.session.add(message)
    index_message(message)
    return message


def store_screening(message: Message, screening: Screening) -> None:
    """Keep a screening's findings on the message, for the writer and the moderators."""
    message.findings = [f.to_json() for f in screening.findings]
    message.rules = screening.rules
    message.rulebook_version = screening.rulebook_version
    message.language = screening.language


def confirm_pending_messages(confirmation_id: int, now: datetime) -> int:
    """Confirmation hook: the unconfirmed messages this confirmation's e-mail listed go to
    screening again.

    Runs inside the confirming transaction; each message gets a screening job
    in the same outbox, so none is lost between the click and the worker.
    """
    ids = db.session.scalars(
        sa.update(Message)
        .where(
            Message.confirmation_id == confirmation_id,
            Message.status == MessageStatus.UNCONFIRMED,
        )
        .values(status=MessageStatus.CONFIRMED, confirmed_at=now)
        .returning(Message.id)
    ).all()
    from moderation.jobs import screen_message

    for message_id in sorted(ids):
        record_job(screen_message, message_id)
    return len(ids)


def expire_unconfirmed_messages(cutoff: datetime) -> int:
    """Expirer: delete messages still unconfirmed at ``cutoff`` (their shingles go with
    them, by the foreign key's cascade)."""
    ids = list(
        db.session.scalars(
            sa.select(Message.id).where(
                Message.status == MessageStatus.UNCONFIRMED, Message.created_at < cutoff
            )
        )
    )
    if not ids:
        return 0
    db.session.execute(sa.delete(MessageShingle).where(MessageShingle.message_id.in_(ids)))
    db.session.execute(sa.delete(Message).where(Message.id.in_(ids)))
    return len(ids)


# How much of a message its confirmation e-mail quotes, so the writer knows which it is.
QUOTED_WORDS = 12


def list_pending_messages(confirmation_id: int) -> list[str]:
    """Confirmation lister: a line per unconfirmed message a confirmation would confirm,
    with its case and first words."""
    rows = db.session.execute(
        sa.select(Case.rights_holder, Message.text)
        .join(Case, Case.id == Message.case_id)
        .where(
            Message.confirmation_id == confirmation_id,
            Message.status == MessageStatus.UNCONFIRMED,
        )
        .order_by(Message.id)
    ).all()
    lines = []
    for holder, text in rows:
        words = text.split()
        quote = " ".join(words[:QUOTED_WORDS]) + (" …" if len(words) > QUOTED_WORDS else "")
        lines.append(_("Message to %(name)s: “%(quote)s”", name=holder, quote=quote))
    return lines


# Recorded with a banned writer's messages, which are always held.
BAN_CODE = "BAN"


def is_banned(writer_key: str) -> bool:
    """Whether moderators banned this writer (canonical e-mail)."""
    return db.session.scalar(sa.select(Ban.id).where(Ban.writer_key == writer_key)) is not None


# What a screening's decision makes of a confirmed message.
AFTER_SCREENING = {
    rules.Decision.REJECT: MessageStatus.REJECTED,
    rules.Decision.HOLD: MessageStatus.HELD,
}


def rescreen_confirmed(message_id: int) -> MessageStatus | None:
    """Screen a confirmed message again (rules or lists may have changed) and decide it.

    Safe to run twice: only a message still waiting in ``confirmed`` is screened.
    """
    message = db.session.scalars(
        sa.select(Message).where(Message.id == message_id).with_for_update(of=Message)
    ).first()
    if message is None or message.status is not MessageStatus.CONFIRMED:
        db.session.rollback()
        return None
    case = message.case
    screening = screen_text(
        case,
        message.name,
        message.email,
        message.place,
        message.text,
        history=DatabaseHistory(before_id=message.id),
    )
    store_screening(message, screening)
    status = AFTER_SCREENING.get(screening.decision)
    if status is None:
        review = case.campaign.review_clean_messages
        status = MessageStatus.CLEAN if review else MessageStatus.APPROVED
    codes = screening.rules
    if is_banned(message.writer_key) and status is not MessageStatus.REJECTED:
        status, codes = MessageStatus.HELD, [*codes, BAN_CODE]
        message.rules = sorted(set(codes))
    record_decision(
        message,
        Verdict(screening.decision.value),
        status,
        codes,
        screening.rulebook_version,
        expected=(MessageStatus.CONFIRMED,),
    )
    # A rejection's e-mail to the writer is recorded with the decision (record_decision).
    commit_and_dispatch()
    return status


# A writer may withdraw a message until it is bundled for delivery.
WITHDRAWABLE = (
    MessageStatus.UNCONFIRMED,
    MessageStatus.CONFIRMED,
    MessageStatus.HELD,
    MessageStatus.CLEAN,
    MessageStatus.APPROVED,
    MessageStatus.REJECTED,
)


def withdraw_message(message_id: int, note: str = "erasure request") -> bool:
    """Withdraw a message at its writer's request; it will never be bundled.

    Refused (False) once the message is in a bundle: delivery staff must pull it
    from the printed cards by hand then.
    """
    message = db.session.get(Message, message_id)
    if message is None:
        return False
    done = record_decision(
        message,
        Verdict.REJECT,
        MessageStatus.WITHDRAWN,
        message.rules,
        message.rulebook_version or rules.RULEBOOK_VERSION,
        expected=WITHDRAWABLE,
        note=note,
    )
    if done is None:
        db.session.rollback()
        return False
    db.session.commit()
    return True
