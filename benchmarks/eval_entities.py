"""Entity quality through the production path: PER/ORG/LOC F1 on both dev sets, lowercased and cased.

    python benchmarks/eval_entities.py [--model NAME] [--sets conll,wwn] [--limit N] [--ner-only]
                                       [--unrestored] [--json PATH]

Each document is given to ``pipeline.nlp.enrich.Enricher.enrich`` (normalize with the truecaser,
NER, events) twice: with its original casing and lowercased (tokens joined by spaces, one
sentence / block per line, as our feeds deliver text). Entities come back with raw-text offsets
and are mapped to token spans and to PER/ORG/LOC (PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC; see
``benchmarks/nerdata.py`` for the gold mappings), then scored by exact span match.

* CoNLL-2003 dev (``eval/conll2003/valid.txt``, 216 documents, 51k tokens);
* English Worldwide Newswire (``eval/worldwide_newswire/processed_annotated``, 875 articles).

Both are evaluation and model-selection data only: nothing here is trained on them.
``--ner-only`` runs the same normalization and only the NER pass (NER and the entities component's
span repair: the entities of ``enrich`` are exactly the NER pass's, the parse pass runs on separate
Docs and the events component reads entities, never writes them), about twice as fast;
``--unrestored`` adds bare NER on lowercased text without case restoration.

Data is read from ``$WIRELAKE_SHARED`` (default ``<repo>/../shared``); exits 0 with a message when
it is absent. Further figures (e.g. actor countries) belong in their own section function,
listed in ``SECTIONS``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from nerdata import (  # noqa: E402
    EVAL_LABELS,
    EvalSet,
    conll_dev,
    data_present,
    lower_doc,
    plain_spans,
    pred_spans,
    score,
    token_offsets,
    wwn_dev,
)

SETS: dict[str, Callable[[], EvalSet]] = {"conll": conll_dev, "wwn": wwn_dev}
CHUNK = 100  # documents per enrich call / memory zone, as the pipeline's chunks


def run_enrich(enricher: Any, texts: Sequence[str]) -> list[Any]:
    """The production path: ``Enricher.enrich`` in chunks, each inside a memory zone."""
    from pipeline.nlp.enrich import EnrichInput

    out: list[Any] = []
    for i in range(0, len(texts), CHUNK):
        with enricher.memory_zone():
            out.extend(enricher.enrich([EnrichInput(t) for t in texts[i:i + CHUNK]]))
    return out


class _Ents:
    """Stand-in for an ``Enriched`` result when only NER runs (``--ner-only``)."""

    def __init__(self, entities: list[Any]) -> None:
        self.entities = entities


class _Ent:
    def __init__(self, raw_start: int, raw_end: int, label: str) -> None:
        self.raw_start, self.raw_end, self.label = raw_start, raw_end, label


def run_ner_only(enricher: Any, texts: Sequence[str]) -> list[Any]:
    """Same normalization and NER pass as ``enrich``, without the parse and events passes."""
    from pipeline.nlp.enrich import make_doc
    from pipeline.text import normalize_many

    nlp = enricher.nlp
    out: list[Any] = []
    for i in range(0, len(texts), CHUNK):
        with enricher.memory_zone():
            norms = list(normalize_many(texts[i:i + CHUNK]))
            first = ("ner", "wirelake_entities_v1")  # the NER pass of enrich: NER, then span repair
            docs = nlp.pipe((make_doc(nlp, n) for n in norms), batch_size=enricher.batch_size,
                            disable=[p for p in nlp.pipe_names if p not in first])
            for norm, doc in zip(norms, docs):
                out.append(_Ents([_Ent(*norm.to_raw(e.start_char, e.end_char), e.label_) for e in doc.ents]))
    return out


def run_unrestored(enricher: Any, texts: Sequence[str], offsets: Sequence[Any]) -> list[Any]:
    """Bare NER on lowercased text that is only detokenized (no case restoration)."""
    from pipeline.text import normalize_many

    nlp = enricher.nlp
    norms = list(normalize_many(texts, restore_case=False))
    with nlp.select_pipes(enable=["ner"]):
        ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents]
                for d in nlp.pipe((n.text for n in norms), batch_size=enricher.batch_size)]
    return plain_spans(norms, ents, offsets)


def ner_section(args: argparse.Namespace, enricher: Any) -> dict[str, Any]:
    """PER/ORG/LOC F1 per set and casing; prints a table, returns the figures."""
    runner = run_ner_only if args.ner_only else run_enrich
    figures: dict[str, Any] = {}
    path = "NER pass only" if args.ner_only else "enrich"
    print(f"\nPER/ORG/LOC F1 through {path} ({enricher.version}); P / R / F1, per label F1")
    for key in args.sets.split(","):
        data = SETS[key]().limit(args.limit)
        cased_raw, offsets = zip(*(token_offsets(d) for d in data.docs))
        lower_raw = [token_offsets(lower_doc(d))[0] for d in data.docs]
        row: dict[str, Any] = {"docs": len(data.docs), "tokens": sum(len(s) for d in data.docs for s in d)}
        variants = ["cased", "lowercased"] + (["lowercased, no restoration"] if args.unrestored else [])
        for name in variants:
            t0 = time.perf_counter()
            if name == "cased":
                pred = pred_spans(runner(enricher, cased_raw), offsets)
            elif name == "lowercased":
                pred = pred_spans(runner(enricher, lower_raw), offsets)
            else:
                pred = run_unrestored(enricher, lower_raw, offsets)
            secs = time.perf_counter() - t0
            total = score(data.gold, pred)
            per = {lab: score(data.gold, pred, lab) for lab in EVAL_LABELS}
            row[name] = {"p": total.p, "r": total.r, "f": total.f, "seconds": secs,
                         **{lab: {"p": s.p, "r": s.r, "f": s.f, "gold": s.n_gold} for lab, s in per.items()}}
            labs = "  ".join(f"{lab} {s.f:6.2%}" for lab, s in per.items())
            print(f"  {data.name:<20} {name:<27} {total.p:6.2%} / {total.r:6.2%} / {total.f:6.2%}   {labs}"
                  f"   ({secs:.0f} s)")
        ratio = row["lowercased"]["f"] / row["cased"]["f"] if row["cased"]["f"] else 0.0
        row["recovery"] = ratio
        print(f"  {data.name:<20} lowercased / cased: {ratio:.3f}  ({row['docs']} docs, {row['tokens']} tokens)")
        figures[key] = row
    return figures


# Each section prints its figures and returns them for --json; add new figures as new sections.
SECTIONS: list[tuple[str, Callable[[argparse.Namespace, Any], dict[str, Any]]]] = [("ner", ner_section)]


def main(argv: list[str] | None = None) -> int:
    from pipeline.config import DEFAULT_MODEL

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    ap.add_argument("--sets", default="conll,wwn", help="comma-separated: conll, wwn")
    ap.add_argument("--limit", type=int, default=0, help="documents per set (0 = all)")
    ap.add_argument("--ner-only", action="store_true", help="normalize + NER pass only (same entities, faster)")
    ap.add_argument("--unrestored", action="store_true", help="also bare NER on lowercased text without restoration")
    ap.add_argument("--ner", type=Path, help="evaluate en_core_web_md with the NER component saved in this "
                    "directory (a scripts/build_ner.py --out), instead of --model")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    if not data_present():
        print("evaluation data not found under $WIRELAKE_SHARED/eval; skipping")
        return 0
    unknown = set(args.sets.split(",")) - set(SETS)
    if unknown:
        ap.error(f"unknown set(s) {sorted(unknown)}; choose from {sorted(SETS)}")

    from pipeline.nlp.enrich import Enricher

    if args.ner:
        from pipeline.nlp import model

        model.PIPELINES["experiment"] = model.WithNer(model.BASE_MODEL, args.ner.resolve(), "experiment", args.ner.name)
        args.model = "experiment"
    enricher = Enricher(args.model, batch_size=64)
    run_enrich(enricher, ["warm up : the model loads here ."])
    out: dict[str, Any] = {"model": args.model, "version": enricher.version, "limit": args.limit,
                           "path": "ner-only" if args.ner_only else "enrich"}
    for name, section in SECTIONS:
        out[name] = section(args, enricher)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
