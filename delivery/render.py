"""Print-ready delivery bundles: ``letters.pdf``, manifests, a README and checksums in one ZIP.

Pure functions, no Flask and no database: the job hands us plain dataclasses. The PDF is made
with fpdf2 and shaped with HarfBuzz (uharfbuzz), so Arabic and Persian are joined and laid out
right to left, and Bengali conjuncts are formed; fonts come from PyPI packages (see fonts.py).

Layout: a cover page, then two message cards per page (top and bottom half, with a dashed cut
line between them). A message too long for half a page gets a page of its own, and flows onto
further pages if it must.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import hashlib
import io
import json
import os
import pathlib
import tempfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from delivery import fonts

# --- Layout constants (millimetres, points for font sizes) -------------------------------------

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN = 14.0  # printers' non-printable edge is ~5 mm; 14 leaves room for a hand trim
FOOTER_HEIGHT = 8.0
CARD_PADDING = 6.0  # inside each half page, around the text
BODY_SIZE = 11.0
BODY_LINE = 5.8  # ~1.5 x the body size: Arabic and Bengali need the room for marks
META_SIZE = 8.0
SIGNATURE_SIZE = 10.0
GREY = (110, 110, 110)
CUT_LINE_GREY = (170, 170, 170)
PROGRESS_EVERY = 200  # messages between progress callbacks

HEADER_HEIGHT = META_SIZE * 0.6 + 2  # "No. 123 · 2026-11-02 · fr · FR" and the gap under it
SIGNATURE_GAP = 3.0
SIGNATURE_LINE = SIGNATURE_SIZE * 0.55
SIGNATURE_BLOCK = SIGNATURE_GAP + SIGNATURE_LINE  # "first name, place"

TRADITIONAL_CHINESE = frozenset({"zh-hant", "zh-tw", "zh-hk", "zh-mo"})

MANIFEST_FIELDS = ("id", "language", "first_name", "place", "country", "date", "text")


# --- Public data types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleMessage:
    """One approved message of support, as it goes into a bundle."""

    id: int
    language: str | None  # BCP 47 tag ("fr", "zh-Hant"), None when undetected
    first_name: str
    place: str
    country: str  # ISO 3166-1 alpha-2 of the writer
    date: datetime.date
    text: str


@dataclass(frozen=True)
class BundleInfo:
    """What the cover page and README say about the bundle."""

    bundle_id: int
    case_name: str
    case_slug: str
    country: str  # ISO alpha-2 of the case (where the letters go)
    paper: str  # "A4" or "Letter"
    created: datetime.datetime


# --- CSV safety ----------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_csv_cell(value: str) -> str:
    """Make a cell inert in spreadsheets: prefix an apostrophe to formula-like starts.

    Cells beginning with ``= + - @``, a tab or a carriage return are read as formulas by Excel,
    LibreOffice and Google Sheets (OWASP "CSV injection"); a leading apostrophe makes them text.
    """
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# --- Fonts and text -------------------------------------------------------------------------------


def _is_traditional(language: str | None) -> bool:
    return (language or "").lower() in TRADITIONAL_CHINESE


@lru_cache(maxsize=4096)
def _drawable(char: str) -> bool:
    """Whether some bundled font can draw ``char`` (emoji, for one, cannot)."""
    if char == "\n":
        return True
    if unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
        return False
    return any(ord(char) in fonts.font_cmap(script) for script in fonts.SCRIPTS)


def printable(text: str) -> str:
    """The text as it goes on paper: NFC, newlines kept, tabs as spaces, undrawable chars out.

    Dropping what no font has (emoji, private-use characters) avoids tofu boxes; the manifests
    keep the exact text.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ")
    return "".join(char for char in text if _drawable(char)).strip()


_script_of = lru_cache(maxsize=16384)(fonts.script_of)


def main_script(text: str, language: str | None = None) -> str:
    """The script most of the text's letters are in; it picks the message's first font."""
    counts = Counter(map(_script_of, text))
    counts.pop(None, None)
    if not counts:
        return fonts.LATIN
    script = counts.most_common(1)[0][0] or fonts.LATIN
    if script == fonts.CJK_SC and _is_traditional(language):
        return fonts.CJK_TC
    return script


