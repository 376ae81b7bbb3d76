"""The ``wirelake`` command: the pipeline's steps without Airflow.

    wirelake ingest --feeds feeds.yaml --lake ./lake [--date 2026-11-25] [--feed NAME ...]
    wirelake replay --from 2026-11-20 --to 2026-11-25 --lake ./lake
    wirelake normalize [--keep-tokens] [--input F] [--output F]      (JSON Lines)
    wirelake enrich [--input F] [--output F]                          (JSON Lines)
    wirelake actors [--lake URI]                                      (the actors dimension)
    wirelake query "SELECT ..." [--lake URI]
    wirelake report [--date D] [--lake URI]                           (HTML next to the data)
    wirelake iceberg sync [--catalog sqlite:////path.db]
    wirelake maintain [--date D] [--raw-retention-days N]
    wirelake verify [--lake URI] [--date D] [--json]                  (exit 1 when an invariant fails)
    wirelake serve [--dir DIR] [--port N]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pipeline import PIPELINE_VERSION
from pipeline.errors import ConfigError, InputError, WirelakeError


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date like 2026-11-25") from exc


def _settings(args: argparse.Namespace) -> Any:
    from pipeline.config import Settings

    return Settings.from_env(lake_uri=getattr(args, "lake", None), model=getattr(args, "model", None))


@contextlib.contextmanager
def _io(args: argparse.Namespace) -> Iterator[tuple[IO[bytes], IO[str]]]:
    with contextlib.ExitStack() as stack:
        try:
            inp = stack.enter_context(open(args.input, "rb")) if args.input else sys.stdin.buffer
            out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        except OSError as exc:
            raise InputError(f"cannot open {exc.filename}: {exc.strerror}", fix="check the --input/--output path") from exc
        yield inp, out


_RECORD_FIX = 'each line must be a UTF-8 JSON object like {"id": 1, "text": "..."}'


def _records(inp: IO[bytes]) -> Iterator[dict[str, Any]]:
    """The input's JSON Lines records; a line that is not UTF-8, not JSON, not an object with a
    string ``text``, or holds an unpaired surrogate is an :class:`InputError` naming the line."""
    for n, raw in enumerate(inp, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"input line {n} is not UTF-8 (byte {exc.start + 1}: {raw[exc.start:exc.start + 1]!r})",
                             fix=_RECORD_FIX) from exc
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"input line {n} is not JSON: {exc}", fix=_RECORD_FIX) from exc
        except RecursionError as exc:
            raise InputError(f"input line {n} is nested too deeply", fix=_RECORD_FIX) from exc
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"input line {n} has no string field 'text'", fix=_RECORD_FIX)
        try:
            json.dumps(rec, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(f"input line {n} holds an unpaired surrogate ({exc.object[exc.start:exc.end]!r})",
                             fix=_RECORD_FIX) from exc
        yield rec


def _summary(results: list[dict[str, Any]], lake: str) -> str:
    lines = [f"{'feed':<20} {'status':<12} {'seen':>5} {'written':>7} {'dups':>5} {'quar':>5} {'entities':>8} {'events':>6}"
             f" {'page':>5} {'summ':>5}"]
    for r in results:
        lines.append(f"{r['feed']:<20} {r['status']:<12} {r['items_seen']:>5} {r['written']:>7} {r['duplicates']:>5} "
                     f"{r['quarantined']:>5} {r['entities']:>8} {r['events']:>6} {r.get('body_page', 0):>5} "
                     f"{r.get('body_summary', 0):>5}")
    tot = {k: sum(r[k] for r in results) for k in ("written", "entities", "events")}
    lines.append(f"{len(results)} feeds, {tot['written']} articles, {tot['entities']} entity mentions, "
                 f"{tot['events']} events written to {lake}")
    return "\n".join(lines)


def cmd_ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest import check_failed_share, ingest_feeds, summarize_results
    from pipeline.lake.storage import Storage
    from pipeline.sources.fetch import FetchPolicy
    from pipeline.sources.pages import PageFetcher
    from pipeline.sources.registry import load_registry, select

    settings = _settings(args)
    if not (args.feeds or settings.feeds):
        raise ConfigError("no feed registry given", fix="pass --feeds FILE or set WIRELAKE_FEEDS to a registry YAML")
    feeds = select(load_registry(args.feeds or settings.feeds), args.feed)
    storage = Storage.from_settings(settings)
    storage.check_bucket()
    day = args.date or dt.date.today()
    run_id = f"cli__{day.isoformat()}__{uuid.uuid4().hex[:8]}"
    if args.workers < 1:
        raise InputError(f"--workers {args.workers} must be at least 1", fix="e.g. --workers 8")
    pages = PageFetcher.from_settings(settings)  # one host gate and robots cache for every feed of the run
    # fetch + land concurrently (network-bound, each fetch bounded by its deadline); each feed is
    # parsed, deduplicated, enriched and written as soon as its payload (and its linked pages) landed
    runs = ingest_feeds(feeds, day=day, settings=settings, run_id=run_id, storage=storage,
                        policy=FetchPolicy.from_settings(settings), workers=args.workers, pages=pages)
    results = [r.to_dict() for r in runs]
    print(_summary(results, storage.uri))
    if pages.totals.wanted:
        print(_pages_note(pages.totals.to_dict()))
    runs.raise_errors()
    summarize_results(results)
    check_failed_share(results, settings.max_failed_share)
    _publish_actors(storage, run_id)
    return 0


def _publish_actors(storage: Any, run_id: str) -> None:
    from pipeline.actors_table import publish_actors

    result = publish_actors(storage, run_id=run_id)
    print(f"actors: {result.rows} rows at {result.path}" + ("" if result.written else " (already committed)"))


def cmd_actors(args: argparse.Namespace) -> int:
    from pipeline.lake.storage import Storage

    storage = Storage.from_settings(_settings(args))
    storage.check_bucket()
    _publish_actors(storage, f"actors__{uuid.uuid4().hex[:8]}")
    return 0


def _pages_note(t: dict[str, Any]) -> str:
    """The closing note on linked pages: how many, how fast, and how long politeness held them."""
    return (f"linked pages: {t['requested']} requested on {t['hosts']} hosts ({t['ok']} ok, {t['not_modified']} not "
            f"modified, {t['failed']} failed, {t['robots_disallowed']} refused by robots.txt, {t['deferred']} left for "
            f"the next run) in {t['wall_s']:.1f} s = {t['pages_per_s']:.2f} pages/s; politeness: {t['wait_s']:.1f} "
            f"worker-seconds waiting, {t['idle_s']:.1f} s with pages queued and none in flight "
            f"(per-host delays alone need {t['floor_s']:.1f} s)")


def cmd_replay(args: argparse.Namespace) -> int:
    from pipeline.ingest import replay_feed
    from pipeline.lake.storage import Storage
    from pipeline.sources.landing import landed_feeds

    settings = _settings(args)
    storage = Storage.from_settings(settings)
    if args.to < args.start:
        raise InputError(f"--to {args.to} is before --from {args.start}", fix="swap them")
    from pipeline.lake.maintenance import expired_marker

    results = []
    errors: list[WirelakeError] = []
    day = args.start
    while day <= args.to:
        run_id = f"replay__{day.isoformat()}"
        marker = expired_marker(storage, day)
        if marker is not None:
            print(f"wirelake: {day}: raw payloads expired on {marker.get('expired_at', '?')}; its partitions are kept "
                  "as they are and cannot be rebuilt", file=sys.stderr)
        for name in landed_feeds(storage, day):
            if args.feed and name not in args.feed:
                continue
            try:
                results.append(replay_feed(name, day=day, settings=settings, run_id=run_id, storage=storage).to_dict())
            except WirelakeError as exc:  # one feed's date must not stop the others
                print(f"wirelake: error: {name} {day}: {exc}", file=sys.stderr)
                errors.append(exc)
        day += dt.timedelta(days=1)
    print(_summary(results, storage.uri))
    _publish_actors(storage, f"replay__{args.start.isoformat()}__{args.to.isoformat()}")
    return 2 if errors else 0


def cmd_normalize(args: argparse.Namespace) -> int:
    from pipeline.nlp.geo import place_kind
    from pipeline.text import normalize, restore_case_tokens

    with _io(args) as (inp, out):
        for rec in _records(inp):
            if args.keep_tokens:
                rec["text"] = restore_case_tokens(rec["text"])
            else:
                norm = normalize(rec["text"], places=place_kind)  # (as `enrich` does: "CAPE TOWN -" a dateline)
                rec["text"], rec["casing"] = norm.text, norm.casing
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


def cmd_enrich(args: argparse.Namespace) -> int:
    from pipeline.nlp.enrich import Enricher, EnrichInput, to_json

    settings = _settings(args)
    enricher = Enricher(settings.model, batch_size=settings.batch_size)
    with _io(args) as (inp, out):
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            inputs = [EnrichInput(r["text"], _published(r), r.get("title"), home_country=_country(r)) for r in batch]
            with enricher.memory_zone():  # a long stream must not grow the vocabulary or the heap
                for rec, res in zip(batch, enricher.enrich(inputs)):
                    out.write(json.dumps(to_json(rec.get("id"), res), ensure_ascii=False, default=str) + "\n")
            batch.clear()

        for rec in _records(inp):
            batch.append(rec)
            if len(batch) >= settings.batch_size * 4:
                flush()
        flush()
    return 0


def _country(rec: dict[str, Any]) -> str | None:
    """The record's outlet country (the stories' home country unless a dateline names one)."""
    value = rec.get("country")
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha() and value.isupper()):
        raise InputError(f"record {rec.get('id')!r}: country {value!r} is not an ISO 3166-1 alpha-3 code",
                         fix="use three capital letters such as 'KEN', or leave country out")
    return value


def _published(rec: dict[str, Any]) -> dt.date | None:
    value = rec.get("published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"record {rec.get('id')!r}: published {value!r} is not an ISO date",
                         fix="use YYYY-MM-DD or an ISO timestamp") from exc


def cmd_query(args: argparse.Namespace) -> int:
    from pipeline.lake.query import query
    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import PartitionProblem

    problems: list[PartitionProblem] = []
    cols, rows = query(Storage.from_settings(_settings(args)), args.sql, problems=problems,
                       restricted=not args.unrestricted)
    for p in problems:
        print(f"wirelake: warning: skipped partition {p}", file=sys.stderr)
    if args.format == "json":
        for row in rows:
            print(json.dumps(dict(zip(cols, row)), default=str, ensure_ascii=False))
        return 0
    widths = [max([len(c)] + [len(str(r[i])) for r in rows]) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths)))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.lake.report import write_report
    from pipeline.lake.storage import Storage

    storage = Storage.from_settings(_settings(args))
    rel = write_report(storage, args.date or dt.date.today(), days=args.days)
    print(storage.uri_of(rel))
    return 0


def cmd_iceberg_sync(args: argparse.Namespace) -> int:
    from pipeline.lake.iceberg import sync
    from pipeline.lake.storage import Storage

    storage = Storage.from_settings(_settings(args))
    catalog = args.catalog or f"sqlite:///{Path('.wirelake/iceberg.db').resolve()}"
    if catalog.startswith("sqlite:///"):
        Path(catalog.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    for result in sync(storage, catalog):
        print(json.dumps(result.to_dict(), default=str))
    return 0


def cmd_maintain(args: argparse.Namespace) -> int:
    from pipeline.lake.maintenance import clean_staging, compact, expire_raw
    from pipeline.lake.storage import Storage

    if args.raw_retention_days < 1:
        raise InputError(f"--raw-retention-days {args.raw_retention_days} would delete today's raw payloads",
                         fix="give a number of days >= 1 (default 90)")
    storage = Storage.from_settings(_settings(args))
    today = args.date or dt.date.today()
    done = compact(storage, before=today, run_id=f"maintain__{today.isoformat()}")
    expired = expire_raw(storage, older_than=today - dt.timedelta(days=args.raw_retention_days),
                         today=max(today, dt.date.today()), retention_days=args.raw_retention_days)
    print(json.dumps({"compacted": [c.__dict__ for c in done], "raw_expired": expired,
                      "staging_removed": len(clean_staging(storage))}))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pipeline.lake.storage import Storage
    from pipeline.lake.verify import verify

    storage = Storage.from_settings(_settings(args))
    storage.check_bucket()
    report = verify(storage, date=args.date)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.text())
    return 0 if report.ok else 1


def cmd_serve(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from pipeline.devtools.feedserver import SAMPLES_DIR, serve_directory

    with serve_directory(Path(args.dir) if args.dir else SAMPLES_DIR, port=args.port) as url:
        print(f"serving {args.dir or SAMPLES_DIR} at {url}/ (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


LAKE_HELP = "lake URI: a directory or s3://bucket/prefix (default: $WIRELAKE_LAKE_URI or ./lake)"
Subparsers = Any  # argparse's _SubParsersAction (private)


def _add_ingest(sub: Subparsers) -> None:
    s = sub.add_parser("ingest", help="fetch feeds and write one logical date's partitions",
                       description="Fetch every feed in the registry, land raw payloads, and rebuild the "
                       "articles/entities/events/quarantine/feed_health partitions of the date.")
    s.add_argument("--feeds", help="feed registry YAML (top-level 'feeds:' list; default: $WIRELAKE_FEEDS)")
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--date", type=_date, help="logical date YYYY-MM-DD (default: today)")
    s.add_argument("--feed", action="append", help="only this feed (repeatable)")
    s.add_argument("--workers", type=int, default=8,
                   help="feeds fetched concurrently, each within $WIRELAKE_FETCH_DEADLINE_S (default: 8)")
    s.add_argument("--model", help="spaCy pipeline package (default: $WIRELAKE_MODEL or en_core_web_md)")
    s.set_defaults(func=cmd_ingest)


def _add_replay(sub: Subparsers) -> None:
    s = sub.add_parser("replay", help="rebuild tables from landed raw payloads, without network",
                       description="Re-parse and re-enrich every raw payload landed between two dates (inclusive).")
    s.add_argument("--from", dest="start", type=_date, required=True, help="first date YYYY-MM-DD")
    s.add_argument("--to", type=_date, required=True, help="last date YYYY-MM-DD")
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--feed", action="append", help="only this feed (repeatable)")
    s.add_argument("--model", help="spaCy pipeline package")
    s.set_defaults(func=cmd_replay)


def _add_normalize(sub: Subparsers) -> None:
    helptext = "restore casing, apostrophes and punctuation (JSON Lines)"
    s = sub.add_parser("normalize", help=helptext, description=helptext + '. Input lines: {"id": ..., "text": ...}')
    _add_io(s)
    s.add_argument("--keep-tokens", action="store_true",
                   help="keep exactly the input tokens and line breaks; only restore their casing")
    s.set_defaults(func=cmd_normalize)


def _add_enrich(sub: Subparsers) -> None:
    helptext = "normalize, then extract entities and events (JSON Lines)"
    s = sub.add_parser("enrich", help=helptext, description=helptext + '. Input lines: {"id": ..., "text": ...'
                       ', "published": "YYYY-MM-DD", "title": ..., "source": ..., "country": "ISO alpha-3 of the '
                       'outlet (optional)"}')
    _add_io(s)
    s.add_argument("--model", help="spaCy pipeline package")
    s.set_defaults(func=cmd_enrich)


def _add_io(s: argparse.ArgumentParser) -> None:
    s.add_argument("--input", help="input JSON Lines file (default: stdin)")
    s.add_argument("--output", help="output JSON Lines file (default: stdout)")


def _add_actors(sub: Subparsers) -> None:
    s = sub.add_parser("actors", help="write the actor knowledge base into the lake (the actors table)",
                       description="Publish the actor KB shipped with wirelake as the actors dimension table "
                       "(one partition per KB build; ingest and replay do it too). Idempotent.")
    s.add_argument("--lake", help=LAKE_HELP)
    s.set_defaults(func=cmd_actors)


def _add_query(sub: Subparsers) -> None:
    s = sub.add_parser("query", help="run SQL (DuckDB) over the lake's committed partitions",
                       description="Views: articles, entities, events, quarantine, feed_health, actors.")
    s.add_argument("sql", help='e.g. "SELECT source, count(*) FROM articles GROUP BY 1"')
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--format", choices=("table", "json"), default="table", help="output: aligned table or JSON Lines")
    s.add_argument("--unrestricted", action="store_true",
                   help="let the SQL read files outside the lake (off by default: DuckDB may read only the lake)")
    s.set_defaults(func=cmd_query)


def _add_report(sub: Subparsers) -> None:
    s = sub.add_parser("report", help="write the daily HTML report next to the data",
                       description="Articles per feed, top entities, events by type over time, feed latency and "
                       "failures, as one self-contained HTML page at <lake>/reports/dt=DATE/report.html.")
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--date", type=_date, help="report date YYYY-MM-DD (default: today)")
    s.add_argument("--days", type=int, default=7, help="days of history in the plots (default 7)")
    s.set_defaults(func=cmd_report)


def _add_iceberg(sub: Subparsers) -> None:
    s = sub.add_parser("iceberg", help="register the lake's tables in Apache Iceberg (optional extra)",
                       description="Register every committed Parquet file as Apache Iceberg tables (pyiceberg, "
                       "embedded SQLite catalog); needs pip install 'wirelake[iceberg]'.")
    isub = s.add_subparsers(dest="iceberg_command", required=True, metavar="ACTION")
    t = isub.add_parser("sync", help="add new and drop replaced files in one snapshot per table",
                        description="Register new committed files and drop replaced ones, one snapshot per table.")
    t.add_argument("--lake", help=LAKE_HELP)
    t.add_argument("--catalog", help="catalog URI sqlite:////abs/path.db (default: .wirelake/iceberg.db)")
    t.set_defaults(func=cmd_iceberg_sync)


def _add_maintain(sub: Subparsers) -> None:
    s = sub.add_parser("maintain", help="compact past partitions and expire old raw payloads",
                       description="What the wire_maintenance DAG runs: compaction of small files of days before "
                       "--date, and deletion of raw payloads older than the retention.")
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--date", type=_date, help="today's date (default: today)")
    s.add_argument("--raw-retention-days", type=int, default=90,
                   help="keep raw payloads this many days, at least 1 (default 90); expired dates can no longer be rebuilt")
    s.set_defaults(func=cmd_maintain)


def _add_verify(sub: Subparsers) -> None:
    s = sub.add_parser("verify", help="check the lake's invariants; exit 1 with a precise list when one fails",
                       description="Checks that every manifest's files exist with the row counts it states, that no "
                       "stray or zero-byte file sits under a committed partition, that no article_id is in two "
                       "partitions, that every feed_health row adds up (items_seen = written + duplicates + "
                       "quarantined) and matches its articles and quarantine partitions, and that raw records are "
                       "readable. Exit status 0 when all hold, 1 otherwise.")
    s.add_argument("--lake", help=LAKE_HELP)
    s.add_argument("--date", type=_date, help="only this date's partitions (articles are still checked against all)")
    s.add_argument("--json", action="store_true", help="print the findings as JSON")
    s.set_defaults(func=cmd_verify)


def _add_serve(sub: Subparsers) -> None:
    s = sub.add_parser("serve", help="serve feed files over HTTP on 127.0.0.1 (the bundled samples by default)",
                       description="Serve a directory of feed files on 127.0.0.1 with ETag support, for demos "
                       "and tests (never a public interface).")
    s.add_argument("--dir", help="directory of feed files (default: the bundled samples)")
    s.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    s.set_defaults(func=cmd_serve)


SUBCOMMANDS = (_add_ingest, _add_replay, _add_normalize, _add_enrich, _add_actors, _add_query, _add_report,
               _add_iceberg, _add_maintain, _add_verify, _add_serve)  # in the order `wirelake --help` lists them


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wirelake", description="News wire feeds → restored text, entities and events → "
                                "Hive-partitioned Parquet on a local or S3 lake.")
    p.add_argument("--version", action="version", version=f"wirelake {PIPELINE_VERSION}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    import logging
    import os

    args = build_parser().parse_args(argv)
    level = os.environ.get("WIRELAKE_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except WirelakeError as exc:
        print(f"wirelake: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
