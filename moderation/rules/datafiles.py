"""Reading the data files in ``data/``: term lists, pattern lists and per-language lists.

Data files are UTF-8; ``#`` starts a comment (at the start of a line, or after a space),
blank lines are ignored:

- ``*.txt`` term lists, one term a line (see :mod:`termpatterns` for how terms match);
- ``*.re`` pattern lists, one regular expression a line (see :mod:`phrase_index`);
- ``code: item item ...`` files, items per language (:func:`per_language`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


def data_lines(name: str) -> tuple[str, ...]:
    """The meaningful lines of a data file (comments and blank lines dropped)."""
    return _data_lines(name)


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    path = DATA_DIR / name
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if " #" in line:
            line = line.split(" #", 1)[0].rstrip()
        lines.append(line)
    return tuple(lines)


@cache
def per_language(name: str) -> dict[str, frozenset[str]]:
    """A data file of "code: item item ..." lines: each language's items, case folded."""
    out = {}
    for line in data_lines(name):
        code, _, items = line.partition(":")
        out[code.strip()] = frozenset(item.casefold() for item in items.split())
    return out


@cache
def data_files(prefix: str, suffix: str) -> tuple[str, ...]:
    """Names of the data files ``PREFIX*SUFFIX``, sorted (one per language, usually)."""
    return tuple(sorted(p.name for p in DATA_DIR.glob(f"{prefix}*{suffix}")))


@cache
def terms(prefix: str) -> tuple[str, ...]:
    """All terms of the ``PREFIX*.txt`` files (e.g. ``vulgar_`` for every language)."""
    out: list[str] = []
    for name in data_files(prefix, ".txt"):
        out.extend(data_lines(name))
    return tuple(out)