def _is_rtl(script: str) -> bool:
    return script == fonts.ARABIC


@lru_cache(maxsize=8192)
def _char_needs_shaping(char: str) -> bool:
    if fonts.script_of(char) in fonts.SHAPED_SCRIPTS:
        return True
    # Combining marks must be positioned by the font; ZWJ/ZWNJ steer joining.
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d"


def needs_shaping(text: str) -> bool:
    """Whether ``text`` needs HarfBuzz: Arabic, Indic scripts or combining marks.

    fpdf2's shaped path costs ~10 µs a glyph, its plain path ~1.5 µs, so Latin, Cyrillic and CJK
    text (precomposed after NFC, and drawn one glyph per character) goes the plain way.
    """
    return any(map(_char_needs_shaping, text))


def _set_shaping(pdf: FPDF, text: str, rtl: bool) -> None:
    if needs_shaping(text):
        pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
    else:
        pdf.set_text_shaping(False)


def _register_fonts(pdf: _LettersPDF, texts: Iterable[str], traditional: bool, folder: str) -> None:
    """Add to ``pdf`` one static subset per script the texts need, and set the fallback chain.

    The font files are written to ``folder``, which must outlive ``pdf.output()``: fpdf2 hands
    the file paths to HarfBuzz, which opens them lazily.
    """
    used: set[int] = set()
    for text in texts:
        used.update(map(ord, text))
    # One face per script the texts use; Latin always, for the page furniture.
    needed = [fonts.LATIN]
    present = {_script_of(chr(cp)) for cp in used}
    needed += [s for s in fonts.SCRIPTS if s in present and s != fonts.LATIN]
    # Noto Sans SC draws traditional characters too, but in mainland forms: messages tagged as
    # traditional Chinese get Noto Sans TC, as do the few characters only TC has.
    sc, tc = fonts.font_cmap(fonts.CJK_SC), fonts.font_cmap(fonts.CJK_TC)
    if fonts.CJK_SC in needed and (traditional or used & tc - sc):
        needed.append(fonts.CJK_TC)
    for script in needed:
        font_path = pathlib.Path(folder) / f"{script}.ttf"
        font_path.write_bytes(fonts.static_subset(script, used))
        pdf.add_font(_family(script), "", font_path)
    # Headings are the only bold text: a bold Latin face with just the ASCII and Latin-1 it needs
    # is cheap; other scripts in headings fall back to their regular face.
    bold_path = pathlib.Path(folder) / "latin-bold.ttf"
    headings = {cp for cp in used if cp < 0x250}
    bold_path.write_bytes(fonts.static_subset(fonts.LATIN, headings, fonts.BOLD))
    pdf.add_font(_family(fonts.LATIN), "B", bold_path)
    # Fallback order: Latin first, so digits and punctuation stay in one face.
    pdf.fallbacks = [_family(script) for script in needed]
    pdf.set_fallback_fonts(pdf.fallbacks, exact_match=False)
    pdf.fallback_on = True


def _family(script: str) -> str:
    # fpdf2 tells styles apart by capital B/I in the font key, so family names stay lowercase.
    return "noto-" + script


# --- The PDF ------------------------------------------------------------------------------------


