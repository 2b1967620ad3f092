"""Declarative base, column types and helpers shared by every model."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session, mapped_column, registry

# Stable constraint names, so Alembic migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite has no time zones, so values are stored naive in UTC there and the
    zone is put back on load; PostgreSQL stores ``timestamptz``.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use petitions.database.utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def enum_by_value(enum_class: type[enum.Enum], name: str) -> sa.Enum:
    """An enum column stored by its values (not Python names), as a checked VARCHAR."""
    return sa.Enum(
        enum_class,
        name=name,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=20,
    )


intpk = Annotated[int, mapped_column(primary_key=True)]
created_at = Annotated[datetime, mapped_column(UTCDateTime, default=utcnow, nullable=False)]


class Base(DeclarativeBase):
    """Base of every model: constraint naming and shared type mapping."""

    registry = registry(
        metadata=sa.MetaData(naming_convention=NAMING_CONVENTION),
        type_annotation_map={datetime: UTCDateTime},
    )


def insert_unless_exists(
    session: Session, table: sa.Table, values: dict[str, Any], unique: list[str]
) -> int | None:
    """INSERT a row unless one with the same ``unique`` columns exists; its new id, or None.

    One statement (``ON CONFLICT DO NOTHING RETURNING id``) on PostgreSQL and
    SQLite alike: no savepoint, no race between a look-up and an insert.
    """
    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    statement = (
        insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=unique)
        .returning(table.c.id)
    )
    return session.execute(statement).scalar()
