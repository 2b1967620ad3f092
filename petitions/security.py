"""Security headers on every response; requests no page could have made are refused."""

from __future__ import annotations

from flask import Flask, Response, abort, request

# Only our own stylesheet and scripts: no inline scripts, no third parties.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def add_security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    return response


# Pages only staff see (the queue, messages, addresses): never kept by a browser or a proxy.
PRIVATE_PREFIXES = ("/staff", "/moderation", "/login")


def refuse_nul_bytes() -> None:
    """400 for a NUL byte in the path or the query string, or in a staff form: no link or
    page of ours sends one, and PostgreSQL refuses it in any text value (a 500 each, easy to
    flood the logs with). The public forms refuse it themselves, with a message."""
    fields = list(request.args.items(multi=True))
    if request.method == "POST" and request.path.startswith(PRIVATE_PREFIXES):
        fields += request.form.items(multi=True)
    if "\x00" in request.path or any("\x00" in k or "\x00" in v for k, v in fields):
        abort(400)


def keep_private_pages_out_of_caches(response: Response) -> Response:
    if request.path.startswith(PRIVATE_PREFIXES):
        response.headers["Cache-Control"] = "no-store"
    return response


def register(app: Flask) -> None:
    """Install the hooks (HSTS only when cookies are HTTPS-only, i.e. production)."""
    # First of all hooks: the staff guard reads the path too.
    app.before_request_funcs.setdefault(None, []).insert(0, refuse_nul_bytes)
    app.after_request(add_security_headers)
    app.after_request(keep_private_pages_out_of_caches)
    if app.config.get("SESSION_COOKIE_SECURE"):

        @app.after_request
        def hsts(response: Response) -> Response:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
            return response
