"""N11B: links only to the campaign's allowlisted domains (and their subdomains)."""

from __future__ import annotations

import re
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_lines
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

# Something like "://", "www." or "name.tld": only then is the text searched for links.
_MAYBE_LINK = re.compile(r"://|www\.|[^\W_]\.[^\W\d_]{2}", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"»”’…"


@cache
def _url_pattern() -> re.Pattern[str]:
    tlds = "|".join(sorted({t.lower() for t in data_lines("tlds.txt")}, key=len, reverse=True))
    label = r"[^\W_](?:[\w-]*[^\W_])?"
    return re.compile(
        r"(?:https?|ftp)://[^\s<>\"']+"
        r"|\bwww\.[^\s<>\"']+"
        # A bare domain ("meduza.io/news") with a known top-level domain, not an e-mail address.
        rf"|(?<![@\w.-])(?:{label}\.)+(?:{tlds})(?![\w-])(?::\d+)?(?:/[^\s<>\"']*)?",
        re.IGNORECASE,
    )


@cache
def _shorteners() -> frozenset[str]:
    return frozenset(d.lower() for d in data_lines("link_shorteners.txt"))


def hosts(text: str) -> list[tuple[int, int, str]]:
    """Every link in ``text``: its span in the original text and its host, lower-cased."""
    out: list[tuple[int, int, str]] = []
    if not _MAYBE_LINK.search(text):
        return out
    view = normalize(text, fold=False)
    for m in _url_pattern().finditer(view.text):
        url = m.group().rstrip(_TRAILING)
        if not url:
            continue
        host = re.sub(r"^(?:https?|ftp)://", "", url, flags=re.IGNORECASE)
        host = re.split(r"[/?#:]", host.split("@")[-1], maxsplit=1)[0].rstrip(".")
        bare = not re.match(r"(?:https?|ftp)://|www\.", url, flags=re.IGNORECASE)
        if bare and not host.rsplit(".", 1)[-1].islower():
            continue  # "Manuel.Es" is a missing space after a full stop, not a link
        host = host.lower()
        a, b = view.span(m.start(), m.start() + len(url))
        out.append((a, b, host))
    return out


def domain_allowed(host: str, allowlist: tuple[str, ...]) -> bool:
    """True if ``host`` is an allowlisted domain or one of its subdomains."""
    return any(host == d or host.endswith("." + d) for d in (a.lower() for a in allowlist))


def check_links(ctx: ScreenContext) -> list[Finding]:
    """N11B: one finding per link to a domain outside the allowlist, or via a shortener."""
    findings = []
    for a, b, host in hosts(ctx.text):
        url = ctx.text[a:b]
        if host in _shorteners():
            why = f"Link shorteners hide where a link leads; a moderator will check it: {url}"
        elif not domain_allowed(host, ctx.campaign.link_allowlist):
            why = f"Links are allowed only to the campaign's sites; a moderator will check: {url}"
        else:
            continue
        findings.append(ctx.finding("N11B", a, b, f"{why} (N11B)"))
    return findings
