"""The print-ready bundle: letters.pdf in every script, manifests, README, checksums, atomic ZIP.

Text extraction uses pypdf. Extracting shaped right-to-left text from any PDF is lossy: the PDF
holds positioned glyphs (initial, medial, final forms), and extractors put back letters with
stray control characters and, for Arabic, in an order that depends on how runs were split. So
for Arabic and Persian the test checks that every letter of the message comes back (as a
multiset, not in order), and the right-to-left layout is checked on the rendered PNG instead.
For Bengali the letters come back in order once stray characters are dropped, which also shows
the conjuncts map back to their letters.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from delivery import fonts
from delivery.render import (
    BundleInfo,
    BundleMessage,
    letters_pdf_bytes,
    neutralise_csv_cell,
    wrap_text,
    write_bundle_zip,
    write_signatures_pdf,
)

DAY = datetime.date(2026, 11, 2)
CREATED = datetime.datetime(2026, 11, 22, 10, 0)

PERSIAN = "ما در کنار شما هستیم و می‌خواهیم که هر چه زودتر آزاد شوید."
ARABIC = "نحن معك ولن نتوقف عن الكتابة حتى يطلق سراحك."
BENGALI = "আমরা তোমার পাশে আছি, তোমার মুক্তির জন্য আমরা লিখে যাব।"
TRADITIONAL = "我們支持你，你並不孤單，我們會一直為你的自由發聲。"
SIMPLIFIED = "我们支持你，你并不孤单，我们会一直为你的自由发声。"
RUSSIAN = "Мы с вами и не перестанем писать, пока вас не освободят."
FRENCH = "Nous pensons à vous chaque jour ; votre courage nous émeut. Ça suffit !"

MESSAGES = [
    BundleMessage(11, "fa", "مریم", "شیراز", "IR", DAY, PERSIAN),
    BundleMessage(12, "ar", "فاطمة", "عمّان", "JO", DAY, ARABIC),
    BundleMessage(13, "bn", "অর্পিতা", "ঢাকা", "BD", DAY, BENGALI),
    BundleMessage(14, "zh-Hant", "志明", "臺北", "TW", DAY, TRADITIONAL),
    BundleMessage(15, "zh-Hans", "小明", "上海", "CN", DAY, SIMPLIFIED),
    BundleMessage(16, "ru", "Ольга", "Пермь", "RU", DAY, RUSSIAN),
    BundleMessage(17, "fr", "Zoé", "Besançon", "FR", DAY, FRENCH),
    # Formula-like cells, emoji (no font has them) and a very long message (page of its own).
    BundleMessage(18, "en", "=HYPERLINK(1)", "+Leeds", "GB", DAY, "-2+3 stay strong ❤️"),
    BundleMessage(19, None, "@admin", "\tTab", "DE", DAY, "\rcarriage " + "lang " * 900),
]


def info(paper: str = "A4") -> BundleInfo:
    return BundleInfo(7, "Libérez Narges — آزادی", "free-narges", "IR", paper, CREATED)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files inside one A4 bundle ZIP of MESSAGES."""
    path = tmp_path_factory.mktemp("bundle") / "bundle.zip"
    digest = write_bundle_zip(path, info(), iter(MESSAGES))
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def only(text: str, first: int, last: int) -> str:
    """The characters of ``text`` within one Unicode block (drops extraction debris)."""
    return "".join(char for char in text if first <= ord(char) <= last)


def test_zip_holds_the_five_files(bundle: dict[str, bytes]) -> None:
    assert sorted(bundle) == sorted(
        ["letters.pdf", "manifest.csv", "manifest.json", "README.txt", "SHA256SUMS"]
    )


def test_latin_cyrillic_and_chinese_text_extracts_verbatim(bundle: dict[str, bytes]) -> None:
    text = unicodedata.normalize("NFKC", "\n".join(page_texts(bundle["letters.pdf"])))
    for expected in (FRENCH, RUSSIAN, TRADITIONAL, SIMPLIFIED):
        assert unicodedata.normalize("NFKC", expected) in text
    assert "Zoé, Besançon" in text  # the writer's first name and place
    assert "2026-11-02" in text  # the date
    assert "❤" not in text and "stay strong" in text  # emoji dropped, not boxed


