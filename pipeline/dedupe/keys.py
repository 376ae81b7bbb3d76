"""Article identity: canonical URLs, stable article ids and content hashes."""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|rss|taid|yclid|_ga)$", re.I)


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
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()  # split(): the \s of re


# -- dedup keys ------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_HASH_WORDS = 20        # shorter texts are too generic for text-hash or near-duplicate matching
SHINGLE = 3                # words per shingle (_shingles builds triples)
NUM_PERM = 64              # MinHash signature length
BANDS, ROWS = 16, 4        # LSH: two texts with Jaccard 0.7 share a band with probability 0.98
NEAR_MIN_JACCARD = 0.5     # estimated Jaccard over word 3-shingles that links two articles


def _perms() -> tuple[Any, Any]:
    import numpy as np

    rng = np.random.Generator(np.random.PCG64(20261125))  # fixed: signatures must stay comparable forever
    a = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return a, b


_PERMS: tuple[Any, Any] | None = None  # numpy uint64 arrays (numpy is imported lazily)


def guid_key(feed: str, guid: str | None) -> str | None:
    """A GUID is only trusted within its feed (some feeds number their items 1, 2, 3...)."""
    return f"{feed}\x1f{guid.strip()}" if guid and guid.strip() else None


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(text: str) -> str | None:
    """SHA-256 over the lower-cased word sequence, or None for texts under MIN_HASH_WORDS words."""
    return text_hash_of(words(text))


def text_hash_of(w: list[str]) -> str | None:
    """:func:`text_hash` of a text whose :func:`words` are ``w``."""
    if len(w) < MIN_HASH_WORDS:
        return None
    return hashlib.sha256(" ".join(w).encode("utf-8")).hexdigest()


def shingles(text: str) -> set[str]:
    return _shingles(words(text))


def _shingles(w: list[str]) -> set[str]:
    return {f"{a} {b} {c}" for a, b, c in zip(w, w[1:], w[2:])}  # SHINGLE words


def minhash(text: str) -> bytes | None:
    """MinHash signature (NUM_PERM × uint32) of the word 3-shingles, or None under MIN_HASH_WORDS words."""
    return minhash_of(words(text))


def minhash_of(w: list[str]) -> bytes | None:
    """:func:`minhash` of a text whose :func:`words` are ``w``: for each permutation (a, b), the least
    ``(h * a + b) mod 2**64 >> 32`` over the 64-bit BLAKE2b hashes ``h`` of the distinct shingles
    (a minimum: the order of the shingles does not matter)."""
    import numpy as np

    global _PERMS
    if len(w) < MIN_HASH_WORDS:
        return None
    if _PERMS is None:
        _PERMS = _perms()
    a, b = _PERMS
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(s.encode("utf-8"), digest_size=8).digest() for s in _shingles(w)])
    hashes = np.frombuffer(digests, dtype=">u8").astype(np.uint64)
    mixed = np.multiply.outer(hashes, a)  # uint64 arithmetic wraps around (mod 2**64)
    np.add(mixed, b, out=mixed)
    np.right_shift(mixed, np.uint64(32), out=mixed)
    return bytes(mixed.min(axis=0).astype(">u4").tobytes())


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    import numpy as np

    return float((np.frombuffer(sig_a, ">u4") == np.frombuffer(sig_b, ">u4")).mean())


def band_keys(sig: bytes) -> list[tuple[int, bytes]]:
    step = ROWS * 4
    return [(i, sig[i * step:(i + 1) * step]) for i in range(BANDS)]
