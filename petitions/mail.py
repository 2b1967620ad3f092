"""Sending e-mail: SMTP when ``MAIL_URL`` is set, else ``.eml`` files in the outbox folder."""

from __future__ import annotations

import os
import smtplib
import ssl
import uuid
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from urllib.parse import unquote, urlsplit

from email_validator import EmailNotValidError, validate_email
from flask import current_app

from petitions.database import utcnow


def build_message(to: str, subject: str, text: str, html: str | None = None) -> EmailMessage:
    """A MIME message from the service's sender, plain text with an optional HTML part."""
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = ascii_address(to)
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="w4r.local")
    message["Date"] = utcnow().strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def ascii_address(address: str) -> str:
    """The address with its domain in IDNA form ("ann@bücher.example" is sent to
    "ann@xn--bcher-kva.example"): a non-ASCII domain in a header is encoded as text, which no
    server delivers. A non-ASCII local part stays as it is (it needs SMTPUTF8 either way)."""
    if address.isascii():
        return address
    try:
        valid = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return address
    return valid.ascii_email or f"{valid.local_part}@{valid.ascii_domain}"


def send_email(to: str, subject: str, text: str, html: str | None = None) -> None:
    """Deliver one e-mail through the configured transport."""
    message = build_message(to, subject, text, html)
    url = current_app.config.get("MAIL_URL")
    if url:
        _send_smtp(url, message)
    else:
        _write_eml(message)


def outbox_dir() -> Path:
    folder = Path(current_app.instance_path, current_app.config["MAIL_OUTBOX_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write_eml(message: EmailMessage) -> None:
    folder = outbox_dir()
    # Microseconds in the name keep the files in the order they were written.
    name = f"{utcnow():%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}.eml"
    # Write then rename, so a reader never sees half a file.
    tmp = folder / f".{name}.tmp"
    tmp.write_bytes(bytes(message))
    os.replace(tmp, folder / name)


def _send_smtp(url: str, message: EmailMessage) -> None:
    """Send through ``smtp://[user:password@]host:port`` (``?starttls=1``) or ``smtps://``."""
    parts = urlsplit(url)
    secure = parts.scheme == "smtps"
    port = parts.port or (465 if secure else 25)
    host = parts.hostname or "localhost"
    timeout = current_app.config["MAIL_TIMEOUT_SECONDS"]
    smtp: smtplib.SMTP
    if secure:
        smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    with smtp:
        if not secure and "starttls=1" in parts.query:
            smtp.starttls(context=ssl.create_default_context())
        if parts.username:
            smtp.login(unquote(parts.username), unquote(parts.password or ""))
        smtp.send_message(message)
