"""NER evaluation data and scoring shared by the benchmarks and scripts/build_ner.py.

Readers for CoNLL-2003 (IOB1) and the English Worldwide Newswire set (BIO, outer layer), gold
PER/ORG/LOC spans over each document's token sequence, the raw text the pipeline is given
(tokens joined by spaces, one sentence or block per line), mapping of ``Enricher`` entities back
to token spans, and span-level precision / recall / F1.

Label mapping (what "PER/ORG/LOC F1" means everywhere in wirelake):

* predictions (OntoNotes): PERSON → PER, ORG → ORG, GPE / LOC / FAC → LOC; other labels ignored;
* CoNLL-2003 gold: PER, ORG, LOC (MISC ignored);
* worldwide-newswire gold: Person → PER, Organization → ORG, Location / Facility → LOC
  (NORP, Date, Misc, Money, Product ignored).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
CONLL_DEV = SHARED / "eval" / "conll2003" / "valid.txt"
CONLL_TRAIN = SHARED / "eval" / "conll2003" / "train.txt"
WWN_DIR = SHARED / "eval" / "worldwide_newswire" / "processed_annotated"

PRED_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
WWN_LABELS = {"Person": "PER", "Organization": "ORG", "Location": "LOC", "Facility": "LOC"}
EVAL_LABELS = ("PER", "ORG", "LOC")

Doc = list[list[str]]  # sentences (lines) of tokens
Tags = list[list[str]]  # one tag per token
Span = tuple[int, int, str]  # first token, last token + 1, label


@dataclass
class EvalSet:
    """Documents of cased tokens with their gold spans (labels PER/ORG/LOC only unless ``all_labels``)."""

    name: str
    docs: list[Doc]
    gold: list[set[Span]]
    tags: list[Tags] = field(default_factory=list)

    def limit(self, n: int) -> EvalSet:
        return EvalSet(self.name, self.docs[:n], self.gold[:n], self.tags[:n]) if n else self


def read_conll_tags(path: Path) -> tuple[list[Doc], list[Tags]]:
    """CoNLL-2003 documents of cased tokens and their IOB1 NER tags (empty documents dropped)."""
    docs: list[Doc] = []
    tags: list[Tags] = []
    sent: list[str] = []
    stags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if sent:
                if not docs:
                    docs.append([])
                    tags.append([])
                docs[-1].append(sent)
                tags[-1].append(stags)
                sent, stags = [], []
            continue
        if parts[0] == "-DOCSTART-":
            docs.append([])
            tags.append([])
            continue
        sent.append(parts[0])
        stags.append(parts[-1])
    keep = [i for i, d in enumerate(docs) if d]
    return [docs[i] for i in keep], [tags[i] for i in keep]


def read_wwn_tags(folder: Path) -> tuple[list[Doc], list[Tags]]:
    """Worldwide newswire: one document per TSV, blank-line blocks as lines, the URL line dropped;
    outer-layer tags (column 2; the three untagged lines count as O). Spaces inside a token
    become ``_`` so that a token stays one token when joined by spaces."""
    docs: list[Doc] = []
    tags: list[Tags] = []
    for path in sorted(folder.glob("*.tsv")):
        blocks: Doc = []
        btags: Tags = []
        block: list[str] = []
        btag: list[str] = []
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        for line in lines + [""]:
            cols = line.split("\t")
            tok = cols[0]
            if not line.strip() or not tok.strip():
                if block:
                    blocks.append(block)
                    btags.append(btag)
                    block, btag = [], []
                continue
            block.append(tok.replace(" ", "_"))
            btag.append(cols[1].strip() if len(cols) > 1 and cols[1].strip() else "O")
        if blocks:
            docs.append(blocks)
            tags.append(btags)
    return docs, tags


def read_wwn(folder: Path) -> list[Doc]:
    """Worldwide-newswire documents (tokens only)."""
    return read_wwn_tags(folder)[0]


def iob_spans(tags: Tags, mapping: dict[str, str] | None = None, *, keep: Sequence[str] | None = EVAL_LABELS) -> set[Span]:
    """IOB1 or BIO tags -> (first token, last token + 1, label) over the document's token
    sequence. A span ends at a sentence end, at ``B-``, at ``O`` and where the type changes;
    ``mapping`` renames types (unmapped types are dropped), ``keep`` filters the renamed labels."""
    spans: set[Span] = set()
    flat = [t for s in tags for t in s]
    sent_start = set()
    i = 0
    for s in tags:
        sent_start.add(i)
        i += len(s)
    start, label = 0, None
    for i, tag in enumerate(flat + ["O"]):
        kind = tag[2:] if tag != "O" else None
        begins = tag.startswith("B-") or kind != label or i in sent_start
        if label is not None and (begins or kind is None):
            name = mapping.get(label) if mapping is not None else label
            if name is not None and (keep is None or name in keep):
                spans.add((start, i, name))
            label = None
        if kind is not None and label is None:
            start, label = i, kind
    return spans


def gold_spans(tags: Tags) -> set[Span]:
    """CoNLL-2003 IOB1 tags -> PER/ORG/LOC spans."""
    return iob_spans(tags)


def conll_dev() -> EvalSet:
    docs, tags = read_conll_tags(CONLL_DEV)
    return EvalSet("CoNLL-2003 dev", docs, [gold_spans(t) for t in tags], tags)


def wwn_dev() -> EvalSet:
    docs, tags = read_wwn_tags(WWN_DIR)
    return EvalSet("worldwide newswire", docs, [iob_spans(t, WWN_LABELS) for t in tags], tags)


def data_present() -> bool:
    return CONLL_DEV.exists() and WWN_DIR.exists()


def lower_doc(doc: Doc) -> Doc:
    """Lowercase tokens, keeping those whose length would change."""
    return [[t.lower() if len(t.lower()) == len(t) else t for t in s] for s in doc]


def token_offsets(doc: Doc) -> tuple[str, list[tuple[int, int]]]:
    """Raw text (sentences one per line) and each token's raw span."""
    offs = []
    pos = 0
    lines = []
    for s in doc:
        for t in s:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        lines.append(" ".join(s))
    return "\n".join(lines), offs


