"""The production shape, for real, on one machine: Postgres and Redis on 127.0.0.1, Airflow's
api-server, scheduler, dag-processor and triggerer, two Celery workers (distinct node names and
log-server ports), ``wire_ingest`` over five local feeds into a moto S3 lake.

Every REST call authenticates with a token from ``/auth/token`` (FAB auth manager), as
docs/deploy.md shows. The test checks that

* the ingest tasks of a run were executed by both Celery workers;
* the lake equals a reference lake built by the same pipeline through the ``wirelake`` CLI from the
  same feeds (table contents compared row by row, not file names);
* a rerun of the date changes no table (the feeds answer 304 Not Modified: only ``feed_health``
  says so);
* a second day (the feeds moved on: new items, repeats of day-1 items) dedupes against day 1;
* a backfill of both dates (``reprocess``: rebuild from the raw zone; Airflow runs the two dates at
  once) leaves the lake exactly as it was and equal to the reference.

It prints its wall time and the peak memory of every process it started (Postgres, Redis, the
Airflow components, the workers and their task processes, and this process).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from html import escape
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.e2e.services import (
    INSTALL_HINT,
    MemoryMeter,
    airflow_env,
    free_port,
    local_postgres,
    local_redis,
    missing_servers,
    moto_env,
    stop,
)

VENV_BIN = Path(sys.executable).parent
DAY1, DAY2 = "2026-11-24", "2026-11-25"
FEEDS_PER_TASK = 3  # five feeds: two mapped ingest tasks, one for each worker
TABLES = ("articles", "entities", "events", "quarantine", "feed_health")
# Columns that say *when* something was fetched or recorded, or where its raw payload landed:
# they differ between two lakes filled at different moments, never between two runs over one lake.
VOLATILE = {"fetched_at", "raw_ref", "recorded_at", "latency_ms"}
ADMIN, ADMIN_PASSWORD = "admin", uuid.uuid4().hex
DB_USER, DB_PASSWORD, DB_NAME = "airflow", uuid.uuid4().hex, "airflow"

# Three more wire stories for day 2, written for this test in the samples' style (lowercased,
# tokenized, one sentence per line); they describe no real events.
DAY2_STORIES = {
    "norway-wind-auction": (
        "norway awards offshore wind licences after delayed auction",
        "oslo ( reuters ) - norway on wednesday awarded licences for two offshore wind farms in the north sea "
        "after an auction that was delayed by a year , the energy ministry said .\n"
        "energy minister terje aasland said the projects would supply power to about one million homes by 2032 .\n"
        "equinor and a group led by rwe won the licences , the ministry said in a statement ."),
    "peru-copper-strike": (
        "workers at peru copper mine begin indefinite strike",
        "lima ( reuters ) - workers at one of peru s largest copper mines began an indefinite strike on wednesday "
        "to demand higher wages , their union said .\n"
        "the company said output had not yet been affected and that it remained open to talks with the union .\n"
        "peru is the world s third-largest copper producer , and strikes at its mines often move global prices ."),
    "ghana-cocoa-price": (
        "ghana raises farmgate cocoa price for new season",
        "accra ( ap ) - ghana raised the price it pays cocoa farmers by 20 % for the new season on wednesday , "
        "the cocoa board said .\n"
        "finance minister cassiel ato forson said the increase would help stop beans being smuggled to "
        "neighbouring countries .\n"
        "ghana is the world s second-largest cocoa grower after ivory coast ."),
}


def _samples() -> dict[str, dict[str, Any]]:
    from pipeline.devtools.feedserver import SAMPLES_DIR

    data = yaml.safe_load((SAMPLES_DIR / "articles.yaml").read_text(encoding="utf-8"))
    items = {}
    for it in data["reuters-world"] + data["wire-atom"]:
        text = (SAMPLES_DIR / it["file"]).read_text(encoding="utf-8") if "file" in it else it["text"]
        items[it["id"]] = {"title": it["title"], "link": it["link"], "text": text.strip()}
    for sid, (title, text) in DAY2_STORIES.items():
        items[sid] = {"title": title, "link": f"https://wire.example.com/world/{sid}", "text": text}
    return items


def _rss(name: str, items: list[dict[str, Any]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
           f"<title>{name}</title><link>https://wire.example.com/{name}</link><description>test wire</description>"]
    for it in items:
        body = "".join(f"<p>{escape(line)}</p>" for line in it["text"].splitlines())
        guid = f'<guid isPermaLink="false">{escape(it["id"])}</guid>' if it.get("id") else ""
        link = f"<link>{escape(it['link'])}</link>" if it.get("link") else ""
        out.append(f"<item><title>{escape(it['title'])}</title>{link}{guid}"
                   f"<pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate>"
                   f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


# Which stories each feed carries on each day. No story is in two feeds on one day (a same-day
# cross-feed duplicate's owner depends on which feed commits first); on day 2 some day-1 stories
# come back (duplicates of day 1) and new ones appear. wire-e's first item has neither link, guid
# nor text: it is quarantined.
FEEDS = {
    DAY1: {"wire-a": ["reuters-putin-syria", "eu-trade-talks"], "wire-b": ["kenya-floods-aid", "chile-protest"],
           "wire-c": ["brazil-central-bank"], "wire-d": ["india-pakistan-talks"], "wire-e": ["<broken>"]},
    DAY2: {"wire-a": ["eu-trade-talks", "norway-wind-auction"], "wire-b": ["peru-copper-strike"],
           "wire-c": ["brazil-central-bank", "ghana-cocoa-price"], "wire-d": ["india-pakistan-talks", "chile-protest"],
           "wire-e": ["<broken>", "kenya-floods-aid"]},
}


def write_feeds(directory: Path, day: str) -> None:
    stories = _samples()
    for name, ids in FEEDS[day].items():
        items = [{"title": "an item with nothing in it", "text": ""} if sid == "<broken>" else {"id": sid, **stories[sid]}
                 for sid in ids]
        (directory / f"{name}.xml").write_text(_rss(name, items), encoding="utf-8")


def registry(base_url: str) -> str:
    return "feeds:\n" + "".join(
        f"  - name: {name}\n    url: {base_url}/{name}.xml\n    agency: Test Wire\n    language: en\n"
        "    allow_private_network: true\n" for name in FEEDS[DAY1])


# -- reading a lake -------------------------------------------------------------------------------
def read_lake(uri: str, s3: Any = None) -> dict[str, list[dict[str, Any]]]:
    """Every committed row of every table (what a manifest names), with dt and source, sorted."""
    import io

    import pyarrow.parquet as pq

    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import committed_files

    storage = Storage.from_uri(uri, s3)
    out: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        rows = []
        for path in committed_files(storage, table):
            keys = dict(seg.split("=", 1) for seg in path.split("/")[1:-1])
            for row in pq.read_table(io.BytesIO(storage.read_bytes(path))).to_pylist():
                rows.append({**row, "dt": keys["dt"], "source": keys["source"]})
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def without(lake: dict[str, list[dict[str, Any]]], columns: set[str]) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table, rows in lake.items():
        stripped = [{k: v for k, v in r.items() if k not in columns} for r in rows]
        out[table] = sorted(stripped, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def only(lake: dict[str, list[dict[str, Any]]], columns: set[str]) -> dict[str, list[dict[str, Any]]]:
    return without(lake, {k for rows in lake.values() for r in rows for k in r} - columns)


def assert_same(got: dict[str, list[dict[str, Any]]], want: dict[str, list[dict[str, Any]]], what: str) -> None:
    for table in TABLES:
        g, w = got[table], want[table]
        if g != w:
            extra = [r for r in g if r not in w][:3]
            missing = [r for r in w if r not in g][:3]
            pytest.fail(f"{what}: table {table} differs ({len(g)} rows vs {len(w)} expected)\n"
                        f"unexpected: {json.dumps(extra, default=str, indent=1)[:3000]}\n"
                        f"missing: {json.dumps(missing, default=str, indent=1)[:3000]}")


def by_date(lake: dict[str, list[dict[str, Any]]], day: str) -> dict[str, list[dict[str, Any]]]:
    return {t: [r for r in rows if r["dt"] == day] for t, rows in lake.items()}


# -- the Airflow deployment -------------------------------------------------------------------------
class Api:
    """The api-server's REST API, authenticated with a token from /auth/token."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.token: str | None = None

    def call(self, method: str, path: str, body: Any = None, *, auth: bool = True) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - 127.0.0.1 only
                raw = resp.read()
                return resp.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as err:
            raw = err.read()
            try:
                return err.code, json.loads(raw)
            except ValueError:
                return err.code, raw.decode(errors="replace")
        except urllib.error.URLError as err:  # not listening (yet)
            return 0, str(err.reason)

    def login(self, username: str, password: str) -> None:
        status, body = self.call("POST", "/auth/token", {"username": username, "password": password}, auth=False)
        assert status in (200, 201), f"/auth/token answered {status}: {body}"
        self.token = body["access_token"]

    def ok(self, method: str, path: str, body: Any = None) -> Any:
        status, answer = self.call(method, path, body)
        assert 200 <= status < 300, f"{method} {path} answered {status}: {answer}"
        return answer


