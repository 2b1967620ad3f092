"""Staff accounts: creation, passwords (argon2), roles, deactivation."""

from __future__ import annotations

import logging
import secrets

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError
from zxcvbn import zxcvbn

from petitions.database import utcnow
from petitions.emails import normalise_email
from petitions.extensions import db
from petitions.models import Role, User

log = logging.getLogger(__name__)
hasher = PasswordHasher()
MIN_PASSWORD = 12
# Verified against when the account does not exist, so timing does not tell.
_DUMMY_HASH = hasher.hash("not-a-real-password")


class AccountError(ValueError):
    """A request about accounts that cannot be done, with a message for the person."""


# zxcvbn's score, 0-4: 3 is "safely unguessable" against an online attack that is throttled
# (sign-in is rate-limited), which length alone never promised: "password1234" has 12.
MIN_PASSWORD_SCORE = 3
# Words anyone guessing a staff password of this service would try first.
SERVICE_WORDS = ("write for rights", "writeforrights", "w4r", "amnesty", "moderator", "campaign")


def check_password_strength(password: str, user_inputs: tuple[str, ...] = ()) -> None:
    """Refuse a password that is short or guessable: common passwords, words and names
    (zxcvbn's lists ship in its package), keyboard runs, repeats, dates, the account's own
    address or name, the service's name."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"The password must have at least {MIN_PASSWORD} characters.")
    inputs = [*SERVICE_WORDS, *(i for value in user_inputs for i in (value, *value.split("@")))]
    verdict = zxcvbn(password[:100], user_inputs=[i for i in inputs if i])
    if verdict["score"] < MIN_PASSWORD_SCORE:
        warning = verdict["feedback"]["warning"] or "It is too easy to guess."
        raise AccountError(f"Please choose a less guessable password. {warning}")


def create_user(email: str, role: Role, password: str | None = None, name: str = "") -> User:
    """Create an account; without a password it waits for the invitation to be accepted."""
    try:
        address = normalise_email(email).lower()
    except ValueError as error:
        raise AccountError(str(error)) from error
    if password is not None:
        check_password_strength(password, (email, name))
    user = User(
        email=address,
        name=name,
        role=role,
        password_hash=hasher.hash(password) if password else None,
        session_token=secrets.token_hex(16),
    )
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise AccountError(f"An account for {address} exists already.") from error
    log.info("account %s created with role %s", user.id, role.value)
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active account with this address and password, else None (same cost either way)."""
    user = db.session.scalars(sa.select(User).where(User.email == email.strip().lower())).first()
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active or not user.password_hash:
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def end_sessions(user_id: int) -> None:
    """End every open session of an account (signing out: a copied cookie must stop working
    too, not only the browser's own)."""
    db.session.execute(
        sa.update(User).where(User.id == user_id).values(session_token=secrets.token_hex(16))
    )
    db.session.commit()


def set_password(user_id: int, password: str) -> User:
    """Set a new password and end the account's other sessions."""
    user = _get(user_id)
    check_password_strength(password, (user.email, user.name or ""))
    user.password_hash = hasher.hash(password)
    user.session_token = secrets.token_hex(16)
    db.session.commit()
    return user


def set_role(user_id: int, role: Role, by: User) -> User:
    """Change an account's role (never one's own, so an admin cannot lock everyone out)."""
    user = _get(user_id)
    if user.id == by.id:
        raise AccountError("You cannot change your own role.")
    user.role = role
    user.session_token = secrets.token_hex(16)
    db.session.commit()
    log.info("account %s role set to %s by %s", user.id, role.value, by.id)
    return user


def set_active(user_id: int, active: bool, by: User) -> User:
    """Deactivate (ending its sessions) or reactivate an account."""
    user = _get(user_id)
    if user.id == by.id:
        raise AccountError("You cannot deactivate your own account.")
    user.active = active
    user.session_token = secrets.token_hex(16)
    db.session.commit()
    log.info("account %s %s by %s", user.id, "activated" if active else "deactivated", by.id)
    return user


def _get(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise AccountError("No such account.")
    return user
