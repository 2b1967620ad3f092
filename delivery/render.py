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
import math
import os
import pathlib
import tempfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

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

# Rough advance widths (in em) used to decide, without shaping, that a message surely fits in
# half a page; anything near the limit is measured exactly instead.
_EM_NARROW = 0.62
_EM_WIDE = 1.0  # CJK ideographs are square
_FIT_SAFETY = 1.3  # word wrapping wastes up to ~30% of a line on short lines

TRADITIONAL_CHINESE = frozenset({"zh-hant", "zh-tw", "zh-hk", "zh-mo"})

ZIP_NAMES = ("letters.pdf", "manifest.csv", "manifest.json", "README.txt")
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


def main_script(text: str, language: str | None = None) -> str:
    """The script most of the text's letters are in; it picks the message's first font."""
    counts = Counter(fonts.script_of(char) for char in text)
    counts.pop(None, None)
    if not counts:
        return fonts.LATIN
    script = counts.most_common(1)[0][0] or fonts.LATIN
    if script == fonts.CJK_SC and _is_traditional(language):
        return fonts.CJK_TC
    return script


def _is_rtl(script: str) -> bool:
    return script == fonts.ARABIC


def _register_fonts(pdf: FPDF, texts: Iterable[str], traditional: bool, folder: str) -> None:
    """Add to ``pdf`` one static subset per script the texts need, and set the fallback chain.

    The font files are written to ``folder``, which must outlive ``pdf.output()``: fpdf2 hands
    the file paths to HarfBuzz, which opens them lazily.
    """
    used: set[int] = set()
    for text in texts:
        used.update(map(ord, text))
    needed = [fonts.LATIN]
    for script in (fonts.ARABIC, fonts.BENGALI, fonts.CJK_SC):
        if used & fonts.font_cmap(script) - fonts.font_cmap(fonts.LATIN):
            needed.append(script)
    if traditional and fonts.CJK_SC in needed:
        needed.append(fonts.CJK_TC)
    for script in needed:
        for style, weight in (("", fonts.REGULAR), ("B", fonts.BOLD)):
            if style == "B" and script != fonts.LATIN:
                continue  # only headings are bold, and only Latin needs a real bold face
            font_path = pathlib.Path(folder) / f"{script}{style}.ttf"
            font_path.write_bytes(fonts.static_subset(script, used, weight))
            pdf.add_font(_family(script), style, font_path)
    # Fallback order: Latin before the others so digits and punctuation stay in one face.
    pdf.set_fallback_fonts([_family(script) for script in needed], exact_match=False)


def _family(script: str) -> str:
    # fpdf2 tells styles apart by capital B/I in the font key, so family names stay lowercase.
    return "noto-" + script


# --- The PDF ------------------------------------------------------------------------------------


