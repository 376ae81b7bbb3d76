"""Text restoration for lowercased, tokenized wire text (casing, detokenization, datelines).

Modules, in the order an article passes through them (each imports only those above it):
``lexicon`` (word lists, prior codes), ``tokens``, ``sentences``, ``detokenize``, ``dateline``,
``offsets``, ``acronyms``, ``names``, ``truecase``, ``component`` (the spaCy component) and
``normalize``, the public API re-exported here.
"""

from pipeline.text.normalize import (
    Dateline,
    NormalizedText,
    detect_casing,
    normalize,
    normalize_many,
    restore_case_tokens,
)

__all__ = [
    "Dateline",
    "NormalizedText",
    "detect_casing",
    "normalize",
    "normalize_many",
    "restore_case_tokens",
]
