"""The feed registry: feeds declared as data in YAML, validated on load.

```yaml
feeds:
  - name: reuters-world          # becomes the `source` partition value
    url: https://example.com/world.rss
    agency: Reuters
    language: en
    poll_interval: 1h            # optional
    allow_private_network: false # optional; true only for feeds on your own network
```
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pipeline.errors import FeedRegistryError

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_INTERVAL_RE = re.compile(r"^(\d+)\s*([smhd])$")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_KNOWN = {"name", "url", "agency", "language", "poll_interval", "allow_private_network"}


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    agency: str
    language: str = "en"
    poll_interval_s: int | None = None
    allow_private_network: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Feed:
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
    allow = item.get("allow_private_network", False)
    if not isinstance(allow, bool):
        raise FeedRegistryError(f"{where}: field 'allow_private_network' must be true or false, got {allow!r}",
                                fix="write allow_private_network: true (only for feeds on your own network) or omit it")
    return Feed(
        name=item["name"], url=item["url"], agency=item["agency"].strip(), language=item["language"].strip(),
        poll_interval_s=_interval_seconds(item.get("poll_interval"), where), allow_private_network=allow,
    )


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
