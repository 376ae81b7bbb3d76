"""Feed payloads → :class:`Article` records (feedparser), with HTML turned into plain text.

Items that cannot become an article (no text, no identity) are returned as :class:`Rejected`
with a reason code instead of being dropped; a payload that is not a feed at all (``not_a_feed``), or a
broken feed with no items (``malformed_feed``), is rejected as a whole (``level="feed"``).

Decoding is feedparser's: it weighs the HTTP charset, the XML declaration and BOMs, and falls
back to chardet-like guessing; the corpus test checks that no U+FFFD or mojibake reaches titles
or text when the bytes were decodable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Any

from pipeline.dedupe.keys import article_id, canonical_url

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
          "section", "article", "pre", "hr", "figure", "figcaption", "dd", "dt"}
# Elements whose content is not article text: code, styles, embedded objects and their fallback text.
# (feedparser's HTML sanitizer is off, see parse_payload; it would drop script/style/applet content.)
_SKIP = {"script", "style", "applet", "noscript", "iframe", "object", "embed", "svg", "head"}
# runs of spaces, tabs, NBSP... to collapse into one space; a lone " " (most of them) is left alone, unmatched
_SPACES = re.compile(r" [ \t\r\f\v\u00a0]+|[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*")
# Elements whose bare tags (``<p>``, ``</p>``: lower case, no attributes) every HTML pass here treats
# as plain markup — no void elements, nothing parsed as raw text, nothing a sanitizer drops. A fragment
# made of text and such tags has a fast path in html_to_text.
_PLAIN_TAGS = frozenset({
    "p", "div", "span", "b", "i", "u", "s", "em", "strong", "small", "big", "sub", "sup", "code", "pre", "tt", "kbd",
    "samp", "var", "blockquote", "q", "cite", "abbr", "acronym", "dfn", "del", "ins", "strike", "font", "center",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dd", "dt", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "caption", "section", "article", "aside", "header", "footer", "nav", "figure", "figcaption",
    "address"}) - _SKIP
_PLAIN_TAG = re.compile(r"</?({})>".format("|".join(sorted(_PLAIN_TAGS, key=lambda t: (-len(t), t)))))
_PLAIN_HTML = re.compile(r"[^<]*+(?:{}[^<]*+)*+".format(_PLAIN_TAG.pattern.replace("(", "(?:", 1)))  # possessive: linear


@dataclass
class Article:
    article_id: str
    source: str
    url: str | None
    canonical_url: str | None
    guid: str | None
    title: str | None
    published: dt.datetime | None
    raw_text: str
    author: str | None = None
    text_from: str = "content"   # "content" (content:encoded / Atom content) or "summary" (description / summary)
    updated: dt.datetime | None = None
    # where raw_text came from: "feed" (the entry), "page" (the linked page, pipeline.sources.extract),
    # or "summary" (a page was wanted but could not be used; body_reason says why)
    body_source: str = "feed"
    body_reason: str | None = None
    page_url: str | None = None
    page_fetched_at: dt.datetime | None = None
    page_ref: str | None = None


@dataclass
class Rejected:
    level: str  # "item" | "feed"
    reason: str
    detail: str
    item_ref: str | None = None


@dataclass
class Parsed:
    articles: list[Article]
    rejected: list[Rejected]
    items_seen: int
    bozo: bool = False
    encoding: str | None = None
    bozo_exception: str | None = None
    feed_title: str | None = None


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """Plain text from an HTML fragment: tags stripped, block elements become line breaks,
    runs of spaces collapsed, blank lines removed."""
    if "<" not in value and "&" not in value:
        text = value
    elif _PLAIN_HTML.fullmatch(value):
        # text and bare tags of _PLAIN_TAGS only: what HTMLParser (convert_charrefs) hands _TextExtractor,
        # without its per-character state machine — each run of text between two tags unescaped at once
        parts = _PLAIN_TAG.split(value)  # text, tag name, text, tag name, ..., text
        text = "".join([unescape(part) if k % 2 == 0 else "\n" if part in _BLOCK else ""
                        for k, part in enumerate(parts)])
    else:
        ex = _TextExtractor()
        ex.feed(value)
        ex.close()
        text = "".join(ex.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _entry_text(entry: Any) -> tuple[str, str]:
    """Article text and where it came from: content:encoded / Atom content (``"content"``) first,
    then description/summary (``"summary"``)."""
    candidates: list[tuple[str, str]] = []
    for c in entry.get("content") or []:
        if c.get("value"):
            candidates.append((c["value"], "content"))
    if entry.get("summary"):
        candidates.append((entry["summary"], "summary"))
    for value, kind in candidates:
        text = html_to_text(value)
        if text:
            return text, kind
    return "", "summary"


def _author(entry: Any) -> str | None:
    value = entry.get("author")
    if not isinstance(value, str):
        return None
    return " ".join(html_to_text(value).split()) or None


def _title(entry: Any) -> str | None:
    """Plain-text title: feedparser has already decoded entities; strip markup only when the
    title is declared as HTML, so a literal ``<`` or ``&`` in a text title survives."""
    value = entry.get("title") or ""
    ttype = (entry.get("title_detail") or {}).get("type", "text/plain")
    text = html_to_text(value) if "html" in ttype else " ".join(value.split())
    return text or None


def _published(entry: Any, keys: tuple[str, ...] = ("published_parsed", "updated_parsed", "created_parsed")
               ) -> dt.datetime | None:
    for key in keys:
        t = entry.get(key)
        if t:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(t), tz=dt.UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def parse_payload(body: bytes, *, feed: str, url: str, headers: dict[str, str] | None = None,
                  keep_textless: bool = False) -> Parsed:
    """Parse one landed payload. Never raises for malformed input.

    ``keep_textless``: an item with an http(s) link but no text is returned as an article with empty
    ``raw_text`` (its linked page may give the body; the caller rejects it as ``no_text`` otherwise)."""
    import feedparser

    # Nothing here is ever emitted as HTML: every title, text and author goes through html_to_text,
    # which keeps only text nodes (and skips _SKIP elements). So feedparser's sanitizing pass (safe
    # HTML for display) and its resolving of URIs inside HTML content are work with no use here —
    # both documented parse() switches; about a third of feedparser's time on wire feeds.
    fp = feedparser.parse(body, response_headers={"content-location": url, **(headers or {})},
                          sanitize_html=False, resolve_relative_uris=False)
    entries = list(fp.entries)
    feed_title = _title(fp.feed) if fp.get("feed") else None
    if not entries and (fp.bozo or not fp.get("version")):
        exc = fp.get("bozo_exception")
        detail = (f"{type(exc).__name__}: {exc}" if exc else "no feed version detected and no items")[:500]
        reason = "malformed_feed" if fp.get("version") else "not_a_feed"
        return Parsed([], [Rejected("feed", reason, detail)], 0, bool(fp.bozo), fp.get("encoding"), detail, feed_title)
    base = fp.feed.get("link") or url
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for entry in entries:
        link = entry.get("link")
        guid = entry.get("id") or entry.get("guid")
        title = _title(entry)
        ref = link or guid or title
        canon = canonical_url(link, base) if link else None
        if canon and not canon.startswith(("http://", "https://")):
            canon = None
        aid = article_id(canon, guid)
        if aid is None:
            rejected.append(Rejected("item", "no_identity", "item has neither a usable link nor a GUID", ref))
            continue
        text, text_from = _entry_text(entry)
        if not text and not (keep_textless and canon):
            rejected.append(Rejected("item", "no_text", "item has no content, description or summary", ref))
            continue
        articles.append(Article(aid, feed, link, canon, guid, title, _published(entry), text, _author(entry), text_from,
                                _published(entry, ("updated_parsed",))))
    exc = fp.get("bozo_exception")
    return Parsed(articles, rejected, len(entries), bool(fp.bozo), fp.get("encoding"),
                  f"{type(exc).__name__}: {exc}"[:500] if exc else None, feed_title)
