"""CPU time of text normalization (``normalize_many``: detokenize, truecase, dateline) over the
throughput corpus, in three states of the truecaser's word caches, best of N rounds:

- ``warm``: the same texts normalized just before (what the rounds of ``cpu_ratio.py`` see);
- ``fresh``: the caches emptied, then filled by other articles of the corpus (a worker that has
  seen other news: the words of these texts are partly new);
- ``cold``: the caches emptied (the first articles of a new process, model load excluded).

To compare two checkouts, run it from the root of each in turn (``-m`` puts the current directory
first on ``sys.path``, so that checkout's ``pipeline`` package is the one timed):

    python -m benchmarks.normalize_cpu --articles 400 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from benchmarks import throughput


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from pipeline.text import normalize_many
    from pipeline.text.truecase import get_truecaser

    texts = throughput.corpus(args.articles)
    base = throughput.base_articles()
    used = {base[i % len(base)] for i in range(args.articles)}  # the articles ``corpus`` made the texts of
    others = [t for t in base if t not in used][: args.articles]
    model = get_truecaser()
    list(normalize_many(texts[:20]))

    def empty() -> None:
        if hasattr(model, "clear_caches"):
            model.clear_caches()
            return
        for name in ("_static", "_roles", "_class_cache"):  # the word caches of older trees
            cache = getattr(model, name, None)
            if cache is not None:
                cache.clear()

    def timed() -> float:
        t0 = time.process_time()
        for _ in normalize_many(texts):
            pass
        return time.process_time() - t0

    def fresh() -> None:
        empty()
        for _ in normalize_many(others):
            pass

    states: dict[str, Callable[[], None]] = {"cold": empty, "fresh": fresh, "warm": lambda: None}
    times: dict[str, list[float]] = {name: [] for name in states}
    for _ in range(args.rounds):
        for name, prepare in states.items():
            prepare()
            times[name].append(timed())
    print(f"{len(texts)} articles ({len(others)} others for 'fresh'), {sum(len(t.split()) for t in texts)} words; "
          f"load average {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        print(f"{name:5s} normalize_many CPU s: {' '.join(f'{v:.3f}' for v in values)}  best {min(values):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