def test_bengali_extracts_in_order(bundle: dict[str, bytes]) -> None:
    text = "".join(page_texts(bundle["letters.pdf"]))
    assert only(BENGALI, 0x0980, 0x09FF) in only(text, 0x0980, 0x09FF)


@pytest.mark.parametrize("message", [PERSIAN, ARABIC], ids=["persian", "arabic"])
def test_arabic_script_letters_all_come_back(bundle: dict[str, bytes], message: str) -> None:
    page = next(t for t in page_texts(bundle["letters.pdf"]) if "No. 11" in t)
    extracted = Counter(only(unicodedata.normalize("NFKC", page), 0x0600, 0x06FF))
    wanted = Counter(only(message, 0x0600, 0x06FF))
    assert not wanted - extracted, f"letters missing from the PDF: {wanted - extracted}"


def test_cover_page_has_case_count_and_languages(bundle: dict[str, bytes]) -> None:
    cover = page_texts(bundle["letters.pdf"])[0]
    assert "Libérez Narges" in cover
    assert "9 messages" in cover
    for label in ("Persian (fa): 1", "Bangla (bn): 1", "Chinese (Traditional) (zh-Hant): 1"):
        assert label in cover
    assert "undetected: 1" in cover


def test_two_messages_per_page_and_long_ones_alone(bundle: dict[str, bytes]) -> None:
    pages = page_texts(bundle["letters.pdf"])
    assert "No. 11" in pages[1] and "No. 12" in pages[1]
    assert "No. 17" in pages[4] and "No. 18" in pages[4]
    # No. 19 is ~4,500 characters: it starts a page and runs over to the next.
    assert "No. 19" in pages[5] and "No. 19" not in pages[6] and "lang lang" in pages[6]
    assert len(pages) == 7
    for number, text in enumerate(pages, start=1):  # the page-count alias is filled in
        assert f"page {number}/7" in text


def test_manifest_csv_matches_messages_and_is_neutralised(bundle: dict[str, bytes]) -> None:
    raw = bundle["manifest.csv"].decode("utf-8")
    assert raw.startswith("\ufeff")  # so Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"), newline="")))
    assert [int(row["id"]) for row in rows] == [m.id for m in MESSAGES]
    for row, message in zip(rows, MESSAGES, strict=True):
        assert row["language"] == (message.language or "")
        assert row["first_name"] == neutralise_csv_cell(message.first_name)
        assert row["place"] == neutralise_csv_cell(message.place)
        assert row["country"] == message.country
        assert row["date"] == message.date.isoformat()
        assert row["text"] == neutralise_csv_cell(message.text)
    formula_row = rows[7]
    assert formula_row["first_name"] == "'=HYPERLINK(1)"
    assert formula_row["place"] == "'+Leeds"
    assert formula_row["text"] == "'-2+3 stay strong ❤️"
    assert rows[8]["first_name"] == "'@admin"
    assert rows[8]["place"] == "'\tTab"
    assert rows[8]["text"].startswith("'\rcarriage")


def test_manifest_json_matches_messages_exactly(bundle: dict[str, bytes]) -> None:
    document = json.loads(bundle["manifest.json"])
    assert document["count"] == len(MESSAGES)
    assert document["bundle_id"] == 7 and document["paper"] == "A4"
    expected = [
        {
            "id": m.id,
            "language": m.language or "",
            "first_name": m.first_name,
            "place": m.place,
            "country": m.country,
            "date": m.date.isoformat(),
            "text": m.text,  # verbatim: JSON needs no neutralising
        }
        for m in MESSAGES
    ]
    assert document["messages"] == expected


def test_sha256sums_cover_every_other_file(bundle: dict[str, bytes]) -> None:
    lines = bundle["SHA256SUMS"].decode("ascii").splitlines()
    listed = {}
    for line in lines:
        digest, name = re.fullmatch(r"([0-9a-f]{64})  (\S+)", line).groups()  # type: ignore[union-attr]
        listed[name] = digest
    assert set(listed) == set(bundle) - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256(bundle[name]).hexdigest() == digest


