"""Safety checks on what we fetch and what we parse.

* :func:`resolve_public` — only http/https, and (unless a feed opts in with
  ``allow_private_network: true``) only public addresses, checked after DNS resolution. The
  fetcher connects to the address checked here, so a DNS answer cannot change in between, and
  it calls this again on every redirect.
  Cloud metadata services (``169.254.0.0/16`` link-local, ``fd00:ec2::254``, ``100.100.100.200``)
  are refused even then: a feed never needs them, and a redirect there is how credentials leak.
* :func:`precheck_xml` — cheap byte-level checks before feedparser sees a payload: no DTD
  entity tricks (billion laughs, external entities) and a bounded item count.
Redaction of secrets in URLs and messages is :mod:`pipeline.redact` (every stage uses it).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.errors import FetchRefusedError, FetchTransientError

ALLOWED_SCHEMES = ("http", "https")
MAX_ITEMS = 5000
MAX_SIMPLE_ENTITIES = 64
MAX_ENTITY_VALUE = 1024

_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.S | re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(%\s*)?([^\s]+)\s+(.*?)>", re.S)
_SIMPLE_VALUE = re.compile(r"""^(["'])([^&%<"']*)\1$""", re.S)
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z0-9_-]+:)?(?:item|entry)[\s>/]")


class UnsafeURLError(FetchRefusedError):
    """The URL's scheme or address is not allowed for this feed."""

    code = "W211"

    def __init__(self, message: str, *, reason: str, fix: str | None = None) -> None:
        super().__init__(message, reason=reason, fix=fix)


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (``address``) and what to say in Host/SNI (``host``)."""

    url: str
    scheme: str
    host: str
    port: int
    address: str
    path: str


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast: not private, loopback, link-local, shared (CGNAT), reserved,
    unspecified or multicast; IPv4-mapped IPv6 addresses are judged as the IPv4 they carry."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return _is_public(ip.ipv4_mapped)
    return ip.is_global and not ip.is_multicast


_METADATA_NETS = tuple(ipaddress.ip_network(n) for n in (
    "169.254.0.0/16",       # link-local: AWS/GCP/Azure/OpenStack metadata 169.254.169.254, ECS 169.254.170.2
    "fd00:ec2::254/128",    # AWS metadata over IPv6
    "100.100.100.200/32",   # Alibaba Cloud metadata
    "fe80::/10",            # IPv6 link-local
))


def _is_forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Cloud metadata and link-local addresses: refused whatever the feed allows."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return _is_forbidden(ip.ipv4_mapped)
    return any(ip in net for net in _METADATA_NETS if net.version == ip.version)


def _getaddrinfo(host: str, port: int, timeout: float | None) -> list[tuple[object, ...]]:
    """``socket.getaddrinfo`` bounded by ``timeout`` seconds (the resolver has no timeout of its own
    that we control; a stuck lookup is left to finish in a daemon thread)."""
    if timeout is None:
        return list(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread below
            box["error"] = exc

    t = threading.Thread(target=run, name="wirelake-dns", daemon=True)
    t.start()
    t.join(max(0.0, timeout))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    if "infos" not in box:
        raise TimeoutError(f"resolving {host!r} took longer than {timeout:.1f}s")
    return list(box["infos"])  # type: ignore[call-overload]


def _allowed(address: str, allow_private: bool | Sequence[str]) -> bool:
    """Public, or non-public and allowed: any (``True``) or inside one of the listed networks."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if _is_public(ip) or allow_private is True:
        return True
    if not allow_private:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in ipaddress.ip_network(net, strict=False) for net in allow_private)


