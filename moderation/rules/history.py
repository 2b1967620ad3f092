"""Earlier messages, as the repeat (N10) and copy (N12) rules need them.

The engine never scans all messages: it asks a :class:`History` two keyed questions, which
the app answers from PostgreSQL with two indexed tables and the CLI and tests answer from
memory (:class:`MemoryHistory`):

- the repeat keys of one writer's recent messages (index on ``writer_key``);
- which earlier messages by other writers share the most word shingles with a new one (an
  inverted index ``(shingle) -> message``, with ``writer_key`` beside it)::

      SELECT message_id, count(*) FROM message_shingle
       WHERE shingle = ANY(:shingles) AND writer_key <> :writer
       GROUP BY message_id ORDER BY count(*) DESC LIMIT :limit

:func:`fingerprint` computes everything a backend stores for a message.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from moderation.rules.normalize import Normalized, normalize

SHINGLE_WORDS = 3
_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One token per Chinese/Japanese character (they are not separated by spaces), else words.
_TOKEN = re.compile(f"[{_HAN}]|[^\\W_{_HAN}]+")


def canonical_writer_key(email: str) -> str:
    """The key that identifies one writer: their e-mail address, trimmed and lower-cased."""
    return email.strip().lower()


def tokens(view: Normalized) -> list[tuple[str, int, int]]:
    """Words of a folded view with their spans in the original text."""
    out = []
    for m in _TOKEN.finditer(view.text):
        a, b = view.span(m.start(), m.end())
        out.append((m.group(), a, b))
    return out


def repeat_key(text: str) -> str:
    """The text reduced to its folded words: what "the same text again" compares."""
    return fingerprint(text).repeat_key


def shingle_hash(words: Sequence[str]) -> int:
    """A stable signed 64-bit hash of a run of words (fits a PostgreSQL ``bigint``)."""
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def shingles(words: Sequence[str]) -> list[int]:
    """Hashes of every run of :data:`SHINGLE_WORDS` consecutive words, in order."""
    k = SHINGLE_WORDS
    if len(words) < k:
        return []
    # shingle_hash inlined (each word encoded once): this runs for every word of every message.
    # Copying a ready blake2b state and reading the digest as a big-endian signed 64-bit
    # integer gives the same value as shingle_hash, faster.
    copy, unpack = _BLAKE2B_8.copy, _SIGNED_64.unpack
    encoded = [w.encode("utf-8") for w in words]
    out = []
    for i in range(len(words) - k + 1):
        h = copy()
        h.update(b" ".join(encoded[i : i + k]))
        out.append(unpack(h.digest())[0])
    return out


_BLAKE2B_8 = hashlib.blake2b(digest_size=8)
_SIGNED_64 = struct.Struct(">q")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a history stores for a message: its repeat key and its shingle hashes."""

    repeat_key: str
    shingles: frozenset[int]


_FINGERPRINTS: OrderedDict[str, tuple[Fingerprint, tuple[int, ...]]] = OrderedDict()
_FINGERPRINT_CACHE = 1024


def fingerprint(text: str, view: Normalized | None = None) -> Fingerprint:
    """The fingerprint of a message text (cached: a screened text is recorded right after).

    ``view``, if given, is ``normalize(text)`` already computed (the screening's folded view).
    """
    return _fingerprint(text, view)[0]


def ordered_shingles(text: str, view: Normalized | None = None) -> tuple[int, ...]:
    """The shingle hashes of a text in word order (``ordered_shingles(t)[i]`` is the hash of
    words ``i`` to ``i + SHINGLE_WORDS - 1``), cached with its fingerprint."""
    return _fingerprint(text, view)[1]


def _fingerprint(text: str, view: Normalized | None) -> tuple[Fingerprint, tuple[int, ...]]:
    found = _FINGERPRINTS.get(text)
    if found is not None:
        with suppress(KeyError):  # another thread may have just dropped it
            _FINGERPRINTS.move_to_end(text)
        return found
    words = _TOKEN.findall((view if view is not None else normalize(text)).text)
    hashes = tuple(shingles(words))
    found = (Fingerprint(" ".join(words), frozenset(hashes)), hashes)
    _FINGERPRINTS[text] = found
    while len(_FINGERPRINTS) > _FINGERPRINT_CACHE:
        with suppress(KeyError):
            _FINGERPRINTS.popitem(last=False)
    return found


