"""N01 (a real name and place) and N02 (no impersonation): the form's name and place fields."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_lines
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

_WORD = re.compile(r"[^\W\d_]+")
# The same letter over and over, or runs of neighbouring keys.
_KEYBOARD_MASH = re.compile(r"^(?:(.)\1{2,}|(?:asdf|qwe|zxc|jkl|sdf|hjk|dfg|fgh|ghj)\w*)$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[a-z]")


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(normalize(line).text for line in data_lines("placeholder_names.txt"))


@lru_cache(maxsize=4096)
def _is_placeholder(value: str) -> bool:
    """True for values that are not a name or a place: empty, "test", "asdf", "xxx", "123"."""
    folded = normalize(value).text.strip()
    if not _HAS_LETTER.search(folded):
        return True
    if folded in _placeholders() or re.sub(r"\W+", " ", folded).strip() in _placeholders():
        return True
    if any(c.isdigit() for c in folded):
        return True
    words = _WORD.findall(folded)
    if all(w in _placeholders() or _KEYBOARD_MASH.match(w) for w in words):
        return True
    # One Latin letter ("J", "J.") is an initial, not a name; one Chinese character may be.
    return len("".join(words)) == 1 and _LATIN_LETTER.match(words[0]) is not None


def check_real_name(ctx: ScreenContext) -> list[Finding]:
    """N01: the writer must give a real name and a place of residence."""
    findings = []
    for field, value, label in (
        ("name", ctx.submission.author_name, "your name"),
        ("place", ctx.submission.place, "the town or city where you live"),
    ):
        if _is_placeholder(value):
            stripped = value.strip()
            start = value.find(stripped) if stripped else 0
            explanation = (
                f"Please give {label}: it is missing (N01)"
                if not stripped
                else f"Please give {label}, not “{stripped}” (N01)"
            )
            findings.append(
                Finding("N01", start, start + len(stripped), stripped, explanation, field)
            )
    return findings


# Names in other scripts, read in Latin letters (after folding: й→и, ё→е, ي→ی, ك→ک, أ→ا).
_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезиклмнопрстуфыэіґ", "abvgdeziklmnoprstufyeig", strict=True)),
        "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
        "ю": "yu", "я": "ya", "є": "ye", "ї": "yi",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "kh", "ψ": "ps",
        "ω": "o",
        "ا": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
        "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh",
        "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
        "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ی": "y",
        "ء": "", "ؤ": "", "و": "\x00",  # و is a consonant (v) or a vowel (u): both are tried
        "অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "এ": "e", "ও": "o",
        "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "চ": "ch", "ছ": "chh", "জ": "j", "ঝ": "jh",
        "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh",
        "ন": "n", "ণ": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "y",
        "র": "r", "ল": "l", "শ": "sh", "ষ": "sh", "স": "s", "হ": "h", "\u09bc": "",
        "ৎ": "t", "ং": "ng", "ঁ": "", "া": "a", "ি": "i", "ী": "i", "ু": "u",
        "ূ": "u", "ে": "e", "ো": "o", "ৈ": "oi", "ৌ": "ou", "্": "",
    }
)  # fmt: skip
_SOUNDS = (
    ("sch", "sh"), ("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("c", "k"), ("kh", "k"),
    ("gh", "g"),
)  # fmt: skip
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # Joanah and Joana, Fatemeh and فاطمه
_VOWELS = re.compile(r"[aeiouyw]")
_REPEATS = re.compile(r"(.)\1+")
_ARTICLE = re.compile(r"^(?:al|el)(?=.{3})")  # the Arabic article of a name read in Latin
_FINAL_HE = re.compile(r"(?<=.{3})h$")  # a final ه is a vowel: کاوه, Kaveh
# A name word: letters with the vowel signs of Indic scripts (combining marks).
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff])*")


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[frozenset[str], str]:
    folded = normalize(name).text
    return frozenset(_NAME_WORD.findall(folded)), re.sub(r"[\W_]+", "", folded)


@lru_cache(maxsize=4096)
def _sounds(word: str) -> tuple[tuple[str, str, bool], ...]:
    """How a folded name word may sound, in Latin letters: (spelling, skeleton, abjad)
    triples. The skeleton is the first letter and the consonants, doubled letters made
    single, so that "Naser" and "Nasser", "Zafzafi" and "Zefzafi", "Скочиленко" and
    "Skochilenko" agree; abjad is True for a word in Arabic script, whose short vowels are not
    written (عبد الرحمن, "Abdel-Rahman")."""
    abjad = any("\u0600" <= c <= "\u06ff" for c in word)
    latin = word.translate(_TO_LATIN)
    spellings = {latin.replace("\x00", "v"), latin.replace("\x00", "u")}
    out = set()
    for spelling in spellings:
        if abjad:
            spelling = _FINAL_HE.sub("", _ARTICLE.sub("", spelling))
        spelling = "".join(c for c in unicodedata.normalize("NFKD", spelling) if c.isascii())
        for a, b in _SOUNDS:
            spelling = spelling.replace(a, b)
        spelling = _FINAL_H.sub("", _REPEATS.sub(r"\1", spelling)).replace("y", "i")
        if spelling:
            out.add((spelling, spelling[0] + _VOWELS.sub("", spelling[1:]), abjad))
    return tuple(sorted(out))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@lru_cache(maxsize=65536)
def _same_word(a: str, b: str) -> bool:
    """True if two folded name words are the same name, in any script or spelling."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    for sa, ka, abjad_a in _sounds(a):
        for sb, kb, abjad_b in _sounds(b):
            if sa == sb:
                return True
            if ka != kb or len(ka) < 2:
                continue
            # Two consonants only ("Kaveh", کاوه): one vowel more or less, not another vowel
            # ("Dina" is not "Dana").
            if len(ka) == 2 and abs(len(sa) - len(sb)) != 1:
                continue
            # Arabic script leaves short vowels out: the consonants must agree. Otherwise
            # one vowel in five may differ ("Zafzafi", "Akhtar"), not more ("Sotova").
            if (abjad_a or abjad_b) and len(ka) >= 3:
                return True
            if _distance(sa, sb) <= max(1, max(len(sa), len(sb)) // 5):
                return True
    return False


@lru_cache(maxsize=4096)
def _writer_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a writer's name (hyphenated parts apart and two neighbours joined, as in
    "Hang Tung" for "Hang-tung"), and its one-letter initials."""
    parts = normalize(name).text.split()
    words: list[str] = []
    initials: list[str] = []
    pieces_all: list[str] = []
    for part in parts:
        pieces = _NAME_WORD.findall(part)
        for piece in pieces:
            (initials if len(piece) == 1 else words).append(piece)
        if len(pieces) > 1:
            words.append("".join(pieces))
        pieces_all.extend(p for p in pieces if len(p) > 1)
    words.extend(a + b for a, b in zip(pieces_all, pieces_all[1:], strict=False))
    return tuple(dict.fromkeys(words)), tuple(dict.fromkeys(initials))


@lru_cache(maxsize=4096)
def _protected_parts(name: str) -> tuple[tuple[str, ...], ...]:
    """A protected name's parts, each as the ways it may be written: whole (hyphens dropped)
    or, for a hyphenated part ("Okafor-Lund"), each of its pieces."""
    out = []
    for part in normalize(name).text.split():
        pieces = _NAME_WORD.findall(part)
        if not pieces:
            continue
        forms = ["".join(pieces)]
        if len(pieces) > 1:
            forms.extend(p for p in pieces if len(p) > 2)
        out.append(tuple(dict.fromkeys(forms)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _impersonates(author: str, protected: str) -> bool:
    """True if the writer's name is the protected one: all its words in any order, the same
    unspaced name (鄒幸彤), or its first and last name in another spelling, script, order or
    with initials ("Naser Zafzafi", "Александра Скочиленко", "A. Skochilenko", "Yasmín Abdel
    Rahman"). Sharing a first name only is not impersonation."""
    words, squashed = _name_key(author)
    p_words, p_squashed = _name_key(protected)
    if not squashed or not p_squashed:
        return False
    if (len(p_words) >= 2 and p_words <= words) or p_squashed == squashed:
        return True
    parts = _protected_parts(protected)
    if len(parts) < 2:
        return False
    w_words, w_initials = _writer_words(author)

    def found(forms: tuple[str, ...], exclude: str | None = None) -> str | None:
        for word in w_words:
            if word != exclude and any(_same_word(form, word) for form in forms):
                return word
        return None

    surnames = parts[(len(parts) + 1) // 2 :]
    for surname in surnames:
        last = found(surname)
        if last is None:
            continue
        given = parts[0]
        if found(given, exclude=last) is not None:
            return True
        if any(_initial(form) == _initial(i) for form in given for i in w_initials):
            return True
    return False


def _initial(letter: str) -> str:
    """An initial read in Latin letters."""
    sounds = _sounds(letter)
    return (sounds[0][0] if sounds else letter)[:1]


def check_impersonation(ctx: ScreenContext) -> list[Finding]:
    """N02: the writer's name must not be a rights holder's or a protected name."""
    author = ctx.submission.author_name
    if not _name_key(author)[1]:
        return []
    for protected in (*ctx.rights_holders, *ctx.campaign.protected_names):
        if _impersonates(author, protected):
            stripped = author.strip()
            start = author.find(stripped)
            return [
                Finding(
                    "N02",
                    start,
                    start + len(stripped),
                    stripped,
                    f"The name “{stripped}” belongs to {protected}; a moderator will check "
                    "that you are who you say (N02)",
                    "name",
                )
            ]
    return []
