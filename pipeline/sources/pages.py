"""Linked pages: the whole article when a feed entry carries only a teaser (docs/pages.md).

**Acquisition (network).** :func:`acquire_pages` picks the entries whose body must come from the
linked page (the feed's ``content`` mode, :func:`needs_page`), leaves out pages it already has
(fetched on an earlier day: the article is a duplicate today; fetched today: unless the entry was
updated since or the last try failed) and hands the rest to :class:`PageFetcher`, which

* checks robots.txt (protego; one fetch per origin, cached ``robots_ttl_s``; a missing robots.txt
  (4xx) allows everything, an unreachable one (5xx, timeout) forbids everything for a while) on the
  page's URL and on every redirect hop;
* lets one request at a time go to a host, and waits ``delay_s`` (or the host's ``Crawl-delay`` /
  ``Request-rate``, whichever is longer) between the end of one request and the start of the next;
  the gate is shared by every feed fetched in the process;
* fetches through :func:`pipeline.sources.fetch.fetch`: SSRF guard on every hop, size cap, timeouts,
  transient-only retries, conditional GET with the validators of today's earlier fetch;
* stops starting new requests after ``budget_s`` (the pages left are recorded as ``page_budget``
  and fetched by the next poll).

Every body (page, error page, robots.txt) lands in the raw zone before anything reads it, under
``raw/dt=<D>/source=<feed>/pages/``, and each run writes one ``<time>.pages.json`` record listing
every page outcome. ``_state/pages/<feed>.json`` remembers, per article, the last fetch (day,
validators, landed body) so later polls send conditional GETs and later days do not refetch.

**Processing (no network).** :func:`load_outcomes` reads the day's records back; ingest extracts
the body from the landed HTML (:mod:`pipeline.sources.extract`), so replay and reprocess rebuild the
same bodies without network.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urlsplit

from pipeline.sources.fetch import FetchPolicy, FetchResult, fetch_url
from pipeline.sources.landing import land, raw_prefix
from pipeline.sources.registry import Feed
from pipeline.sources.safety import UnsafeURLError

if TYPE_CHECKING:
    from protego import Protego

    from pipeline.config import Settings
    from pipeline.lake.storage import Storage
    from pipeline.parse import Article

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
ROBOTS_ACCEPT = "text/plain, */*;q=0.1"
STATE_DAYS = 30          # page state kept per article (the dedup lookback: older articles are new again)
RECORD_SUFFIX = ".pages.json"


def pages_prefix(day: dt.date, feed: str) -> str:
    return f"{raw_prefix(day, feed)}/pages"


def state_ref(feed: str) -> str:
    return f"_state/pages/{feed}.json"


def host_key(url: str) -> str:
    """What politeness is counted per: the host name, plus the port when it is not the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    default = 443 if parts.scheme.lower() == "https" else 80
    return host if port in (None, default) else f"{host}:{port}"


def origin(url: str) -> str:
    """scheme://host[:port] — what a robots.txt applies to (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower().rsplit('@', 1)[-1]}"


def robots_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: ``wirelake`` in ``wirelake/0.1 (+...)``."""
    return user_agent.split("/", 1)[0].split()[0].strip() or "wirelake"


def needs_page(art: Article, feed: Feed) -> bool:
    """Whether ``art``'s body should come from its linked page under the feed's ``content`` mode:
    ``feed`` never, ``link`` always, ``auto`` when the entry is a teaser (no content:encoded / Atom
    content, or fewer than ``full_text_min_words`` words)."""
    if not art.canonical_url or feed.content == "feed":
        return False
    if feed.content == "link":
        return True
    return art.text_from != "content" or len(art.raw_text.split()) < feed.full_text_min_words


def page_url(art: Article) -> str:
    """The URL to fetch: the link as published (without its fragment), or the canonical URL when the
    link is not an absolute http(s) URL."""
    link = urldefrag(art.url or "")[0]
    if link.lower().startswith(("http://", "https://")) and urlsplit(link).hostname:
        return link
    return art.canonical_url or ""


