"""CPU time of the replay path without its NLP: parse, dedupe, rows, Parquet staging and commit.

The NLP (normalize, spaCy, entities, events) is most of ``replay_feed``'s cost and varies run to run
by more than all the rest of it, so it is taken out: the Enricher analyses the articles once, then
each round replays the landed corpus through ``replay_feed`` with an enricher that hands those
results back (its memory zone still calls ``release_free_memory`` at the end of each chunk, as the
real one does). What is timed is everything else ``replay_feed`` does, CPU time of all threads
(``time.process_time``), in a fresh local lake per round. Prints each round and the best. To compare
two checkouts, run it from the root of each in turn (``-m`` imports the current directory's
``pipeline``), alternating, at the same load.

    python -m benchmarks.ingest_cpu --articles 400 --rounds 5
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections.abc import Iterable, Iterator
from typing import Any

from benchmarks import throughput
from pipeline.config import DEFAULT_MODEL


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()

    from pipeline.ingest import replay_feed
    from pipeline.nlp.enrich import Enriched, Enricher, EnrichInput
    from pipeline.nlp.memory import release_free_memory

    texts = throughput.corpus(args.articles)
    real = Enricher(args.model)
    results: dict[tuple[Any, ...], Enriched] = {}

    class Replayed:
        """The Enricher's results for the corpus, analysed on the first call and handed back after."""

        version = real.version

        @contextlib.contextmanager
        def memory_zone(self) -> Iterator[None]:
            yield
            release_free_memory()

        def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
            items = list(items)
            keys = [(i.text, i.title, i.published, i.keep_cased) for i in items]
            todo = [i for i, k in zip(items, keys) if k not in results]
            if todo:
                with real.memory_zone():
                    for item, enriched in zip(todo, real.enrich(todo)):
                        results[(item.text, item.title, item.published, item.keep_cased)] = enriched
            for k in keys:
                yield results[k]

    def replay(r: int) -> float:
        with throughput.landed_lake(texts, 1, args.model, prefix="wirelake-ingest-cpu-") as (storage, feeds, settings):
            t0 = time.process_time()
            for feed in feeds:
                replay_feed(feed, day=throughput.DAY, settings=settings, run_id=f"ingest-cpu{r}", storage=storage,
                            enricher=Replayed())
            return time.process_time() - t0

    replay(-1)  # analyses the articles once (not timed)
    print(f"{len(texts)} articles, model {args.model}; load average {os.getloadavg()[0]:.1f}")
    times = []
    for r in range(args.rounds):
        times.append(replay(r))
        print(f"round {r}: replay without NLP {times[-1]:.3f} s CPU", flush=True)
    print(f"best of {args.rounds}: {min(times):.3f} s CPU per {len(texts)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
