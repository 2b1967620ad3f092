"""Signed, expiring tokens for confirmation links."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM_SALT = "confirm-actions"


class TokenState(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass(frozen=True)
class TokenCheck:
    state: TokenState
    confirmation_id: int | None = None


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=CONFIRM_SALT)


def make_confirm_token(confirmation_id: int) -> str:
    """A URL-safe token naming one confirmation, signed with the app's secret."""
    return _serializer().dumps({"c": confirmation_id})


def read_confirm_token(token: str, max_age: timedelta | None = None) -> TokenCheck:
    """Check a token's signature and age; never raises on bad input."""
    age = max_age or current_app.config["CONFIRM_TOKEN_MAX_AGE"]
    try:
        data = _serializer().loads(token, max_age=int(age.total_seconds()))
    except SignatureExpired:
        return TokenCheck(TokenState.EXPIRED)
    except (BadSignature, UnicodeError, ValueError):
        return TokenCheck(TokenState.INVALID)
    confirmation_id = data.get("c") if isinstance(data, dict) else None
    if not isinstance(confirmation_id, int):
        return TokenCheck(TokenState.INVALID)
    return TokenCheck(TokenState.VALID, confirmation_id)
