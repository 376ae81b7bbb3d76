"""The feed registry: feeds declared as data in YAML, validated on load.

```yaml
feeds:
  - name: reuters-world          # becomes the `source` partition value
    url: https://example.com/world.rss
    agency: Reuters
    language: en
    country: KEN                 # optional: the outlet's own country (ISO 3166-1 alpha-3), for a local paper
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
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pipeline.errors import FeedRegistryError

# Every pattern is applied with fullmatch: ``$`` alone would accept a trailing newline (YAML ``name: |``).
_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_INTERVAL_RE = re.compile(r"(\d+)\s*([smhd])")
_LANG_RE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_COUNTRY_RE = re.compile(r"[A-Z]{3}")
_ENV_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONN_RE = re.compile(r"[A-Za-z0-9_.-]{1,250}")
_HEADER_RE = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}")
_PARAM_RE = re.compile(r"[A-Za-z0-9_.~-]{1,100}")
CONTENT_MODES = ("feed", "link", "auto")
DEFAULT_FULL_TEXT_MIN_WORDS = 50
AUTH_TYPES = ("basic", "bearer", "header", "query")


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    agency: str
    language: str = "en"
    poll_interval_s: int | None = None
    # True: any non-public address; a tuple of CIDR strings: only those networks (see pipeline.sources.safety)
    allow_private_network: bool | tuple[str, ...] = False
    auth: dict[str, str] | None = None  # where the credentials are (names only), see AuthEntry
    # where the article body comes from: the entry (feed), the linked page (link), or the page only
    # when the entry is a teaser (auto: no content:encoded/Atom content, or fewer than full_text_min_words)
    content: str = "auto"
    full_text_min_words: int = DEFAULT_FULL_TEXT_MIN_WORDS
    # the outlet's own country (ISO alpha-3): a local paper's stories are set there unless a dateline says
    # otherwise (the events' default country for "the police", "the prime minister"); None for wires and
    # outlets that cover a region
    country: str | None = None

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


# -- the registry entry as a pydantic model -----------------------------------------------------
# A problem found by a validator below: ``problem`` is the message (after "feed 'x': "), ``fix`` says how.
def _problem(problem: str, fix: str) -> PydanticCustomError:
    return PydanticCustomError("registry", "{problem}", {"problem": problem, "fix": fix})


# What each field must be, and how to fix it: the message for pydantic's own errors (missing, wrong
# type, pattern, choice, range) on that field.
_FIELD_HELP: dict[str, tuple[str, str]] = {
    "name": ("lower-case letters, digits, '-', '_' or '.'", "it becomes the source=<name> partition; e.g. 'reuters-world'"),
    "url": ("an http(s) URL", "give the feed's full http:// or https:// address"),
    "agency": ("a non-empty string", "give agency as a non-empty string, e.g. agency: Reuters"),
    "language": ("a BCP-47 tag", "use a language tag such as 'en', 'de' or 'pt-BR'"),
    "country": ("an ISO 3166-1 alpha-3 code", "use three capital letters such as 'KEN' or 'MUS', or omit country for a "
                                               "wire or an outlet that covers a region"),
    "poll_interval": ("a duration", "use positive seconds (3600) or a number with s/m/h/d, e.g. '15m' or '1h'"),
    "allow_private_network": ("true, false or a list of networks",
                              "write allow_private_network: true (only for feeds on your own network), a list of "
                              "networks such as ['10.1.0.0/16'], or omit it"),
    "content": (f"one of {', '.join(CONTENT_MODES)}",
                "feed: the entry's text; link: always the linked page; auto: the page when the entry is only a "
                "teaser (see docs/pages.md)"),
    "full_text_min_words": ("a whole number >= 0", "e.g. full_text_min_words: 50 (entries with fewer words count as teasers)"),
    "auth": ("a mapping", "e.g. auth: {type: bearer, secret_env: WIRE_TOKEN} or auth: {type: basic, connection: "
                          "wire_feed}; see docs/feeds.md, Authentication"),
}
_REQUIRED = ("name", "url", "agency", "language")
_AUTH_FIX = _FIELD_HELP["auth"][1]


class AuthEntry(BaseModel):
    """A feed's ``auth:`` mapping. It names where the secrets are — environment variables
    (``username_env``, ``secret_env``) or an Airflow connection (``connection``: login and password)
    — and never holds a secret itself.

    * ``basic``: user and password (``username_env`` + ``secret_env``, or the connection's login/password)
    * ``bearer``: ``Authorization: Bearer <secret>``
    * ``header``: ``<header>: <secret>`` (e.g. ``header: X-Api-Key``)
    * ``query``: ``?<param>=<secret>`` added to the feed URL (``param: apikey``)
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str | None = None
    connection: str | None = None
    username_env: str | None = None
    secret_env: str | None = None
    header: str | None = None
    param: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        if isinstance(value, dict) and not all(isinstance(v, str) and v.strip() == v and v for v in value.values()):
            raise _problem("every auth field must be a non-empty string without spaces around it", _AUTH_FIX)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> AuthEntry:
        for problem in self._problems():
            raise _problem(problem, _AUTH_FIX)
        return self

    def _problems(self) -> Iterator[str]:
        """The first rule broken (one at a time: each assumes the ones before hold)."""
        kind, has_conn = self.type, self.connection is not None
        has_env = self.secret_env is not None or self.username_env is not None
        if kind not in AUTH_TYPES:
            yield f"auth type {kind!r} is not one of {list(AUTH_TYPES)}"
        elif has_conn == has_env:
            yield "auth needs either 'connection' or '*_env' variables (exactly one of them)"
        elif has_env and self.secret_env is None:
            yield "auth needs 'secret_env' (the variable holding the password or token)"
        elif kind == "basic" and has_env and self.username_env is None:
            yield "basic auth needs 'username_env' too"
        elif kind != "basic" and self.username_env is not None:
            yield "'username_env' is only for basic auth"
        for key in ("username_env", "secret_env"):
            value = getattr(self, key)
            if value is not None and not _ENV_RE.fullmatch(value):
                yield f"auth {key} {value!r} is not an environment variable name"
        if self.connection is not None and not _CONN_RE.fullmatch(self.connection):
            yield f"auth connection {self.connection!r} is not a connection id"
        if (kind == "header") != (self.header is not None) or (self.header is not None and not _HEADER_RE.fullmatch(self.header)):
            yield "auth 'header' (a header name such as X-Api-Key) is required for type header and only there"
        if (kind == "query") != (self.param is not None) or (self.param is not None and not _PARAM_RE.fullmatch(self.param)):
            yield "auth 'param' (a query parameter name such as apikey) is required for type query and only there"

    def to_dict(self) -> dict[str, str]:
        return self.model_dump(exclude_none=True)


class FeedEntry(BaseModel):
    """One entry of the registry's ``feeds:`` list as written in YAML (see the module docstring);
    :meth:`to_feed` gives the :class:`Feed` the pipeline uses."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    name: Annotated[str, StringConstraints(pattern=f"^{_NAME_RE.pattern}$")]  # Rust regex: $ is the very end
    url: str
    agency: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    language: Annotated[str, StringConstraints(strip_whitespace=True, pattern=f"^{_LANG_RE.pattern}$")]
    poll_interval: int | None = None   # seconds (validated from "15m", "1h", 3600 ...)
    allow_private_network: bool | tuple[str, ...] = False
    auth: AuthEntry | None = None
    content: Literal["feed", "link", "auto"] = "auto"
    full_text_min_words: Annotated[int, Field(ge=0)] = DEFAULT_FULL_TEXT_MIN_WORDS
    country: Annotated[str, StringConstraints(pattern=f"^{_COUNTRY_RE.pattern}$")] | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or url != url.strip() or any(c.isspace() for c in url):
            from pipeline.redact import redact_url

            raise _problem(f"field 'url' {redact_url(url)!r} is not an http(s) URL", _FIELD_HELP["url"][1])
        return url

    @field_validator("poll_interval", mode="before")
    @classmethod
    def _seconds(cls, value: Any) -> int | None:
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
            return value
        m = _INTERVAL_RE.fullmatch(value.strip()) if isinstance(value, str) else None
        if not m or int(m[1]) == 0:
            raise _problem(f"field 'poll_interval' {value!r} is not a duration", _FIELD_HELP["poll_interval"][1])
        return int(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]]

    @field_validator("allow_private_network", mode="before")
    @classmethod
    def _networks(cls, value: Any) -> bool | tuple[str, ...]:
        """``true``/``false``, or a non-empty list of CIDR networks (normalized, e.g. ``127.0.0.0/8``)."""
        fix = _FIELD_HELP["allow_private_network"][1]
        if isinstance(value, bool):
            return value
        if not isinstance(value, list) or not value:
            raise _problem(f"field 'allow_private_network' must be true, false or a list of networks, got {value!r}", fix)
        nets = []
        for v in value:
            try:
                nets.append(str(ipaddress.ip_network(str(v), strict=False)))
            except ValueError as exc:
                raise _problem(f"allow_private_network entry {v!r} is not a network: {exc}", fix) from None
        return tuple(nets)

    def to_feed(self) -> Feed:
        return Feed(name=self.name, url=self.url, agency=self.agency, language=self.language,
                    poll_interval_s=self.poll_interval, allow_private_network=self.allow_private_network,
                    auth=self.auth.to_dict() if self.auth is not None else None, content=self.content,
                    full_text_min_words=self.full_text_min_words, country=self.country)


def parse_feed(item: Any, index: int) -> Feed:
    """Validate one registry entry; errors name the feed and the field, and say how to fix them."""
    if not isinstance(item, dict):
        raise FeedRegistryError(f"feeds[{index}] is a {type(item).__name__}, not a mapping",
                                fix="each feed is a mapping with name, url, agency, language")
    name = item.get("name")
    where = f"feed {name!r}" if name else f"feeds[{index}]"
    try:
        entry = FeedEntry.model_validate(item)
    except ValidationError as exc:
        error = _registry_error(exc, where)
    else:
        return entry.to_feed()
    raise error  # outside the handler: pydantic's error holds the raw input (a URL may carry a secret)


def _registry_error(exc: ValidationError, where: str) -> FeedRegistryError:
    """Every problem of one entry in one message (unknown fields first), each with its fix."""
    problems: list[str] = []
    fixes: list[str] = []
    unknown: dict[str, list[str]] = {"": [], "auth": []}
    for err in exc.errors(include_url=False):
        loc = [str(part) for part in err["loc"]]
        if err["type"] == "extra_forbidden":
            unknown["auth" if loc[0] == "auth" else ""].append(loc[-1])
            continue
        ctx = err.get("ctx") or {}
        if err["type"] == "registry":
            problem, fix = str(ctx["problem"]), str(ctx["fix"])
        else:
            problem, fix = _field_problem(loc[0], err["type"], err.get("input"))
        if problem not in problems:
            problems.append(problem)
            fixes.append(fix)
    if unknown["auth"]:
        problems.insert(0, f"auth has unknown field(s) {sorted(unknown['auth'])} (secrets never go in the registry)")
        fixes.insert(0, f"allowed auth fields: {sorted(AuthEntry.model_fields)}")
    if unknown[""]:
        problems.insert(0, f"unknown field(s) {sorted(unknown[''])}")
        fixes.insert(0, f"allowed fields: {sorted(FeedEntry.model_fields)}")
    return FeedRegistryError(f"{where}: " + "; ".join(problems), fix="; ".join(dict.fromkeys(fixes)))


def _field_problem(field: str, kind: str, value: Any) -> tuple[str, str]:
    expected, fix = _FIELD_HELP.get(field, ("valid", "see docs/feeds.md"))
    if field in _REQUIRED and (kind == "missing" or not isinstance(value, str) or not value.strip()):
        return f"field {field!r} is missing or empty", fix
    if field == "url":  # never echo a URL unredacted
        return f"field 'url' must be {expected}", fix
    return f"field {field!r} must be {expected}, got {value!r}", fix


def parse_auth(value: Any, where: str) -> dict[str, str] | None:
    """Validate a feed's ``auth:`` mapping (see :class:`AuthEntry`)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise FeedRegistryError(f"{where}: field 'auth' must be a mapping", fix=_AUTH_FIX)
    try:
        auth = AuthEntry.model_validate(value)
    except ValidationError as exc:
        error = _registry_error(exc, where)
    else:
        return auth.to_dict()
    raise error


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
