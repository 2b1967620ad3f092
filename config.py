"""Configuration classes, read from environment variables.

With no variables set the service runs in its embedded default: SQLite in
``instance/``, jobs in-process, rate limits in memory, e-mails written as
``.eml`` files to ``instance/outbox/``. Setting ``DATABASE_URL``, ``REDIS_URL``
and ``MAIL_URL`` moves each piece to its production server.
"""

from __future__ import annotations

import os
from datetime import timedelta


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def database_url(url: str | None) -> str:
    """Return a SQLAlchemy URL, routing ``postgres://`` URLs to psycopg 3."""
    if not url:
        # Relative SQLite paths are resolved in the app's instance folder.
        return "sqlite:///petitions.sqlite3"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Config:
    """Settings shared by every environment; safe local defaults."""

    # Without one in the environment, a random key is made once into instance/ (see
    # petitions/secret_key.py): there is no public default to forge links with.
    SECRET_KEY = os.environ.get("SECRET_KEY") or None
    SECRET_KEY_FILE = "secret_key"  # noqa: S105 (a file name under instance/, not a key)
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL"))
    # A ping before each checkout (one round trip, ~0.1 ms on the same network): after a
    # database restart every pooled connection is dead, and without it each would fail one
    # request with a 500. Connections are also recycled after half an hour.
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_recycle": 1800, "pool_pre_ping": True}
    REDIS_URL = os.environ.get("REDIS_URL") or None
    RQ_QUEUE = os.environ.get("RQ_QUEUE", "default")
    MAIL_URL = os.environ.get("MAIL_URL") or None
    MAIL_FROM = os.environ.get("MAIL_FROM", "Write for Rights <no-reply@localhost>")
    # How long one SMTP conversation may hang before it counts as failed (and is retried).
    MAIL_TIMEOUT_SECONDS = _env_int("MAIL_TIMEOUT_SECONDS", 20)
    # Written to in the embedded default; relative paths are under instance/.
    MAIL_OUTBOX_DIR = os.environ.get("MAIL_OUTBOX_DIR", "outbox")
    # Links in e-mails are built on this, as jobs run outside any request.
    BASE_URL = os.environ.get("BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '5000')}")

    MAX_CONTENT_LENGTH = 64 * 1024
    CONFIRM_TOKEN_MAX_AGE = timedelta(days=_env_int("CONFIRM_TOKEN_DAYS", 7))
    COUNTS_CACHE_SECONDS = 10
    # How long each web process reuses counts it read (the API's hot path).
    COUNTS_PROCESS_CACHE_SECONDS = 2.0
    # How long each process reuses the campaign's screening lists it read.
    SCREENING_LISTS_CACHE_SECONDS = 5.0
    # Bundle ZIPs; relative paths are under instance/.
    BUNDLE_DIR = os.environ.get("BUNDLE_DIR", "bundles")
    # A build that gave no sign of life for this long has died: another may take it over.
    BUNDLE_LEASE_SECONDS = _env_int("BUNDLE_LEASE_SECONDS", 120)

    WTF_CSRF_TIME_LIMIT = 12 * 3600
    RATELIMIT_ENABLED = True
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "w4r")
    RATELIMIT_HEADERS_ENABLED = True
    # A Redis outage must not turn intake into errors: fall back to memory.
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    # Limits per client address, and per e-mail address for signing.
    RATELIMIT_POST = os.environ.get("RATELIMIT_POST", "20 per minute; 300 per hour")
    RATELIMIT_PER_EMAIL = os.environ.get("RATELIMIT_PER_EMAIL", "5 per hour")
    # Sign-in attempts, per client address and per account.
    RATELIMIT_LOGIN = os.environ.get("RATELIMIT_LOGIN", "10 per minute; 50 per hour")

    # Number of proxies in front of the app whose X-Forwarded-* we trust.
    PROXY_COUNT = _env_int("PROXY_COUNT", 0)
    OUTBOX_SWEEP_SECONDS = 2
    # A worker renews a sign of life this often (a third of it); a job whose worker has
    # given none for this long is handed to another worker.
    WORKER_ALIVE_SECONDS = _env_int("WORKER_ALIVE_SECONDS", 30)
    # Without Redis, a request's jobs (its e-mails) run in its process once the response has
    # gone out: a slow or hung mail server must not hold the page.
    JOBS_AFTER_RESPONSE = True
    RECONCILE_EVERY_SECONDS = _env_int("RECONCILE_EVERY_SECONDS", 600)

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en",)


class TestConfig(Config):
    """Fast, isolated settings: CSRF and rate limits are tested on purpose."""

    TESTING = True
    SECRET_KEY = "test-secret"  # noqa: S105 (tests only)
    # The test fixtures choose the database and Redis (see tests/conftest.py).
    REDIS_URL = None
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_ENABLED = False
    WTF_CSRF_ENABLED = False
    BASE_URL = "http://localhost"
    COUNTS_PROCESS_CACHE_SECONDS = 0.0
    SCREENING_LISTS_CACHE_SECONDS = 0.0
    # The test client does not close responses: jobs run before the response instead (one
    # test turns this on and closes the response itself).
    JOBS_AFTER_RESPONSE = False


class ProductionConfig(Config):
    """Production: refuses to start without its secrets."""

    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    def __init__(self) -> None:
        if not os.environ.get("SECRET_KEY"):
            raise RuntimeError("SECRET_KEY must be set in production")
        self.SECRET_KEY = os.environ["SECRET_KEY"]


def config_from_env() -> type[Config] | Config:
    """Pick the configuration named by ``APP_ENV`` (``production`` or the default)."""
    if os.environ.get("APP_ENV", "").lower() == "production":
        return ProductionConfig()
    return Config
