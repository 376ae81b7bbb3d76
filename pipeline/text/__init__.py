"""Text restoration for lowercased, tokenized wire text (casing, detokenization, datelines)."""

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