def resolve_public(url: str, *, allow_private: bool | Sequence[str], timeout: float | None = None) -> Target:
    """Check ``url`` and resolve its host (within ``timeout`` seconds); raise :class:`UnsafeURLError`
    (terminal; reason code in ``.reason``), a transient :class:`~pipeline.errors.FetchTransientError`
    (``dns_failed``) when the name does not resolve, or ``TimeoutError`` when the resolver does not
    answer in time.

    ``allow_private``: ``False`` (only public addresses), ``True`` (any non-public one), or a list
    of CIDR networks (non-public addresses only inside those). Metadata addresses are always refused."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES or not parts.hostname:
        raise UnsafeURLError(f"URL {url!r} is not an http(s) URL with a host", reason="unsafe_scheme",
                        fix="feeds and their redirects must use http:// or https://")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeURLError(f"URL {url!r} has a bad port", reason="unsafe_scheme") from exc
    host = parts.hostname
    try:
        infos = _getaddrinfo(host, port, timeout)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchTransientError(f"cannot resolve {host!r}: {exc}", reason="dns_failed",
                                  fix="check the feed URL's host name") from exc
    addresses = sorted({str(info[4][0]) for info in infos})  # type: ignore[index]
    forbidden = [a for a in addresses if _is_forbidden(ipaddress.ip_address(a.split("%", 1)[0]))]
    if forbidden:
        raise UnsafeURLError(f"{host!r} resolves to link-local / cloud metadata address(es) {forbidden}",
                             reason="forbidden_address",
                             fix="feeds never live on metadata or link-local addresses; allow_private_network "
                                 "does not change this")
    if allow_private is not True:
        bad = [a for a in addresses if not _allowed(a, allow_private)]
        if bad:
            raise UnsafeURLError(f"{host!r} resolves to non-public address(es) {bad}"
                                 + ("" if not allow_private else f" outside the allowed networks {list(allow_private)}"),
                                 reason="private_address",
                                 fix="set allow_private_network (true, or a list of networks) on the feed only if it "
                                     "really lives on your network")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(url=url, scheme=scheme, host=host, port=port, address=addresses[0], path=path)


@dataclass(frozen=True)
class XmlVerdict:
    ok: bool
    reason: str | None = None
    detail: str | None = None


def _head_text(body: bytes, limit: int = 256 * 1024) -> str:
    """The start of ``body`` as text, good enough to find a DOCTYPE in UTF-8/16/32 or 8-bit feeds."""
    head = body[:limit]
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head.decode(codec, errors="replace")
    if head[:4] == b"<\x00\x00\x00":
        return head.decode("utf-32-le", errors="replace")
    if head[:4] == b"\x00\x00\x00<":
        return head.decode("utf-32-be", errors="replace")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="replace")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="replace")
    return head.decode("latin-1")


def precheck_xml(body: bytes, *, max_items: int = MAX_ITEMS) -> XmlVerdict:
    """Refuse payloads that could blow up a parser: entity declarations that reference other
    entities, parameter or external entities, too many entities, or more than ``max_items``
    items. Plain literal entities (``<!ENTITY id "text">``) are allowed, a few of them."""
    text = _head_text(body)
    if "<!ENTITY" in text.upper() or "<!DOCTYPE" in text.upper():
        for subset in _DOCTYPE_SUBSET.findall(text):
            decls = _ENTITY_DECL.findall(subset)
            if len(decls) > MAX_SIMPLE_ENTITIES:
                return XmlVerdict(False, "xml_entities", f"{len(decls)} entity declarations (limit {MAX_SIMPLE_ENTITIES})")
            for pct, name, value in decls:
                value = value.strip()
                if pct:
                    return XmlVerdict(False, "xml_entities", f"parameter entity %{name} declared")
                m = _SIMPLE_VALUE.match(value)
                if not m:
                    return XmlVerdict(False, "xml_entities",
                                      f"entity {name} is external or references other entities: {value[:80]!r}")
                if len(m[2]) > MAX_ENTITY_VALUE:
                    return XmlVerdict(False, "xml_entities", f"entity {name} value is {len(m[2])} characters")
        if "<!ENTITY" in text.upper() and not _DOCTYPE_SUBSET.search(text):
            return XmlVerdict(False, "xml_entities", "entity declaration outside a well-formed DOCTYPE subset")
    wide = b"\x00" in body[:64]  # UTF-16/32: count in the decoded text
    n = len(_ITEM_TAG.findall(_head_text(body, len(body)).encode("utf-8", "replace") if wide else body))
    if n > max_items:
        return XmlVerdict(False, "too_many_items", f"{n} items (limit {max_items})")
    return XmlVerdict(True)
