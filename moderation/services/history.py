"""The engine's history of earlier messages, answered from the database."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import sqlalchemy as sa

from moderation.models import Message, MessageShingle
from moderation.rules.history import fingerprint
from petitions.extensions import db

# Shingles in more messages than this are common phrases, not copies.
COMMON_LIMIT = 100


class DatabaseHistory:
    """A ``moderation.rules.History`` over the ``messages`` and ``message_shingles`` tables.

    ``before_id`` limits it to messages stored before a given one, so re-screening
    a message never compares it with itself or with later messages.
    """

    def __init__(self, before_id: int | None = None) -> None:
        self.before_id = before_id

    def _earlier(self, column: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        return column < self.before_id if self.before_id is not None else sa.true()

    def writer_repeat_keys(self, writer_key: str, limit: int) -> Sequence[str]:
        """Repeat keys of the writer's latest messages, newest first."""
        return db.session.scalars(
            sa.select(Message.repeat_key)
            .where(Message.writer_key == writer_key, self._earlier(Message.id))
            .order_by(Message.id.desc())
            .limit(limit)
        ).all()

    def shingle_overlaps(
        self, shingles: Collection[int], exclude_writer: str, limit: int, at_least: int = 1
    ) -> Sequence[tuple[int, int]]:
        """Messages by other writers sharing the most of ``shingles`` (at least
        ``at_least``), most first, ties oldest first.

        Shingles found in more than ``COMMON_LIMIT`` messages are common phrasing,
        not copying, and are skipped, as the engine's in-memory history does.
        """
        if not shingles:
            return []
        if db.engine.dialect.name == "postgresql":
            return self._overlaps_postgresql(list(shingles), exclude_writer, limit, at_least)
        common = (
            sa.select(MessageShingle.shingle)
            .where(
                MessageShingle.shingle.in_(list(shingles)), self._earlier(MessageShingle.message_id)
            )
            .group_by(MessageShingle.shingle)
            .having(sa.func.count() > COMMON_LIMIT)
        )
        shared = sa.func.count().label("shared")
        rows = db.session.execute(
            sa.select(MessageShingle.message_id, shared)
            .where(
                MessageShingle.shingle.in_(list(shingles)),
                MessageShingle.shingle.not_in(common),
                MessageShingle.writer_key != exclude_writer,
                self._earlier(MessageShingle.message_id),
            )
            .group_by(MessageShingle.message_id)
            .having(shared >= at_least)
            .order_by(shared.desc(), MessageShingle.message_id)
            .limit(limit)
        ).all()
        return [(row.message_id, row.shared) for row in rows]

    def _overlaps_postgresql(
        self, shingles: list[int], exclude_writer: str, limit: int, at_least: int
    ) -> Sequence[tuple[int, int]]:
        # Each shingle's postings are read up to COMMON_LIMIT + 1 rows through the
        # index (LATERAL ... LIMIT), so a phrase in a million messages costs no more
        # than a rare one; shingles over the limit are dropped as common.
        rows = db.session.execute(
            sa.text(
                """
                SELECT message_id, count(*) AS shared FROM (
                    SELECT p.message_id, p.writer_key,
                           count(*) OVER (PARTITION BY s.shingle) AS postings
                    FROM unnest(CAST(:shingles AS bigint[])) AS s(shingle)
                    CROSS JOIN LATERAL (
                        SELECT ms.message_id, ms.writer_key FROM message_shingles ms
                        WHERE ms.shingle = s.shingle AND ms.message_id < :before
                        LIMIT :cap
                    ) AS p
                ) AS hits
                WHERE postings <= :common AND writer_key <> :writer
                GROUP BY message_id
                HAVING count(*) >= :at_least
                ORDER BY shared DESC, message_id
                LIMIT :limit
                """
            ),
            {
                "shingles": shingles,
                "before": self.before_id if self.before_id is not None else 2**62,
                "cap": COMMON_LIMIT + 1,
                "common": COMMON_LIMIT,
                "writer": exclude_writer,
                "limit": limit,
                "at_least": at_least,
            },
        ).all()
        return [(row.message_id, row.shared) for row in rows]

    def message_shingles(self, message_id: int) -> Collection[int]:
        """The shingle hashes of one earlier message."""
        return frozenset(
            db.session.scalars(
                sa.select(MessageShingle.shingle).where(MessageShingle.message_id == message_id)
            )
        )

    def record(self, writer_key: str, case_slug: str, text: str) -> None:
        """Not used: the app records a message with :func:`index_message` as it stores it."""
        raise NotImplementedError("messages are indexed by index_message() when stored")


def index_message(message: Message) -> None:
    """Store a message's repeat key and shingles (in the caller's transaction)."""
    fp = fingerprint(message.text)
    message.repeat_key = fp.repeat_key
    db.session.flush()
    db.session.add_all(
        MessageShingle(message_id=message.id, shingle=s, writer_key=message.writer_key)
        for s in fp.shingles
    )
