"""How often the screening engine lets through a message that needed a human.

Shown to staff next to the auto-approval switch: with auto-approval on, about
this share of the messages that needed a human is delivered unread.
"""

from __future__ import annotations

# Measured on corpus c8 (evaluation/corpora/c8), 270 letters in 13 languages written blind to
# the rule book and scored once with rule book 2026.6 (engine ed0aade): 20 of the 141 messages
# that needed a human or a refusal were approved (MODERATION.md). Update when re-measured.
MISS_RATE = 0.142
MEASURED_ON_LETTERS = 270
