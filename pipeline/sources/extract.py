"""The article body of a landed news page, or the reason the page cannot give it (docs/pages.md).

The main text comes from trafilatura (settings chosen with ``benchmarks/eval_extraction.py``),
one paragraph per line; the headline, when the page repeats it as the first line, is dropped (it
is the ``title``). Page metadata — headline, author, publication time — comes from the page's
schema.org JSON-LD, else from trafilatura's metadata (htmldate for the date).

A page does not give the body (the article keeps its feed summary, with one of these reasons) when
it is not HTML (``not_html``), declares itself not free to read (``paywall``: JSON-LD
``isAccessibleForFree: false``; or paywall markup and phrases around a short text), is a consent
interstitial (``consent_wall``), or the extraction is empty (``empty_extraction``) or shorter than
the feed's own summary (``short_extraction``). The signals are data: ``data/walls.json``.
Extraction is deterministic: the same landed bytes give the same text (replay relies on it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HTML_TYPES = ("text/html", "application/xhtml+xml")
_LD_RE = re.compile(rb"<script[^>]+type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.S | re.I)
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_META_CHARSET_RE = re.compile(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_SPACE_RE = re.compile(r"\s+")
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_LEAF_BLOCKS = ("p", "div", "blockquote", "h2", "h3", "h4", "h5", "h6", "dd")
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "ul", "ol", "li", "table", "blockquote", "header", "footer",
                         "aside", "nav", "main", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "pre"})
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting")


@dataclass(frozen=True)
class PageText:
    """What a page gave: ``text`` (one paragraph per line), or ``reason`` (a code) and ``detail``."""

    text: str
    reason: str | None = None
    detail: str = ""
    title: str | None = None
    author: str | None = None
    published: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


@lru_cache(maxsize=1)
def walls() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((Path(__file__).parent / "data" / "walls.json").read_text(encoding="utf-8"))
    return data


def extractor_version() -> str:
    return f"trafilatura-{version('trafilatura')}"


def media_type(headers: dict[str, str]) -> str:
    return (headers.get("content-type") or "").split(";", 1)[0].strip().lower()


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith(b"<!doctype html") or b"<html" in head


def _decode(body: bytes, headers: dict[str, str]) -> str:
    """The page as text, in the order browsers use: byte-order mark, the HTTP charset, a ``<meta>``
    charset in the first 2 KB, UTF-8, then trafilatura's guess (charset_normalizer)."""
    from trafilatura.utils import decode_file

    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = [_WHATWG.get(m[1].lower(), m[1]) for m in (_CHARSET_RE.search(headers.get("content-type") or ""),
                               _META_CHARSET_RE.search(body[:2048].decode("ascii", errors="replace"))) if m]
    for name in declared:
        try:
            return body.decode(name, errors="replace")
        except LookupError:
            continue
    return decode_file(body)


