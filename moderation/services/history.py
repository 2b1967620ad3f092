"""The engine's history of earlier messages, answered from the database."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import sqlalchemy as sa

from moderation.models import Message, MessageShingle
from moderation.rules.history import fingerprint
from petitions.extensions import db


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
        self, shingles: Collection[int], exclude_writer: str, limit: int
    ) -> Sequence[tuple[int, int]]:
        """Messages by other writers sharing the most of ``shingles``, most first."""
        if not shingles:
            return []
        shared = sa.func.count().label("shared")
        rows = db.session.execute(
            sa.select(MessageShingle.message_id, shared)
            .where(
                MessageShingle.shingle.in_(list(shingles)),
                MessageShingle.writer_key != exclude_writer,
                self._earlier(MessageShingle.message_id),
            )
            .group_by(MessageShingle.message_id)
            .order_by(shared.desc(), MessageShingle.message_id)
            .limit(limit)
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
