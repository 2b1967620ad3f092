"""Former home of the data-file readers and matchers, now split by job (kept only so that code
written against it keeps importing; new code imports from the modules themselves):

- :mod:`datafiles`: reading ``data/`` (``data_lines``, ``data_files``, ``terms``,
  ``per_language``);
- :mod:`termpatterns`: term lists and pattern lists as matchers (``compile_terms``,
  ``TermPattern``, ``compile_patterns``, ``find``, ``dedupe``, ``Match``, ``B``/``E``);
- :mod:`phrase_index`: the phrase matcher indexed by leading words (``phrases``,
  ``text_words``), with :mod:`pattern_heads` reading a line's first letters;
- :mod:`scripts`: the scripts of a text or a pattern (``text_scripts``);
- :mod:`negation`: ``negated``.
"""

from moderation.rules.datafiles import DATA_DIR, data_files, data_lines, per_language, terms
from moderation.rules.negation import negated
from moderation.rules.phrase_index import phrases, text_words
from moderation.rules.scripts import text_scripts
from moderation.rules.termpatterns import (
    B,
    E,
    Match,
    TermPattern,
    compile_patterns,
    compile_terms,
    dedupe,
    expand_markers,
    find,
    fold_term,
)

__all__ = [
    "B",
    "DATA_DIR",
    "E",
    "Match",
    "TermPattern",
    "compile_patterns",
    "compile_terms",
    "data_files",
    "data_lines",
    "dedupe",
    "expand_markers",
    "find",
    "fold_term",
    "negated",
    "per_language",
    "phrases",
    "terms",
    "text_scripts",
    "text_words",
]
