"""The database-backed history answers the engine's questions like the memory one."""

from __future__ import annotations

from flask import Flask

from moderation.rules import MemoryHistory, fingerprint
from moderation.services.history import COMMON_LIMIT, DatabaseHistory
from tests.factories import make_case, make_message

ORIGINAL = (
    "Dear Sasha, your courage in the face of this unjust trial inspires thousands "
    "of us across the world to speak up for freedom of expression."
)


def test_copy_lookup_finds_other_writers_but_not_the_same_writer(ctx: Flask) -> None:
    case = make_case()
    first = make_message(case, text=ORIGINAL, email="first@example.org")
    make_message(case, text="Something else entirely, stay strong friend", email="x@example.org")
    shingles = fingerprint(ORIGINAL).shingles
    history = DatabaseHistory()
    [(message_id, shared)] = history.shingle_overlaps(shingles, "copier@example.org", 5)[:1]
    assert message_id == first.id
    assert shared == len(shingles)
    assert history.shingle_overlaps(shingles, "first@example.org", 5) == []
    assert set(history.message_shingles(first.id)) == set(shingles)

    memory = MemoryHistory()
    memory.record("first@example.org", case.slug, ORIGINAL)
    assert memory.shingle_overlaps(shingles, "copier@example.org", 5)[0][1] == shared


def test_earlier_only_and_repeat_keys(ctx: Flask) -> None:
    case = make_case()
    first = make_message(case, text=ORIGINAL, email="same@example.org")
    second = make_message(case, text=ORIGINAL, email="same@example.org")
    before_second = DatabaseHistory(before_id=second.id)
    assert before_second.writer_repeat_keys("same@example.org", 5) == [
        fingerprint(ORIGINAL).repeat_key
    ]
    assert DatabaseHistory(before_id=first.id).writer_repeat_keys("same@example.org", 5) == []


def test_common_phrases_are_not_copies(ctx: Flask) -> None:
    case = make_case()
    common = "we are all with you and we will never forget you"
    for i in range(COMMON_LIMIT + 1):
        make_message(case, text=f"{common} number {i}", email=f"w{i}@example.org", rules=[])
    shingles = fingerprint(common).shingles
    assert DatabaseHistory().shingle_overlaps(shingles, "new@example.org", 5) == []


def test_a_threshold_keeps_only_messages_sharing_enough_in_both_histories(ctx: Flask) -> None:
    case = make_case()
    words = ORIGINAL.split()
    half = " ".join(words[: len(words) // 2]) + " and then something else of my own entirely"
    texts = {"full@example.org": ORIGINAL, "half@example.org": half}
    memory = MemoryHistory()
    ids = {}
    for email, text in texts.items():
        ids[email] = make_message(case, text=text, email=email).id
        memory.record(email, case.slug, text)
    shingles = fingerprint(ORIGINAL).shingles
    shared_half = len(shingles & fingerprint(half).shingles)
    assert 0 < shared_half < len(shingles)

    for history, full_id, half_id in (
        (DatabaseHistory(), ids["full@example.org"], ids["half@example.org"]),
        (memory, 0, 1),  # the memory history numbers messages as recorded
    ):
        assert history.shingle_overlaps(shingles, "x@example.org", 5, at_least=shared_half) == [
            (full_id, len(shingles)),
            (half_id, shared_half),
        ]
        assert history.shingle_overlaps(shingles, "x@example.org", 5, at_least=shared_half + 1) == [
            (full_id, len(shingles))
        ]
        assert history.shingle_overlaps(shingles, "x@example.org", 5, at_least=99) == []
