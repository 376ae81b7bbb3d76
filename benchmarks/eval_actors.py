"""Actor countries: does the entity that covers a gold actor carry the actor's country?

    python -m benchmarks.eval_actors [--model NAME] [--cased] [--misses]
        # --misses lists the misses of the parts read while writing rules only (look, apart2)
    python -m benchmarks.eval_actors --ner [--limit N] [--model NAME]     # span repair on/off, NER F1

Data: the PLOVER gold sentences ``eval/events/plover_gsr_dev.jsonl`` under ``$WIRELAKE_SHARED``
(default ``<repo>/../shared``). Each sentence goes through the production path
(``pipeline.nlp.enrich.Enricher.enrich``) lowercased, as wire feeds deliver text (``--cased``: as
written). No publication date is given (the gold sentences carry none), so KB roles are read as
of their latest entry.

The figure (issue #15, acceptance 2): of the **country-coded** gold actors (source and target
actors whose code is a country, i.e. not IGO / NGO / IMG / MNC / NGM / INT), located in the
sentence by their text (case-insensitive; a few discontinuous gold strings such as "U.S. ...
negotiators" cannot be located and are reported apart), the share whose **covering entity** —
the PERSON / ORG / GPE / NORP / LOC / FAC mention overlapping the actor's characters most (first
in text on a tie) — has ``country_code`` equal to the gold code. An actor no entity covers counts
as wrong. International actors are reported separately.

The figure is also printed per part of the sentences, as ``eval_events`` splits them
(:func:`benchmarks.eval_events.sentence_part`): "look" and "apart2" (read while writing rules) and
"apart" (one sentence in three, never read: its misses are never listed). Rules must hold on
"apart" too: acceptance is repeated on held-out sentences of the same kind.

:func:`actor_country_accuracy` is the function other benchmarks call (``eval_entities.py``).

``--ner`` prints PER / ORG / LOC F1 on CoNLL-2003 dev and the worldwide-newswire articles,
lowercased and cased, with every default span repair on, all off, each one alone, all but one and
all plus each repair that is off by default — the
measurement behind docs/entities.md (normalizer, NER and the entities component's span repair, as
in ``enrich``; the parser and events do not change entity spans).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import DEFAULT_MODEL as MODEL

REPO = Path(__file__).resolve().parents[1]

INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT"})
COVER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


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
    by_part: dict[str, list[int]] = field(default_factory=dict)  # sentence part -> [right, total]
    miss_parts: list[str] = field(default_factory=list)  # the part of each miss, as ``misses``

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
    """Acceptance 2 of issue #15 through ``enricher`` (a :class:`pipeline.nlp.enrich.Enricher`)."""
    from benchmarks.eval_events import sentence_part
    from pipeline.nlp.enrich import EnrichInput

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
                part = sentence_part(row)
                in_part = score.by_part.setdefault(part, [0, 0])
                in_part[0] += predicted == code
                in_part[1] += 1
                if predicted == code:
                    score.right += 1
                else:
                    score.misses.append((actor["text"], code, ent.text if ent is not None else None, predicted))
                    score.miss_parts.append(part)
    return score


# --- NER F1 with and without span repair ----------------------------------------------------------

def _entity_docs(nlp: Any, raws: Sequence[str]) -> list[tuple[Any, Any]]:
    """(normalized text, NER-tagged Doc) per raw text: the first half of ``Enricher.enrich`` (the
    normalizer, then the model's NER), before the entities component."""
    from pipeline.nlp.enrich import make_doc
    from pipeline.text import normalize_many

    norms = list(normalize_many(raws))
    docs = list(nlp.pipe((make_doc(nlp, n) for n in norms), batch_size=64,
                         disable=[p for p in nlp.pipe_names if p != "ner"]))
    return list(zip(norms, docs))


def repaired_spans(tagged: list[tuple[Any, Any]], offsets: Sequence[Sequence[tuple[int, int]]],
                   repairs: tuple[str, ...]) -> list[set[tuple[int, int, str]]]:
    """Token spans (PER/ORG/LOC) after the entities component's span repair with ``repairs``."""
    from spacy.tokens import Span

    from benchmarks.nerdata import char_spans_to_tokens
    from pipeline.nlp.entities import repair_spans

    out = []
    for (norm, doc), offs in zip(tagged, offsets):
        original = [(e.start, e.end, e.label_) for e in doc.ents]
        repair_spans(doc, repairs=repairs)
        raw = [(*norm.to_raw(e.start_char, e.end_char), e.label_) for e in doc.ents]
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in original]  # back to the NER's spans
        out.append(char_spans_to_tokens(raw, offs))
    return out


