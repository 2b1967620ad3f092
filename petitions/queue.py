"""Jobs plumbing: the registry of job functions, the outbox, and dispatch.

Work that must happen after a commit is recorded as an ``OutboxJob`` row in
the same transaction (``record_job``). After the commit, ``commit_and_dispatch``
hands it to rq, or, in the embedded default without ``REDIS_URL``, runs it
in-process once the response has gone out. Either way the job runs through
``run_outbox_job``, which marks the row done only when the job has finished; a
failure hands the row back with a later due time (capped backoff, for hours).
The sweeper (``sweep_outbox``, in every worker) hands over rows that are due,
and takes back rows whose run was lost: Redis down or emptied, a worker killed.
An outage delays work, never loses it. Jobs take ids and are safe to run twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from flask import Flask, Response, after_this_request, current_app, has_request_context
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer

from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import OutboxJob

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

# Every function that may run as a job, by dotted path: nothing else is ever run.
JOBS: dict[str, Callable[..., Any]] = {}
_PENDING = "outbox_pending"
# The sweeper leaves younger rows to the request that wrote them.
SWEEP_MIN_AGE = timedelta(seconds=5)
# A failed run is tried again after 10 s, 20 s, 40 s ... then every 30 minutes: with 24
# tries, a job outlives an SMTP outage of about nine hours.
RETRY_FIRST_SECONDS = 10
RETRY_MAX_SECONDS = 1800
MAX_ATTEMPTS = 24
# rq's default job timeout: a run started longer ago than this (and a margin) has died with
# its worker, and is taken back (a worker that does not say it is alive: see alive_key).
RUN_TIMEOUT = timedelta(seconds=180)


def alive_key(worker_name: str) -> str:
    """The Redis key a worker keeps while it is alive (see ``petitions.worker``)."""
    return f"w4r:alive:{worker_name}"


def alive_for() -> timedelta:
    """How long a worker's sign of life lasts: a run whose worker gave none for this long is
    taken back, so a killed worker's job runs again within about this time."""
    return timedelta(seconds=current_app.config["WORKER_ALIVE_SECONDS"])


def job(func: Callable[P, R]) -> Callable[P, R]:
    """Register a job function; its arguments must be JSON values (ids, not objects)."""
    JOBS[f"{func.__module__}.{func.__qualname__}"] = func
    return func


def job_path(func: Callable[..., Any]) -> str:
    path = f"{func.__module__}.{func.__qualname__}"
    if JOBS.get(path) is not func:
        raise ValueError(f"{path} is not a registered job")
    return path


def record_job(
    func: Callable[..., Any], *args: Any, not_before: datetime | None = None
) -> OutboxJob:
    """Add a job to the current transaction's outbox; it runs only if the transaction commits.

    With ``not_before`` the job is not handed over after the commit: the row's
    ``due_at`` is set to that time, and the sweeper hands it over when it is due. The row is in
    the database from the commit on, so a delayed job survives restarts like
    any other. In the embedded default there is no sweeper: a timer in this
    process wakes up once the job is due (``flask --app wsgi outbox dispatch``
    runs it too, if the process ended first).
    """
    row = OutboxJob(func=job_path(func), args=list(args))
    if not_before is not None:
        row.due_at = not_before
        _wake_when_due(not_before)
    else:
        db.session.info.setdefault(_PENDING, []).append(row)
    db.session.add(row)
    return row


