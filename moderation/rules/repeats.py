"""N10 (no repeated posts by the same writer) and N12 (no copying other writers' words)."""

from __future__ import annotations

import math
from difflib import SequenceMatcher
from functools import lru_cache

from moderation.rules.context import ScreenContext
from moderation.rules.history import (
    SHINGLE_WORDS,
    fingerprint,
    ordered_shingles,
    shingles,
    tokens,
    word_spans,
)
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

# How alike two texts by one writer must be to count as the same text again (0..1).
REPEAT_SIMILARITY = 0.8
# How many of the writer's latest messages are compared.
REPEAT_LOOKBACK = 50
# Share of a message's own shingles (those not from the suggested messages) that must come
# from one earlier message by another writer, and the fewest shingles worth judging: common
# short phrases ("Stay strong!") are never a copy.
COPY_CONTAINMENT = 0.5
COPY_MIN_SHINGLES = 8


def check_repeats(ctx: ScreenContext) -> list[Finding]:
    """N10: the same writer sending the same or nearly the same text again (to any case)."""
    if ctx.history is None or not ctx.writer_key:
        return []
    key = fingerprint(ctx.text, ctx.folded).repeat_key
    if not key:
        return []
    own = set(key.split())
    for earlier in ctx.history.writer_repeat_keys(ctx.writer_key, REPEAT_LOOKBACK):
        theirs = set(earlier.split())
        # Cheap first: texts that share under half their words are not "the same text".
        if len(own & theirs) * 2 < len(own | theirs):
            continue
        matcher = SequenceMatcher(None, key, earlier, autojunk=False)
        if matcher.real_quick_ratio() < REPEAT_SIMILARITY:
            continue
        if matcher.quick_ratio() >= REPEAT_SIMILARITY and matcher.ratio() >= REPEAT_SIMILARITY:
            stripped = ctx.text.strip()
            start = ctx.text.find(stripped)
            return [
                ctx.finding(
                    "N10",
                    start,
                    start + len(stripped),
                    "You have already sent this message; please don't send it again (N10)",
                )
            ]
    return []


@lru_cache(maxsize=64)
def _suggested_shingles(suggested: tuple[str, ...]) -> frozenset[int]:
    out: set[int] = set()
    for text in suggested:
        out.update(shingles([w for w, _, _ in tokens(normalize(text))]))
    return frozenset(out)


def check_copies(ctx: ScreenContext) -> list[Finding]:
    """N12: most of the message copied from one earlier message by another writer."""
    if ctx.history is None:
        return []
    suggested = _suggested_shingles(tuple(ctx.case.suggested_messages))
    own = fingerprint(ctx.text, ctx.folded).shingles - suggested
    if len(own) < COPY_MIN_SHINGLES:
        return []
    need = math.ceil(COPY_CONTAINMENT * len(own))
    best = ctx.history.shingle_overlaps(own, ctx.writer_key, 1, at_least=need)
    if not best:
        return []
    # Where the copied words are: from the first to the last shared shingle.
    source = set(ctx.history.message_shingles(best[0][0]))
    hashes = ordered_shingles(ctx.text, ctx.folded)
    copied = [i for i, h in enumerate(hashes) if h in own and h in source]
    first, last = copied[0], copied[-1] + SHINGLE_WORDS - 1
    spans = word_spans(ctx.folded, (first, last))
    start, end = spans[first][0], spans[last][1]
    return [
        ctx.finding(
            "N12",
            start,
            end,
            "Most of this message is copied from another writer's; please write in your own "
            "words (the campaign's suggested messages are fine) (N12)",
        )
    ]
