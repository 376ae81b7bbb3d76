"""Pipeline cost against bare spaCy in CPU time, in one process: robust to other jobs on the machine.

Wall-clock ratios from ``throughput.py`` move by 0.3 when other jobs share the cores (its timed parts
run minutes apart). This script lands the throughput corpus once per round in a fresh local lake,
then, in the same process and one right after the other, measures the CPU time (all threads,
``time.process_time``) of the real pipeline from the raw zone (``replay_feed``: parse, dedupe,
normalize, NER, entities, events, Parquet) and of bare ``nlp.pipe`` with the same model on the same
texts. Prints each round and the best of the rounds; round 0 includes one-off loads (lexicons, KB),
so use at least 3 rounds. To compare two checkouts, run it from each in turn (the script imports
the ``pipeline`` package of the checkout it lives in).

    python benchmarks/cpu_ratio.py --articles 400 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import throughput  # noqa: E402

from pipeline.config import DEFAULT_MODEL, Settings  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()

    from pipeline.ingest import replay_feed
    from pipeline.lake.storage import Storage
    from pipeline.nlp.enrich import Enricher
    from pipeline.nlp.model import build_model

    texts = throughput.corpus(args.articles)
    enricher = Enricher(args.model)
    nlp = build_model(args.model)
    list(nlp.pipe(texts[:20]))
    print(f"{len(texts)} articles, {sum(len(t.split()) for t in texts)} words, model {args.model}; "
          f"load average {os.getloadavg()[0]:.1f}")
    best_pipeline = best_bare = float("inf")
    for r in range(args.rounds):
        tmp = tempfile.mkdtemp(prefix="wirelake-cpu-")
        try:
            os.environ["WIRELAKE_CACHE_DIR"] = str(Path(tmp) / "cache")
            lake = str(Path(tmp) / "lake")
            storage = Storage.from_uri(lake, None)
            storage.create_bucket()
            feeds = throughput.land_corpus(storage, texts, 1)
            settings = Settings(lake_uri=lake, model=args.model)
            t0 = time.process_time()
            for feed in feeds:
                replay_feed(feed, day=throughput.DAY, settings=settings, run_id=f"cpu{r}", storage=storage,
                            enricher=enricher)
            pipeline_s = time.process_time() - t0
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
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


if __name__ == "__main__":
    raise SystemExit(main())