# -- settings ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PagePolicy:
    """How pages are fetched. ``fetch`` holds the transport limits (timeouts, retries, User-Agent)."""

    delay_s: float = 1.0               # between two requests to one host (robots Crawl-delay wins when longer)
    workers: int = 8                   # pages in flight at once (always on different hosts)
    max_bytes: int = 8 * 1024 * 1024   # a page larger than this is refused (too_large)
    budget_s: float = 900.0            # no new page request after this long in one feed's run
    robots_ttl_s: float = 86400.0      # robots.txt kept this long per origin
    robots_retry_s: float = 600.0      # an unreachable robots.txt is tried again after this long
    robots_max_bytes: int = 512 * 1024
    fetch: FetchPolicy = field(default_factory=FetchPolicy)

    @classmethod
    def from_settings(cls, settings: Settings) -> PagePolicy:
        """The feed fetch policy (timeouts, retries, User-Agent) plus ``page_*`` and ``robots_ttl_s``
        (``WIRELAKE_PAGE_DELAY_S``, ``..._WORKERS``, ``..._MAX_BYTES``, ``..._BUDGET_S``,
        ``WIRELAKE_ROBOTS_TTL_S``)."""
        return cls(delay_s=settings.page_delay_s, workers=settings.page_workers, max_bytes=settings.page_max_bytes,
                   budget_s=settings.page_budget_s, robots_ttl_s=settings.robots_ttl_s,
                   fetch=FetchPolicy.from_settings(settings))

    @property
    def page_fetch(self) -> FetchPolicy:
        return replace(self.fetch, max_bytes=self.max_bytes)

    @property
    def robots_fetch(self) -> FetchPolicy:
        return replace(self.fetch, max_bytes=self.robots_max_bytes)


# -- politeness --------------------------------------------------------------------------------
class HostGate:
    """Per-host politeness for the whole process: at most one request in flight per host, and a
    pause between the end of one request and the start of the next. Methods other than
    :meth:`note` expect ``cond`` to be held."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self._busy: set[str] = set()
        self._next: dict[str, float] = {}

    def busy(self, key: str) -> bool:
        return key in self._busy

    def ready_at(self, key: str) -> float:
        return self._next.get(key, 0.0)

    def take(self, key: str) -> None:
        self._busy.add(key)

    def give_back(self, key: str, delay_s: float) -> None:
        self._busy.discard(key)
        self._next[key] = max(self._next.get(key, 0.0), time.monotonic() + delay_s)
        self.cond.notify_all()

    def note(self, key: str, delay_s: float) -> None:
        """A request to ``key`` outside the schedule (a redirect hop to another host): the next
        scheduled request to it waits ``delay_s`` from now."""
        with self.cond:
            self._next[key] = max(self._next.get(key, 0.0), time.monotonic() + delay_s)


@dataclass
class RobotsRules:
    origin: str
    verdict: str                  # "rules" | "allow_all" (4xx: no robots.txt) | "unreachable" (forbids everything)
    expires: float                # time.monotonic() after which it is fetched again
    parser: Protego | None = None
    status: int | None = None
    raw_ref: str | None = None
    detail: str = ""
    reason: str = "robots_unreachable"   # why an unreachable origin is refused (a safety code when the guard refused it)

    def allows(self, url: str, token: str) -> bool:
        if self.verdict == "allow_all":
            return True
        if self.verdict == "unreachable" or self.parser is None:
            return False
        return bool(self.parser.can_fetch(url, token))

    def delay_s(self, token: str) -> float:
        """The host's Crawl-delay, or the interval its Request-rate implies (0 when neither)."""
        if self.parser is None:
            return 0.0
        delay = float(self.parser.crawl_delay(token) or 0.0)
        rate = self.parser.request_rate(token)
        if rate is not None and rate.requests:
            delay = max(delay, float(rate.seconds) / float(rate.requests))
        return delay


