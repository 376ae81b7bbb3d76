"""Typed settings, validated by pydantic, read from the environment at run time (never at import).

Every run-time ``WIRELAKE_*`` variable is a field of :class:`Settings` (``WIRELAKE_`` + the field
name in capitals: ``fetch_retries`` is ``WIRELAKE_FETCH_RETRIES``); :class:`S3Options` reads the
standard ``AWS_*`` variables. ``Settings(...)`` is exactly the values given (tests, scripts);
:meth:`Settings.from_env` reads the environment (pydantic-settings) and turns a bad value into a
:class:`~pipeline.errors.ConfigError` that names the variable. docs/running.md lists them all.

Airflow tasks build the same object from DAG params and an Airflow AWS connection
(see ``dags/_wirelake.py``); the CLI builds it from flags and the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Self

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings.sources.utils import parse_env_vars

from pipeline.errors import ConfigError

DEFAULT_MODEL = "en_wirelake_md"
DEFAULT_LAKE = "./lake"
MAX_ARTICLE_CHARS = 100_000  # longer item texts are quarantined (spaCy's limit is 1,000,000; memory grows with length)


class _MappingEnvSource(EnvSettingsSource):
    """pydantic-settings' environment source over a given mapping instead of ``os.environ`` (the
    same parsing: prefix, aliases, empty values ignored). The library's dotenv source is built the
    same way."""

    def __init__(self, settings_cls: type[BaseSettings], env: Mapping[str, str]) -> None:
        self._env = env
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return parse_env_vars(self._env, self.case_sensitive, self.env_ignore_empty, self.env_parse_none_str)


class _FromEnv(BaseSettings):
    """Constructing a subclass reads nothing by itself (no surprise from the environment in code
    and tests); :meth:`_env_values` is the one place the environment is read."""

    model_config = SettingsConfigDict(frozen=True, extra="forbid", env_ignore_empty=True, validate_by_name=True)

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)

    @classmethod
    def _env_values(cls, env: Mapping[str, str] | None) -> dict[str, Any]:
        return dict(_MappingEnvSource(cls, os.environ if env is None else env)())

    @classmethod
    def _validated(cls, values: dict[str, Any], env_prefix: str) -> Self:
        try:
            return cls(**values)
        except ValidationError as exc:
            raise _config_error(cls, exc, values, env_prefix) from exc


def _config_error(cls: type[BaseSettings], exc: ValidationError, values: dict[str, Any], env_prefix: str) -> ConfigError:
    """The first problem, named by its variable, with a valid example."""
    err = exc.errors(include_url=False)[0]
    name = str(err["loc"][0]) if err["loc"] else ""
    field = cls.model_fields.get(name)
    alias = field.validation_alias if field is not None else None
    var = alias.choices[0] if isinstance(alias, AliasChoices) else f"{env_prefix}{name.upper()}"
    default = field.get_default(call_default_factory=True) if field is not None else None
    msg = str(err["msg"]).removeprefix("Value error, ")
    example = f"e.g. {default!r}" if default is not None else "a valid value"
    return ConfigError(f"{var}={values.get(name)!r} is invalid: {msg}",
                       fix=f"set {var} to {example} (docs/running.md, Settings)")


class S3Options(_FromEnv):
    """How to reach an S3-compatible endpoint (AWS, MinIO, Ceph, moto)."""

    endpoint_url: str | None = Field(default=None, validation_alias=AliasChoices("WIRELAKE_S3_ENDPOINT_URL", "AWS_ENDPOINT_URL"))
    access_key: str | None = Field(default=None, repr=False, validation_alias=AliasChoices("AWS_ACCESS_KEY_ID"))
    secret_key: str | None = Field(default=None, repr=False, validation_alias=AliasChoices("AWS_SECRET_ACCESS_KEY"))
    session_token: str | None = Field(default=None, repr=False, validation_alias=AliasChoices("AWS_SESSION_TOKEN"))
    region: str = Field(default="us-east-1", validation_alias=AliasChoices("AWS_REGION", "AWS_DEFAULT_REGION"))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> S3Options:
        """``WIRELAKE_S3_ENDPOINT_URL`` (else ``AWS_ENDPOINT_URL``) and the standard AWS variables."""
        return cls._validated(cls._env_values(env), "")


class Settings(_FromEnv):
    """Everything a pipeline step needs to know about where and how to run; each field is read from
    ``WIRELAKE_<FIELD>`` by :meth:`from_env`."""

    model_config = SettingsConfigDict(env_prefix="WIRELAKE_")

    lake_uri: str = DEFAULT_LAKE                   # a directory or s3://bucket/prefix
    s3: S3Options = Field(default_factory=lambda: S3Options())  # from the AWS_* variables (not WIRELAKE_S3)
    model: str = DEFAULT_MODEL                     # spaCy pipeline package
    batch_size: int = Field(default=64, ge=1)              # spaCy nlp.pipe batch size
    feeds: str | None = None                       # the feed registry YAML (CLI --feeds / the DAG's feeds_file win)
    cache_dir: str | None = None                   # local scratch for the dedup index (None: <tmp>/wirelake-cache)
    max_failed_share: float = Field(default=0.5, ge=0.0, le=1.0)  # a run fails when more feeds than this failed transiently
    max_article_chars: int = Field(default=MAX_ARTICLE_CHARS, ge=1)  # longer item texts are quarantined (article_too_long)
    # fetching (feeds, pages, robots.txt; docs/feeds.md "Deadlines")
    fetch_timeout_s: float = Field(default=20.0, gt=0)     # per connect / socket read
    fetch_deadline_s: float = Field(default=60.0, gt=0)    # whole fetch of one URL: redirects, retries and backoff included
    fetch_retries: int = Field(default=3, ge=0)            # more attempts after a transient failure
    fetch_backoff_s: float = Field(default=1.0, ge=0)      # first backoff, doubled per retry
    fetch_backoff_max_s: float = Field(default=60.0, ge=0)  # backoff cap (also caps Retry-After)
    fetch_max_redirects: int = Field(default=5, ge=0)
    max_feed_bytes: int = Field(default=20 * 1024 * 1024, ge=1)
    user_agent: str | None = None                  # the whole User-Agent header; must name a contact
    contact_url: str | None = None                 # put into wirelake's own User-Agent
    # linked pages (docs/pages.md)
    page_delay_s: float = Field(default=1.0, ge=0)         # between two requests to one host
    page_workers: int = Field(default=8, ge=1)             # pages in flight at once (different hosts)
    page_max_bytes: int = Field(default=8 * 1024 * 1024, ge=1)
    page_budget_s: float = Field(default=900.0, ge=0)      # no new page request after this long in one feed's run
    robots_ttl_s: float = Field(default=86400.0, ge=0)     # robots.txt kept this long per origin

    @field_validator("user_agent")
    @classmethod
    def _names_a_contact(cls, value: str | None) -> str | None:
        value = (value or "").strip() or None
        if value is not None and not any(m in value for m in ("http://", "https://", "@")):
            raise ValueError("the User-Agent names no contact; publishers expect a way to reach you: "
                             "e.g. 'acme-news/1.0 (+https://acme.example/bot)'")
        return value

    @field_validator("contact_url")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return (value or "").strip() or None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from ``WIRELAKE_*`` and ``AWS_*`` variables; keyword overrides (CLI flags, DAG
        params) win when not None or empty. A bad value raises :class:`ConfigError` naming it."""
        values = cls._env_values(env)
        values["s3"] = S3Options.from_env(env)
        values.update({k: v for k, v in overrides.items() if v is not None and v != ""})
        return cls._validated(values, "WIRELAKE_")

    @property
    def is_s3(self) -> bool:
        return self.lake_uri.startswith("s3://")

