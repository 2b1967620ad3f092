"""Canonical e-mail addresses: one person, one signature."""

from __future__ import annotations

import pytest

from petitions.emails import canonical_email, normalise_email


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Ann.Lee@Example.ORG", "ann.lee@example.org"),
        ("ann.lee+w4r@gmail.com", "annlee@gmail.com"),
        ("A.N.N.L.E.E@googlemail.com", "annlee@gmail.com"),
        ("ann+news@outlook.com", "ann@outlook.com"),
        ("ann.lee@outlook.com", "ann.lee@outlook.com"),
        ("ann+tag@example.org", "ann+tag@example.org"),
        ("  ann@example.org  ", "ann@example.org"),
    ],
)
def test_canonical_email_undoes_provider_aliases_only(typed: str, canonical: str) -> None:
    assert canonical_email(typed) == canonical


@pytest.mark.parametrize(
    "bad", ["", "ann", "ann@", "@example.org", "ann@@example.org", "a b@x.org"]
)
def test_invalid_addresses_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        normalise_email(bad)


def test_internationalised_address_is_accepted() -> None:
    assert normalise_email("用户@例子.广告").startswith("用户@")