def ner_report(model: str, limit: int) -> None:
    """PER/ORG/LOC F1 (benchmarks/nerdata.py: the same sets, mappings and scoring as
    eval_entities.py) with no span repair, all of them, each alone and all but one. The texts go
    through the production normalizer and the model's NER once per set and casing; the repairs run
    on copies (the entities component's ``repair_spans``, as in ``enrich``)."""
    from benchmarks.nerdata import conll_dev, lower_doc, score, token_offsets, wwn_dev
    from pipeline.nlp.enrich import wirelake_pipeline
    from pipeline.nlp.entities import ALL_REPAIRS, REPAIRS

    variants: list[tuple[str, tuple[str, ...]]] = [("no repair", ()), ("all repairs", REPAIRS)]
    variants += [(f"only {r}", (r,)) for r in ALL_REPAIRS]
    variants += [(f"all but {r}", tuple(x for x in REPAIRS if x != r)) for r in REPAIRS]
    variants += [(f"all and {r}", (*REPAIRS, r)) for r in ALL_REPAIRS if r not in REPAIRS]  # off by default
    nlp = wirelake_pipeline(model)
    print(f"PER/ORG/LOC F1 ({model}, normalizer + NER + span repair as in enrich); lowercased / cased")
    for data in (conll_dev().limit(limit), wwn_dev().limit(limit)):
        tagged, offsets = {}, {}
        for lower in (True, False):
            pairs = [token_offsets(lower_doc(d) if lower else d) for d in data.docs]
            tagged[lower] = _entity_docs(nlp, [raw for raw, _ in pairs])
            offsets[lower] = [offs for _, offs in pairs]
        name = f"{data.name} ({len(data.docs)})"
        for label, repairs in variants:
            low = score(data.gold, repaired_spans(tagged[True], offsets[True], repairs)).f
            cased = score(data.gold, repaired_spans(tagged[False], offsets[False], repairs)).f
            print(f"  {name:28s} {label:22s} {low:6.2%} / {cased:6.2%}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=MODEL)
    ap.add_argument("--cased", action="store_true", help="feed the sentences as written, not lowercased")
    ap.add_argument("--misses", action="store_true",
                    help="list the actors whose country is wrong (parts look and apart2 only)")
    ap.add_argument("--ner", action="store_true", help="NER F1 with span repairs on and off (slow)")
    ap.add_argument("--limit", type=int, default=0, help="with --ner: documents per data set (0 = all)")
    args = ap.parse_args()
    if not (shared_dir() / "eval" / "events" / "plover_gsr_dev.jsonl").exists():
        print(f"evaluation data not found under {shared_dir()}/eval; skipping")
        return 0
    if args.ner:
        ner_report(args.model, args.limit)
        return 0
    from pipeline.nlp.enrich import Enricher

    score = actor_country_accuracy(Enricher(args.model), lowercase=not args.cased)
    casing = "cased" if args.cased else "lowercased"
    print(f"actor country right ({casing}, {args.model}): {score.right}/{score.total} = {score.accuracy:.1%} "
          f"of country-coded actors ({score.unlocated} gold strings not found in their sentence)")
    print(f"international actors (IGO/NGO/IMG/...): {score.international_right}/{score.international_total} = "
          f"{score.international_accuracy:.1%}")
    print("by where the country came from: " + ", ".join(
        f"{src} {right}/{total}" for src, (right, total) in sorted(score.by_source.items(), key=lambda kv: -kv[1][1])))
    print("by part of the sentences: " + ", ".join(
        f"{part} {right}/{total} = {right / total:.1%}" for part, (right, total) in sorted(score.by_part.items())))
    if args.misses:
        for (text, code, ent, got), part in zip(score.misses, score.miss_parts, strict=True):
            if part != "apart":  # held apart: scored, never read
                print(f"  {code}  {text!r:60s} -> {ent!r} {got}  [{part}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
