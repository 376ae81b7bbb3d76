"""The daily HTML report: sections, numbers, empty states, self-containment, and a real browser render."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pipeline.lake.report import build_report, report_path, write_report
from pipeline.lake.storage import Storage
from pipeline.lake.writer import write_partition

DAY = dt.date(2026, 11, 25)
PREV = DAY - dt.timedelta(days=1)
OLD = DAY - dt.timedelta(days=10)
SECTIONS = ["summary", "articles-per-feed", "top-entities", "events-over-time", "feed-health", "quarantine"]


def _ts(day: dt.date, hour: int = 6) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _article(i: int, day: dt.date) -> dict[str, Any]:
    return {"article_id": f"{day:%m%d}{i:028x}", "title": f"t{i}", "fetched_at": _ts(day), "published": _ts(day),
            "raw_text": "x", "text": "X", "casing": "restored", "body_start": 0, "word_count": 1,
            "content_hash": "0" * 64, "raw_ref": "raw/x.body"}


KEYS = {"Vladimir Putin": ("phx:vladimir_putin", "RUS"), "Bashar al-Assad": ("phx:bashar_al_assad", "SYR"),
        "Assad": ("phx:bashar_al_assad", "SYR"), "Syria": ("phx:syria", "SYR"), "Moscow": ("GPE:moscow", "RUS"),
        "MOSCOW": ("GPE:moscow", "RUS")}


def _mentions(label: str, name: str, n: int, article: str = "a1") -> list[dict[str, Any]]:
    key, country = KEYS.get(name, (None, None))
    return [{"article_id": article, "entity_id": f"{article}-{name}", "mention_index": i, "text": name.upper(),
             "label": label, "start": i, "end": i + 1, "raw_start": i, "raw_end": i + 1, "canonical_name": name,
             "entity_key": key, "country_code": country}
            for i in range(n)]


def _events(kind: str, n: int, day: dt.date) -> list[dict[str, Any]]:
    return [{"article_id": "a1", "event_id": f"a1-{kind}-{i}", "event_type": kind, "trigger_text": "met",
             "trigger_start": i, "trigger_end": i + 3, "trigger_raw_start": i, "trigger_raw_end": i + 3,
             "sentence_index": 0, "mode": "asserted", "confidence": 0.9, "extractor_version": "t", "event_date": day}
            for i in range(n)]


def _health(feed: str, day: dt.date, status: str, latency: int | None, error: str | None = None) -> dict[str, Any]:
    ok = status == "ok"
    return {"feed": feed, "status": status, "http_status": 200 if ok else 503, "latency_ms": latency, "bytes": 10,
            "not_modified": False, "items_seen": 3 if ok else 0, "written": 3 if ok else 0, "duplicates": 0,
            "quarantined": 0, "error": error, "fetched_at": _ts(day)}


def build_lake(tmp_path: Path) -> Storage:
    """feed-a and feed-b over two days (plus one old day outside a 7-day window)."""
    s = Storage.from_uri(str(tmp_path / "lake"))

    def w(table: str, day: dt.date, source: str, rows: list[dict[str, Any]]) -> None:
        write_partition(s, table, day, source, rows, run_id=f"{table}-{day}-{source}")

    w("articles", DAY, "feed-a", [_article(i, DAY) for i in range(3)])
    w("articles", DAY, "feed-b", [_article(9, DAY)])
    w("articles", PREV, "feed-a", [_article(i, PREV) for i in range(2)])
    w("articles", OLD, "feed-a", [_article(i, OLD) for i in range(5)])
    w("entities", DAY, "feed-a", _mentions("PERSON", "Vladimir Putin", 4) + _mentions("PERSON", "Bashar al-Assad", 2)
      + _mentions("ORG", "Reuters", 3) + _mentions("GPE", "Syria", 5) + _mentions("LOC", "Alps", 7))
    w("entities", PREV, "feed-a", _mentions("PERSON", "Bashar al-Assad", 3, article="a0")
      + _mentions("PERSON", "Assad", 1, article="a0") + _mentions("GPE", "MOSCOW", 1, article="a0")
      + _mentions("GPE", "Moscow", 2, article="a0"))
    w("entities", OLD, "feed-a", _mentions("PERSON", "Old Name", 50, article="a9"))
    w("events", PREV, "feed-a", _events("CONSULT", 2, PREV))
    w("events", DAY, "feed-a", _events("CONSULT", 1, DAY) + _events("ASSAULT", 3, DAY))
    w("events", OLD, "feed-a", _events("RETREAT", 4, OLD))
    w("feed_health", DAY, "feed-a", [_health("feed-a", DAY, "ok", 120)])
    w("feed_health", DAY, "feed-b", [_health("feed-b", DAY, "failed", None, "HTTP 503 from upstream")])
    w("feed_health", PREV, "feed-a", [_health("feed-a", PREV, "ok", 80)])
    w("feed_health", PREV, "feed-b", [_health("feed-b", PREV, "ok", 40)])
    w("quarantine", DAY, "feed-b", [{"feed": "feed-b", "level": "feed", "reason": "fetch_failed",
                                     "detail": "HTTP 503", "recorded_at": _ts(DAY)}])
    return s


@pytest.fixture
def lake(tmp_path: Path) -> Storage:
    return build_lake(tmp_path)


class _Page(HTMLParser):
    """Sections of the report: tables (rows of cell texts), KPI cards, captions, empty-state texts."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, dict[str, Any]] = {}
        self.tags: list[str] = []
        self.attrs_seen: list[tuple[str, str, str | None]] = []
        self._sec: dict[str, Any] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._grab: tuple[str, list[str]] | None = None
        self._kpi: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs_seen.extend((tag, k, v) for k, v in attrs)
        if tag == "section":
            self._sec = self.sections.setdefault(a["id"] or "", {"tables": [], "kpi": {}, "captions": [], "empty": [],
                                                                  "h3": [], "window": []})
        elif tag == "table" and self._sec is not None:
            self._sec["tables"].append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "div" and a.get("data-kpi"):
            self._kpi = a["data-kpi"]
        elif tag == "div" and a.get("class") == "num" and self._kpi:
            self._grab = ("kpi", [])
        elif tag == "div" and a.get("data-window"):
            self._grab = ("window", [])
        elif tag == "figcaption":
            self._grab = ("captions", [])
        elif tag == "h3":
            self._grab = ("h3", [])
        elif tag == "p" and a.get("class") == "empty":
            self._grab = ("empty", [])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None and self._sec is not None:
            self._sec["tables"][-1].append(self._row)
            self._row = None
        elif tag in ("div", "figcaption", "h3", "p") and self._grab and self._sec is not None:
            kind, buf = self._grab
            if kind == "kpi":
                self._sec["kpi"][self._kpi] = "".join(buf)
            elif kind == "window":
                self._sec["window"].append("".join(buf))
            else:
                self._sec[kind].append("".join(buf))
            self._grab = None
        elif tag == "section":
            self._sec = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._grab:
            self._grab[1].append(data)


