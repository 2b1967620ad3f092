"""The screening worker: messages screened through the real job path, and its memory.

``bench/screening.py`` measures the engine alone; this measures what DESIGN.md's memory
target is about, the rq worker process. On a fresh benchmark database with the demo
campaign, a child process stores ``MESSAGES`` confirmed messages (synthetic letters from
``bench/letters.py``, to the demo cases, by 1,500 writers) with their history index and one
``screen_message`` job each, through the outbox to Redis, as confirmation does. Then
``flask worker --burst`` runs them all (screening against the database history, storing the
decision) and exits; its peak resident memory is read from the kernel's accounting of the
finished child (``os.wait4``). Reported: jobs per second of that worker (PostgreSQL and Redis
on the same machine), and its peak RSS against the < 400 MB target.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench import common
from bench.common import Result

MESSAGES = 3_000
WRITERS = 1_500
TARGET_MB = 400


def load() -> None:
    """In a child process: store the messages and queue one screening job each."""
    import sqlalchemy as sa

    from bench.letters import build_letters
    from moderation.jobs import screen_message
    from moderation.models import Message, MessageStatus
    from moderation.services.history import index_message
    from petitions import create_app
    from petitions.database import utcnow
    from petitions.extensions import db
    from petitions.models import Case
    from petitions.queue import commit_and_dispatch, record_job
    from petitions.services.confirmation import supporter_for

    app = create_app()
    with app.app_context():
        cases = db.session.scalars(sa.select(Case).order_by(Case.position)).all()
        letters = build_letters(
            [
                (c.rights_holder, tuple(c.languages), tuple(s.text for s in c.suggested_messages))
                for c in cases
            ],
            MESSAGES,
            seed=11,
        )
        now = utcnow()
        for n, letter in enumerate(letters):
            email = f"writer{n % WRITERS}@bench.example"
            supporter_id, _ = supporter_for(email)
            message = Message(
                case_id=cases[letter.case].id,
                supporter_id=supporter_id,
                writer_key=email,
                name=letter.author_name,
                email=email,
                place=letter.place,
                country="GB",
                text=letter.text,
                status=MessageStatus.CONFIRMED,
                consented_at=now,
                confirmed_at=now,
            )
            db.session.add(message)
            index_message(message)
            record_job(screen_message, message.id)
            if n % 500 == 499:
                commit_and_dispatch()
        commit_and_dispatch()


def run() -> list[Result]:
    """Load the jobs, run one burst worker over them, report its rate and peak memory."""
    with common.workdir("worker") as workdir:
        env = common.prepare_app(workdir, name="w4r_bench_worker")
        common.say(f"worker: storing {MESSAGES:,} confirmed messages and queueing their jobs")
        subprocess.run(
            [sys.executable, "-m", "bench.worker", "--load"],
            cwd=common.ROOT,
            env=env,
            check=True,
            timeout=600,
        )
        common.say("worker: running `flask worker --burst` over the queue")
        log = workdir / "worker.log"
        started = time.perf_counter()
        with log.open("wb") as out:  # a file, not a pipe: rq logs every job
            worker = subprocess.Popen(
                [sys.executable, "-m", "flask", "--app", "wsgi", "worker", "--burst"],
                cwd=common.ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            _, status, usage = os.wait4(worker.pid, 0)
        seconds = time.perf_counter() - started
        worker.returncode = os.waitstatus_to_exitcode(status)
        if worker.returncode:
            raise common.BenchError(f"worker failed:\n{log.read_text()[-3000:]}")
        rate = MESSAGES / seconds
        peak_mb = usage.ru_maxrss / 1024
        common.say(f"worker: {MESSAGES:,} jobs in {seconds:.1f} s, peak RSS {peak_mb:.0f} MB")
        return [
            Result("worker", "screening jobs/s (with PostgreSQL history)", f"{rate:,.0f}"),
            Result(
                "worker",
                "peak RSS after the jobs",
                f"{peak_mb:.0f} MB",
                f"< {TARGET_MB} MB",
                peak_mb < TARGET_MB,
            ),
        ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--load"]:
        load()
    else:
        for result in run():
            print(result)
