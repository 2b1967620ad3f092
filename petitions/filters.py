"""Template filters and globals. Text is stored raw and escaped on output, here."""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale
from flask import Flask
from flask_babel import format_date, format_datetime, format_decimal, get_locale
from markupsafe import Markup, escape

from petitions.countries import country_name
from petitions.secret_key import keyed_digest


@dataclass(frozen=True)
class StaffLink:
    label: str
    endpoint: str


# Links other packages add to the staff home page (e.g. delivery's bundles).
STAFF_LINKS: list[StaffLink] = []


def add_staff_links(*links: StaffLink) -> None:
    """Add links to the staff home page, once each (apps may be built many times)."""
    for link in links:
        if link.endpoint not in {known.endpoint for known in STAFF_LINKS}:
            STAFF_LINKS.append(link)


def nl2br(text: str) -> Markup:
    """Escape first, then turn line breaks into ``<br>``: safe for any user text."""
    escaped = escape(text)
    return Markup("<br>\n").join(escaped.split("\n"))


def country(code: str) -> str:
    return country_name(code, str(get_locale() or "en"))


def number(value: int) -> str:
    return format_decimal(value)


def case_languages(case: object) -> str:
    """A case's accepted languages, named in the visitor's language."""
    locale = Locale.parse(str(get_locale() or "en"))
    codes = getattr(case, "languages", [])
    return ", ".join(locale.languages.get(code, code) for code in codes)


def sees_addresses() -> bool:
    """Staff and admins see e-mail addresses; moderators decide messages without them."""
    from flask_login import current_user

    from petitions.models import Role

    return bool(getattr(current_user, "is_authenticated", False)) and current_user.role in (
        Role.STAFF,
        Role.ADMIN,
    )


def pseudonym(kind: str, key: str) -> str:
    """A stable name for a person that does not show their address ("writer 3f9a0c1e"): the
    same person gets the same name on every page, and nobody can work back to the address."""
    return f"{kind} {keyed_digest(f'{kind}:{key}')[:8]}"


def staff_member(user: object) -> str:
    """How a staff account is named on moderation pages: its address for staff, its name or a
    pseudonym for moderators."""
    email = str(getattr(user, "email", ""))
    if sees_addresses():
        return email
    return str(getattr(user, "name", "") or "") or pseudonym("moderator", email)


def writer(name: str, key: str, email: str) -> str:
    """How a writer is named on moderation pages: name and address for staff, name and a
    pseudonym (stable across their messages) for moderators."""
    return f"{name} <{email}>" if sees_addresses() else f"{name} ({pseudonym('writer', key)})"


def register(app: Flask) -> None:
    """Install the filters on the app's Jinja environment."""
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.filters.update(nl2br=nl2br, country=country, number=number)
    app.jinja_env.globals.update(
        current_locale=lambda: str(get_locale() or "en"),
        format_date=format_date,
        format_datetime=format_datetime,
        staff_links=lambda: list(STAFF_LINKS),
        case_languages=case_languages,
        staff_member=staff_member,
        writer_label=writer,
    )