def _parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def test_report_sections_and_numbers(lake: Storage) -> None:
    page = _parse(build_report(lake, DAY, days=7))
    s = page.sections
    assert list(s) == SECTIONS
    assert s["summary"]["kpi"] == {"articles": "4", "entities": "21", "events": "4", "quarantined": "1",
                                   "feeds-failed": "1"}
    assert s["summary"]["window"] == ["6 in 7 days", "28 in 7 days", "6 in 7 days", "1 in 7 days", "1 in 7 days"]
    # articles per feed: today and the 7-day window (the 10-day-old partition is outside it)
    [articles] = s["articles-per-feed"]["tables"]
    assert articles == [["feed", "2026-11-25", "last 7 days"], ["feed-a", "3", "5"], ["feed-b", "1", "1"]]
    # top entities: PERSON/ORG/GPE only, mention counts over the window, one row per entity key with its most
    # frequent name and its country ("Assad" counts for Bashar al-Assad; the dateline's MOSCOW for Moscow)
    assert s["top-entities"]["h3"] == ["PERSON", "ORG", "GPE"]
    person, org, gpe = s["top-entities"]["tables"]
    assert person[0] == ["name", "country", "mentions", "articles"]
    assert person[1:] == [["Bashar al-Assad", "SYR", "6", "2"], ["Vladimir Putin", "RUS", "4", "1"]]
    assert org[1:] == [["Reuters", "", "3", "1"]]
    assert gpe[1:] == [["Syria", "SYR", "5", "1"], ["Moscow", "RUS", "3", "1"]]
    assert "Alps" not in str(s["top-entities"]) and "Old Name" not in str(s["top-entities"])
    # events by type per day, most frequent type first, 7 day columns + total
    [events] = s["events-over-time"]["tables"]
    assert events[0][0] == "event type" and events[0][-3:] == ["11-24", "11-25", "total"] and len(events[0]) == 9
    assert events[1] == ["ASSAULT", "0", "0", "0", "0", "0", "0", "3", "3"]
    assert events[2] == ["CONSULT", "0", "0", "0", "0", "0", "2", "1", "3"]
    assert "RETREAT" not in str(events)
    # feed health: failures first, latency median/max, last error
    [health] = s["feed-health"]["tables"]
    assert health[0] == ["feed", "today", "runs", "ok", "304", "failed", "quarantined", "p50 ms", "max ms", "last error"]
    assert health[1] == ["feed-b", "failed", "2", "1", "0", "1", "0", "40", "40", "HTTP 503 from upstream"]
    assert health[2] == ["feed-a", "ok", "2", "2", "0", "0", "0", "100", "120", ""]
    assert s["feed-health"]["captions"] == ["Fetch latency per feed (ms)", "Failed runs per feed"]
    [quarantine] = s["quarantine"]["tables"]
    assert quarantine[1:] == [["fetch_failed", "feed", "1", "1"]]
    assert not any(sec["empty"] for sec in s.values())


