"""Daily HTML report over the lake: one self-contained page (inline SVG and CSS, no scripts).

``build_report`` reads the committed partitions through DuckDB (:func:`pipeline.lake.query.connect`)
and returns the page; ``write_report`` stores it next to the data at
``<lake>/reports/dt=YYYY-MM-DD/report.html``. Tables without committed data get an empty-state
message instead of a chart. Nothing is fetched from the network when the page is opened.

This module queries and draws (the SVG charts are small functions below); the page itself — layout,
texts, tables — is the Jinja2 template ``templates/report.html.j2`` with its CSS in ``templates/report.css``.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from pipeline import PIPELINE_VERSION
from pipeline.lake.storage import Storage
from pipeline.redact import redact_text

if TYPE_CHECKING:
    import duckdb

ENTITY_LABELS = ("PERSON", "ORG", "GPE")
TOP_ENTITIES = 10
MAX_SERIES = 8  # series drawn in one chart; the rest are summed as "other"
# eight distinct hues, then grey for the "other" series
PALETTE = ("#2f6db5", "#e07b39", "#3a9d5d", "#c9463d", "#8064a2", "#8c6d46", "#d46fb0", "#2fb5b0",
           "#9aa1ad", "#b5b82f")
REPORT_NAME = "report.html"


def report_path(day: dt.date) -> str:
    """Lake-relative path of the report of ``day``."""
    return f"reports/dt={day.isoformat()}/{REPORT_NAME}"


def write_report(storage: Storage, day: dt.date, *, days: int = 7) -> str:
    """Render the report of ``day`` and write it to the lake; returns its lake-relative path."""
    rel = report_path(day)
    storage.write_bytes(rel, build_report(storage, day, days=days).encode("utf-8"))
    return rel


# -- data -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Window:
    day: dt.date
    days: int

    @property
    def start(self) -> dt.date:
        return self.day - dt.timedelta(days=self.days - 1)

    @property
    def dates(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.day.isoformat()}" if self.days > 1 else self.day.isoformat()


def _views(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    return con.execute(sql, params).fetchall()


def build_report(storage: Storage, day: dt.date, *, days: int = 7) -> str:
    """The self-contained HTML report of ``day``, with trends over the ``days`` days ending on it."""
    from pipeline.lake.query import connect

    if days < 1:
        raise ValueError(f"days must be >= 1, got {days}")
    from pipeline.lake.writer import PartitionProblem

    win = _Window(day, days)
    problems: list[PartitionProblem] = []
    con = connect(storage, problems=problems)
    try:
        views = _views(con)
        sections = [
            _summary(con, views, win),
            _articles_per_feed(con, views, win),
            _top_entities(con, views, win),
            _events_over_time(con, views, win),
            _feed_health(con, views, win),
            _quarantine(con, views, win),
        ]
    finally:
        con.close()
    if problems:
        sections.insert(0, _section("skipped", table=_Table(["partition", "problem"],
                                                             [[p.path, p.problem] for p in problems])))
    return _environment().get_template(TEMPLATE).render(
        day=win.day.isoformat(), days=win.days, label=win.label, uri=storage.uri, version=PIPELINE_VERSION,
        sections=sections)


# -- sections: what each one shows; templates/report.html.j2 lays them out ------------------------------
@dataclass(frozen=True)
class _Table:
    head: list[str]
    rows: list[list[Any]]  # ints are shown with thousands separators, anything else as redacted text
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    status_col: int | None = None  # a column coloured by its value (feed status)


def _section(sid: str, state: str = "ok", **shown: Any) -> dict[str, Any]:
    """One section for the template: ``state`` is "missing" (the table has no committed data), "none" (no
    rows in the window) or "ok" (then ``shown`` holds its charts and tables)."""
    return {"id": sid, "state": state, **shown}


def _summary(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    def count(table: str, where: str = "") -> tuple[str, str]:
        if table not in views:
            return "–", "no data"
        extra = f" AND {where}" if where else ""
        today, total = _rows(con, f"SELECT count(*) FILTER (WHERE dt = ?), count(*) FROM {table} "
                                  f"WHERE dt BETWEEN ? AND ?{extra}", [win.day, win.start, win.day])[0]
        return f"{today:,}", f"{total:,} in {win.days} day{'s' if win.days != 1 else ''}"

    cards = [
        ("articles", *count("articles"), "articles written"),
        ("entities", *count("entities"), "entity mentions"),
        ("events", *count("events"), "events"),
        ("quarantined", *count("quarantine"), "quarantined"),
        ("feeds-failed", *count("feed_health", "status = 'failed'"), "failed fetches"),
    ]
    return _section("summary", cards=cards)


def _articles_per_feed(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    if "articles" not in views:
        return _section("articles-per-feed", "missing")
    rows = _rows(con, """
        SELECT source, count(*) FILTER (WHERE dt = ?) AS today, count(*) AS in_window
        FROM articles WHERE dt BETWEEN ? AND ? GROUP BY source ORDER BY today DESC, in_window DESC, source
    """, [win.day, win.start, win.day])
    if not rows:
        return _section("articles-per-feed", "none")
    per_day = _rows(con, "SELECT source, dt, count(*) FROM articles WHERE dt BETWEEN ? AND ? GROUP BY ALL",
                    [win.start, win.day])
    series = {r[0]: [0] * win.days for r in sorted(rows, key=lambda r: (-r[2], r[0]))}
    _fill(series, per_day, win)
    return _section("articles-per-feed",
                    chart=_stacked_bars(win.dates, series, title="Articles per day by feed", width=620),
                    table=_Table(["feed", win.day.isoformat(), f"last {win.days} days"],
                                 [[r[0], r[1], r[2]] for r in rows], frozenset({1, 2})))


def _fill(series: dict[str, list[Any]], rows: list[tuple[Any, ...]], win: _Window) -> None:
    """Place each (series name, date, value) row at its date's position in its series."""
    idx = {d: i for i, d in enumerate(win.dates)}
    for name, d, v in rows:
        series[name][idx[d]] = v


