"""The key that signs sessions and confirmation links, when the environment gives none."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import tempfile
from pathlib import Path

from flask import current_app

log = logging.getLogger(__name__)


def instance_secret_key(path: Path) -> str:
    """The key stored at ``path``, made once (random, readable by the owner alone).

    A key known to the public would let anyone forge confirmation links and stuff counts, so
    no default is built in. Every process of one installation (web and job workers) reads the
    same file. The first to start writes a complete file under another name and links it into
    place, which fails if another process won the race: either way all read the same key.
    Production sets ``SECRET_KEY`` instead (several machines must share it).
    """
    if not path.exists():
        fd, draft = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secrets.token_hex(32))
            os.link(draft, path)
            log.warning("SECRET_KEY is not set: generated one into %s", path)
        except FileExistsError:
            pass
        finally:
            os.unlink(draft)
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable secret key: delete it or set SECRET_KEY")
    return key


def keyed_digest(value: str) -> str:
    """An HMAC of ``value`` under the app's secret key (hex): the same value always gives the
    same digest, and without the key nobody can check a guessed value against it. For keys and
    names that must not hold an e-mail address."""
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()