def test_window_of_one_day(lake: Storage) -> None:
    s = _parse(build_report(lake, DAY, days=1)).sections
    assert s["articles-per-feed"]["tables"][0][1:] == [["feed-a", "3", "3"], ["feed-b", "1", "1"]]
    assert s["top-entities"]["tables"][0][1:] == [["Vladimir Putin", "RUS", "4", "1"], ["Bashar al-Assad", "SYR", "2", "1"]]
    assert s["events-over-time"]["tables"][0][1:] == [["ASSAULT", "3", "3"], ["CONSULT", "1", "1"]]
    with pytest.raises(ValueError, match="days must be >= 1"):
        build_report(lake, DAY, days=0)


def test_missing_tables_show_empty_states(tmp_path: Path) -> None:
    s = Storage.from_uri(str(tmp_path / "lake"))
    empty = _parse(build_report(s, DAY)).sections
    assert list(empty) == SECTIONS
    assert empty["summary"]["kpi"]["articles"] == "–"
    for sid, table in [("articles-per-feed", "articles"), ("top-entities", "entities"), ("events-over-time", "events"),
                       ("feed-health", "feed_health"), ("quarantine", "quarantine")]:
        assert empty[sid]["empty"] == [f"No committed {table} data in this lake yet."], sid
        assert empty[sid]["tables"] == []
    # only articles, and an events table with no rows in the window
    write_partition(s, "articles", DAY, "feed-a", [_article(0, DAY)], run_id="r")
    write_partition(s, "events", OLD, "feed-a", _events("CONSULT", 1, OLD), run_id="r")
    some = _parse(build_report(s, DAY)).sections
    assert some["summary"]["kpi"]["articles"] == "1" and some["summary"]["kpi"]["events"] == "0"
    assert some["articles-per-feed"]["tables"][0][1:] == [["feed-a", "1", "1"]]
    assert some["events-over-time"]["empty"] == ["No events for 2026-11-19 – 2026-11-25."]
    assert some["feed-health"]["empty"] == ["No committed feed_health data in this lake yet."]


def test_write_report_is_self_contained_and_next_to_the_data(lake: Storage) -> None:
    rel = write_report(lake, DAY)
    assert rel == report_path(DAY) == "reports/dt=2026-11-25/report.html"
    text = Path(lake.full(rel)).read_text(encoding="utf-8")
    page = _parse(text)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    refs = [(t, k, v) for t, k, v in page.attrs_seen if k in ("src", "href") or (v and "://" in v and k != "xmlns")]
    assert refs == []
    assert not re.search(r"url\(|@import", text)
    assert page.tags.count("svg") == 7  # articles, 3 entity labels, events, latency, failures
    # rewriting is idempotent
    assert write_report(lake, DAY) == rel and Path(lake.full(rel)).read_text(encoding="utf-8") == text


def test_many_event_types_are_grouped_in_the_chart_but_listed_in_the_table(tmp_path: Path) -> None:
    s = Storage.from_uri(str(tmp_path / "lake"))
    kinds = [f"TYPE{i:02d}" for i in range(10)]
    rows = [ev for i, k in enumerate(kinds) for ev in _events(k, 10 - i, DAY)]
    write_partition(s, "events", DAY, "feed-a", rows, run_id="r")
    page = build_report(s, DAY)
    [table] = _parse(page).sections["events-over-time"]["tables"]
    assert [r[0] for r in table[1:]] == kinds and table[-1][-1] == "1"
    legend = re.findall(r'<text x="[\d.]+" y="[\d.]+" class="lbl">([^<]+)</text>', page)
    assert legend == kinds[:8] + ["2 other types"]
    assert "<title>2 other types 2026-11-25: 3</title>" in page


def test_a_feed_health_row_without_fetch_time_still_gives_the_status(tmp_path: Path) -> None:
    """feed_health v2: fetched_at is null when nothing of the date was fetched or readable."""
    s = Storage.from_uri(str(tmp_path / "lake"))
    write_partition(s, "feed_health", DAY, "feed-a", [{**_health("feed-a", DAY, "ok", None), "fetched_at": None}],
                    run_id="r")
    [health] = _parse(build_report(s, DAY)).sections["feed-health"]["tables"]
    assert health[1][:3] == ["feed-a", "ok", "1"]