class Deployment:
    def __init__(self, home: Path, env: dict[str, str], stack: ExitStack) -> None:
        self.home, self.env, self.stack = home, env, stack
        self.procs: dict[str, subprocess.Popen] = {}  # type: ignore[type-arg]
        stack.callback(self.stop_all)

    def stop_all(self) -> None:
        """SIGINT to every component at once (each shuts down cleanly in a few seconds), then wait."""
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGINT)
        for proc in self.procs.values():
            stop(proc)  # waits; SIGKILL after 60 s

    def airflow(self, *args: str, timeout: float = 300) -> str:
        done = subprocess.run([str(VENV_BIN / "airflow"), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)
        assert done.returncode == 0, f"airflow {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        return done.stdout

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> None:
        log = open(self.home / f"{name}.log", "w")  # noqa: SIM115 - closed with the stack
        self.stack.callback(log.close)
        # from Python, in its own session: SIGINT to the group stops the component cleanly
        proc = subprocess.Popen([str(VENV_BIN / "airflow"), *args], env=env or self.env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        self.procs[name] = proc

    def check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise AssertionError(f"{name} exited ({proc.returncode}):\n{self.log(name)}")

    def log(self, name: str, chars: int = 4000) -> str:
        return (self.home / f"{name}.log").read_text(errors="replace")[-chars:]

    def wait(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = predicate()
            if got:
                return got
            self.check_alive()
            time.sleep(1)
        raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n"
                             + "\n".join(f"--- {n}\n{self.log(n, 1500)}" for n in self.procs))

    def task_logs(self, run_id: str) -> str:
        logs = sorted((self.home / "logs").rglob("*.log"))
        return "\n".join(f"--- {p}\n{p.read_text(errors='replace')[-2500:]}" for p in logs if run_id in str(p))


@pytest.fixture
def servers_available() -> None:
    missing = missing_servers()
    if missing:
        pytest.skip(f"the production-shape test needs {', '.join(missing)}: {INSTALL_HINT}")


@pytest.mark.slow
@pytest.mark.usefixtures("servers_available")
def test_celery_scaleout_on_postgres_and_redis(moto_server: str, tmp_path: Path) -> None:  # noqa: PLR0915
    import boto3

    from pipeline.cli import main as wirelake
    from pipeline.config import S3Options
    from pipeline.devtools.feedserver import serve_directory

    started = time.monotonic()
    phases: dict[str, float] = {}
    clock = [started]

    def phase(name: str) -> None:
        now = time.monotonic()
        phases[name] = round(now - clock[0], 1)
        clock[0] = now
        print(f"[{now - started:6.1f}s] {name}: {phases[name]} s", flush=True)

    home = tmp_path / "airflow"
    home.mkdir()
    feeds_dir = tmp_path / "feeds"
    feeds_dir.mkdir()
    write_feeds(feeds_dir, DAY1)
    ref_lake = str(tmp_path / "reference-lake")
    bucket = f"lake-{uuid.uuid4().hex[:8]}"
    lake_uri = f"s3://{bucket}/wire"
    s3opts = S3Options(endpoint_url=moto_server, access_key="testing", secret_key="testing")
    boto3.client("s3", endpoint_url=moto_server, region_name="us-east-1").create_bucket(Bucket=bucket)

    with ExitStack() as stack, MemoryMeter() as meter:
        pg = stack.enter_context(local_postgres(tmp_path / "postgres.log"))
        broker = stack.enter_context(local_redis(tmp_path / "redis.log"))
        feeds_url = stack.enter_context(serve_directory(feeds_dir))
        reg = tmp_path / "feeds.yaml"
        reg.write_text(registry(feeds_url), encoding="utf-8")
        # docs/deploy.md, step 1: a role and a database for Airflow
        pg.execute(f"CREATE ROLE {DB_USER} LOGIN PASSWORD '{DB_PASSWORD}'", f"CREATE DATABASE {DB_NAME} OWNER {DB_USER}")
        db_url = f"{DB_USER}:{DB_PASSWORD}@127.0.0.1:{pg.port}/{DB_NAME}"

        api_port = free_port()
        env = airflow_env(home, executor="CeleryExecutor", api_port=api_port)
        env.update({
            "AIRFLOW__CORE__AUTH_MANAGER": "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager",
            "AIRFLOW__CORE__PARALLELISM": "8",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://{db_url}",
            "AIRFLOW__CELERY__BROKER_URL": broker,
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql://{db_url}",
            # record which worker ran each Celery task (celery_taskmeta.worker)
            "AIRFLOW__CELERY__EXTRA_CELERY_CONFIG": json.dumps({"result_extended": True}),
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API__SECRET_KEY": uuid.uuid4().hex,
            "AIRFLOW__API_AUTH__JWT_SECRET": uuid.uuid4().hex,
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
            # only runs this test asks for: no cron-made runs of the three DAGs
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__TRIGGERER__JOB_HEARTBEAT_SEC": "1",
            **moto_env(moto_server),
            "WIRELAKE_LAKE_URI": lake_uri,
            "WIRELAKE_FEEDS": str(reg),
            "WIRELAKE_CACHE_DIR": str(tmp_path / "wirelake-cache"),
        })
        env.pop("WIRELAKE_SQS_QUEUE_URL", None)
        af = Deployment(home, env, stack)
        # docs/deploy.md, steps 2-3: the schema, an admin user
        af.airflow("db", "migrate", timeout=600)
        af.airflow("users", "create", "--username", ADMIN, "--password", ADMIN_PASSWORD, "--role", "Admin",
                   "--firstname", "Wire", "--lastname", "Lake", "--email", "admin@example.org")
        phase("postgres, redis, db migrate, admin user")

        for component in ("api-server", "scheduler", "dag-processor", "triggerer"):
            af.start(component, component)
        for n in (1, 2):  # two workers on one host: distinct node names and log-server ports
            af.start(f"worker{n}", "celery", "worker", "--celery-hostname", f"worker{n}@%h", "--concurrency", "1",
                     env={**env, "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port())})
        # docs/deploy.md, step 4 (while the components start): the NLP pool, one slot per worker
        af.airflow("pools", "set", "wirelake_nlp", "2", "spaCy workers")

        api = Api(f"http://127.0.0.1:{api_port}")
        af.wait(lambda: api.call("GET", "/api/v2/version", auth=False)[0] == 200, 120, "the api-server")
        assert api.call("GET", "/api/v2/dags/wire_ingest")[0] == 401  # no token, no data
        api.login(ADMIN, ADMIN_PASSWORD)
        af.wait(lambda: api.call("GET", "/api/v2/dags/wire_ingest")[0] == 200, 180, "wire_ingest to be parsed")
        af.wait(lambda: all(" ready." in af.log(f"worker{n}", 100_000) for n in (1, 2)), 120, "both Celery workers")
        health = af.wait(lambda: (lambda h: h if all(v["status"] == "healthy" for v in h.values()) else None)(
            api.call("GET", "/api/v2/monitor/health", auth=False)[1]), 60, "every component to report healthy")
        assert {"metadatabase", "scheduler", "triggerer", "dag_processor"} <= set(health), health
        phase("components up")

        def timeline(run_id: str) -> str:
            rows = pg.query(
                "SELECT ti.task_id, ti.map_index, ti.state, m.worker, "
                "extract(epoch from ti.start_date - r.start_date), extract(epoch from ti.end_date - ti.start_date) "
                "FROM task_instance ti JOIN dag_run r ON r.dag_id = ti.dag_id AND r.run_id = ti.run_id "
                "LEFT JOIN celery_taskmeta m ON m.task_id = ti.external_executor_id "
                f"WHERE ti.dag_id = 'wire_ingest' AND ti.run_id = '{run_id}' ORDER BY ti.start_date",
                DB_NAME, DB_USER, DB_PASSWORD)
            return "; ".join(f"{t}[{i}] {st} on {(w or '?').split('@')[0]} +{float(s0 or 0):.0f}s for {float(d or 0):.0f}s"
                             for t, i, st, w, s0, d in rows)

        def run(conf: dict[str, Any]) -> dict[str, Any]:
            # three feeds per mapped task: the model loads once per task (docs/running.md, "Scaling out")
            conf = {"feeds_per_task": FEEDS_PER_TASK, **conf}
            started_run = api.ok("POST", "/api/v2/dags/wire_ingest/dagRuns", {"logical_date": None, "conf": conf})
            run_id = started_run["dag_run_id"]
            path = f"/api/v2/dags/wire_ingest/dagRuns/{run_id}"
            final = af.wait(lambda: (lambda r: r if r["state"] in ("success", "failed") else None)(api.ok("GET", path)),
                            420, f"run {run_id}")
            assert final["state"] == "success", af.task_logs(run_id)
            print(f"  {run_id}: {timeline(run_id)}", flush=True)
            return dict(final)

        def workers_of(run_id: str) -> dict[str, str]:
            rows = pg.query(
                "SELECT ti.task_id || '[' || ti.map_index || ']', m.worker FROM task_instance ti "
                "JOIN celery_taskmeta m ON m.task_id = ti.external_executor_id "
                f"WHERE ti.dag_id = 'wire_ingest' AND ti.run_id = '{run_id}'", DB_NAME, DB_USER, DB_PASSWORD)
            return dict(rows)

        def reference(*argv: str) -> None:
            assert wirelake([*argv, "--lake", ref_lake]) == 0

        def verified() -> None:
            """`wirelake verify` on both lakes: every invariant holds after each phase."""
            from pipeline.lake.storage import Storage
            from pipeline.lake.verify import verify

            for storage in (Storage.from_uri(lake_uri, s3opts), Storage.from_uri(ref_lake)):
                report = verify(storage)
                assert report.ok, report.text()

        # -- day 1: a triggered run over five feeds, split over both workers -------------------------
        r1 = run({"date": DAY1})
        ran_on = workers_of(r1["dag_run_id"])
        ingest_workers = {w.split("@")[0] for t, w in ran_on.items() if t.startswith("ingest[")}
        assert len([t for t in ran_on if t.startswith("ingest[")]) == -(-len(FEEDS[DAY1]) // FEEDS_PER_TASK), ran_on
        assert ingest_workers == {"worker1", "worker2"}, f"ingest tasks ran on {ran_on}"
        task_log = api.ok("GET", f"/api/v2/dags/wire_ingest/dagRuns/{r1['dag_run_id']}/taskInstances/ingest/logs/1?map_index=1")
        assert "Done. Returned value was" in json.dumps(task_log), task_log  # the api-server serves the worker's log
        phase("run day 1")
        reference("ingest", "--feeds", str(reg), "--date", DAY1)
        lake1 = read_lake(lake_uri, s3opts)
        assert_same(without(lake1, VOLATILE), without(read_lake(ref_lake), VOLATILE), "day 1 vs the CLI's lake")
        assert len(lake1["articles"]) == 6 and len(lake1["feed_health"]) == len(FEEDS[DAY1])
        assert {r["reason"] for r in lake1["quarantine"]} and all(r["source"] == "wire-e" for r in lake1["quarantine"])
        verified()
        phase("reference day 1")

        # -- rerun: nothing changes but the fetch's own record ------------------------------------------
        run({"date": DAY1})
        rerun = read_lake(lake_uri, s3opts)
        assert_same({**rerun, "feed_health": []}, {**lake1, "feed_health": []}, "rerun of day 1")
        accounting = {"feed", "items_seen", "written", "duplicates", "quarantined", "payloads", "dt", "source"}
        assert_same(only(rerun, accounting), only(lake1, accounting), "rerun of day 1 (feed_health accounting)")
        assert {(r["status"], r["http_status"]) for r in rerun["feed_health"]} == {("not_modified", 304)}
        reference("ingest", "--feeds", str(reg), "--date", DAY1)
        verified()
        phase("rerun day 1")

        # -- day 2: the feeds moved on ----------------------------------------------------------------
        write_feeds(feeds_dir, DAY2)
        run({"date": DAY2})
        reference("ingest", "--feeds", str(reg), "--date", DAY2)
        before_backfill = read_lake(lake_uri, s3opts)
        assert_same(without(before_backfill, VOLATILE), without(read_lake(ref_lake), VOLATILE), "days 1-2 vs the CLI's lake")
        day2 = by_date(before_backfill, DAY2)
        assert {r["article_id"] for r in day2["articles"]}.isdisjoint({r["article_id"] for r in lake1["articles"]})
        # (items seen, written, duplicates, quarantined): norway, peru and ghana are new; eu-trade-talks,
        # brazil and india are repeats, chile and kenya repeats from another feed
        assert {r["feed"]: (r["items_seen"], r["written"], r["duplicates"], r["quarantined"]) for r in day2["feed_health"]} \
            == {"wire-a": (2, 1, 1, 0), "wire-b": (1, 1, 0, 0), "wire-c": (2, 1, 1, 0), "wire-d": (2, 0, 2, 0),
                "wire-e": (2, 0, 1, 1)}
        verified()
        phase("run day 2")

        # -- a backfill of both dates, rebuilt from raw: both dates run at once -----------------------------
        dry = api.ok("POST", "/api/v2/backfills/dry_run", {
            "dag_id": "wire_ingest", "from_date": f"{DAY1}T00:00:00Z", "to_date": f"{DAY2}T00:00:00Z"})
        assert [b["logical_date"][:10] for b in dry["backfills"]] == [DAY1, DAY2], dry
        backfill = api.ok("POST", "/api/v2/backfills", {
            "dag_id": "wire_ingest", "from_date": f"{DAY1}T00:00:00Z", "to_date": f"{DAY2}T00:00:00Z",
            "dag_run_conf": {"reprocess": True, "feeds_per_task": len(FEEDS[DAY1])},  # one ingest task a date
            "reprocess_behavior": "none", "max_active_runs": 10})

        def backfill_runs() -> list[dict[str, Any]] | None:
            runs = [r for r in api.ok("GET", "/api/v2/dags/wire_ingest/dagRuns?run_type=backfill")["dag_runs"]]
            done = [r for r in runs if r["state"] in ("success", "failed")]
            return runs if len(runs) == 2 and len(done) == 2 else None

        runs = af.wait(backfill_runs, 420, f"backfill {backfill['id']}")
        for r in runs:
            print(f"  {r['dag_run_id']}: {timeline(r['dag_run_id'])}", flush=True)
        assert sorted(r["logical_date"][:10] for r in runs) == [DAY1, DAY2]
        assert all(r["state"] == "success" for r in runs), "\n".join(af.task_logs(r["dag_run_id"]) for r in runs)
        overlap = min(r["end_date"] for r in runs) > max(r["start_date"] for r in runs)
        backfill_workers = {w.split("@")[0] for r in runs for t, w in workers_of(r["dag_run_id"]).items()
                            if t.startswith("ingest[")}
        assert backfill_workers == {"worker1", "worker2"}, [workers_of(r["dag_run_id"]) for r in runs]
        reference("replay", "--from", DAY1, "--to", DAY2)
        after = read_lake(lake_uri, s3opts)
        assert_same(after, before_backfill, "lake after the backfill")
        assert_same(without(after, VOLATILE), without(read_lake(ref_lake), VOLATILE), "backfill vs the CLI's lake")
        verified()
        phase("backfill")
        af.check_alive()
        stack.close()  # SIGINT to every Airflow component, then Redis and Postgres stop
        phase("shutdown")

    wall = time.monotonic() - started
    print(f"\ncelery scale-out e2e: wall {wall:.0f} s; peak memory of all processes: PSS {meter.peak_pss / 2**30:.2f} GiB"
          f" (RSS sum {meter.peak_rss / 2**30:.2f} GiB, {meter.peak_procs} processes at most, {meter.samples} samples);"
          f" backfill runs overlapped: {overlap}; phases (s): {phases}")
