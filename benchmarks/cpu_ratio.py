"""Pipeline cost against bare spaCy in CPU time, in one process: robust to other jobs on the machine.

Wall-clock ratios from ``throughput.py`` move by 0.3 when other jobs share the cores (its timed parts
run minutes apart). This script lands the throughput corpus once per round in a fresh local lake,
then, in the same process and one right after the other, measures the CPU time (all threads,
``time.process_time``) of the real pipeline from the raw zone (``replay_feed``: parse, dedupe,
normalize, NER, entities, events, Parquet) and of bare ``nlp.pipe`` with the same model on the same
texts. Prints each round and the best of the rounds; round 0 includes one-off loads (lexicons, KB),
so use at least 3 rounds. To compare two checkouts, run it from the root of each in turn (``-m``
puts the current directory first on ``sys.path``, so the ``pipeline`` package of that checkout is
the one imported).

    python -m benchmarks.cpu_ratio --articles 400 --rounds 3

On a host whose speed drifts (the CPU time of the same bare run moved between 12.8 and 20.5 s within
minutes on these shared machines), a 15-second pipeline block followed by a 15-second bare block
measures the drift as much as the code. ``--interleave`` spreads the corpus over feeds of
``--feed-articles`` articles and times, feed by feed, the pipeline on that feed and bare spaCy on the
same texts, in alternating order (bare first on every other feed), summing each side over the round;
it also prints the median of the per-feed ratios. Feed runs are smaller than a daily run's, so the
per-run costs (manifests, dedup sync) weigh a little more than in ``throughput.py``.

    python -m benchmarks.cpu_ratio --articles 400 --rounds 3 --interleave
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import Any

from benchmarks import throughput
from pipeline.config import DEFAULT_MODEL


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--interleave", action="store_true",
                    help="alternate pipeline and bare spaCy feed by feed (robust to a drifting host)")
    ap.add_argument("--feed-articles", type=int, default=25, help="articles per feed with --interleave")
    args = ap.parse_args()

    from pipeline.ingest import replay_feed
    from pipeline.nlp.enrich import Enricher
    from pipeline.nlp.model import build_model

    texts = throughput.corpus(args.articles)
    enricher = Enricher(args.model)
    nlp = build_model(args.model)
    list(nlp.pipe(texts[:20]))
    print(f"{len(texts)} articles, {sum(len(t.split()) for t in texts)} words, model {args.model}; "
          f"load average {os.getloadavg()[0]:.1f}")
    if args.interleave:
        return _interleaved(args, texts, enricher, nlp)
    best_pipeline = best_bare = float("inf")
    for r in range(args.rounds):
        with throughput.landed_lake(texts, 1, args.model) as (storage, feeds, settings):
            t0 = time.process_time()
            for feed in feeds:
                replay_feed(feed, day=throughput.DAY, settings=settings, run_id=f"cpu{r}", storage=storage,
                            enricher=enricher)
            pipeline_s = time.process_time() - t0
        t0 = time.process_time()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        bare_s = time.process_time() - t0
        best_pipeline, best_bare = min(best_pipeline, pipeline_s), min(best_bare, bare_s)
        print(f"round {r}: pipeline {pipeline_s:.1f} s CPU, bare spaCy {bare_s:.1f} s CPU, "
              f"bare / pipeline {bare_s / pipeline_s:.3f}", flush=True)
    print(f"best of {args.rounds}: pipeline {best_pipeline:.1f} s, bare {best_bare:.1f} s, "
          f"bare / pipeline {best_bare / best_pipeline:.3f} (1.0 = the pipeline costs what bare spaCy costs)")
    return 0


def _interleaved(args: argparse.Namespace, texts: list[str], enricher: Any, nlp: Any) -> int:
    from pipeline.ingest import replay_feed

    per = max(1, args.feed_articles)
    chunks = [list(range(i, min(i + per, len(texts)))) for i in range(0, len(texts), per)]
    totals: list[tuple[float, float]] = []
    for r in range(args.rounds):
        ratios: list[float] = []
        pipeline_s = bare_s = 0.0
        with throughput.landed_lake(texts, len(chunks), args.model, per_payload=per) as (storage, feeds, settings):
            for k, (feed, chunk) in enumerate(zip(feeds, chunks, strict=True)):
                feed_texts = [texts[i] for i in chunk]
                sides = ("bare", "pipeline") if k % 2 else ("pipeline", "bare")
                spent: dict[str, float] = {}
                for side in sides:
                    t0 = time.process_time()
                    if side == "pipeline":
                        replay_feed(feed, day=throughput.DAY, settings=settings, run_id=f"cpu{r}", storage=storage,
                                    enricher=enricher)
                    else:
                        for _ in nlp.pipe(feed_texts, batch_size=64):
                            pass
                    spent[side] = time.process_time() - t0
                pipeline_s += spent["pipeline"]
                bare_s += spent["bare"]
                ratios.append(spent["bare"] / spent["pipeline"])
        totals.append((pipeline_s, bare_s))
        print(f"round {r}: pipeline {pipeline_s:.1f} s CPU, bare spaCy {bare_s:.1f} s CPU, bare / pipeline "
              f"{bare_s / pipeline_s:.3f}; median of {len(ratios)} feed ratios {statistics.median(ratios):.3f}",
              flush=True)
    steady = totals[1:] or totals
    pipeline_sum, bare_sum = sum(p for p, _ in steady), sum(b for _, b in steady)
    print(f"rounds 1-{len(totals) - 1} (round 0 holds one-off loads): pipeline {pipeline_sum:.1f} s, "
          f"bare {bare_sum:.1f} s, bare / pipeline {bare_sum / pipeline_sum:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