class _LettersPDF(FPDF):
    """FPDF with our page footer and a cache of character widths for line breaking."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widths: dict[tuple[str, str], float] = {}
        self.fallbacks: list[str] = []
        self.fallback_on = False

    def footer(self) -> None:
        """Bundle and page number at the foot of every page, so loose pages can be re-sorted."""
        # The footer may run in the middle of a shaped message (automatic page break): keep the
        # caller's shaping setting. fpdf2 itself restores font and colours after the footer.
        shaping = self.text_shaping
        self.set_text_shaping(False)  # ASCII only; shaping it would cost ~1 ms a page
        self.set_y(-MARGIN - FOOTER_HEIGHT + 2)
        self.set_font(_family(fonts.LATIN), size=META_SIZE)
        self.set_text_color(*GREY)
        # A cell, not _put: only cells substitute the page-count alias, and only with font
        # fallback off (fpdf2's fallback path leaves the alias as it is).
        footer = f"{self.footer_text} - page {self.page_no()}/{{pages}}"
        self.use_fallback_for(footer)
        self.cell(0, 5, footer, align="C")
        self.set_text_color(0, 0, 0)
        self.text_shaping = shaping

    def use_fallback_for(self, text: str) -> None:
        """Turn font fallback on only if the current font lacks some of ``text``'s characters.

        With fallback on, fpdf2 checks every character against every font (~5 µs each); most
        lines are entirely in the current font, and without fallback fpdf2 takes a fast path.
        """
        cmap = self.current_font.cmap  # type: ignore[union-attr]
        needed = not all(ord(char) in cmap for char in text)
        if needed != self.fallback_on:
            self.set_fallback_fonts(self.fallbacks if needed else [], exact_match=False)
            self.fallback_on = needed

    def char_width(self, family: str, char: str) -> float:
        """Advance of ``char`` in thousandths of an em, in the face fpdf2 will pick for it."""
        key = (family, char)
        width = self.widths.get(key)
        if width is None:
            font = self.fonts[family]
            if ord(char) not in font.cmap:  # type: ignore[union-attr]
                font = self.fonts[self.get_fallback_font(char) or family]
            width = self.widths[key] = float(font.cw[ord(char)])  # type: ignore[union-attr]
        return width


@contextlib.contextmanager
def _new_pdf(
    paper: str,
    title: str,
    texts: Sequence[str],
    traditional: bool,
    created: datetime.datetime | None = None,
) -> Iterator[_LettersPDF]:
    """A PDF set up for our pages, with fonts for ``texts``; call output() inside the block."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    pdf = _LettersPDF(unit="mm", format=PAPER_SIZES[paper])
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN + FOOTER_HEIGHT)
    pdf.set_title(title)
    pdf.set_creator("write-for-rights")
    pdf.set_producer("write-for-rights (fpdf2)")
    if created is not None:
        # The same bundle renders to the same bytes (the PDF's ID hashes its dates), so a
        # re-run can be compared with the delivered ZIP's checksum.
        pdf.set_creation_date(created)
    pdf.alias_nb_pages("{pages}")  # room for up to 7 digits: big bundles pass 9,999 pages
    with tempfile.TemporaryDirectory(prefix="bundle-fonts-") as folder:
        try:
            _register_fonts(pdf, texts, traditional, folder)
            yield pdf
        finally:
            # fpdf2 loads fonts lazily and never closes them: close them before the folder goes
            # (an open file would leak, and Windows could not delete the folder).
            for font in pdf.fonts.values():
                ttfont = getattr(font, "ttfont", None)
                if ttfont is not None:
                    ttfont.close()


def _language_label(code: str | None) -> str:
    """ "French (fr)" for a tag Babel knows, else the tag itself."""
    if not code:
        return "undetected"
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        return code
    return f"{name} ({code})" if name else code


def _country_label(code: str) -> str:
    name = Locale("en").territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()


# --- Line breaking ------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _breaks_before(char: str, previous: str) -> bool:
    """Whether a line may start at ``char`` (after ``previous``), UAX #14 in miniature."""
    if unicodedata.category(char) in ("Po", "Pe", "Pf"):
        return False  # no line starts with a comma, a full stop or a closing bracket
    if previous == " ":
        return char != " "
    # Between CJK characters, and at a switch to or from them, a line may break anywhere.
    return fonts.script_of(char) == fonts.CJK_SC or fonts.script_of(previous) == fonts.CJK_SC


