"""Values kept in this process for a few seconds (counters, the campaign's screening lists)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class TTLCache(Generic[T]):
    """A small cache whose entries live for the time given when they were loaded.

    For data that many requests read and few change, where being a few seconds behind is
    fine: thousands of requests then cost one query per key per process every few seconds.
    """

    MAX_ENTRIES = 10_000

    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[float, T]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, ttl: float, load: Callable[[], T]) -> T:
        """The cached value for ``key``, loading it (to keep ``ttl`` seconds) when missing or
        expired."""
        now = time.monotonic()
        entry = self._entries.get(key)
        if entry is not None and entry[0] > now:
            return entry[1]
        value = load()
        with self._lock:
            if len(self._entries) > self.MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = (now + ttl, value)
        return value

    def clear(self) -> None:
        """Forget every entry (after a change this process made)."""
        with self._lock:
            self._entries.clear()
