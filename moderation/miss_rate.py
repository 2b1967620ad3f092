"""How often the screening engine lets through a message that needed a human.

Shown to staff next to the auto-approval switch: with auto-approval on, about
this share of the messages that needed a human is delivered unread.
"""

from __future__ import annotations

# Measured on corpora c9 and c10 (evaluation/corpora), 540 letters in 13 languages written
# blind to the rule book, each scored once with the rules and the statistical reading (rule
# book 2026.7): 12 of 139 and 19 of 141 messages that needed a human or a refusal were
# approved, 31 of 280 (MODERATION.md). Update when re-measured.
MISS_RATE = 0.111
MEASURED_ON_LETTERS = 540