def char_spans_to_tokens(ents: Sequence[tuple[int, int, str]], offs: Sequence[tuple[int, int]]) -> set[Span]:
    """Raw character spans with OntoNotes labels -> token spans with PER/ORG/LOC labels."""
    starts = [a for a, _ in offs]
    spans = set()
    for start, end, label in ents:
        lab = PRED_LABELS.get(label)
        if lab is None:
            continue
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        if first >= 0:
            spans.add((first, last + 1, lab))
    return spans


def pred_spans(results: Sequence[Any], offsets: Sequence[Sequence[tuple[int, int]]]) -> list[set[Span]]:
    """Entities of ``Enricher.enrich`` results (raw character spans) -> token spans."""
    return [char_spans_to_tokens([(e.raw_start, e.raw_end, e.label) for e in res.entities], offs)
            for res, offs in zip(results, offsets)]


def plain_spans(norm_docs: Sequence[Any], ents_per_doc: Sequence[Sequence[tuple[int, int, str]]],
                offsets: Sequence[Sequence[tuple[int, int]]]) -> list[set[Span]]:
    """Entity char spans in normalized text (bare spaCy) -> token spans via the offset map."""
    out = []
    for nt, ents, offs in zip(norm_docs, ents_per_doc, offsets):
        raw = [(*nt.to_raw(s, e), label) for s, e, label in ents]
        out.append(char_spans_to_tokens(raw, offs))
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score(gold: Sequence[set[Span]], pred: Sequence[set[Span]], label: str | None = None) -> Score:
    """Span-level exact-match counts, over all labels or one."""
    def pick(spans: set[Span]) -> set[Span]:
        return spans if label is None else {s for s in spans if s[2] == label}

    tp = sum(len(pick(g) & pick(p)) for g, p in zip(gold, pred))
    return Score(tp, sum(len(pick(p)) for p in pred), sum(len(pick(g)) for g in gold))


def f1(gold: Sequence[set[Span]], pred: Sequence[set[Span]]) -> float:
    return score(gold, pred).f