class _LettersPDF(FPDF):
    """FPDF with our page footer."""

    footer_text = ""

    def footer(self) -> None:
        """Bundle and page number at the foot of every page, so loose pages can be re-sorted."""
        self.set_y(-MARGIN - FOOTER_HEIGHT + 2)
        self.set_font(_family(fonts.LATIN), size=META_SIZE)
        self.set_text_color(*GREY)
        self.set_text_shaping(True, direction="ltr")
        self.cell(0, 5, f"{self.footer_text} · page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


@contextlib.contextmanager
def _new_pdf(
    paper: str, title: str, texts: Sequence[str], traditional: bool
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
    pdf.alias_nb_pages()
    with tempfile.TemporaryDirectory(prefix="bundle-fonts-") as folder:
        _register_fonts(pdf, texts, traditional, folder)
        pdf.set_text_shaping(True)
        yield pdf


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


def _line(pdf: FPDF, text: str, size: float, height: float, bold: bool = False) -> None:
    """One full-width paragraph in the direction of its own text."""
    script = main_script(text)
    pdf.set_font(_family(fonts.LATIN), "B" if bold else "", size)
    pdf.set_text_shaping(True, direction="rtl" if _is_rtl(script) else "ltr")
    pdf.multi_cell(
        0, height, text, align="R" if _is_rtl(script) else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )


def _cover_page(pdf: _LettersPDF, info: BundleInfo, messages: Sequence[BundleMessage]) -> None:
    """The case, the count, the languages, the dates: what the delivery team checks first."""
    pdf.add_page()
    pdf.set_y(MARGIN + 20)
    _line(pdf, "Write for Rights · messages of support", 12, 7)
    pdf.ln(4)
    _line(pdf, printable(info.case_name), 24, 11, bold=True)
    pdf.ln(6)
    dates = sorted(message.date for message in messages)
    languages = Counter(message.language for message in messages)
    countries = {message.country.upper() for message in messages}
    facts = [
        f"Bundle {info.bundle_id} · case “{info.case_slug}” · for {_country_label(info.country)}",
        f"{len(messages):,} messages from {len(countries):,} countries",
        f"Written between {dates[0].isoformat()} and {dates[-1].isoformat()}",
        f"Prepared on {info.created:%Y-%m-%d %H:%M} · paper {info.paper}",
    ]
    for fact in facts:
        _line(pdf, fact, 12, 7)
    pdf.ln(6)
    _line(pdf, "Languages", 13, 8, bold=True)
    for language, count in sorted(languages.items(), key=lambda item: (-item[1], item[0] or "")):
        _line(pdf, f"{_language_label(language)}: {count:,}", 11, 6)
    pdf.ln(6)
    _line(
        pdf,
        "Each page holds two messages; cut along the dashed line. "
        "Each card shows the message number, which matches manifest.csv.",
        9,
        5,
    )


def _estimated_lines(text: str, width: float, size: float) -> int:
    """Upper estimate of wrapped lines, without shaping (cheap)."""
    em = size * 25.4 / 72  # point size to millimetres
    lines = 0
    for paragraph in text.split("\n"):
        advance = sum(
            _EM_WIDE if fonts.script_of(c) == fonts.CJK_SC else _EM_NARROW for c in paragraph
        )
        lines += max(1, math.ceil(advance * em * _FIT_SAFETY / width))
    return lines


def _card_heights(pdf: FPDF) -> tuple[float, float]:
    """(usable height of a half-page card, of a full-page card) for the text block."""
    body = pdf.h - 2 * MARGIN - FOOTER_HEIGHT
    chrome = META_SIZE * 0.6 + 2 * SIGNATURE_SIZE * 0.55 + 2 * CARD_PADDING  # header + signature
    return body / 2 - chrome, body - chrome


def _text_height(pdf: FPDF, text: str, width: float, align: str) -> float:
    """Exact height of the wrapped text (shapes it once, without drawing)."""
    lines = pdf.multi_cell(
        width, BODY_LINE, text, align=align, dry_run=True, output=MethodReturnValue.LINES
    )
    return len(lines) * BODY_LINE


def _message_card(pdf: _LettersPDF, message: BundleMessage, top: float | None) -> None:
    """Draw one message from ``top``; None means a page of its own that may flow over."""
    text = printable(message.text)
    script = main_script(text, message.language)
    rtl = _is_rtl(script)
    align = "R" if rtl else "L"
    width = pdf.w - 2 * MARGIN - 2 * CARD_PADDING
    x = MARGIN + CARD_PADDING
    pdf.set_y((top if top is not None else MARGIN) + CARD_PADDING)

    # Header: the number ties the card to manifest.csv; small and grey so it does not distract.
    pdf.set_font(_family(fonts.LATIN), size=META_SIZE)
    pdf.set_text_color(*GREY)
    pdf.set_text_shaping(True, direction="ltr")
    pdf.set_x(x)
    header = f"No. {message.id} · {message.language or 'und'} · {message.country.upper()}"
    pdf.cell(width, META_SIZE * 0.6, header, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    pdf.set_font(_family(script), size=BODY_SIZE)
    pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
    pdf.set_x(x)
    pdf.multi_cell(width, BODY_LINE, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    # Signature at the end of the line in the message's own direction; names and places may be
    # in any script, so the signature is shaped with its own direction.
    signature = ", ".join(
        part for part in (printable(message.first_name), printable(message.place)) if part
    )
    sig_script = main_script(signature)
    pdf.set_font(_family(sig_script), size=SIGNATURE_SIZE)
    pdf.set_text_shaping(True, direction="rtl" if _is_rtl(sig_script) else "ltr")
    pdf.set_x(x)
    sig_align = "L" if rtl else "R"
    pdf.multi_cell(
        width,
        SIGNATURE_SIZE * 0.55,
        f"{signature}",
        align=sig_align,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font(_family(fonts.LATIN), size=META_SIZE + 1)
    pdf.set_text_shaping(True, direction="ltr")
    pdf.set_x(x)
    pdf.cell(width, SIGNATURE_SIZE * 0.55, message.date.isoformat(), align=sig_align)


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
    title = f"{info.case_name} — letters of support"
    with _new_pdf(info.paper, title, texts, traditional) as pdf:
        pdf.footer_text = f"{info.case_slug} · bundle {info.bundle_id}"
        _cover_page(pdf, info, messages)

        half_height, _full_height = _card_heights(pdf)
        half_top = MARGIN + (pdf.h - 2 * MARGIN - FOOTER_HEIGHT) / 2
        width = pdf.w - 2 * MARGIN - 2 * CARD_PADDING
        slot = 0  # 0: next card starts a new page at the top; 1: next card takes the bottom half
        for done, message in enumerate(messages, start=1):
            text = printable(message.text)
            fits_half = _estimated_lines(text, width, BODY_SIZE) * BODY_LINE <= half_height
            if not fits_half:
                # Near the limit: shape it once to know for sure.
                script = main_script(text, message.language)
                pdf.set_font(_family(script), size=BODY_SIZE)
                pdf.set_text_shaping(True, direction="rtl" if _is_rtl(script) else "ltr")
                align = "R" if _is_rtl(script) else "L"
                fits_half = _text_height(pdf, text, width, align) <= half_height
            if fits_half and slot == 1:
                _cut_line(pdf, half_top)
                _message_card(pdf, message, half_top)
                slot = 0
            elif fits_half:
                pdf.add_page()
                _message_card(pdf, message, MARGIN)
                slot = 1
            else:
                pdf.add_page()
                _message_card(pdf, message, None)
                slot = 0
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
        os.replace(temp_name, path)
    except BaseException:
        pathlib.Path(temp_name).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return digest


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
    first_date: datetime.date,
    last_date: datetime.date,
    paper: str = "A4",
) -> None:
    """Write a short PDF summary of a petition's signatures for its addressee (atomically)."""
    texts = [title, addressee, petition_text]
    with _new_pdf(paper, title, texts, traditional=False) as pdf:
        pdf.footer_text = "Signature summary"
        pdf.add_page()
        _line(pdf, printable(title), 20, 10, bold=True)
        pdf.ln(3)
        _line(pdf, f"To: {printable(addressee)}", 12, 7)
        pdf.ln(3)
        _line(pdf, printable(petition_text), BODY_SIZE, BODY_LINE)
        pdf.ln(5)
        _line(
            pdf,
            f"{total:,} signatures, from {first_date.isoformat()} to {last_date.isoformat()}",
            13,
            8,
            bold=True,
        )
        pdf.ln(2)
        pdf.set_font(_family(fonts.LATIN), size=BODY_SIZE)
        pdf.set_text_shaping(True, direction="ltr")
        label_width = (pdf.w - 2 * MARGIN) * 0.7
        for code, count in by_country:
            pdf.cell(label_width, 6, _country_label(code), border="B")
            pdf.cell(0, 6, f"{count:,}", border="B", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
    except BaseException:
        pathlib.Path(temp_name).unlink(missing_ok=True)
        raise
