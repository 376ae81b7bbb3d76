"""The truecaser as the spaCy component ``"wirelake_truecaser_v1"`` (spaCy is imported only when
:func:`register` is called or a component is made, never at import of ``pipeline.text``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.text.sentences import sentence_starts
from pipeline.text.truecase import MODEL_FILE, Truecaser, get_truecaser

# spaCy forbids "." in factory names, so the versioned name uses underscores.
FACTORY = "wirelake_truecaser_v1"


def register() -> None:
    """Make ``nlp.add_pipe("wirelake_truecaser_v1")`` available."""
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return
    Language.factory(FACTORY, default_config={"doc_consistency": True})(make_truecaser)


def make_truecaser(nlp: Any, name: str, doc_consistency: bool) -> TruecaserComponent:
    """spaCy factory of ``"wirelake_truecaser_v1"``."""
    return TruecaserComponent(name=name, doc_consistency=doc_consistency)


class TruecaserComponent:
    """spaCy component: stores the restored form of each token in ``token._.truecase``.

    A Doc cannot change its text, so the component annotates; to truecase before NER, call
    :func:`pipeline.text.normalize` on the raw text and pass ``.text`` to ``nlp``.
    """

    def __init__(self, *, name: str = "truecaser", doc_consistency: bool = True) -> None:
        from spacy.tokens import Token

        if not Token.has_extension("truecase"):
            Token.set_extension("truecase", default=None)
        self.name = name
        self.doc_consistency = doc_consistency
        self._model: Truecaser | None = None

    @property
    def model(self) -> Truecaser:
        if self._model is None:
            self._model = get_truecaser()
        return self._model

    def __call__(self, doc: Any) -> Any:
        sents = [[t.lower_ for t in doc]]
        starts = sentence_starts(sents, None)
        forms = self.model.case_sentences(sents, starts, doc_consistency=self.doc_consistency)[0]
        for tok, form in zip(doc, forms):
            tok._.truecase = form if len(form) == len(tok.text) else tok.text
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.to_path(path / MODEL_FILE)
        (path / "cfg.json").write_text(json.dumps({"doc_consistency": self.doc_consistency}))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TruecaserComponent:
        path = Path(path)
        self._model = Truecaser.from_path(path / MODEL_FILE)
        cfg = json.loads((path / "cfg.json").read_text())
        self.doc_consistency = bool(cfg.get("doc_consistency", True))
        return self