def wrap_text(pdf: _LettersPDF, text: str, family: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` mm at ``size`` pt in ``family``.

    fpdf2's own multi_cell measures every character through HarfBuzz once per line it tries
    (~3 ms for a 400-character message); summing cached advance widths is ~20 times faster.
    Shaped Arabic and Bengali are usually narrower than the sum of their characters, so the
    lines can only come out a little short, never too long.
    """
    limit = width / (size * 0.001 * 25.4 / 72)  # the width in thousandths of an em
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line_start = 0  # index in paragraph
        line_width = 0.0  # of paragraph[line_start:index]
        last_break = -1  # latest index where the current line could end
        width_at_break = 0.0
        previous = ""
        for index, char in enumerate(paragraph):
            if index > line_start and _breaks_before(char, previous):
                last_break, width_at_break = index, line_width
            advance = pdf.char_width(family, char)
            if line_width + advance > limit and char != " " and index > line_start:
                if last_break > line_start:
                    lines.append(paragraph[line_start:last_break].rstrip(" "))
                    line_start, line_width = last_break, line_width - width_at_break
                else:  # one word longer than the line: cut it
                    lines.append(paragraph[line_start:index])
                    line_start, line_width = index, 0.0
                last_break = -1
            line_width += advance
            previous = char
        lines.append(paragraph[line_start:].rstrip(" "))
    return lines


# --- Pages ----------------------------------------------------------------------------------------


def _put(
    pdf: _LettersPDF,
    width: float,
    height: float,
    text: str,
    align: str = "L",
    border: int | str = 0,
    newline: bool = True,
) -> None:
    """One line of text in a box like FPDF.cell, then to the next line unless ``newline`` is False.

    ``width`` 0 means up to the right margin. A line that needs neither shaping nor another font
    is written with FPDF.text, ~7 times faster than FPDF.cell, which re-parses every line for
    fallback fonts and direction; the result on the page is the same.
    """
    font = pdf.current_font
    if (
        border or pdf.text_shaping is not None or not all(ord(char) in font.cmap for char in text)  # type: ignore[union-attr]
    ):
        pdf.use_fallback_for(text)
        pdf.cell(
            width,
            height,
            text,
            border=border,
            align=align,
            new_x=XPos.LMARGIN if newline else XPos.RIGHT,
            new_y=YPos.NEXT if newline else YPos.TOP,
        )
        return
    if pdf.will_page_break(height):
        x = pdf.x
        pdf.add_page(same=True)
        pdf.x = x
    x = pdf.x
    width = width or pdf.w - pdf.r_margin - x
    if text:
        cw = font.cw  # type: ignore[union-attr]
        text_width = sum(cw[ord(char)] for char in text) * pdf.font_size_pt * 0.001 / pdf.k
        left = x + pdf.c_margin  # where FPDF.cell puts the text
        if align == "R":
            left = x + width - pdf.c_margin - text_width
        elif align == "C":
            left = x + (width - text_width) / 2
        # Same baseline as FPDF.cell: mid-height, lowered by 0.3 of the font size.
        pdf.text(left, pdf.y + 0.5 * height + 0.3 * pdf.font_size, text)
    if newline:
        pdf.set_xy(pdf.l_margin, pdf.y + height)
    else:
        pdf.set_x(x + width)


def _paragraph(pdf: _LettersPDF, text: str, size: float, height: float, bold: bool = False) -> None:
    """Full-width text; each paragraph aligned to the start of its own script's direction."""
    width = pdf.w - 2 * MARGIN
    for paragraph in text.split("\n"):
        script = main_script(paragraph)
        rtl = _is_rtl(script)
        family = _family(fonts.LATIN if bold else script)
        pdf.set_font(family, "B" if bold else "", size)
        _set_shaping(pdf, paragraph, rtl)
        for line in wrap_text(pdf, paragraph, family, size, width):
            pdf.set_x(MARGIN)
            _put(pdf, width, height, line, "R" if rtl else "L")


def _cover_page(pdf: _LettersPDF, info: BundleInfo, messages: Sequence[BundleMessage]) -> None:
    """The case, the count, the languages, the dates: what the delivery team checks first."""
    pdf.add_page()
    pdf.set_y(MARGIN + 20)
    _paragraph(pdf, "Write for Rights - messages of support", 12, 7)
    pdf.ln(4)
    _paragraph(pdf, printable(info.case_name), 24, 11, bold=True)
    pdf.ln(6)
    dates = sorted(message.date for message in messages)
    languages = Counter(message.language for message in messages)
    countries = {message.country.upper() for message in messages}
    facts = [
        f"Bundle {info.bundle_id} · case “{info.case_slug}” · for {_country_label(info.country)}",
        f"{len(messages):,} messages from writers in {len(countries):,} countries",
        f"Written between {dates[0].isoformat()} and {dates[-1].isoformat()}",
        f"Prepared on {info.created:%Y-%m-%d %H:%M} · {info.paper} paper",
    ]
    for fact in facts:
        _paragraph(pdf, fact, 12, 7)
    pdf.ln(6)
    _paragraph(pdf, "Languages", 13, 8, bold=True)
    for language, count in sorted(languages.items(), key=lambda item: (-item[1], item[0] or "")):
        _paragraph(pdf, f"{_language_label(language)}: {count:,}", 11, 6)
    pdf.ln(6)
    _paragraph(
        pdf,
        "Two messages per page: cut along the dashed line. The number at the top of each card "
        "(No. …) matches the id in manifest.csv and manifest.json.",
        9,
        5,
    )


@dataclass(frozen=True)
class _Card:
    """A message laid out: its lines and what it takes to draw them."""

    message: BundleMessage
    script: str
    lines: list[str]
    signature: str

    @property
    def height(self) -> float:
        """Height of the whole card, padding included."""
        return 2 * CARD_PADDING + HEADER_HEIGHT + len(self.lines) * BODY_LINE + SIGNATURE_BLOCK


def _lay_out(pdf: _LettersPDF, message: BundleMessage) -> _Card:
    text = printable(message.text)
    script = main_script(text, message.language)
    width = pdf.w - 2 * MARGIN - 2 * CARD_PADDING
    lines = wrap_text(pdf, text, _family(script), BODY_SIZE, width)
    name, place = printable(message.first_name), printable(message.place)
    # An Arabic-script signature takes the Arabic comma.
    comma = "، " if _is_rtl(main_script(name + place)) else ", "
    signature = comma.join(part for part in (name, place) if part)
    return _Card(message, script, lines, signature)


def _draw_card(pdf: _LettersPDF, card: _Card, top: float) -> None:
    """Draw ``card`` from ``top``; lines past the page's end continue on the next page."""
    message = card.message
    rtl = _is_rtl(card.script)
    width = pdf.w - 2 * MARGIN - 2 * CARD_PADDING
    x = MARGIN + CARD_PADDING
    pdf.set_y(top + CARD_PADDING)

    # Header: the number ties the card to the manifests; small and grey so it does not distract.
    pdf.set_font(_family(fonts.LATIN), size=META_SIZE)
    pdf.set_text_color(*GREY)
    pdf.set_text_shaping(False)
    pdf.set_x(x)
    country = message.country.upper()
    language = message.language or "und"
    header = f"No. {message.id} · {message.date.isoformat()} · {language} · {country}"
    _put(pdf, width, HEADER_HEIGHT - 2, header)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    pdf.set_font(_family(card.script), size=BODY_SIZE)
    shaped = needs_shaping("".join(card.lines))
    if shaped:
        pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
    for line in card.lines:
        pdf.set_x(x)
        _put(pdf, width, BODY_LINE, line, "R" if rtl else "L")

    # The signature ends the card on the side where the message's lines end. Names and places
    # may be in any script, so the signature gets its own font and shaping.
    pdf.ln(SIGNATURE_GAP)
    sig_script = main_script(card.signature)
    pdf.set_font(_family(sig_script), size=SIGNATURE_SIZE)
    _set_shaping(pdf, card.signature, _is_rtl(sig_script))
    pdf.set_x(x)
    _put(pdf, width, SIGNATURE_LINE, card.signature, "L" if rtl else "R")


def _cut_line(pdf: FPDF, y: float) -> None:
    pdf.set_draw_color(*CUT_LINE_GREY)
    pdf.set_line_width(0.2)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=2, gap=2)
        pdf.line(MARGIN, y, pdf.w - MARGIN, y)
    pdf.set_draw_color(0, 0, 0)


def letters_pdf_bytes(
    info: BundleInfo,
    messages: Sequence[BundleMessage],
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Render ``letters.pdf``: the cover page, then the messages in the given order.

    ``progress(done)`` is called every PROGRESS_EVERY messages.
    """
    if not messages:
        raise ValueError("a bundle needs at least one message")
    texts = [info.case_name, info.case_slug]
    for message in messages:
        texts += (message.text, message.first_name, message.place)
    traditional = any(_is_traditional(message.language) for message in messages)
    title = f"{info.case_name} - letters of support"
    with _new_pdf(info.paper, title, texts, traditional, info.created) as pdf:
        pdf.footer_text = f"{info.case_slug} - bundle {info.bundle_id}"
        _cover_page(pdf, info, messages)
        half = (pdf.h - 2 * MARGIN - FOOTER_HEIGHT) / 2
        slot = 0  # 0: the next card starts a page; 1: it may take the bottom half
        for done, message in enumerate(messages, start=1):
            card = _lay_out(pdf, message)
            if card.height <= half and slot == 1:
                _cut_line(pdf, MARGIN + half)
                _draw_card(pdf, card, MARGIN + half)
                slot = 0
            else:
                # A card too long for half a page starts a page of its own and may run over.
                pdf.add_page()
                _draw_card(pdf, card, MARGIN)
                slot = 1 if card.height <= half else 0
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done)
        return bytes(pdf.output())


# --- Manifests, README, checksums -----------------------------------------------------------------


def _manifest_row(message: BundleMessage) -> dict[str, str | int]:
    return {
        "id": message.id,
        "language": message.language or "",
        "first_name": message.first_name,
        "place": message.place,
        "country": message.country.upper(),
        "date": message.date.isoformat(),
        "text": message.text,
    }


def manifest_csv_bytes(messages: Sequence[BundleMessage]) -> bytes:
    """``manifest.csv``: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF rows, cells inert."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MANIFEST_FIELDS)
    for message in messages:
        row = _manifest_row(message)
        writer.writerow([neutralise_csv_cell(str(row[field])) for field in MANIFEST_FIELDS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def manifest_json_bytes(info: BundleInfo, messages: Sequence[BundleMessage]) -> bytes:
    """``manifest.json``: the bundle's facts and one object per message, texts verbatim."""
    document = {
        "bundle_id": info.bundle_id,
        "case_name": info.case_name,
        "case_slug": info.case_slug,
        "country": info.country.upper(),
        "paper": info.paper,
        "created": info.created.isoformat(),
        "count": len(messages),
        "messages": [_manifest_row(message) for message in messages],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def readme_text(info: BundleInfo, messages: Sequence[BundleMessage]) -> str:
    """``README.txt`` for the delivery team: what is in the ZIP and how to print and check it."""
    return f"""\
Write for Rights - bundle {info.bundle_id}
Case: {info.case_name} ({info.case_slug}), for {_country_label(info.country)}
Messages: {len(messages)}
Prepared: {info.created.isoformat()}

Files
  letters.pdf    Print-ready, {info.paper} paper. Page 1 is a cover page (case, count,
                 languages). Then two messages per page: cut along the dashed line.
                 A long message has a page of its own. Each card shows the message
                 number (No. ...), the writer's first name and place, and the date.
                 Print at 100% ("actual size"), not "fit to page".
  manifest.csv   One row per message, in the PDF's order: id, language, first_name,
                 place, country, date, text. UTF-8. Cells that began with = + - @,
                 a tab or a carriage return start with an apostrophe (') so that a
                 spreadsheet cannot run them as formulas; the PDF has the exact text.
  manifest.json  The same rows with exact texts, plus the bundle's details.
  SHA256SUMS     Checksums of every other file. To check on Linux or macOS:
                     sha256sum -c SHA256SUMS      (or: shasum -a 256 -c SHA256SUMS)

Characters no font can print (such as emoji) are left out of letters.pdf only.
"""


def sha256sums(files: dict[str, bytes]) -> str:
    """``SHA256SUMS`` in the format ``sha256sum -c`` reads."""
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in files.items())


# --- The ZIP ------------------------------------------------------------------------------------


def write_bundle_zip(
    path: pathlib.Path,
    info: BundleInfo,
    messages: Iterable[BundleMessage],
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Write the bundle ZIP at ``path`` atomically and return the ZIP's SHA-256 (hex).

    The ZIP is built in a temporary file in the same folder and moved into place with
    os.replace, so ``path`` holds either nothing, the previous file, or the complete bundle.
    ``progress(done, total)`` is called now and then while messages are rendered, and once at the
    end with done == total. Raises ValueError for an empty message list.
    """
    path = pathlib.Path(path)
    descriptor, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as temp_file:
            # Read the messages inside the try: a failing iterator must not leave the temp file.
            items = list(messages)
            if not items:
                raise ValueError("a bundle needs at least one message")
            total = len(items)
            if progress is not None:
                progress(0, total)
            pdf = letters_pdf_bytes(
                info, items, None if progress is None else (lambda done: progress(done, total))
            )
            files = {
                "letters.pdf": pdf,
                "manifest.csv": manifest_csv_bytes(items),
                "manifest.json": manifest_json_bytes(info, items),
                "README.txt": readme_text(info, items).encode("utf-8"),
            }
            files["SHA256SUMS"] = sha256sums(files).encode("ascii")
            stamp = info.created.timetuple()[:6]
            with zipfile.ZipFile(temp_file, "w") as archive:
                for name, data in files.items():
                    entry = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
                    entry.external_attr = 0o644 << 16
                    # The PDF's streams are already deflated by fpdf2; squeezing it again is slow.
                    entry.compress_type = (
                        zipfile.ZIP_STORED if name.endswith(".pdf") else zipfile.ZIP_DEFLATED
                    )
                    archive.writestr(entry, data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        digest = _file_sha256(pathlib.Path(temp_name))
        # mkstemp made the file private (0600): the writers' names and places stay that way.
        os.replace(temp_name, path)
        _fsync_folder(path.parent)
    except BaseException:
        pathlib.Path(temp_name).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return digest


def _fsync_folder(folder: pathlib.Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename still happened
    finally:
        os.close(descriptor)


def _file_sha256(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- Petition signature summary ----------------------------------------------------------------


def write_signatures_pdf(
    path: pathlib.Path,
    title: str,
    addressee: str,
    petition_text: str,
    total: int,
    by_country: list[tuple[str, int]],
    first_date: datetime.date | None,
    last_date: datetime.date | None,
    paper: str = "A4",
) -> None:
    """Write a short PDF summary of a petition's signatures for its addressee (atomically);
    the dates are None when nobody has signed yet."""
    texts = [title, addressee, petition_text, *(_country_label(code) for code, _ in by_country)]
    with _new_pdf(paper, title, texts, traditional=False) as pdf:
        pdf.footer_text = "Signature summary"
        pdf.add_page()
        _paragraph(pdf, printable(title), 20, 10, bold=True)
        pdf.ln(3)
        _paragraph(pdf, f"To: {printable(addressee)}", 12, 7)
        pdf.ln(3)
        _paragraph(pdf, printable(petition_text), BODY_SIZE, BODY_LINE)
        pdf.ln(5)
        if first_date is None or last_date is None:
            summary = "No confirmed signatures yet."
        else:
            summary = (
                f"{total:,} signatures, from {first_date.isoformat()} to {last_date.isoformat()}"
            )
        _paragraph(pdf, summary, 13, 8, bold=True)
        pdf.ln(2)
        pdf.set_font(_family(fonts.LATIN), size=BODY_SIZE)
        pdf.set_text_shaping(False)  # English country names and numbers
        label_width = (pdf.w - 2 * MARGIN) * 0.7
        for code, count in by_country:
            _put(pdf, label_width, 6, _country_label(code), border="B", newline=False)
            _put(pdf, 0, 6, f"{count:,}", "R", border="B")
        data = bytes(pdf.output())
    path = pathlib.Path(path)
    descriptor, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as temp_file:
            temp_file.write(data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
        _fsync_folder(path.parent)
    except BaseException:
        pathlib.Path(temp_name).unlink(missing_ok=True)
        raise
