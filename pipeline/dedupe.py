"""Article identity: canonical URLs, stable article ids and content hashes."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|rss|taid|yclid|_ga)$", re.I)
_WS = re.compile(r"\s+")


def canonical_url(url: str, base: str | None = None) -> str:
    """Lower-case scheme and host, resolve against ``base``, drop the fragment, default ports and
    tracking parameters (``utm_*``, ``fbclid``, ...), and sort the remaining query parameters."""
    absolute = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(absolute)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"{host}:{port}" if port else host
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(canonical: str | None, guid: str | None) -> str | None:
    """SHA-256 (first 16 bytes, hex) of the canonical URL, or of ``guid:<GUID>`` without a link."""
    if canonical:
        key = canonical
    elif guid and guid.strip():
        key = "guid:" + guid.strip()
    else:
        return None
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def content_hash(text: str) -> str:
    """SHA-256 of the lower-cased, whitespace-collapsed text (same story, same hash)."""
    return hashlib.sha256(_WS.sub(" ", text.lower()).strip().encode("utf-8")).hexdigest()
