"""Word stems per language, so that a concept list names a word once for all its forms.

Snowball stemmers (PyStemmer, a C extension) cover 11 of the campaign's languages. They were
chosen over a dictionary lemmatiser (simplemma): both sides of a comparison, the concept lists
and the text, go through the same stemmer, so a stem need not be a real word, and Snowball
costs ~0.2 microseconds a word with no dictionaries in memory, where simplemma's dictionaries
for ten campaign languages took ~650 MB (the worker's budget is 400 MB). Where a stemmer is
wrong (irregular forms, Ukrainian and Bengali, which it lacks), the lists use ``prefix*``
entries instead.
"""

from __future__ import annotations

from functools import cache, lru_cache

import Stemmer

# Campaign languages with a Snowball stemmer (Ukrainian, Bengali and Chinese have none).
SNOWBALL = {
    "ar": "arabic",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fa": "persian",
    "fr": "french",
    "it": "italian",
    "pt": "portuguese",
    "ru": "russian",
    "tr": "turkish",
}


@cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    algorithm = SNOWBALL.get(language)
    return Stemmer.Stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=131072)
def stem(language: str, word: str) -> str:
    """The stem of a folded ``word`` in ``language`` (the word itself without a stemmer)."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    if language == "ar":
        # Folding writes Arabic with the Persian keyboard's ی and ک; the Arabic stemmer
        # knows only ي and ك.
        word = word.translate(_ARABIC_LETTERS)
    return stemmer.stemWord(word)


_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})
