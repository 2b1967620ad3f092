"""Flask extensions, created unbound here and bound in the app factory."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import request
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect

from petitions.database import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
limiter = Limiter(key_func=get_remote_address, default_limits=[])


def address_key(kind: str, address: str) -> str:
    """A rate-limit key for an e-mail address that does not hold the address: the limiter's
    storage (Redis) is not where supporters' addresses belong. Keyed with the app's secret,
    so a list of addresses cannot be checked against the keys either."""
    from petitions.secret_key import keyed_digest

    return f"{kind}:{keyed_digest(address)[:32]}"


def select_locale() -> str | None:
    """The best of the service's languages for this visitor."""
    from flask import current_app

    return request.accept_languages.best_match(current_app.config["LANGUAGES"])


def configure_engine(engine: sa.Engine) -> None:
    """SQLite settings for the embedded default: foreign keys, WAL, wait on locks."""
    if engine.dialect.name != "sqlite":
        return

    @sa.event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