def word_spans(view: Normalized, indexes: Collection[int]) -> dict[int, tuple[int, int]]:
    """Spans in the original text of the words (as :func:`tokens` counts them) at
    ``indexes``, without mapping every word."""
    wanted, last, out = set(indexes), max(indexes, default=-1), {}
    for i, m in enumerate(_TOKEN.finditer(view.text)):
        if i in wanted:
            out[i] = view.span(m.start(), m.end())
        if i >= last:
            break
    return out


@runtime_checkable
class History(Protocol):
    """Earlier accepted messages, looked up by keys, never scanned.

    The caller, not :func:`moderation.rules.screen`, records a message once it is accepted
    (not rejected): ``history.record(canonical_writer_key(email), case_slug, text)``.
    """

    def writer_repeat_keys(self, writer_key: str, limit: int) -> Sequence[str]:
        """Repeat keys (:func:`repeat_key`) of the writer's latest messages, newest first."""
        ...

    def shingle_overlaps(
        self, shingles: Collection[int], exclude_writer: str, limit: int, at_least: int = 1
    ) -> Sequence[tuple[int, int]]:
        """``(message id, shared shingle count)`` of the messages by other writers that share
        the most of ``shingles`` (and at least ``at_least`` of them), most first, ties oldest
        first."""
        ...

    def message_shingles(self, message_id: int) -> Collection[int]:
        """The shingle hashes of one earlier message (for the copied span)."""
        ...

    def record(self, writer_key: str, case_slug: str, text: str) -> None:
        """Remember an accepted message."""
        ...


class MemoryHistory:
    """A :class:`History` in memory, for the CLI check and the tests.

    Shingles found in more than ``common_limit`` messages are common phrases ("you are not
    alone"), no evidence of copying: they are not looked up (a database backend should do the
    same, e.g. with a per-shingle count), which keeps every lookup cheap.
    """

    def __init__(self, common_limit: int = 100) -> None:
        self.common_limit = common_limit
        self._repeat_keys: dict[str, list[str]] = defaultdict(list)
        self._postings: dict[int, list[int]] = defaultdict(list)
        self._writers: list[str] = []
        self._by_writer: dict[str, list[int]] = defaultdict(list)
        self._shingles: list[frozenset[int]] = []

    def writer_repeat_keys(self, writer_key: str, limit: int) -> Sequence[str]:
        """Repeat keys of the writer's latest messages, newest first."""
        return self._repeat_keys.get(writer_key, [])[::-1][:limit]

    def shingle_overlaps(
        self, shingles: Collection[int], exclude_writer: str, limit: int, at_least: int = 1
    ) -> Sequence[tuple[int, int]]:
        """Messages by other writers sharing the most of ``shingles`` (at least ``at_least``).

        A message sharing ``at_least`` of the n shingles that count shares at least one of
        any n - at_least + 1 of them, so only the postings of that many of the rarest are
        read for candidates (prefix filtering); each candidate is then counted exactly.
        """
        need = max(1, at_least)
        counted = []
        for s in set(shingles):
            postings = self._postings.get(s)
            if postings is not None and len(postings) <= self.common_limit:
                counted.append((len(postings), s))
        if limit <= 0 or len(counted) < need:
            return []
        counted.sort()
        candidates: set[int] = set()
        for _, s in counted[: len(counted) - need + 1]:
            candidates.update(self._postings[s])
        candidates.difference_update(self._by_writer.get(exclude_writer, ()))
        keys = frozenset(s for _, s in counted)
        found = []
        for m in candidates:
            shared = len(keys & self._shingles[m])
            if shared >= need:
                found.append((m, shared))
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found[:limit]

    def message_shingles(self, message_id: int) -> Collection[int]:
        """The shingle hashes of one earlier message."""
        return self._shingles[message_id]

    def record(self, writer_key: str, case_slug: str, text: str) -> None:
        """Remember an accepted message."""
        fp = fingerprint(text)
        message_id = len(self._writers)
        self._writers.append(writer_key)
        self._by_writer[writer_key].append(message_id)
        self._shingles.append(fp.shingles)
        self._repeat_keys[writer_key].append(fp.repeat_key)
        for s in fp.shingles:
            self._postings[s].append(message_id)
