"""Linked pages, the parts without a network (pipeline.sources.pages): which entries need a page,
what is fetched again, robots.txt verdicts, politeness settings, and which outcome a day uses."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from pipeline import PIPELINE_VERSION
from pipeline.config import Settings
from pipeline.errors import ConfigError, FeedRegistryError
from pipeline.lake.storage import Storage
from pipeline.parse import Article
from pipeline.sources.fetch import USER_AGENT, FetchPolicy
from pipeline.sources.pages import (
    HostGate,
    PagePolicy,
    RobotsRules,
    host_key,
    load_outcomes,
    needs_page,
    origin,
    page_url,
    pages_prefix,
    plan_jobs,
    robots_token,
)
from pipeline.sources.registry import Feed, load_registry
from pipeline.sources.safety import UnsafeURLError, resolve_public
from pipeline.text import normalize

DAY = dt.date(2026, 11, 25)


def art(aid: str = "a1", text: str = "A short teaser.", text_from: str = "summary", url: str | None = "https://n.example/s",
        updated: dt.datetime | None = None) -> Article:
    return Article(aid, "f", url, url, None, "T", None, text, text_from=text_from, updated=updated)


def feed(**kw: object) -> Feed:
    return Feed(name="f", url="https://n.example/rss", agency="A", **kw)  # type: ignore[arg-type]


def test_which_entries_need_their_page() -> None:
    long_text = " ".join(["word"] * 60)
    assert needs_page(art(text_from="summary", text=long_text), feed())             # auto: a description only
    assert needs_page(art(text_from="content"), feed())                            # auto: content under 50 words
    assert not needs_page(art(text_from="content", text=long_text), feed())         # auto: full text in the feed
    assert needs_page(art(text_from="content", text=long_text), feed(full_text_min_words=61))  # 60 < 61 words
    assert needs_page(art(text_from="content", text=long_text), feed(content="link"))
    assert not needs_page(art(), feed(content="feed"))
    assert not needs_page(art(url=None), feed(content="link"))                     # nothing to follow


def test_page_url_is_the_published_link_without_fragment() -> None:
    a = art(url="https://n.example/story?id=7#comments")
    assert page_url(a) == "https://n.example/story?id=7"
    rel = Article("a", "f", "/story/8", "https://n.example/story/8", None, None, None, "t")
    assert page_url(rel) == "https://n.example/story/8"


def test_hosts_origins_and_robots_token() -> None:
    assert host_key("https://News.Example/a") == "news.example" == host_key("http://news.example:80/b")
    assert host_key("http://127.0.0.1:8081/a") == "127.0.0.1:8081"
    assert origin("HTTPS://user@News.Example:8443/a?b") == "https://news.example:8443"
    assert robots_token("wirelake/0.1.0 (+https://x)") == "wirelake" and robots_token("acme-bot/2 (+mailto:a@b)") == "acme-bot"


def test_robots_verdicts_and_delays() -> None:
    from protego import Protego

    far = time.monotonic() + 60
    rules = RobotsRules("https://n.example", "rules", far,
                        Protego.parse("User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n\n"
                                      "User-agent: wirelake\nDisallow: /drafts/\nRequest-rate: 1/10s\n"))
    assert rules.allows("https://n.example/news/a", "wirelake")
    assert not rules.allows("https://n.example/drafts/a", "wirelake")   # the group for our token wins
    assert rules.allows("https://n.example/private/a", "wirelake")
    assert rules.delay_s("wirelake") == 10.0 and rules.delay_s("otherbot") == 3.0
    assert RobotsRules("o", "allow_all", far).allows("https://o/x", "wirelake")
    assert not RobotsRules("o", "unreachable", far).allows("https://o/x", "wirelake")


def test_page_policy_from_environment() -> None:
    env = {"WIRELAKE_PAGE_DELAY_S": "2.5", "WIRELAKE_PAGE_WORKERS": "3", "WIRELAKE_PAGE_MAX_BYTES": "1000",
           "WIRELAKE_CONTACT_URL": "https://ops.example/crawler"}
    p = PagePolicy.from_settings(Settings.from_env(env))
    assert (p.delay_s, p.workers, p.page_fetch.max_bytes) == (2.5, 3, 1000)
    assert p.fetch.user_agent.endswith("(+https://ops.example/crawler; feed ingestion)")
    with pytest.raises(ConfigError, match="WIRELAKE_PAGE_WORKERS='0' is invalid"):
        Settings.from_env({"WIRELAKE_PAGE_WORKERS": "0"})
    with pytest.raises(ConfigError, match="WIRELAKE_PAGE_DELAY_S='soon' is invalid"):
        Settings.from_env({"WIRELAKE_PAGE_DELAY_S": "soon"})


def test_user_agent_must_name_a_contact() -> None:
    def ua(env: dict[str, str]) -> str:
        return FetchPolicy.from_settings(Settings.from_env(env)).user_agent

    assert ua({}) == USER_AGENT
    assert ua({"WIRELAKE_USER_AGENT": "acme/1 (+https://acme.example/bot)"}) == "acme/1 (+https://acme.example/bot)"
    with pytest.raises(ConfigError, match="names no contact"):
        Settings.from_env({"WIRELAKE_USER_AGENT": "acme/1"})
    assert ua({"WIRELAKE_CONTACT_URL": "mailto:news@acme.example"}) == (
        f"wirelake/{PIPELINE_VERSION} (+mailto:news@acme.example; feed ingestion)")


def test_host_gate_spaces_requests_per_host() -> None:
    gate = HostGate()
    with gate.cond:
        gate.take("a")
        assert gate.busy("a") and not gate.busy("b")
        gate.give_back("a", 5.0)
        assert not gate.busy("a") and gate.ready_at("a") > time.monotonic() + 4 and gate.ready_at("b") == 0.0
    gate.note("b", 1.0)
    assert gate.ready_at("b") > time.monotonic()


def test_plan_fetches_new_pages_retries_failures_and_refetches_updated_entries() -> None:
    today, earlier = DAY.isoformat(), (DAY - dt.timedelta(days=2)).isoformat()
    fetched = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    state = {
        "old": {"day": earlier, "url": "https://n.example/old", "fetched_at": fetched.isoformat(), "ok": True},
        "done": {"day": today, "url": "https://n.example/done", "fetched_at": fetched.isoformat(), "ok": True,
                 "etag": '"e1"', "last_modified": None, "raw_ref": "raw/x.body"},
        "upd": {"day": today, "url": "https://n.example/upd", "fetched_at": fetched.isoformat(), "ok": True,
                "etag": '"e2"', "last_modified": "Tue, 24 Nov 2026 10:00:00 GMT", "raw_ref": "raw/y.body"},
        "fail": {"day": today, "url": "https://n.example/fail", "fetched_at": fetched.isoformat(), "ok": False},
    }
    later = fetched + dt.timedelta(hours=1)
    arts = [art("new", url="https://n.example/new"), art("old", url="https://n.example/old"),
            art("done", url="https://n.example/done", updated=fetched - dt.timedelta(hours=1)),
            art("upd", url="https://n.example/upd", updated=later), art("fail", url="https://n.example/fail"),
            art("new", url="https://n.example/new")]  # the same article twice in a payload: one job
    jobs = {j.article_id: j for j in plan_jobs(feed(), arts, day=DAY, state=state)}
    assert sorted(jobs) == ["fail", "new", "upd"]
    assert jobs["upd"].validators == {"etag": '"e2"', "last_modified": "Tue, 24 Nov 2026 10:00:00 GMT"}
    assert jobs["upd"].prev_ref == "raw/y.body"
    assert jobs["new"].validators == {} and jobs["fail"].validators == {}


def test_a_day_uses_its_latest_successful_page(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    prefix = pages_prefix(DAY, "f")

    def rec(stamp: str, **o: object) -> None:
        base = {"article_id": "a", "url": "u", "fetched_at": f"2026-11-25T{stamp}:00+00:00", "ok": True,
                "raw_ref": f"raw/{stamp}.body"}
        storage.write_json(f"{prefix}/20261125T{stamp.replace(':', '')}00Z.pages.json", {"pages": [{**base, **o}]})

    rec("08:00")
    rec("09:00", ok=False, raw_ref=None, reason="timeout")   # a later failure does not undo the morning's page
    assert load_outcomes(storage, DAY, "f")["a"]["raw_ref"] == "raw/08:00.body"
    rec("10:00")                                              # a later success replaces it
    assert load_outcomes(storage, DAY, "f")["a"]["raw_ref"] == "raw/10:00.body"
    assert load_outcomes(storage, DAY, "other") == {}


def test_registry_content_mode_threshold_and_private_networks(tmp_path: Path) -> None:
    p = tmp_path / "feeds.yaml"
    p.write_text("feeds:\n"
                 "  - {name: a, url: 'https://e.com/a', agency: A, language: en}\n"
                 "  - {name: b, url: 'https://e.com/b', agency: B, language: en, content: link, full_text_min_words: 80,"
                 " allow_private_network: ['10.1.0.0/16', '127.0.0.1']}\n", encoding="utf-8")
    a, b = load_registry(p)
    assert (a.content, a.full_text_min_words, a.allow_private_network) == ("auto", 50, False)
    assert (b.content, b.full_text_min_words, b.allow_private_network) == ("link", 80, ("10.1.0.0/16", "127.0.0.1/32"))
    assert Feed.from_dict(b.to_dict()) == b  # through XCom (JSON) and back
    for bad, msg in (("content: page", "field 'content'"), ("full_text_min_words: -1", "full_text_min_words"),
                     ("full_text_min_words: many", "full_text_min_words"),
                     ("allow_private_network: ['10.0.0.300/8']", "is not a network"),
                     ("allow_private_network: []", "allow_private_network")):
        p.write_text(f"feeds:\n  - {{name: c, url: 'https://e.com/c', agency: C, language: en, {bad}}}\n", encoding="utf-8")
        with pytest.raises(FeedRegistryError, match=msg):
            load_registry(p)


def test_private_networks_allow_only_the_listed_ones() -> None:
    nets = ("127.0.0.0/8",)
    assert resolve_public("http://127.0.0.1:8080/a", allow_private=nets).address == "127.0.0.1"
    with pytest.raises(UnsafeURLError) as err:
        resolve_public("http://10.20.30.40/a", allow_private=nets)
    assert err.value.reason == "private_address" and "outside the allowed networks" in str(err.value)
    with pytest.raises(UnsafeURLError) as err:
        resolve_public("http://169.254.169.254/latest", allow_private=nets)
    assert err.value.reason == "forbidden_address"
    assert resolve_public("http://10.20.30.40/a", allow_private=True).address == "10.20.30.40"


def test_cased_page_text_is_kept_exactly() -> None:
    text = "Officials said US$ 4.2 million had been spent in Kampala , Uganda , by June."
    assert normalize(text).text != text                 # cased but tokenized-looking: detokenized by default
    kept = normalize(text, keep_cased=True)
    assert kept.text == text and kept.casing == "original"
    lower = "officials said the money had been spent in kampala ."
    assert normalize(lower, keep_cased=True).casing == "restored"   # the flag only protects cased text