def _ld_objects(body: bytes) -> list[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD blocks (``@graph`` flattened); malformed blocks are skipped."""
    found: list[dict[str, Any]] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, list):
            for o in obj:
                walk(o)
        elif isinstance(obj, dict):
            found.append(obj)
            if "@graph" in obj:
                walk(obj["@graph"])

    for block in _LD_RE.findall(body):
        try:
            walk(json.loads(block.decode("utf-8", errors="replace").strip()))
        except ValueError:
            continue
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    return {str(x).lower() for x in (t if isinstance(t, list) else [t]) if x}


def _is_article(obj: dict[str, Any]) -> bool:
    return bool(_types(obj) & set(_ARTICLE_TYPES))


def _not_free(objs: list[dict[str, Any]]) -> bool:
    """schema.org paywall markup: ``isAccessibleForFree: false`` on the article (or one of its parts)."""
    def false(v: Any) -> bool:
        return v is False or (isinstance(v, str) and v.strip().lower() == "false")

    for o in objs:
        if not _is_article(o):
            continue
        if false(o.get("isAccessibleForFree")):
            return True
        parts = o.get("hasPart")
        for p in parts if isinstance(parts, list) else [parts]:
            if isinstance(p, dict) and false(p.get("isAccessibleForFree")):
                return True
    return False


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return []


def _when(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        t = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


_META_TIME_RES = (
    re.compile(rb"<meta[^>]+(?:property|name)\s*=\s*[\"']article:published_time[\"'][^>]*content\s*=\s*[\"']([^\"']+)", re.I),
    re.compile(rb"<meta[^>]+content\s*=\s*[\"']([^\"']+)[\"'][^>]*(?:property|name)\s*=\s*[\"']article:published_time", re.I),
)


def _meta_time(body: bytes) -> str | None:
    """Open Graph ``article:published_time`` from the page head."""
    head = body[:65536]
    for rx in _META_TIME_RES:
        m = rx.search(head)
        if m:
            return m[1].decode("ascii", errors="replace")
    return None


def _squash(s: str) -> str:
    return _SPACE_RE.sub(" ", s).strip().casefold()


def _drop_headline(lines: list[str], titles: list[str]) -> list[str]:
    """Remove a leading line that repeats the headline (the ``title`` column holds it)."""
    wanted = {_squash(t) for t in titles if t}
    if lines and _squash(lines[0]) in wanted:
        return lines[1:]
    return lines


# -- cleaning before trafilatura (each rule: docs/pages.md, a test in tests/unit/sources/test_extract.py) ------------
def _words(el: Any) -> list[str]:
    return str(el.text_content()).split()


def _link_words(el: Any) -> int:
    return sum(len(str(a.text_content()).split()) for a in el.iter("a"))


def _is_leaf(el: Any) -> bool:
    return not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants())


def _unwrap_layout_tables(root: Any) -> int:
    """Tables used for page layout (a nested table, or a cell of 40 words or more) become divs, so
    the extractor judges their cells as blocks of a page rather than as one data table."""
    n = 0
    for table in list(root.iter("table")):
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        cells = [c for r in rows for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not (table.xpath(".//table") or any(len(_words(c)) >= 40 for c in cells)):
            continue
        for el in [table, *table.xpath("./thead|./tbody|./tfoot"), *rows, *cells]:
            el.tag = "div"
        n += 1
    return n


def _drop_link_lines(root: Any) -> int:
    """Paragraphs that are a link with a short label ("READ MORE: <headline>", "Related: ..."):
    at least 70 % of the words are link text and at most 3 are not."""
    n = 0
    for el in list(root.iter("p", "div")):
        if el.getparent() is None or not _is_leaf(el):
            continue
        words = len(_words(el))
        linked = _link_words(el)
        if linked >= 2 and linked >= 0.7 * words and words - linked <= 3:
            el.drop_tree()
            n += 1
    return n


def _starts_with_link(el: Any) -> bool:
    first = el.xpath("(.//text()[normalize-space()])[1]")
    return bool(first) and any(a.tag == "a" for a in first[0].getparent().iterancestors()) or \
        (bool(first) and first[0].getparent().tag == "a")


def _drop_teaser_lists(root: Any) -> int:
    """Lists of teasers (related stories, most read): a container of 3 or more blocks, at least 3 in
    4 of which open with a link of 3 or more words (a headline)."""
    n = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("body", "html"):
            continue
        kids = [c for c in el if isinstance(c.tag, str) and _words(c)]
        if len(kids) < 3:
            continue
        heads = sum(1 for c in kids if _starts_with_link(c) and
                    max((len(str(a.text_content()).split()) for a in c.iter("a")), default=0) >= 3)
        if heads >= 3 and heads >= 0.75 * len(kids):
            el.drop_tree()
            n += 1
    return n


def _drop_repeated_blocks(root: Any) -> int:
    """A block of 8 or more words whose text is repeated inside a longer block (a pull quote, a
    standfirst copied from the first paragraph), or repeated exactly later: keep one copy."""
    blocks = [el for el in root.iter(*_LEAF_BLOCKS) if _is_leaf(el)]
    texts = [" ".join(_words(el)) for el in blocks]
    gone = set()
    for i, t in enumerate(texts):
        if len(t.split()) < 8:
            continue
        for j, o in enumerate(texts):
            if i == j or j in gone or not (len(o) > len(t) and t in o or (o == t and j > i)):
                continue
            a, b = blocks[i], blocks[j]
            if a in b.iterancestors() or b in a.iterancestors():
                continue
            gone.add(i)
            break
    for i in gone:
        if blocks[i].getparent() is not None:
            blocks[i].drop_tree()
    return len(gone)


def _drop_noscript(root: Any) -> int:
    """``<noscript>`` fallbacks ("enable JavaScript to run this app", tracking pixels) are not the article."""
    found = list(root.iter("noscript"))
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()
    return len(found)


def clean_tree(root: Any) -> dict[str, int]:
    """The cleaning rules, in order; returns how often each fired."""
    return {"noscript": _drop_noscript(root), "layout_tables": _unwrap_layout_tables(root),
            "teaser_lists": _drop_teaser_lists(root),
            "link_lines": _drop_link_lines(root), "repeated_blocks": _drop_repeated_blocks(root)}


def _consent_wall(url: str, text: str) -> str | None:
    w = walls()
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path.lower()
    if any(host.startswith(h) for h in w["consent_hosts"]) or any(path.startswith(p) for p in w["consent_paths"]):
        return f"the page is a consent interstitial ({host}{path})"
    low = text.casefold()
    hits = [p for p in w["consent_phrases"] if p in low]
    if len(hits) >= 2 and len(text.split()) <= w["consent_max_words"]:
        return f"consent wall: {len(text.split())} words with {', '.join(repr(h) for h in hits[:3])}"
    return None


def _paywall_markup(body: bytes, text: str) -> str | None:
    w = walls()
    if len(text.split()) > w["paywall_max_words"]:
        return None
    low = body.decode("utf-8", errors="replace").casefold()
    markers = [m for m in w["paywall_markers"] if re.search(r"(?:class|id)\s*=\s*[\"'][^\"']*" + re.escape(m.casefold()), low)]
    phrases = [p for p in w["paywall_phrases"] if p in low]
    if markers and phrases:
        return f"paywall markup {markers[0]!r} and {phrases[0]!r} around {len(text.split())} words"
    return None


def extract_page(body: bytes, *, url: str, headers: dict[str, str], feed_title: str | None = None,
                 summary_words: int = 0) -> PageText:
    """The body of one landed page (``url`` is where it was fetched from, after redirects)."""
    import trafilatura

    mtype = media_type(headers)
    if (mtype and mtype not in HTML_TYPES) or (not mtype and not _looks_like_html(body)):
        return PageText("", "not_html", f"the page is {mtype or 'not HTML'}, not an HTML article")
    ld = [o for o in _ld_objects(body) if _is_article(o)]
    meta = ld[0] if ld else {}
    headline = meta.get("headline") if isinstance(meta.get("headline"), str) else None
    from trafilatura.utils import load_html

    tree = load_html(_decode(body, headers))
    if tree is not None:
        clean_tree(tree)
    # dates only from the page's markup (htmldate's extensive search guesses from copyright lines)
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True, with_metadata=True,
                                      deduplicate=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True}
                                      ) if tree is not None else None
    raw = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = headline or (getattr(doc, "title", None) if doc is not None else None) or None
    lines = [_SPACE_RE.sub(" ", line).strip() for line in raw.splitlines()]
    lines = _drop_headline([line for line in lines if line], [headline or "", title or "", feed_title or ""])
    text = "\n".join(lines)
    author = ", ".join(dict.fromkeys(_names(meta.get("author")))) or \
        ((getattr(doc, "author", None) or None) if doc is not None else None)
    published = _when(meta.get("datePublished")) or _when(_meta_time(body))
    if published is None and doc is not None and getattr(doc, "date", None):
        published = _when(str(getattr(doc, "date", "")))
    base = PageText("", None, "", title, author, published)
    consent = _consent_wall(url, text)
    if consent:
        return replace(base, reason="consent_wall", detail=consent)
    if _not_free(ld):
        return replace(base, reason="paywall",
                       detail=f"the page declares isAccessibleForFree=false ({len(text.split())} words visible)")
    paywall = _paywall_markup(body, text)
    if paywall:
        return replace(base, reason="paywall", detail=paywall)
    words = len(text.split())
    if words == 0:
        return replace(base, reason="empty_extraction", detail="no main text found in the page")
    if words < summary_words:
        return replace(base, reason="short_extraction",
                       detail=f"{words} words extracted, fewer than the feed's {summary_words}")
    return replace(base, text=text)
