"""N05B (no bold, italic or underline) and N11A (no images, files or other HTML)."""

from __future__ import annotations

import re

from moderation.rules.context import ScreenContext
from moderation.rules.types import Finding

# HTML tags that only style text (N05B); every other tag is HTML the letters cannot carry (N11A).
_STYLE_TAGS = frozenset({"b", "i", "u", "em", "strong", "ins", "mark", "big", "small", "tt"})
_TAG = re.compile(r"</?\s*([a-z][a-z0-9]*)\b[^<>]*>", re.IGNORECASE)
_BBCODE = re.compile(r"\[(/?)(b|i|u|s|em|strong|img|url|color|size|font|quote)\b[^\]]*\]", re.I)
_BBCODE_MEDIA = frozenset({"img", "url", "quote"})
_MARKDOWN = re.compile(
    r"(?<![\w*])\*\*(?=\S)[^*\n]+?(?<=\S)\*\*(?![\w*])"  # **bold**
    r"|(?<![\w_])__(?=\S)[^_\n]+?(?<=\S)__(?![\w_])"  # __bold__
    r"|(?<![\w*])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![\w*])"  # *italic*
    r"|(?<![\w_])_(?=[^\s_])[^_\n]+?(?<=[^\s_])_(?![\w_])"  # _italic_
    r"|(?<![\w~])~~(?=\S)[^~\n]+?(?<=\S)~~(?![\w~])"  # ~~strike~~
)
# Mathematical Alphanumeric Symbols: "styled" bold/italic/script letters and digits.
_STYLED = re.compile("[\U0001d400-\U0001d7ff]+(?:[ \t]+[\U0001d400-\U0001d7ff]+)*")
# Letters underlined, overlined or struck through with combining characters.
_COMBINING_STYLE = re.compile(r"(?:.[\u0332\u0333\u0305\u033f\u0336\u0335\u0338]+)+")
_STYLE_MARK = re.compile(r"[\u0332\u0333\u0305\u033f\u0336\u0335\u0338]")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_DATA_URI = re.compile(r"\bdata:[a-z]+/[\w.+-]+(?:;[\w=.-]+)*,[\w+/=%.-]*", re.IGNORECASE)
_ATTACHMENT = re.compile(r"\[(?:attachment|attached|file|image|photo)(?:=[^\]]*)?\][^\[]*", re.I)


def check_formatting(ctx: ScreenContext) -> list[Finding]:
    """N05B: HTML/BBCode style tags, Markdown emphasis, styled or underlined letters."""
    text = ctx.text
    spans: list[tuple[int, int, str]] = []
    # Each pattern runs only if the characters it needs occur at all (most letters are plain).
    for m in _TAG.finditer(text) if "<" in text else ():
        if m.group(1).lower() in _STYLE_TAGS:
            spans.append((m.start(), m.end(), "bold, italic or underline tags"))
    for m in _BBCODE.finditer(text) if "[" in text else ():
        if m.group(2).lower() not in _BBCODE_MEDIA:
            spans.append((m.start(), m.end(), "bold, italic or underline tags"))
    if "*" in text or "_" in text or "~" in text:
        for m in _MARKDOWN.finditer(text):
            spans.append((m.start(), m.end(), "bold or italic marks"))
    if not text.isascii():
        for m in _STYLED.finditer(text):
            spans.append((m.start(), m.end(), "styled letters"))
        if _STYLE_MARK.search(text):
            for m in _COMBINING_STYLE.finditer(text):
                spans.append((m.start(), m.end(), "underlined letters"))
    return [
        ctx.finding("N05B", a, b, f"Please write plain text without {what}: {text[a:b]} (N05B)")
        for a, b, what in sorted(spans)
    ]


def check_attachments(ctx: ScreenContext) -> list[Finding]:
    """N11A: images (HTML, Markdown, BBCode), data: URIs, attachments and other HTML."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    for m in _TAG.finditer(text) if "<" in text else ():
        if m.group(1).lower() not in _STYLE_TAGS:
            spans.append(m.span())
    for m in _BBCODE.finditer(text) if "[" in text else ():
        if m.group(2).lower() in _BBCODE_MEDIA:
            spans.append(m.span())
    for pattern, needs in ((_MD_IMAGE, "!["), (_DATA_URI, ":"), (_ATTACHMENT, "[")):
        if needs in text:
            spans.extend(m.span() for m in pattern.finditer(text))
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not any(ka <= a and b <= kb for ka, kb in kept):
            kept.append((a, b))
    return [
        ctx.finding(
            "N11A",
            a,
            b,
            "Letters are printed as plain text: please remove images, files and HTML: "
            f"{_short(text[a:b])} (N11A)",
        )
        for a, b in kept
    ]


def _short(excerpt: str, limit: int = 60) -> str:
    return excerpt if len(excerpt) <= limit else excerpt[: limit - 1] + "…"