def test_readme_explains_the_files(bundle: dict[str, bytes]) -> None:
    readme = bundle["README.txt"].decode("utf-8")
    for word in ("letters.pdf", "manifest.csv", "manifest.json", "SHA256SUMS", "sha256sum -c"):
        assert word in readme


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_csv_cell_prefixes_formula_starts(start: str) -> None:
    assert neutralise_csv_cell(start + "SUM(A1)") == "'" + start + "SUM(A1)"


@pytest.mark.parametrize("value", ["", "Zoé", " =not at start", "1+1", "'quoted", "مریم"])
def test_neutralise_csv_cell_leaves_plain_text(value: str) -> None:
    assert neutralise_csv_cell(value) == value


def test_paper_sizes(tmp_path: Path) -> None:
    sizes = {}
    for paper in ("A4", "Letter"):
        pdf = letters_pdf_bytes(info(paper), MESSAGES[:2])
        box = PdfReader(io.BytesIO(pdf)).pages[1].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes["A4"] == (595, 842)  # 210 x 297 mm in points
    assert sizes["Letter"] == (612, 792)  # 8.5 x 11 in


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        letters_pdf_bytes(info("A5"), MESSAGES[:1])


def test_empty_bundle_raises_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one message"):
        write_bundle_zip(tmp_path / "b.zip", info(), [])
    assert list(tmp_path.iterdir()) == []


def test_failure_midway_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "b.zip"
    target.write_bytes(b"previous bundle")

    def failing() -> Iterator[BundleMessage]:
        yield MESSAGES[0]
        yield MESSAGES[1]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_bundle_zip(target, info(), failing())
    assert target.read_bytes() == b"previous bundle"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"]  # no temp file left


def test_failure_while_rendering_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr("delivery.render.letters_pdf_bytes", broken)
    with pytest.raises(OSError, match="disk full"):
        write_bundle_zip(tmp_path / "b.zip", info(), MESSAGES)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    many = [BundleMessage(i, "en", "Emma", "Leeds", "GB", DAY, f"Message {i}") for i in range(450)]
    write_bundle_zip(tmp_path / "b.zip", info(), many, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 450) and calls[-1] == (450, 450)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= 4  # some in between, for the progress bar


def test_wrapped_lines_fit_and_keep_every_character() -> None:
    # Exercise the line breaker on each script through a real PDF's fonts.
    from delivery.render import _new_pdf  # internal: the breaker needs a PDF with fonts

    texts = [FRENCH * 3, RUSSIAN * 3, TRADITIONAL * 4, ARABIC * 3, BENGALI * 3, "x" * 500]
    with _new_pdf("A4", "t", texts, traditional=True) as pdf:
        for text in texts:
            script = fonts.script_of(text[0]) or fonts.LATIN
            family = "noto-" + script
            lines = wrap_text(pdf, text, family, 11, 100)
            assert len(lines) > 1
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            pdf.set_font(family, size=11)
            pdf.set_text_shaping(True)  # measure as drawn, shaped
            for line in lines:
                assert pdf.get_string_width(line) <= 100.01
            assert not any(line[:1] in "，。,." for line in lines)  # no line starts with those


def test_locate_font_names_the_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = fonts.FontSource(
        "bengali", "fontpkg-nowhere", "no_such_module_here", "x.ttf", ("/no/such.ttf",), "fonts-x"
    )
    monkeypatch.setitem(fonts.FONT_SOURCES, "bengali", missing)
    with pytest.raises(fonts.FontMissingError, match="fontpkg-nowhere"):
        fonts.locate_font("bengali")


def test_every_script_font_is_installed() -> None:
    for script in fonts.SCRIPTS:
        assert fonts.locate_font(script).is_file()


# --- Rendering to pixels ---------------------------------------------------------------------


def pdftoppm() -> str:
    path = shutil.which("pdftoppm")
    if path is None:
        pytest.fail(
            "pdftoppm is missing: install Debian's poppler-utils (apt-get install poppler-utils)"
        )
    return path


def render_page(pdf_path: Path, page: int, dpi: int = 72) -> Image.Image:
    out = pdf_path.with_name(f"page-{page}")
    subprocess.run(
        [pdftoppm(), "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
         str(pdf_path), str(out)],
        check=True,
        timeout=60,
    )  # fmt: skip
    return Image.open(out.with_suffix(".png")).convert("L")


