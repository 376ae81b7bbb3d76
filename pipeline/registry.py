"""The feed registry: feeds declared as data in YAML, validated on load.

```yaml
feeds:
  - name: reuters-world          # becomes the `source` partition value
    url: https://example.com/world.rss
    agency: Reuters
    language: en
    poll_interval: 1h            # optional
    allow_private_network: false # optional; true (or a list of CIDR networks) only for feeds on your own network
    content: auto                # optional: feed | link | auto (fetch the linked page when the entry is a teaser)
    full_text_min_words: 50      # optional; with auto, entry content shorter than this is a teaser
```
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pipeline.errors import FeedRegistryError

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_INTERVAL_RE = re.compile(r"^(\d+)\s*([smhd])$")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_KNOWN = {"name", "url", "agency", "language", "poll_interval", "allow_private_network", "content",
          "full_text_min_words"}
CONTENT_MODES = ("feed", "link", "auto")
DEFAULT_FULL_TEXT_MIN_WORDS = 50


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    agency: str
    language: str = "en"
    poll_interval_s: int | None = None
    # True: any non-public address; a tuple of CIDR strings: only those networks (see pipeline.safety)
    allow_private_network: bool | tuple[str, ...] = False
    # where the article body comes from: the entry (feed), the linked page (link), or the page only
    # when the entry is a teaser (auto: no content:encoded/Atom content, or fewer than full_text_min_words)
    content: str = "auto"
    full_text_min_words: int = DEFAULT_FULL_TEXT_MIN_WORDS

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if isinstance(self.allow_private_network, tuple):
            d["allow_private_network"] = list(self.allow_private_network)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Feed:
        d = dict(d)
        if isinstance(d.get("allow_private_network"), list):
            d["allow_private_network"] = tuple(d["allow_private_network"])
        return cls(**d)


def _interval_seconds(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = _INTERVAL_RE.match(str(value).strip()) if isinstance(value, str) else None
    if not m or int(m[1]) == 0:
        raise FeedRegistryError(f"{where}: poll_interval {value!r} is not a duration",
                                fix="use positive seconds (3600) or a number with s/m/h/d, e.g. '15m' or '1h'")
    return int(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]]


def parse_feed(item: Any, index: int) -> Feed:
    """Validate one registry entry; errors name the feed and the field."""
    if not isinstance(item, dict):
        raise FeedRegistryError(f"feeds[{index}] is a {type(item).__name__}, not a mapping",
                                fix="each feed is a mapping with name, url, agency, language")
    name = item.get("name")
    where = f"feed {name!r}" if name else f"feeds[{index}]"
    unknown = set(item) - _KNOWN
    if unknown:
        raise FeedRegistryError(f"{where}: unknown field(s) {sorted(unknown)}", fix=f"allowed fields: {sorted(_KNOWN)}")
    for req in ("name", "url", "agency", "language"):
        if not isinstance(item.get(req), str) or not item[req].strip():
            raise FeedRegistryError(f"{where}: field {req!r} is missing or empty", fix=f"give {req} as a non-empty string")
    if not _NAME_RE.match(item["name"]):
        raise FeedRegistryError(f"{where}: field 'name' must be lower-case letters, digits, '-', '_' or '.'",
                                fix="it becomes the source=<name> partition; e.g. 'reuters-world'")
    if not _LANG_RE.match(item["language"].strip()):
        raise FeedRegistryError(f"{where}: field 'language' {item['language']!r} is not a BCP-47 tag",
                                fix="use a language tag such as 'en', 'de' or 'pt-BR'")
    url = urlparse(item["url"])
    if url.scheme not in ("http", "https") or not url.hostname or item["url"] != item["url"].strip():
        raise FeedRegistryError(f"{where}: field 'url' {item['url']!r} is not an http(s) URL",
                                fix="give the feed's full http:// or https:// address")
    content = item.get("content", "auto")
    if content not in CONTENT_MODES:
        raise FeedRegistryError(f"{where}: field 'content' must be one of {', '.join(CONTENT_MODES)}, got {content!r}",
                                fix="feed: the entry's text; link: always the linked page; auto: the page when the "
                                    "entry is only a teaser (see docs/pages.md)")
    min_words = item.get("full_text_min_words", DEFAULT_FULL_TEXT_MIN_WORDS)
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 0:
        raise FeedRegistryError(f"{where}: field 'full_text_min_words' must be a whole number >= 0, got {min_words!r}",
                                fix="e.g. full_text_min_words: 50 (entries with fewer words count as teasers)")
    return Feed(
        name=item["name"], url=item["url"], agency=item["agency"].strip(), language=item["language"].strip(),
        poll_interval_s=_interval_seconds(item.get("poll_interval"), where),
        allow_private_network=_private_networks(item.get("allow_private_network", False), where),
        content=content, full_text_min_words=min_words,
    )


def _private_networks(value: Any, where: str) -> bool | tuple[str, ...]:
    """``true``/``false``, or a non-empty list of CIDR networks (normalized, e.g. ``127.0.0.0/8``)."""
    if isinstance(value, bool):
        return value
    fix = ("write allow_private_network: true (only for feeds on your own network), a list of networks such as "
           "['10.1.0.0/16'], or omit it")
    if not isinstance(value, list) or not value:
        raise FeedRegistryError(f"{where}: field 'allow_private_network' must be true, false or a list of networks, "
                                f"got {value!r}", fix=fix)
    nets = []
    for v in value:
        try:
            nets.append(str(ipaddress.ip_network(str(v), strict=False)))
        except ValueError as exc:
            raise FeedRegistryError(f"{where}: allow_private_network entry {v!r} is not a network: {exc}", fix=fix) from exc
    return tuple(nets)


def load_registry(path: str | Path) -> list[Feed]:
    """Load and validate a registry file; raises :class:`FeedRegistryError` with the feed and field."""
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FeedRegistryError(f"cannot read feed registry {p}: {exc}", fix="pass --feeds FILE or set WIRELAKE_FEEDS") from exc
    except yaml.YAMLError as exc:
        raise FeedRegistryError(f"feed registry {p} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise FeedRegistryError(f"feed registry {p} has no top-level 'feeds:' list", fix="see docs/feeds.md for the format")
    feeds = [parse_feed(item, i) for i, item in enumerate(data["feeds"])]
    seen: set[str] = set()
    for f in feeds:
        if f.name in seen:
            raise FeedRegistryError(f"feed {f.name!r} is declared twice in {p}", fix="feed names must be unique")
        seen.add(f.name)
    return feeds


def select(feeds: list[Feed], names: list[str] | None) -> list[Feed]:
    """The feeds named in ``names`` (all when empty); unknown names are an error."""
    if not names:
        return feeds
    known = {f.name: f for f in feeds}
    missing = [n for n in names if n not in known]
    if missing:
        raise FeedRegistryError(f"unknown feed(s) {missing}", fix=f"choose from {sorted(known)}")
    return [known[n] for n in names]
