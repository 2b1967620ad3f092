"""Showing a message with the spans that raised findings marked, safely escaped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape


def highlight(text: str, findings: Iterable[Mapping[str, Any]]) -> Markup:
    """Escape ``text`` and wrap each finding's span (on the text field) in ``<mark>``.

    Overlapping spans are merged; the codes of every finding in a merged span
    go in its title. Line breaks become ``<br>``.
    """
    spans: list[tuple[int, int, set[str]]] = []
    for f in sorted(
        (f for f in findings if f.get("field", "text") == "text"),
        key=lambda f: (f["start"], f["end"]),
    ):
        start, end = max(0, int(f["start"])), min(len(text), int(f["end"]))
        if end <= start:
            continue
        if spans and start <= spans[-1][1]:
            last = spans[-1]
            spans[-1] = (last[0], max(last[1], end), last[2] | {f["code"]})
        else:
            spans.append((start, end, {f["code"]}))
    parts: list[Markup] = []
    cursor = 0
    for start, end, codes in spans:
        parts.append(escape(text[cursor:start]))
        title = escape(" ".join(sorted(codes)))
        parts.append(Markup('<mark title="%s">%s</mark>') % (title, text[start:end]))
        cursor = end
    parts.append(escape(text[cursor:]))
    return Markup("<br>\n").join(Markup("").join(parts).split("\n"))