def ink_columns(image: Image.Image, top_mm: float, bottom_mm: float, dpi: int) -> list[int]:
    """x (px) of every column with dark pixels between two heights given in millimetres."""
    top, bottom = (round(mm / 25.4 * dpi) for mm in (top_mm, bottom_mm))
    band = image.crop((0, top, image.width, bottom))
    pixels = band.load()
    return [x for x in range(band.width) if any(pixels[x, y] < 128 for y in range(band.height))]


def test_pages_render_to_png_and_are_not_blank(tmp_path: Path, bundle: dict[str, bytes]) -> None:
    pdf_path = tmp_path / "letters.pdf"
    pdf_path.write_bytes(bundle["letters.pdf"])
    for page in (1, 2, 3):
        image = render_page(pdf_path, page)
        assert abs(image.width - 595) <= 1 and abs(image.height - 842) <= 1  # A4 at 72 dpi
        histogram = image.histogram()
        dark = sum(histogram[:128])
        assert dark > 500, f"page {page} looks blank"
        assert len([count for count in histogram if count]) > 20  # anti-aliased glyphs


def test_right_to_left_message_is_laid_out_right_to_left(tmp_path: Path) -> None:
    from delivery import render

    short = [
        BundleMessage(1, "ar", "فاطمة", "عمّان", "JO", DAY, "نحن معك"),
        BundleMessage(2, "fr", "Zoé", "Lyon", "FR", DAY, "Courage"),
    ]
    pdf_path = tmp_path / "rtl.pdf"
    pdf_path.write_bytes(letters_pdf_bytes(info(), short))
    dpi = 100
    image = render_page(pdf_path, 2, dpi)
    text_left = render.MARGIN + render.CARD_PADDING
    text_right = 210 - text_left
    px = dpi / 25.4

    def first_body_line(card_top: float) -> list[int]:
        top = card_top + render.CARD_PADDING + render.HEADER_HEIGHT
        return ink_columns(image, top, top + render.BODY_LINE, dpi)

    arabic = first_body_line(render.MARGIN)
    assert arabic, "no ink where the Arabic line should be"
    assert max(arabic) > (text_right - 2) * px  # flush with the right edge
    assert min(arabic) > 150 * px  # and nothing on the left
    half = (297 - 2 * render.MARGIN - render.FOOTER_HEIGHT) / 2
    french = first_body_line(render.MARGIN + half)
    assert min(french) < (text_left + 2) * px and max(french) < 60 * px


def test_signatures_pdf(tmp_path: Path) -> None:
    path = tmp_path / "signatures.pdf"
    write_signatures_pdf(
        path,
        "Free Narges",
        "Head of the Judiciary, Tehran",
        "We call on you to release Narges now. " * 20 + PERSIAN,
        1234,
        [("IR", 1000), ("FR", 200), ("JP", 34)],
        datetime.date(2026, 10, 1),
        datetime.date(2026, 11, 20),
        paper="Letter",
    )
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "1,234 signatures" in text
    assert "France (FR)" in text and "1,000" in text
    assert "2026-10-01" in text and "2026-11-20" in text
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert [p.name for p in tmp_path.iterdir()] == ["signatures.pdf"]


def test_devanagari_uses_its_own_face() -> None:
    # Noto Sans has Devanagari glyphs too, but only Noto Sans Devanagari is shaped for it.
    hindi = "हम आपके साथ हैं। आपकी रिहाई के लिए हम लिखते रहेंगे।"
    pdf = letters_pdf_bytes(info(), [BundleMessage(1, "hi", "प्रिया", "दिल्ली", "IN", DAY, hindi)])
    page = PdfReader(io.BytesIO(pdf)).pages[1]
    fonts_used = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("Devanagari" in name for name in fonts_used)
    assert only(hindi, 0x0900, 0x097F)[:12] in only(page.extract_text(), 0x0900, 0x097F)


def test_same_bundle_same_bytes(tmp_path: Path) -> None:
    first = write_bundle_zip(tmp_path / "a.zip", info(), MESSAGES[:3])
    second = write_bundle_zip(tmp_path / "b.zip", info(), MESSAGES[:3])
    assert first == second
