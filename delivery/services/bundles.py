"""Bundles: every approved, not yet bundled message of a case, built exactly once into a ZIP."""

from __future__ import annotations

import enum
import logging
import secrets
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from delivery.models import Bundle, BundleItem, BundleStatus
from delivery.render import BundleInfo, BundleMessage, write_bundle_zip
from delivery.services.delivered import notify_delivered_writers
from moderation.models import Message, MessageStatus
from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Case
from petitions.queue import commit_and_dispatch, record_job

log = logging.getLogger(__name__)
PAPERS = ("A4", "Letter")
# How many times a build re-selects its messages when another build or a
# withdrawal changed them while it was rendering.
BUILD_ATTEMPTS = 3


class RequestResult(enum.Enum):
    QUEUED = "queued"
    NOTHING_NEW = "nothing_new"


class BundleConflict(Exception):
    """The messages changed while the bundle was rendering; select again."""


class BundleTakenOver(Exception):
    """Another build took the bundle over (this one was silent for longer than the lease)
    and made it ready: this one's work is dropped."""


def bundle_dir() -> Path:
    """Where bundle ZIPs are kept (``BUNDLE_DIR``, relative paths under ``instance/``)."""
    folder = Path(current_app.instance_path, current_app.config["BUNDLE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def bundle_path(bundle: Bundle) -> Path:
    return bundle_dir() / (bundle.file_name or f"bundle-{bundle.id}.zip")


def waiting_messages(case_id: int, language: str | None) -> sa.Select:
    """Approved messages of a case (optionally one language) that no bundle holds yet."""
    in_a_bundle = sa.select(BundleItem.message_id).where(BundleItem.message_id == Message.id)
    query = sa.select(Message).where(
        Message.case_id == case_id,
        Message.status == MessageStatus.APPROVED,
        ~in_a_bundle.exists(),
    )
    if language:
        query = query.where(Message.language == language)
    return query.order_by(Message.id)


def request_bundle(
    case_id: int,
    language: str | None = None,
    paper: str = "A4",
    requested_by: int | None = None,
    queue_job: bool = True,
) -> tuple[RequestResult, Bundle | None]:
    """Queue a bundle build, unless nothing new waits (then no empty bundle is made).

    With ``queue_job=False`` the caller runs ``build`` itself (the CLI does).
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    first = db.session.scalars(waiting_messages(case_id, language).limit(1)).first()
    if first is None:
        return RequestResult.NOTHING_NEW, None
    bundle = Bundle(
        case_id=case_id, language=language or None, paper=paper, requested_by=requested_by
    )
    db.session.add(bundle)
    db.session.flush()
    from delivery.jobs import build_bundle

    if queue_job:
        record_job(build_bundle, bundle.id)
    commit_and_dispatch()
    return RequestResult.QUEUED, bundle


def lease() -> timedelta:
    """How long a build may go without a sign of life before another may take over."""
    return timedelta(seconds=current_app.config["BUNDLE_LEASE_SECONDS"])


def _claimable(now: datetime) -> sa.ColumnElement[bool]:
    """A bundle a build may claim: queued, failed, or building with a dead build."""
    last_sign = sa.func.coalesce(Bundle.heartbeat_at, Bundle.started_at)
    return sa.or_(
        Bundle.status.in_([BundleStatus.QUEUED, BundleStatus.FAILED]),
        sa.and_(Bundle.status == BundleStatus.BUILDING, last_sign < now - lease()),
    )


def retry_bundle(bundle_id: int) -> bool:
    """Queue a failed build again, or a stuck one (no sign of life for a lease); a build
    still alive is left alone (a second would build the bundle twice)."""
    bundle = db.session.scalars(
        sa.select(Bundle).where(Bundle.id == bundle_id, _claimable(utcnow()))
    ).first()
    if bundle is None or bundle.status is BundleStatus.QUEUED:
        return False
    from delivery.jobs import build_bundle

    bundle.status = BundleStatus.QUEUED
    record_job(build_bundle, bundle.id)
    commit_and_dispatch()
    return True


def build(bundle_id: int) -> BundleStatus | None:
    """Build a bundle: render the ZIP, then mark its messages bundled, all or nothing.

    The ZIP is written atomically first; only then, in one transaction, are the
    bundle's items inserted (a message is in at most one bundle: the database's
    unique constraint decides any race) and the messages moved to ``bundled``.
    A build killed midway leaves no items and no marked message, and running it
    again completes it. A bundle already ready is left alone.
    """
    now = utcnow()
    started = db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle_id, _claimable(now))
        .values(status=BundleStatus.BUILDING, started_at=now, heartbeat_at=now, error=None, done=0)
    )
    db.session.commit()
    if started.rowcount != 1:
        return None  # ready, delivered, or another build is alive and holds it
    _clear_leftovers(bundle_id)
    bundle = db.session.get(Bundle, bundle_id)
    try:
        for _ in range(BUILD_ATTEMPTS):
            if db.session.scalar(sa.select(Bundle.status).where(Bundle.id == bundle_id)) is not (
                BundleStatus.BUILDING
            ):
                raise BundleTakenOver  # another build finished it while this one rendered
            messages = list(db.session.scalars(waiting_messages(bundle.case_id, bundle.language)))
            if not messages:
                return _fail(
                    bundle, "Nothing new to bundle: every approved message is in a bundle."
                )
            try:
                _render_and_commit(bundle, messages)
            except BundleConflict:
                db.session.rollback()
                log.info("bundle %s: messages changed while rendering, selecting again", bundle.id)
                continue
            return BundleStatus.READY
        return _fail(bundle, "The messages kept changing while the bundle was built; try again.")
    except BundleTakenOver:
        log.warning("bundle %s was taken over by another build; this one's file is gone", bundle_id)
        return None
    except Exception as error:
        db.session.rollback()
        _fail(bundle, f"The build failed: {error}")
        raise


def _render_and_commit(bundle: Bundle, messages: list[Message]) -> None:
    ids = [m.id for m in messages]
    case: Case = bundle.case
    info = BundleInfo(
        bundle_id=bundle.id,
        case_name=case.rights_holder,
        case_slug=case.slug,
        country=case.country,
        paper=bundle.paper,
        created=utcnow(),
    )
    items = [
        BundleMessage(
            id=m.id,
            language=m.language,
            first_name=m.first_name,
            place=m.place,
            country=m.country,
            date=(m.confirmed_at or m.created_at).date(),
            text=m.text,
        )
        for m in messages
    ]
    db.session.commit()  # end the read transaction before the long render
    # Each attempt writes a file of its own, named in the transaction that makes the bundle
    # ready: a build that loses (another took over) deletes its file and leaves the winner's.
    name = f"bundle-{bundle.id}-{secrets.token_hex(4)}.zip"
    path = bundle_dir() / name
    digest = write_bundle_zip(path, info, items, progress=_progress_writer(bundle.id))
    try:
        _publish(bundle, ids, name, digest)
    except BaseException:
        db.session.rollback()
        path.unlink(missing_ok=True)
        raise
    log.info("bundle %s ready: %s messages", bundle.id, len(ids))


def _publish(bundle: Bundle, ids: list[int], name: str, digest: str) -> None:
    """In one transaction: the items, the messages bundled, the bundle ready with its file."""
    try:
        db.session.execute(
            sa.insert(BundleItem), [{"bundle_id": bundle.id, "message_id": i} for i in ids]
        )
    except IntegrityError as error:
        raise BundleConflict from error
    moved = db.session.execute(
        sa.update(Message)
        .where(Message.id.in_(ids), Message.status == MessageStatus.APPROVED)
        .values(status=MessageStatus.BUNDLED)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != len(ids):
        raise BundleConflict
    published = db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle.id, Bundle.status == BundleStatus.BUILDING)
        .values(
            status=BundleStatus.READY,
            file_name=name,
            sha256=digest,
            message_count=len(ids),
            done=len(ids),
            total=len(ids),
            ready_at=utcnow(),
        )
    )
    if published.rowcount != 1:
        raise BundleTakenOver
    db.session.commit()


def _clear_leftovers(bundle_id: int) -> None:
    """Delete what dead builds of this bundle left (their ZIPs and half-written ``.part``
    files): a build alive would have kept the lease, so nothing in use is touched."""
    folder = bundle_dir()
    keep = db.session.scalar(sa.select(Bundle.file_name).where(Bundle.id == bundle_id))
    for path in [
        *folder.glob(f"bundle-{bundle_id}-*.zip"),
        *folder.glob(f".bundle-{bundle_id}-*.part"),
    ]:
        if path.name != keep:
            path.unlink(missing_ok=True)


def _progress_writer(bundle_id: int) -> Callable[[int, int], None]:
    """Record build progress in its own short transactions, for the staff page."""

    def progress(done: int, total: int) -> None:
        with db.engine.begin() as conn:
            conn.execute(
                sa.update(Bundle)
                .where(Bundle.id == bundle_id)
                .values(done=done, total=total, heartbeat_at=utcnow())
            )

    return progress


def _fail(bundle: Bundle, error: str) -> BundleStatus:
    db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle.id, Bundle.status == BundleStatus.BUILDING)
        .values(status=BundleStatus.FAILED, error=error[:2000])
    )
    db.session.commit()
    log.warning("bundle %s failed: %s", bundle.id, error)
    return BundleStatus.FAILED


def mark_delivered(bundle_id: int, on: date, note: str = "") -> bool:
    """Staff record that a ready bundle was delivered; its messages become ``delivered``.

    Their writers are then e-mailed, one job for the bundle (``notify_delivered_writers``).
    """
    moved = db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle_id, Bundle.status == BundleStatus.READY)
        .values(status=BundleStatus.DELIVERED, delivered_on=on, delivery_note=note.strip()[:2000])
    )
    if moved.rowcount != 1:
        db.session.rollback()
        return False
    in_bundle = sa.select(BundleItem.message_id).where(BundleItem.bundle_id == bundle_id)
    db.session.execute(
        sa.update(Message)
        .where(Message.id.in_(in_bundle), Message.status == MessageStatus.BUNDLED)
        .values(status=MessageStatus.DELIVERED)
        .execution_options(synchronize_session=False)
    )
    # One job for the whole bundle, in the same transaction: its writers are told.
    record_job(notify_delivered_writers, bundle_id)
    commit_and_dispatch()
    return True
