"""ISO 3166-1 alpha-2 countries, named in the visitor's language (CLDR data via Babel)."""

from __future__ import annotations

from functools import cache

from babel import Locale

# CLDR territories that are not ISO 3166-1 alpha-2 assigned codes.
NOT_ISO_3166 = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)


@cache
def country_choices(locale: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) pairs sorted by name, for a select list."""
    names = Locale.parse(locale).territories
    pairs = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_ISO_3166
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


@cache
def country_codes() -> frozenset[str]:
    """Every accepted code."""
    return frozenset(code for code, _ in country_choices("en"))


def country_name(code: str, locale: str = "en") -> str:
    """The country's name, or the code itself when unknown."""
    return Locale.parse(locale).territories.get(code, code)