class RobotsCache:
    """robots.txt per origin for the process; fetched once per origin (concurrent askers wait)."""

    def __init__(self, policy: PagePolicy, land_lock: threading.Lock | None = None) -> None:
        self.policy = policy
        self.land_lock = land_lock or threading.Lock()
        self.token = robots_token(policy.fetch.user_agent)
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.fetches = 0

    def cached(self, url: str) -> RobotsRules | None:
        rules = self._rules.get(origin(url))
        return rules if rules is not None and rules.expires > time.monotonic() else None

    def rules_for(self, url: str, feed: Feed, day: dt.date, storage: Storage) -> tuple[RobotsRules, bool]:
        """The rules for ``url``'s origin, and whether they were fetched just now."""
        key = origin(url)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            rules = self.cached(url)
            if rules is not None:
                return rules, False
            rules = self._fetch(key, feed, day, storage)
            self._rules[key] = rules
            return rules, True

    def _fetch(self, key: str, feed: Feed, day: dt.date, storage: Storage) -> RobotsRules:
        from protego import Protego

        self.fetches += 1
        res = fetch_url(f"{key}/robots.txt", policy=self.policy.robots_fetch, allow_private=feed.allow_private_network,
                        accept=ROBOTS_ACCEPT, name=feed.name)
        landed = None
        if res.body is not None:
            with self.land_lock:
                landed = land(storage, day, res, prefix=pages_prefix(day, feed.name))
        now = time.monotonic()
        ref = landed.raw_ref if landed else None
        if res.ok and res.body is not None:
            return RobotsRules(key, "rules", now + self.policy.robots_ttl_s,
                               Protego.parse(res.body.decode("utf-8", errors="replace")), res.status, ref)
        if res.status is not None and 400 <= res.status < 500 and res.status != 429:
            # RFC 9309 2.3.1.3: robots.txt "unavailable" (4xx) -> crawling is allowed
            return RobotsRules(key, "allow_all", now + self.policy.robots_ttl_s, None, res.status, ref,
                               f"robots.txt answered HTTP {res.status}")
        if res.reason in ("private_address", "forbidden_address", "unsafe_scheme"):
            # the SSRF guard refused the origin itself: the page is refused for that reason, not for robots
            return RobotsRules(key, "unreachable", now + self.policy.robots_ttl_s, None, None, None,
                               str(res.error), reason=res.reason)
        # RFC 9309 2.3.1.4: "unreachable" (5xx, 429, network, refused) -> assume complete disallow
        return RobotsRules(key, "unreachable", now + self.policy.robots_retry_s, None, res.status, ref,
                           f"robots.txt unreachable: {res.error}")


@dataclass
class PageJob:
    article_id: str
    url: str
    validators: dict[str, str] = field(default_factory=dict)
    prev_ref: str | None = None   # the landed body a 304 refers to


@dataclass
class PageRunStats:
    """What one feed's page run did; ``wait_s`` is worker-seconds blocked by per-host limits,
    ``idle_s`` wall-clock seconds with pages waiting and none in flight (politeness alone held the
    run back), ``floor_s`` the least wall-clock time the per-host delays impose."""

    wanted: int = 0
    requested: int = 0
    ok: int = 0
    not_modified: int = 0
    failed: int = 0
    robots_disallowed: int = 0
    deferred: int = 0
    hosts: int = 0
    robots_fetches: int = 0
    wall_s: float = 0.0
    wait_s: float = 0.0
    idle_s: float = 0.0
    floor_s: float = 0.0

    def add(self, other: PageRunStats) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def pages_per_s(self) -> float:
        return self.requested / self.wall_s if self.wall_s > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["pages_per_s"] = round(self.pages_per_s, 3)
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in d.items()}


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="microseconds")


