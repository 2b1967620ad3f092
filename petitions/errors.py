"""Errors as friendly pages (or JSON under /api/), never a bare stack trace."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from petitions.extensions import db
from petitions.queue import forget_pending

log = logging.getLogger(__name__)


def _messages() -> dict[int, tuple[str, str]]:
    return {
        400: (
            _("Something went wrong with that request"),
            _("The form may have expired. Please go back, reload the page and try again."),
        ),
        403: (_("Not allowed"), _("You do not have access to this page.")),
        404: (_("Page not found"), _("We could not find that page. It may have moved.")),
        405: (_("Not allowed"), _("That page cannot be used this way.")),
        413: (
            _("Too much text"),
            _("What you sent is too large. Please shorten it and try again."),
        ),
        422: (_("Please check the form"), _("Some fields need your attention.")),
        429: (
            _("Too many attempts"),
            _("You have done this too often in a short time. Please wait a little and try again."),
        ),
        500: (
            _("Sorry, something broke"),
            _("Please try again in a moment. If it keeps happening, we are looking into it."),
        ),
    }


def render_error(code: int, detail: str | None = None) -> ResponseReturnValue:
    title, text = _messages().get(code, (_("Something went wrong"), ""))
    if request.path.startswith("/api/"):
        return {"error": title, "status": code}, code
    return render_template("errors/error.html", code=code, title=title, text=detail or text), code


def handle_http(error: HTTPException) -> ResponseReturnValue:
    return render_error(error.code or 500)


def handle_csrf(error: CSRFError) -> ResponseReturnValue:
    return render_error(
        400, _("The form expired or came from another site. Please reload the page and try again.")
    )


def handle_500(error: Exception) -> ResponseReturnValue:
    # A failed transaction must not leak into the next request on this session.
    db.session.rollback()
    forget_pending()
    original = getattr(error, "original_exception", error)
    log.error("unhandled error on %s %s", request.method, request.path, exc_info=original)
    return render_error(500)


def register_error_handlers(app: Flask) -> None:
    """Install the handlers on the app."""
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(InternalServerError, handle_500)
    app.register_error_handler(HTTPException, handle_http)
