"""Fonts for the print-ready bundles: where each script's font lives, and cheap per-bundle copies.

Every font comes from a PyPI package pinned in ``requirements.txt`` (no download at run time);
known Debian paths are a second chance. The packaged fonts are *variable* fonts, and the CJK one
defaults to its Thin weight, so each bundle gets a static instance at the weight we want. Making a
static instance of a whole 17 MB CJK font takes ~12 s, so we first cut the font down to the
characters the bundle actually uses (a few thousand glyphs at most) and only then instantiate it:
that takes well under a second for all but the CJK font (~2 s for thousands of distinct hanzi).
"""

from __future__ import annotations

import importlib.util
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

# Script keys used across the renderer. "cjk-tc" is only used for messages tagged as traditional
# Chinese; Noto Sans SC also covers traditional characters, so it is the general CJK fallback.
LATIN = "latin"  # Latin with accents, Greek, Cyrillic
ARABIC = "arabic"  # Arabic, Persian, Urdu
BENGALI = "bengali"
# Not asked for by the issue, but their fonts come in the same package as Bengali, for free.
DEVANAGARI = "devanagari"  # Hindi, Marathi, Nepali
TAMIL = "tamil"
TELUGU = "telugu"
CJK_SC = "cjk-sc"
CJK_TC = "cjk-tc"
SCRIPTS: tuple[str, ...] = (LATIN, ARABIC, BENGALI, DEVANAGARI, TAMIL, TELUGU, CJK_SC, CJK_TC)
# Scripts whose letters change shape or order with context: HarfBuzz must shape them.
SHAPED_SCRIPTS = frozenset({ARABIC, BENGALI, DEVANAGARI, TAMIL, TELUGU})

REGULAR = 400
BOLD = 700


class FontMissingError(RuntimeError):
    """A script's font is in neither its PyPI package nor a known system path."""


@dataclass(frozen=True)
class FontSource:
    """Where one script's font can be found, in order of preference."""

    script: str
    pip_package: str  # as written in requirements.txt
    module: str  # the package's import name
    relative_path: str  # the font file inside the package
    system_paths: tuple[str, ...]  # static fonts from Debian packages, tried second
    debian_package: str


FONT_SOURCES: dict[str, FontSource] = {
    LATIN: FontSource(
        LATIN,
        "fontpkg-noto-sans",
        "fontpkg_noto_sans",
        "files/NotoSans[wdth,wght].ttf",
        (
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans[wdth,wght].ttf",
        ),
        "fonts-noto-core",
    ),
    ARABIC: FontSource(
        ARABIC,
        "fontpkg-noto-sans-arabic",
        "fontpkg_noto_sans_arabic",
        "files/NotoSansArabic[wdth,wght].ttf",
        ("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",),
        "fonts-noto-core",
    ),
    BENGALI: FontSource(
        BENGALI,
        "justmytype-intl-south-asia",
        "justmytype_intl_south_asia",
        "fonts/ofl/notosansbengali/NotoSansBengali[wdth,wght].ttf",
        ("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",),
        "fonts-noto-core",
    ),
    **{
        script: FontSource(
            script,
            "justmytype-intl-south-asia",
            "justmytype_intl_south_asia",
            f"fonts/ofl/notosans{script}/NotoSans{script.title()}[wdth,wght].ttf",
            (f"/usr/share/fonts/truetype/noto/NotoSans{script.title()}-Regular.ttf",),
            "fonts-noto-core",
        )
        for script in (DEVANAGARI, TAMIL, TELUGU)
    },
    CJK_SC: FontSource(
        CJK_SC,
        "justmytype-intl-cjk",
        "justmytype_intl_cjk",
        "fonts/ofl/notosanssc/NotoSansSC[wght].ttf",
        (),  # Debian ships CJK only as .ttc collections; the PyPI package is required
        "(none: install justmytype-intl-cjk)",
    ),
    CJK_TC: FontSource(
        CJK_TC,
        "justmytype-intl-cjk",
        "justmytype_intl_cjk",
        "fonts/ofl/notosanstc/NotoSansTC[wght].ttf",
        (),
        "(none: install justmytype-intl-cjk)",
    ),
}