def _columns(con: duckdb.DuckDBPyConnection, view: str) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()}


def _top_entities(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    if "entities" not in views:
        return _section("top-entities", "missing")
    # partitions written before schema v2 have no entity_key: their rows group by label and lower-cased name
    fallback = "label || ':' || lower(coalesce(canonical_name, text))"
    key = f"coalesce(entity_key, {fallback})" if "entity_key" in _columns(con, "entities") else fallback
    rows = _rows(con, f"""
        WITH m AS (
            SELECT label, {key} AS key, coalesce(canonical_name, text) AS name, country_code, article_id
            FROM entities WHERE dt BETWEEN ? AND ? AND label IN ({", ".join("?" for _ in ENTITY_LABELS)})
        ), names AS (
            SELECT label, key, name, count(*) AS n FROM m GROUP BY label, key, name
        ), countries AS (
            SELECT label, key, country_code, count(*) AS n FROM m WHERE country_code IS NOT NULL
            GROUP BY label, key, country_code
        ), g AS (
            SELECT label, key, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM m GROUP BY label, key
        ), ranked AS (
            SELECT g.label, g.key, g.mentions, g.articles,
                   (SELECT first(name ORDER BY n DESC, name) FROM names WHERE names.label = g.label AND names.key = g.key)
                       AS name,
                   (SELECT first(country_code ORDER BY n DESC, country_code) FROM countries
                    WHERE countries.label = g.label AND countries.key = g.key) AS country
            FROM g
        )
        SELECT label, name, country, mentions, articles FROM (
            SELECT *, row_number() OVER (PARTITION BY label ORDER BY mentions DESC, name) AS rk FROM ranked)
        WHERE rk <= ? ORDER BY label, mentions DESC, name
    """, [win.start, win.day, *ENTITY_LABELS, TOP_ENTITIES])
    if not rows:
        return _section("top-entities", "none")
    columns: list[dict[str, Any]] = []
    for i, label in enumerate(ENTITY_LABELS):
        mine = [r for r in rows if r[0] == label]
        if not mine:
            columns.append({"label": label, "chart": None})
            continue
        columns.append({
            "label": label,
            "chart": _hbar([(_with_country(r[1], r[2]), r[3]) for r in mine], title="Mentions", color=PALETTE[i],
                           width=360, label_w=150),
            "table": _Table(["name", "country", "mentions", "articles"],
                            [[r[1], r[2] or "", r[3], r[4]] for r in mine], frozenset({2, 3})),
        })
    return _section("top-entities", columns=columns)


def _with_country(name: str, country: str | None) -> str:
    """Bar label: the name, and the country unless the name is the country itself."""
    return f"{_clip(name, 16)} · {country}" if country and name.upper() != country else name


def _events_over_time(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    if "events" not in views:
        return _section("events-over-time", "missing")
    rows = _rows(con, """
        SELECT event_type, dt, count(*) FROM events WHERE dt BETWEEN ? AND ? GROUP BY ALL ORDER BY ALL
    """, [win.start, win.day])
    if not rows:
        return _section("events-over-time", "none")
    totals: dict[str, int] = {}
    for t, _, n in rows:
        totals[t] = totals.get(t, 0) + n
    types = sorted(totals, key=lambda t: (-totals[t], t))
    series = {t: [0] * win.days for t in types}
    _fill(series, rows, win)
    shown = {t: series[t] for t in types[:MAX_SERIES]}
    if len(types) > MAX_SERIES:
        shown[f"{len(types) - MAX_SERIES} other types"] = [sum(series[t][i] for t in types[MAX_SERIES:])
                                                           for i in range(win.days)]
    return _section("events-over-time",
                    chart=_stacked_bars(win.dates, shown, title="Events per day by type"),
                    table=_Table(["event type", *[d.strftime("%m-%d") for d in win.dates], "total"],
                                 [[t, *series[t], totals[t]] for t in types], frozenset(range(1, win.days + 2))))


# feed_health rows of a date with nothing fetched or readable have no fetched_at (schema v2): they rank first
_AT = "coalesce(fetched_at, TIMESTAMPTZ '-infinity')"


def _feed_health(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    if "feed_health" not in views:
        return _section("feed-health", "missing")
    rows = _rows(con, f"""
        SELECT feed, count(*) AS runs,
               count(*) FILTER (WHERE status = 'ok') AS ok,
               count(*) FILTER (WHERE status = 'not_modified') AS not_modified,
               count(*) FILTER (WHERE status = 'failed') AS failed,
               count(*) FILTER (WHERE status = 'quarantined') AS quarantined,
               CAST(round(median(latency_ms)) AS INTEGER) AS p50,
               max(latency_ms) AS max_latency,
               arg_max(status, {_AT}) FILTER (WHERE dt = ?) AS today,
               arg_max(error, {_AT}) FILTER (WHERE error IS NOT NULL) AS last_error
        FROM feed_health WHERE dt BETWEEN ? AND ? GROUP BY feed ORDER BY failed DESC, feed
    """, [win.day, win.start, win.day])
    if not rows:
        return _section("feed-health", "none")
    lat = _rows(con, """
        SELECT feed, dt, avg(latency_ms) FROM feed_health WHERE dt BETWEEN ? AND ? AND latency_ms IS NOT NULL
        GROUP BY ALL ORDER BY ALL
    """, [win.start, win.day])
    idx = {d: i for i, d in enumerate(win.dates)}
    series: dict[str, list[float | None]] = {}
    for feed, d, v in lat:
        series.setdefault(feed, [None] * win.days)[idx[d]] = float(v)
    fails = _rows(con, """
        SELECT feed, count(*) FROM feed_health WHERE dt BETWEEN ? AND ? AND status = 'failed' GROUP BY feed
    """, [win.start, win.day])
    body_rows = [[r[0], r[8] or "–", r[1], r[2], r[3], r[4], r[5], _ms(r[6]), _ms(r[7]), r[9] or ""] for r in rows]
    return _section(
        "feed-health",
        latency_chart=_lines(win.dates, series, title="Fetch latency per feed (ms)") if series else None,
        failure_chart=_hbar([(f, n) for f, n in fails], title="Failed runs per feed", color="#c9463d") if fails else None,
        table=_Table(["feed", "today", "runs", "ok", "304", "failed", "quarantined", "p50 ms", "max ms", "last error"],
                     body_rows, frozenset({2, 3, 4, 5, 6, 7, 8}), status_col=1))


def _quarantine(con: duckdb.DuckDBPyConnection, views: set[str], win: _Window) -> dict[str, Any]:
    if "quarantine" not in views:
        return _section("quarantine", "missing")
    rows = _rows(con, """
        SELECT reason, level, count(*) FILTER (WHERE dt = ?) AS today, count(*) AS in_window
        FROM quarantine WHERE dt BETWEEN ? AND ? GROUP BY ALL ORDER BY in_window DESC, reason, level
    """, [win.day, win.start, win.day])
    if not rows:
        return _section("quarantine", "none")
    return _section("quarantine", table=_Table(["reason", "level", win.day.isoformat(), f"last {win.days} days"],
                                               [list(r) for r in rows], frozenset({2, 3})))


def _ms(v: Any) -> str:
    return "–" if v is None else f"{int(v):,}"


# -- HTML: the template environment and the SVG charts --------------------------------------------------
TEMPLATE = "report.html.j2"


@functools.cache
def _environment() -> jinja2.Environment:
    """Templates from the package (templates/); values escaped as ``html.escape`` does, like the SVG below."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline.lake", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True, finalize=_escape)
    env.filters["cell"] = _cell
    return env


def _escape(value: Any) -> Markup:
    """Jinja2's own escaping writes quotes as &#34;/&#39;; the page has always used html.escape's &quot;/&#x27;."""
    return value if isinstance(value, Markup) else Markup(html.escape(str(value)))  # noqa: S704 (escaped here)


def _cell(value: Any) -> str:
    """A table cell's text: ints with thousands separators; anything else redacted (URLs lose their secrets)."""
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else (redact_text(str(value)) or "")


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def _nice_max(v: float) -> float:
    """A round axis maximum at or above ``v`` whose quarters are round too."""
    if v <= 0:
        return 1.0
    mag = 10 ** (len(str(int(v))) - 1)
    for step in (1, 2, 4, 8, 10):
        if step * mag >= v:
            return float(step * mag)
    return float(10 * mag)


def _svg(width: int, height: int, title: str, body: str) -> Markup:
    """The chart's figure; ``body`` is SVG markup from the helpers below, which escape every text they place."""
    t = html.escape(title)
    return Markup(  # noqa: S704 (title escaped above, body built from escaped texts)
        f'<figure><figcaption>{t}</figcaption>'
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title>{body}</svg></figure>')


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _hbar(items: list[tuple[str, int]], *, title: str, color: str = PALETTE[0], width: int = 460,
          label_w: int = 140) -> Markup:
    """Horizontal bar chart, one bar per (label, value)."""
    bar_h, gap, top = 20, 6, 8
    height = top + len(items) * (bar_h + gap) + 4
    vmax = max((v for _, v in items), default=0) or 1
    room = width - label_w - 50
    parts = []
    for i, (label, v) in enumerate(items):
        y = top + i * (bar_h + gap)
        w = max(1.0, room * v / vmax) if v else 0.0
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" class="lbl">{html.escape(_clip(str(label), 22))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="{color}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 14}" class="val">{v:,}</text>')
    return _svg(width, height, title, "".join(parts))


def _axes(width: int, height: int, left: int, bottom: int, top: int, vmax: float, dates: list[dt.date]) -> tuple[str, float]:
    """Horizontal grid lines with value labels and date ticks; returns the SVG and the x step."""
    plot_h = height - top - bottom
    parts = []
    for k in range(5):
        v = vmax * k / 4
        y = top + plot_h - plot_h * k / 4
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{_fmt(v)}</text>')
    step = (width - left - 10) / max(1, len(dates))
    for i, d in enumerate(dates):
        x = left + step * (i + 0.5)
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">'
                     f'{d.strftime("%b %d")}</text>')
    return "".join(parts), step


def _legend(names: list[str], x: int, y: int) -> str:
    parts = []
    for i, n in enumerate(names):
        cx = x + (i % 4) * 150
        cy = y + (i // 4) * 18
        parts.append(f'<rect x="{cx}" y="{cy - 9}" width="10" height="10" rx="2" fill="{PALETTE[i % len(PALETTE)]}"/>'
                     f'<text x="{cx + 15}" y="{cy}" class="lbl">{html.escape(_clip(n, 20))}</text>')
    return "".join(parts)


def _stacked_bars(dates: list[dt.date], series: dict[str, list[int]], *, title: str, width: int = 760) -> Markup:
    """Stacked bars: one bar per date, one colour per series."""
    names = list(series)
    legend_rows = (len(names) + 3) // 4
    top, bottom, left = 12, 28 + legend_rows * 18, 44
    height = 230 + legend_rows * 18
    totals = [sum(series[n][i] for n in names) for i in range(len(dates))]
    vmax = _nice_max(max(totals, default=0))
    axes, step = _axes(width, height, left, bottom, top, vmax, dates)
    plot_h = height - top - bottom
    bw = min(48.0, step * 0.6)
    parts = [axes]
    for i in range(len(dates)):
        y = float(top + plot_h)
        x = left + step * (i + 0.5) - bw / 2
        for j, n in enumerate(names):
            v = series[n][i]
            if not v:
                continue
            h = plot_h * v / vmax
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[j % len(PALETTE)]}"><title>{html.escape(n)} {dates[i]}: {v}</title></rect>')
        if totals[i]:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="val">{totals[i]}</text>')
    parts.append(_legend(names, left, height - bottom + 38))
    return _svg(width, height, title, "".join(parts))


def _lines(dates: list[dt.date], series: dict[str, list[float | None]], *, title: str, width: int = 520) -> Markup:
    """One line (with dots) per series over the dates; gaps where a value is missing."""
    names = list(series)
    legend_rows = (len(names) + 3) // 4
    top, bottom, left = 12, 28 + legend_rows * 18, 48
    height = 220 + legend_rows * 18
    vmax = _nice_max(max((v for vs in series.values() for v in vs if v is not None), default=0))
    axes, step = _axes(width, height, left, bottom, top, vmax, dates)
    plot_h = height - top - bottom
    parts = [axes]
    for j, n in enumerate(names):
        color = PALETTE[j % len(PALETTE)]
        pts = [(left + step * (i + 0.5), top + plot_h - plot_h * v / vmax, v)
               for i, v in enumerate(series[n]) if v is not None]
        if len(pts) > 1:
            d = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in pts)
            parts.append(f'<polyline points="{d}" fill="none" stroke="{color}" stroke-width="2"/>')
        parts.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}"><title>{html.escape(n)}: {v:.0f} ms</title></circle>'
                     for x, y, v in pts)
    parts.append(_legend(names, left, height - bottom + 38))
    return _svg(width, height, title, "".join(parts))
