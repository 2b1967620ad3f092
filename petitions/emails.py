"""E-mail addresses: validation and the canonical form used to find duplicates."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

# Providers that deliver "j.o.e@" to "joe@": dots in the local part are ignored.
DOTS_IGNORED = frozenset({"gmail.com", "googlemail.com"})
# Providers that deliver "joe+tag@" to "joe@".
PLUS_TAGS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "icloud.com",
        "me.com",
        "protonmail.com",
        "proton.me",
        "fastmail.com",
    }
)
DOMAIN_ALIASES = {"googlemail.com": "gmail.com"}


def normalise_email(address: str) -> str:
    """Validate an address (syntax only, no DNS) and return it normalised.

    Raises ``ValueError`` with a human message when the address is invalid.
    """
    try:
        return validate_email(address.strip(), check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise ValueError(str(error)) from error


def canonical_email(address: str) -> str:
    """The form that identifies one person: lower-cased, provider aliases undone."""
    local, _, domain = address.strip().lower().rpartition("@")
    domain = domain.rstrip(".")
    if domain in PLUS_TAGS:
        local = local.split("+", 1)[0]
    if domain in DOTS_IGNORED:
        local = local.replace(".", "")
    return f"{local}@{DOMAIN_ALIASES.get(domain, domain)}"