class PageFetcher:
    """Fetches pages politely; one per process, shared by the feeds fetched in it (the host gate and
    the robots cache are process-wide). Thread-safe."""

    def __init__(self, policy: PagePolicy | None = None) -> None:
        self.policy = policy or PagePolicy()
        self.gate = HostGate()
        self.land_lock = threading.Lock()  # identical bodies land under one content address: one writer at a time
        self.robots = RobotsCache(self.policy, self.land_lock)
        self.totals = PageRunStats()
        self._totals_lock = threading.Lock()
        self._by_feed: dict[str, PageRunStats] = {}

    def remember(self, feed: str, stats: PageRunStats) -> None:
        with self._totals_lock:
            self._by_feed[feed] = stats

    def stats_for(self, feed: str) -> PageRunStats:
        """The last page run of ``feed`` in this process (empty when none)."""
        with self._totals_lock:
            return self._by_feed.get(feed, PageRunStats())

    @classmethod
    def from_settings(cls, settings: Settings) -> PageFetcher:
        return cls(PagePolicy.from_settings(settings))

    def delay_for(self, url_or_key: str) -> float:
        rules = self.robots.cached(url_or_key) if "://" in url_or_key else None
        crawl = rules.delay_s(self.robots.token) if rules is not None else 0.0
        return max(self.policy.delay_s, crawl)

    def run(self, feed: Feed, jobs: list[PageJob], *, day: dt.date, storage: Storage) -> tuple[list[dict[str, Any]], PageRunStats]:
        """Fetch and land every job's page under the politeness rules; one outcome per job, in job order."""
        robots_before = self.robots.fetches
        page_run = _PageRun(self, feed, jobs, day=day, storage=storage)
        page_run.work()
        stats = page_run.stats
        stats.wall_s = time.monotonic() - page_run.started
        stats.robots_fetches = self.robots.fetches - robots_before
        _count_outcomes(stats, page_run.outcomes)
        with self._totals_lock:
            self.totals.add(stats)
        order = {j.article_id: i for i, j in enumerate(jobs)}
        return sorted(page_run.outcomes, key=lambda o: order[o["article_id"]]), stats

    def _deferred(self, feed: Feed, job: PageJob) -> dict[str, Any]:
        return _outcome(job, dt.datetime.now(dt.UTC), reason="page_budget",
                        error=f"not fetched: the run's page budget ({self.policy.budget_s:g} s) was spent")

    def _fetch_one(self, feed: Feed, job: PageJob, key: str, day: dt.date, storage: Storage) -> dict[str, Any]:
        robots_refs: list[str] = []
        paused = [0.0]

        def hop_check(url: str) -> None:
            rules, fetched_now = self.robots.rules_for(url, feed, day, storage)
            if rules.raw_ref:
                robots_refs.append(rules.raw_ref)
            hop_key = host_key(url)
            if fetched_now and hop_key == key and rules.verdict != "unreachable":
                pause = self.delay_for(url)  # robots.txt was a request to this host too
                time.sleep(pause)
                paused[0] += pause
            elif hop_key != key:
                self.gate.note(hop_key, self.delay_for(url))
            if not rules.allows(url, self.robots.token):
                if rules.verdict == "unreachable":
                    raise UnsafeURLError(f"{rules.detail}; not fetching {url}", reason=rules.reason)
                raise UnsafeURLError(f"robots.txt of {rules.origin} disallows {url} for {self.robots.token!r}",
                                     reason="robots_disallowed")

        # no credentials: the feed's auth is for the feed's origin, never for the pages it links to
        res: FetchResult = fetch_url(job.url, policy=self.policy.page_fetch, allow_private=feed.allow_private_network,
                                     validators=job.validators, accept=PAGE_ACCEPT, name=feed.name, hop_check=hop_check)
        landed = None
        if res.body is not None or res.error_body is not None:
            with self.land_lock:
                landed = land(storage, day, res, prefix=pages_prefix(day, feed.name))
        out = _outcome(job, res.fetched_at, reason=res.reason, error=res.error)
        out.update(status=res.status, ok=res.succeeded, not_modified=res.not_modified, final_url=res.final_url,
                   latency_ms=res.latency_ms, attempts=res.attempts,
                   content_type=res.headers.get("content-type"),
                   raw_ref=landed.raw_ref if landed else (job.prev_ref if res.not_modified else None),
                   etag=res.headers.get("etag") if res.ok else None,
                   last_modified=res.headers.get("last-modified") if res.ok else None,
                   robots_ref=robots_refs[-1] if robots_refs else None, wait_ms=int(paused[0] * 1000))
        return out