def locate_font(script: str) -> Path:
    """Return the font file for ``script``: its PyPI package first, then known system paths.

    Raises FontMissingError naming the package to install when neither is there.
    """
    source = FONT_SOURCES[script]
    # find_spec locates the package without importing it (some font packs import extras).
    spec = importlib.util.find_spec(source.module)
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidate = Path(folder) / source.relative_path
            if candidate.is_file():
                return candidate
    for system_path in source.system_paths:
        if Path(system_path).is_file():
            return Path(system_path)
    raise FontMissingError(
        f"No font for the {script!r} script: install the PyPI package {source.pip_package!r} "
        f"(pinned in requirements.txt) or the Debian package {source.debian_package}."
    )


@cache
def font_cmap(script: str) -> frozenset[int]:
    """The code points the script's font can draw (cached: reading a cmap costs ~50 ms)."""
    with TTFont(locate_font(script), lazy=True) as font:
        return frozenset(font.getBestCmap())


# OpenType features each subset keeps. Arabic and Bengali change shape with context: they keep
# everything (joining forms, conjuncts, mark positioning). Latin is drawn unshaped unless it has
# combining accents, which need the mark features only. CJK is drawn unshaped, one glyph per
# character; dropping its huge GSUB (vertical and locale forms) makes subsetting 3x faster.
_FEATURES: dict[str, list[str]] = {
    LATIN: ["ccmp", "locl", "mark", "mkmk"],
    ARABIC: ["*"],
    BENGALI: ["*"],
    DEVANAGARI: ["*"],
    TAMIL: ["*"],
    TELUGU: ["*"],
    CJK_SC: [],
    CJK_TC: [],
}

# Always kept, so the page furniture and Babel's English language and country names ("Côte
# d’Ivoire", "Norwegian Bokmål") render whatever the messages use: ASCII, Latin-1, Latin
# Extended-A, general punctuation, and the Arabic comma of right-to-left signatures.
_CHROME = frozenset(range(0x20, 0x7F)) | frozenset(range(0xA0, 0x180))
_CHROME |= frozenset(range(0x2010, 0x2028)) | {0x060C}


def static_subset(script: str, codepoints: Iterable[int], weight: int = REGULAR) -> bytes:
    """A static TrueType font with just ``codepoints`` (plus what shaping reaches) at ``weight``.

    Subsetting before instancing keeps the cost proportional to the glyphs a bundle uses.
    """
    # The context closes the file: a lazily loaded font keeps it open until then. Keeping the
    # font's own timestamp makes the same bundle render to the same bytes.
    with TTFont(locate_font(script), lazy=True, recalcTimestamp=False) as font:
        # Each face keeps only its own script's letters plus neutral characters (digits, spaces,
        # punctuation): Noto Sans also has Devanagari, and CJK fonts have Latin, but the text
        # reads best, and shapes correctly, when every letter comes from its script's own face.
        own = CJK_SC if script == CJK_TC else script
        wanted = {
            cp
            for cp in (set(codepoints) | _CHROME) & font_cmap(script)
            if script_of(chr(cp)) in (own, None)
        }
        options = subset.Options()
        options.layout_features = _FEATURES[script]
        options.name_IDs = ["*"]
        options.notdef_outline = True  # a visible box beats an invisible gap if something slips
        options.hinting = False  # print output: hints are useless and slow to subset
        options.drop_tables += ["vhea", "vmtx", "BASE", "VORG", "meta"]  # horizontal text only
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        if "fvar" in font:
            axes = {axis.axisTag for axis in font["fvar"].axes}
            location = {"wght": float(weight)}
            if "wdth" in axes:
                location["wdth"] = 100.0  # normal width
            instancer.instantiateVariableFont(font, location, inplace=True, static=True)
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()


def script_of(char: str) -> str | None:
    """The script key whose font should draw ``char``; None for neutral characters."""
    cp = ord(char)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF:
        return ARABIC
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return ARABIC  # presentation forms, should anyone paste them
    if 0x0980 <= cp <= 0x09FF:
        return BENGALI
    if 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF:
        return DEVANAGARI
    if 0x0B80 <= cp <= 0x0BFF:
        return TAMIL
    if 0x0C00 <= cp <= 0x0C7F:
        return TELUGU
    if (
        0x2E80 <= cp <= 0x2FDF
        or 0x3000 <= cp <= 0x30FF
        or 0x3100 <= cp <= 0x31FF
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    ):
        return CJK_SC
    if unicodedata.category(char)[0] == "L":
        return LATIN  # Latin, Greek, Cyrillic and anything else alphabetic
    return None
