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
    auth:                        # optional; the registry names where secrets are, never holds them
      type: bearer               # basic | bearer | header | query
      secret_env: WIRE_TOKEN     # or connection: <Airflow connection id> (login / password)
```
Secrets are resolved at fetch time (:mod:`pipeline.sources.auth`); see docs/feeds.md, "Authentication".
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pipeline.errors import FeedRegistryError

# Every pattern is applied with fullmatch: ``$`` alone would accept a trailing newline (YAML ``name: |``).
_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_INTERVAL_RE = re.compile(r"(\d+)\s*([smhd])")
_LANG_RE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_ENV_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONN_RE = re.compile(r"[A-Za-z0-9_.-]{1,250}")
_HEADER_RE = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}")
_KNOWN = {"name", "url", "agency", "language", "poll_interval", "allow_private_network", "auth", "content",
          "full_text_min_words"}
CONTENT_MODES = ("feed", "link", "auto")
DEFAULT_FULL_TEXT_MIN_WORDS = 50
AUTH_TYPES = ("basic", "bearer", "header", "query")
_AUTH_KNOWN = {"type", "connection", "username_env", "secret_env", "header", "param"}


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    agency: str
    language: str = "en"
    poll_interval_s: int | None = None
    # True: any non-public address; a tuple of CIDR strings: only those networks (see pipeline.sources.safety)
    allow_private_network: bool | tuple[str, ...] = False
    auth: dict[str, str] | None = None  # where the credentials are (names only), see parse_auth
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
    m = _INTERVAL_RE.fullmatch(str(value).strip()) if isinstance(value, str) else None
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
    if not _NAME_RE.fullmatch(item["name"]):
        raise FeedRegistryError(f"{where}: field 'name' must be lower-case letters, digits, '-', '_' or '.'",
                                fix="it becomes the source=<name> partition; e.g. 'reuters-world'")
    if not _LANG_RE.fullmatch(item["language"].strip()):
        raise FeedRegistryError(f"{where}: field 'language' {item['language']!r} is not a BCP-47 tag",
                                fix="use a language tag such as 'en', 'de' or 'pt-BR'")
    url = urlparse(item["url"])
    if (url.scheme not in ("http", "https") or not url.hostname or item["url"] != item["url"].strip()
            or any(c.isspace() for c in item["url"])):
        from pipeline.redact import redact_url

        raise FeedRegistryError(f"{where}: field 'url' {redact_url(item['url'])!r} is not an http(s) URL",
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
        auth=parse_auth(item.get("auth"), where), content=content, full_text_min_words=min_words,
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


def parse_auth(value: Any, where: str) -> dict[str, str] | None:
    """Validate a feed's ``auth:`` mapping. It names where the secrets are — environment variables
    (``username_env``, ``secret_env``) or an Airflow connection (``connection``: login and password)
    — and never holds a secret itself.

    * ``basic``: user and password (``username_env`` + ``secret_env``, or the connection's login/password)
    * ``bearer``: ``Authorization: Bearer <secret>``
    * ``header``: ``<header>: <secret>`` (e.g. ``header: X-Api-Key``)
    * ``query``: ``?<param>=<secret>`` added to the feed URL (``param: apikey``)
    """
    if value is None:
        return None
    fix = ("e.g. auth: {type: bearer, secret_env: WIRE_TOKEN} or auth: {type: basic, connection: wire_feed}; "
           "see docs/feeds.md, Authentication")
    if not isinstance(value, dict):
        raise FeedRegistryError(f"{where}: field 'auth' must be a mapping", fix=fix)
    unknown = set(value) - _AUTH_KNOWN
    if unknown:
        raise FeedRegistryError(f"{where}: auth has unknown field(s) {sorted(unknown)} (secrets never go in the "
                                "registry)", fix=f"allowed fields: {sorted(_AUTH_KNOWN)}")
    if not all(isinstance(v, str) and v.strip() == v and v for v in value.values()):
        raise FeedRegistryError(f"{where}: every auth field must be a non-empty string without spaces around it", fix=fix)
    kind = value.get("type")
    if kind not in AUTH_TYPES:
        raise FeedRegistryError(f"{where}: auth type {kind!r} is not one of {list(AUTH_TYPES)}", fix=fix)
    has_conn, has_env = "connection" in value, "secret_env" in value or "username_env" in value
    if has_conn == has_env:
        raise FeedRegistryError(f"{where}: auth needs either 'connection' or '*_env' variables (exactly one of them)",
                                fix=fix)
    if has_env and "secret_env" not in value:
        raise FeedRegistryError(f"{where}: auth needs 'secret_env' (the variable holding the password or token)", fix=fix)
    if kind == "basic" and has_env and "username_env" not in value:
        raise FeedRegistryError(f"{where}: basic auth needs 'username_env' too", fix=fix)
    if kind != "basic" and "username_env" in value:
        raise FeedRegistryError(f"{where}: 'username_env' is only for basic auth", fix=fix)
    for key in ("username_env", "secret_env"):
        if key in value and not _ENV_RE.fullmatch(value[key]):
            raise FeedRegistryError(f"{where}: auth {key} {value[key]!r} is not an environment variable name", fix=fix)
    if has_conn and not _CONN_RE.fullmatch(value["connection"]):
        raise FeedRegistryError(f"{where}: auth connection {value['connection']!r} is not a connection id", fix=fix)
    if (kind == "header") != ("header" in value) or (kind == "header" and not _HEADER_RE.fullmatch(value["header"])):
        raise FeedRegistryError(f"{where}: auth 'header' (a header name such as X-Api-Key) is required for type "
                                "header and only there", fix=fix)
    if (kind == "query") != ("param" in value) or (kind == "query" and not _NAME_PARAM_RE.fullmatch(value["param"])):
        raise FeedRegistryError(f"{where}: auth 'param' (a query parameter name such as apikey) is required for type "
                                "query and only there", fix=fix)
    return dict(value)


_NAME_PARAM_RE = re.compile(r"[A-Za-z0-9_.~-]{1,100}")


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