class _PageRun:
    """One feed's page run: a queue per host, worked by up to ``workers`` threads that take the
    process-wide :class:`HostGate` before each request. The fields below are guarded by the gate's
    condition; a worker that hits a storage error (or a bug) stops the run and :meth:`work` raises it."""

    def __init__(self, fetcher: PageFetcher, feed: Feed, jobs: list[PageJob], *, day: dt.date,
                 storage: Storage) -> None:
        self.fetcher, self.feed, self.day, self.storage = fetcher, feed, day, storage
        self.queues: dict[str, deque[PageJob]] = {}
        for job in jobs:
            self.queues.setdefault(host_key(job.url), deque()).append(job)
        delay_s = fetcher.policy.delay_s
        self.stats = PageRunStats(wanted=len(jobs), hosts=len(self.queues),
                                  floor_s=max(((len(q) - 1) * delay_s for q in self.queues.values()), default=0.0))
        self.outcomes: list[dict[str, Any]] = []
        self.errors: list[BaseException] = []
        self.cond = fetcher.gate.cond
        self.in_flight = 0
        self.idle_since: float | None = None
        self.started = time.monotonic()
        self.deadline = self.started + fetcher.policy.budget_s

    def work(self) -> None:
        n = max(1, min(self.fetcher.policy.workers, len(self.queues)))
        threads = [threading.Thread(target=self._worker, name=f"wirelake-pages-{i}", daemon=True) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if self.errors:
            raise self.errors[0]

    def _take_next(self) -> tuple[str, PageJob] | None:
        """Under ``cond``: the next job whose host may be asked now, waiting as politeness requires;
        None when the queues are empty or the budget is spent (the jobs left are deferred)."""
        gate = self.fetcher.gate
        while True:
            now = time.monotonic()
            pending = [k for k, q in self.queues.items() if q]
            if not pending:
                return None
            if now >= self.deadline:
                self._defer(pending)
                return None
            ready = [(gate.ready_at(k), k) for k in pending if not gate.busy(k)]
            at, key = min(ready) if ready else (self.deadline, "")
            if ready and at <= now:
                gate.take(key)
                if self.idle_since is not None:
                    self.stats.idle_s += now - self.idle_since
                    self.idle_since = None
                self.in_flight += 1
                return key, self.queues[key].popleft()
            if self.in_flight == 0 and self.idle_since is None:
                self.idle_since = now
            self.cond.wait(timeout=max(0.001, min(at, self.deadline) - now))
            self.stats.wait_s += time.monotonic() - now

    def _defer(self, pending: list[str]) -> None:
        for k in pending:
            while self.queues[k]:
                self.outcomes.append(self.fetcher._deferred(self.feed, self.queues[k].popleft()))
                self.stats.deferred += 1

    def _worker(self) -> None:
        policy = self.fetcher.policy
        while not self.errors:
            with self.cond:
                got = self._take_next()
            if got is None:
                return
            key, job = got
            delay = policy.delay_s
            try:
                outcome = self.fetcher._fetch_one(self.feed, job, key, self.day, self.storage)
                delay = max(self.fetcher.delay_for(job.url), policy.fetch.retry.host_pause(outcome["reason"]))
            except BaseException as exc:  # a storage error or a bug: stop the run and raise it in the caller
                with self.cond:
                    self.errors.append(exc)
                    for q in self.queues.values():
                        q.clear()
                return
            finally:
                with self.cond:
                    self.in_flight -= 1
                    self.fetcher.gate.give_back(key, delay)
            with self.cond:
                self.outcomes.append(outcome)
                self.stats.wait_s += outcome["wait_ms"] / 1000


def _count_outcomes(stats: PageRunStats, outcomes: list[dict[str, Any]]) -> None:
    """Requested, ok, not modified, failed and robots-refused pages (deferred ones were never asked)."""
    for o in outcomes:
        if o["reason"] == "page_budget":
            continue
        if o["reason"] in ("robots_disallowed", "robots_unreachable"):
            stats.robots_disallowed += 1
            continue
        stats.requested += 1
        if o["not_modified"]:
            stats.not_modified += 1
        elif o["ok"]:
            stats.ok += 1
        else:
            stats.failed += 1


def _outcome(job: PageJob, when: dt.datetime, *, reason: str | None, error: str | None) -> dict[str, Any]:
    return {"article_id": job.article_id, "url": job.url, "fetched_at": _iso(when), "status": None, "ok": False,
            "not_modified": False, "reason": reason, "error": error, "final_url": None, "latency_ms": 0,
            "attempts": 0, "content_type": None, "raw_ref": None, "etag": None, "last_modified": None,
            "robots_ref": None, "wait_ms": 0}


# -- acquisition -------------------------------------------------------------------------------
def load_state(storage: Storage, feed: str) -> dict[str, dict[str, Any]]:
    try:
        data = storage.read_json(state_ref(feed))
    except FileNotFoundError:
        return {}
    articles: dict[str, dict[str, Any]] = data.get("articles", {})
    return articles


def _save_state(storage: Storage, feed: str, day: dt.date, state: dict[str, dict[str, Any]]) -> None:
    oldest = (day - dt.timedelta(days=STATE_DAYS)).isoformat()
    kept = {aid: s for aid, s in sorted(state.items()) if s["day"] >= oldest}
    storage.write_stream(state_ref(feed), [_dumps({"feed": feed, "articles": kept})])


def _dumps(obj: Any) -> bytes:
    import json

    return (json.dumps(obj, indent=1, sort_keys=True) + "\n").encode()


def plan_jobs(feed: Feed, articles: Iterable[Article], *, day: dt.date,
              state: dict[str, dict[str, Any]]) -> list[PageJob]:
    """The pages to fetch now for ``articles`` (feed order, one per article)."""
    jobs: list[PageJob] = []
    seen: set[str] = set()
    today = day.isoformat()
    oldest = (day - dt.timedelta(days=STATE_DAYS)).isoformat()
    for art in articles:
        if art.article_id in seen or not needs_page(art, feed):
            continue
        seen.add(art.article_id)
        url = page_url(art)
        prev = state.get(art.article_id)
        if prev is not None and oldest <= prev["day"] < today:
            continue  # first fetched on an earlier day: the article is a duplicate today
        same_day = prev is not None and prev["day"] == today and prev.get("url") == url
        if same_day and prev is not None and prev["ok"]:
            if art.updated is None or art.updated <= dt.datetime.fromisoformat(prev["fetched_at"]):
                continue  # today's page is landed and the entry has not changed since
            validators = {k: prev[k] for k in ("etag", "last_modified") if prev.get(k)}
            jobs.append(PageJob(art.article_id, url, validators, prev.get("raw_ref")))
            continue
        jobs.append(PageJob(art.article_id, url))
    return jobs


def acquire_pages(feed: Feed, articles: Iterable[Article], *, day: dt.date, storage: Storage,
                  fetcher: PageFetcher) -> PageRunStats:
    """Fetch and land the linked pages ``articles`` need (see the module docstring); write the run's
    page record and the feed's page state. Never raises for network, HTTP or safety failures."""
    state = load_state(storage, feed.name)
    jobs = plan_jobs(feed, articles, day=day, state=state)
    if not jobs:
        fetcher.remember(feed.name, PageRunStats())
        return PageRunStats()
    started = dt.datetime.now(dt.UTC)
    outcomes, stats = fetcher.run(feed, jobs, day=day, storage=storage)
    stamp = started.strftime("%Y%m%dT%H%M%S%fZ")
    storage.write_json(f"{pages_prefix(day, feed.name)}/{stamp}{RECORD_SUFFIX}",
                       {"feed": feed.name, "started_at": _iso(started), "user_agent": fetcher.policy.fetch.user_agent,
                        "stats": stats.to_dict(), "pages": outcomes})
    for o in outcomes:
        if o["reason"] == "page_budget":
            continue  # never asked: the next poll tries again
        prev = state.get(o["article_id"])
        if o["not_modified"] and prev is not None:
            state[o["article_id"]] = {**prev, "fetched_at": o["fetched_at"]}
            continue
        state[o["article_id"]] = {"day": day.isoformat(), "url": o["url"], "fetched_at": o["fetched_at"],
                                  "ok": bool(o["ok"]), "reason": o["reason"], "raw_ref": o["raw_ref"],
                                  "etag": o["etag"], "last_modified": o["last_modified"]}
    _save_state(storage, feed.name, day, state)
    fetcher.remember(feed.name, stats)
    return stats


# -- processing --------------------------------------------------------------------------------
def load_outcomes(storage: Storage, day: dt.date, feed: str) -> dict[str, dict[str, Any]]:
    """Per article, the page outcome a run of ``day`` uses: the latest successful fetch of the day,
    else the latest failure. Each outcome carries ``record_ref`` (its page record's path)."""
    def rank(o: dict[str, Any]) -> tuple[bool, str, str]:
        return (bool(o["ok"] and o["raw_ref"]), o["fetched_at"], o["record_ref"])

    best: dict[str, dict[str, Any]] = {}
    records = [f for f in storage.list_files(pages_prefix(day, feed)) if f.endswith(RECORD_SUFFIX)]
    for ref in sorted(records):
        for o in storage.read_json(ref)["pages"]:
            o = {**o, "record_ref": ref}
            cur = best.get(o["article_id"])
            if cur is None or rank(o) > rank(cur):
                best[o["article_id"]] = o
    return best
