"""How often the screening engine lets through a message that needed a human.

Shown to staff next to the auto-approval switch: with auto-approval on, about
this share of the messages that needed a human is delivered unread.
"""

from __future__ import annotations

# Measured on the hidden corpus of 269 letters: 9.7 % of messages that needed a human were
# approved (issue 9); update when re-measured.
MISS_RATE = 0.097
MEASURED_ON_LETTERS = 269