def _wake_when_due(due: datetime) -> None:
    """Embedded default only: sweep the outbox in this process once ``due`` has passed.

    Harmless if the transaction rolls back (the sweep finds nothing). Not in tests,
    where a timer would fire into another test's database: they sweep by hand.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.testing or app.config.get("REDIS_URL"):
        return
    delay = (due - utcnow()).total_seconds() + SWEEP_MIN_AGE.total_seconds() + 0.5

    def wake() -> None:
        with app.app_context():
            try:
                sweep_outbox()
            except Exception:
                db.session.rollback()
                log.exception("in-process sweep of delayed jobs failed")
            finally:
                db.session.remove()

    timer = threading.Timer(max(delay, 0.0), wake)
    timer.daemon = True
    timer.start()


def commit_and_dispatch() -> None:
    """Commit the session, then hand the jobs it recorded to the queue; without Redis, run
    them here, after the response has gone out when there is one (a hung mail server must
    not hold the writer's page)."""
    rows: list[OutboxJob] = db.session.info.get(_PENDING, [])
    if rows:
        db.session.flush()
    pending = [row.id for row in rows]
    db.session.commit()
    db.session.info.pop(_PENDING, None)
    if (
        pending
        and has_request_context()
        and current_app.config["JOBS_AFTER_RESPONSE"]
        and get_queue() is None
    ):
        app = current_app._get_current_object()  # type: ignore[attr-defined]

        @after_this_request
        def run_after_response(response: Response) -> Response:
            response.call_on_close(lambda: _dispatch_in(app, pending))
            return response

        return
    dispatch(pending)


def _dispatch_in(app: Flask, pending: list[int]) -> None:
    with app.app_context():
        try:
            dispatch(pending)
        except Exception:
            db.session.rollback()
            log.exception("in-process jobs %s failed to start; the outbox keeps them", pending)
        finally:
            db.session.remove()


def forget_pending() -> None:
    """Drop recorded jobs of a transaction that was rolled back."""
    db.session.info.pop(_PENDING, None)


def redis_connection() -> Redis | None:
    """The app's Redis connection, or None in the embedded default."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return None
    ext = current_app.extensions
    if "redis" not in ext:
        ext["redis"] = Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)
    return ext["redis"]


def get_queue() -> Queue | None:
    """The rq queue jobs go to, or None when jobs run in-process."""
    connection = redis_connection()
    if connection is None:
        return None
    return Queue(current_app.config["RQ_QUEUE"], connection=connection, serializer=JSONSerializer)


def dispatch(pending: list[int]) -> None:
    """Hand committed outbox rows to rq; without Redis, run them in-process."""
    if not pending:
        return
    queue = get_queue()
    if queue is None:
        _mark_dispatched(pending)
        for outbox_id in pending:
            run_outbox_job(outbox_id)
        return
    _mark_dispatched([i for i in pending if enqueue_outbox_job(queue, i)])


def enqueue_outbox_job(queue: Queue, outbox_id: int) -> bool:
    """Enqueue one outbox row; False (and the row stays for the sweeper) when Redis fails."""
    try:
        queue.enqueue(job_path(run_outbox_job), outbox_id, job_id=_rq_id(outbox_id))
    except RedisError as error:
        log.warning("outbox job %s not dispatched, Redis unavailable: %s", outbox_id, error)
        return False
    return True


def _rq_id(outbox_id: int) -> str:
    return f"outbox-{outbox_id}"


@job
def run_outbox_job(outbox_id: int) -> None:
    """Run one outbox row's job, then mark the row done. A failure hands the row back, due
    again after a capped backoff, and is logged with the row (staff see it). Safe to run
    twice: a row already done is skipped, and jobs are idempotent."""
    row = db.session.get(OutboxJob, outbox_id)
    if row is None or row.done_at is not None:
        return
    func, args = row.func, list(row.args)
    db.session.commit()  # end the read: the job uses the session as it likes
    try:
        if func not in JOBS:
            raise LookupError(f"{func} is not a registered job")
        JOBS[func](*args)
    except Exception as error:
        db.session.rollback()
        log.exception("outbox job %s (%s) failed", outbox_id, func)
        _hand_back(outbox_id, error)
        return
    db.session.execute(
        sa.update(OutboxJob).where(OutboxJob.id == outbox_id).values(done_at=utcnow())
    )
    db.session.commit()


def retry_delay(attempts: int) -> timedelta:
    """How long a row waits after its ``attempts``-th failed run."""
    seconds = RETRY_FIRST_SECONDS * 2 ** min(attempts - 1, 20)
    return timedelta(seconds=min(seconds, RETRY_MAX_SECONDS))


def _hand_back(outbox_id: int, error: Exception) -> None:
    attempts = (
        db.session.scalar(sa.select(OutboxJob.attempts).where(OutboxJob.id == outbox_id)) or 0
    ) + 1
    due = utcnow() + retry_delay(attempts)
    db.session.execute(
        sa.update(OutboxJob)
        .where(OutboxJob.id == outbox_id)
        .values(attempts=attempts, last_error=repr(error)[:2000], dispatched_at=None, due_at=due)
    )
    db.session.commit()
    if attempts < MAX_ATTEMPTS:
        _wake_when_due(due)
    else:
        log.error("outbox job %s gave up after %s attempts", outbox_id, attempts)


def _mark_dispatched(ids: list[int]) -> None:
    if not ids:
        return
    db.session.execute(
        sa.update(OutboxJob)
        .where(OutboxJob.id.in_(ids), OutboxJob.done_at.is_(None))
        .values(dispatched_at=utcnow())
    )
    db.session.commit()


def sweep_outbox(
    limit: int = 200, min_age: timedelta = SWEEP_MIN_AGE, now: datetime | None = None
) -> int:
    """Dispatch outbox rows that are due (Redis was down, a process died, a run failed and
    its wait is over) and take back runs that were lost; returns how many were handed over.

    Rows younger than ``min_age`` are left to the request that wrote them; a row that gave
    up after ``MAX_ATTEMPTS`` waits for staff. Several sweepers may run at once: on
    PostgreSQL each takes rows with ``SKIP LOCKED``, and a row handed over twice only runs
    an idempotent job twice. ``now`` may be set later than the clock, to hand over rows
    waiting for a retry at once (``flask outbox dispatch``).
    """
    now = now or utcnow()
    due = sa.func.coalesce(OutboxJob.due_at, OutboxJob.created_at)
    rows = db.session.execute(
        sa.select(OutboxJob.id, OutboxJob.dispatched_at)
        .where(
            OutboxJob.done_at.is_(None),
            OutboxJob.attempts < MAX_ATTEMPTS,
            sa.or_(
                sa.and_(OutboxJob.dispatched_at.is_(None), due <= now - min_age),
                OutboxJob.dispatched_at <= now - alive_for(),
            ),
        )
        .order_by(OutboxJob.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    queue = get_queue()
    pending = [
        row.id
        for row in rows
        if row.dispatched_at is None or queue is None or _run_lost(queue, row.id, now)
    ]
    db.session.rollback()
    if not pending:
        return 0
    if queue is None:
        dispatch(pending)
        return len(pending)
    done = [i for i in pending if enqueue_outbox_job(queue, i)]
    _mark_dispatched(done)
    return len(done)


def _run_lost(queue: Queue, outbox_id: int, now: datetime) -> bool:
    """True if rq no longer holds a run of this row that may still finish: Redis lost the
    job, or it failed or stopped, or it started longer ago than any run may take (its
    worker died)."""
    try:
        rq_job = Job.fetch(
            _rq_id(outbox_id), connection=queue.connection, serializer=JSONSerializer
        )
        status = rq_job.get_status()
    except NoSuchJobError:
        return True
    except RedisError:
        return False  # Redis is down: nothing can be handed over anyway
    if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
        return False
    if status == JobStatus.STARTED:
        if rq_job.worker_name and queue.connection.exists(alive_key(rq_job.worker_name)):
            return False  # its worker is alive: the run goes on
        started = rq_job.started_at
        if started is None:
            return True
        if started.tzinfo is None:
            started = started.replace(tzinfo=now.tzinfo)
        if rq_job.worker_name:
            return now - started > alive_for()  # its worker stopped saying it is alive
        timeout = timedelta(seconds=rq_job.timeout or RUN_TIMEOUT.total_seconds())
        return now - started > timeout + timedelta(seconds=30)
    return True


def troubled_jobs(limit: int = 200) -> list[OutboxJob]:
    """Jobs that failed at least once and have not run since (waiting to be tried again, or
    given up after ``MAX_ATTEMPTS``), oldest first: what staff must see."""
    return list(
        db.session.scalars(
            sa.select(OutboxJob)
            .where(OutboxJob.done_at.is_(None), OutboxJob.attempts > 0)
            .order_by(OutboxJob.id)
            .limit(limit)
        )
    )


def retry_now(outbox_id: int) -> bool:
    """Make a failed job due at once (one more try if it had given up); False if it is done
    or unknown. The caller commits and dispatches (``commit_and_dispatch``)."""
    row = db.session.get(OutboxJob, outbox_id)
    if row is None or row.done_at is not None:
        return False
    row.attempts = min(row.attempts, MAX_ATTEMPTS - 1)
    row.due_at = utcnow()
    row.dispatched_at = None
    db.session.info.setdefault(_PENDING, []).append(row)
    return True


def enqueue_now(func: Callable[..., Any], *args: Any) -> None:
    """Run a job that needs no transaction (e.g. a periodic check): queued, or in-process."""
    path = job_path(func)
    queue = get_queue()
    if queue is None:
        func(*args)
    else:
        queue.enqueue(path, *args)
