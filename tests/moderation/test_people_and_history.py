"""N01 and N02 (the name and place fields), N10 and N12 (the history of earlier messages)."""

from __future__ import annotations

import pytest

from moderation.rules import History, MemoryHistory, canonical_writer_key, fingerprint
from tests.moderation.helpers import codes, run

TEXT = "Ana, your courage gives us hope. We think of you every day."


@pytest.mark.parametrize(
    ("name", "place"),
    [("", "Leeds"), ("   ", "Leeds"), ("test", "Leeds"), ("Test Test", "Leeds"),
     ("asdf", "Leeds"), ("Anonymous", "Leeds"), ("xxx", "xxx"), ("user123", "Leeds"),
     ("J.", "Leeds"), ("Maria Santos", ""), ("Maria Santos", "asdf"), ("Аноним", "Москва")],
)  # fmt: skip
def test_n01_trips_on_placeholder_name_or_missing_place(name: str, place: str) -> None:
    result = run(TEXT, name=name, place=place)
    assert "N01" in result.rules
    assert {f.field for f in result.findings if f.code == "N01"} <= {"name", "place"}


@pytest.mark.parametrize(
    "name",
    ["Bahar", "Li Na", "王芳", "Ирина Соколова", "مریم احمدی", "শাহানা পারভীন", "Jo", "Ng"],
)
def test_n01_does_not_trip_on_mononyms_short_or_non_latin_names(name: str) -> None:
    assert codes(TEXT, name=name, place="Toronto") == []


@pytest.mark.parametrize(
    ("name", "case"),
    [("Amnesty International", "en"), ("Agnès Callamard", "en"), ("agnes callamard", "en"),
     ("Ana Torres", "en"), ("Torres Ana", "en"), ("Chow Hang Tung", "en-zh"), ("鄒幸彤", "en-zh"),
     ("Aleksandra Skochilenko", "ru-en")],
)  # fmt: skip
def test_n02_trips_on_protected_or_rights_holder_names(name: str, case: str) -> None:
    assert "N02" in codes("We stand with you.", case, name=name)


@pytest.mark.parametrize(
    ("name", "case"),
    [("Ana Lopez", "en"), ("Agnès Martin", "en"), ("Luis Manuel Herrera", "es-en"),
     ("Aleksandra Nowak", "ru-en"), ("Nasser Haddad", "ar-fr-en")],
)  # fmt: skip
def test_n02_does_not_trip_on_a_shared_first_name(name: str, case: str) -> None:
    assert "N02" not in codes("We stand with you.", case, name=name)


def test_memory_history_is_a_history() -> None:
    assert isinstance(MemoryHistory(), History)


def test_canonical_writer_key_is_trimmed_lower_case() -> None:
    assert canonical_writer_key("  Jane.Porter@Example.ORG ") == "jane.porter@example.org"


def _accept(history: MemoryHistory, text: str, email: str, case: str = "en") -> None:
    history.record(canonical_writer_key(email), case, text)


def test_n10_trips_on_the_same_writer_sending_nearly_the_same_text() -> None:
    history = MemoryHistory()
    _accept(history, TEXT, "a@example.org")
    again = "Ana: your courage gives us hope! We think of you every single day."
    assert "N10" in codes(again, email="A@Example.org ", history=history)


def test_n10_trips_when_only_the_addressee_changes() -> None:
    history = MemoryHistory()
    _accept(history, "Dear Chow, we think of you every day and we will keep writing.", "a@x.org")
    text = "Dear Sasha, we think of you every day and we will keep writing."
    assert "N10" in codes(text, "ru-en", email="a@x.org", history=history)


def test_n10_does_not_trip_on_different_writers_or_different_texts() -> None:
    history = MemoryHistory()
    _accept(history, "Stay strong!", "a@example.org")
    assert "N10" not in codes("Stay strong!", email="b@example.org", history=history)
    _accept(history, TEXT, "c@example.org")
    other = "Ana, my daughter drew you a lighthouse. She says it keeps the dark away."
    assert "N10" not in codes(other, email="c@example.org", history=history)


def test_n12_trips_on_another_writers_message_copied_with_small_edits() -> None:
    history = MemoryHistory()
    original = (
        "Every June my grandfather lights a candle in his window, just like at the vigils "
        "he went to for thirty years. This year he asked me to light it for you."
    )
    _accept(history, original, "first@example.org")
    copy = original.replace("grandfather", "grandmother").replace(" his ", " her ")
    result = run(copy, email="second@example.org", history=history)
    assert "N12" in result.rules
    [f] = [f for f in result.findings if f.code == "N12"]
    assert copy[f.start : f.end] == f.excerpt and len(f.excerpt) > len(copy) / 2


def test_n12_does_not_trip_on_the_cases_suggested_messages_or_short_phrases() -> None:
    history = MemoryHistory()
    suggested = "Chow, you are not alone. The world remembers, and so do we."
    _accept(history, suggested, "first@example.org", "chow-hang-tung")
    assert "N12" not in codes(suggested, "en-zh", email="second@example.org", history=history)
    _accept(history, "Stay strong, we are with you!", "first@example.org")
    short = "Stay strong, we are with you!"
    assert "N12" not in codes(short, email="second@example.org", history=history)


def test_without_a_history_repeats_and_copies_are_not_checked() -> None:
    assert codes(TEXT, history=None) == []


def test_fingerprint_is_stable_and_holds_shingles() -> None:
    fp = fingerprint("We think of you every day, Ana.")
    assert fp.repeat_key == "we think of you every day ana"
    assert fp == fingerprint("WE think of you every day, Ana!")
    assert len(fp.shingles) == 5
