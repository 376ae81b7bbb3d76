"""Typed settings resolved at run time from the environment (never at import time).

Airflow tasks build the same object from DAG params and an Airflow AWS connection
(see ``dags/_wirelake.py``); the CLI builds it from flags and the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.errors import ConfigError

DEFAULT_MODEL = "en_wirelake_md"
DEFAULT_LAKE = "./lake"


@dataclass(frozen=True)
class S3Options:
    """How to reach an S3-compatible endpoint (AWS, MinIO, Ceph, moto)."""

    endpoint_url: str | None = None
    access_key: str | None = field(default=None, repr=False)
    secret_key: str | None = field(default=None, repr=False)
    session_token: str | None = field(default=None, repr=False)
    region: str = "us-east-1"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> S3Options:
        """Read the standard AWS variables plus ``WIRELAKE_S3_ENDPOINT_URL``/``AWS_ENDPOINT_URL``."""
        e = os.environ if env is None else env
        return cls(
            endpoint_url=e.get("WIRELAKE_S3_ENDPOINT_URL") or e.get("AWS_ENDPOINT_URL") or None,
            access_key=e.get("AWS_ACCESS_KEY_ID") or None,
            secret_key=e.get("AWS_SECRET_ACCESS_KEY") or None,
            session_token=e.get("AWS_SESSION_TOKEN") or None,
            region=e.get("AWS_REGION") or e.get("AWS_DEFAULT_REGION") or "us-east-1",
        )


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline step needs to know about where and how to run."""

    lake_uri: str = DEFAULT_LAKE
    s3: S3Options = field(default_factory=S3Options)
    model: str = DEFAULT_MODEL
    batch_size: int = 64
    fetch_timeout_s: float = 20.0      # per connect / socket read
    fetch_deadline_s: float = 60.0     # whole fetch of one feed: redirects, retries and backoff included
    max_feed_bytes: int = 20 * 1024 * 1024
    max_failed_share: float = 0.5      # a run fails when more feeds than this failed transiently (or all did)
    cache_dir: str | None = None  # local scratch for the dedup index (None: $WIRELAKE_CACHE_DIR or <tmp>/wirelake-cache)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from ``WIRELAKE_*`` and ``AWS_*`` variables; keyword overrides win when not None."""
        e = os.environ if env is None else env
        def num(var: str, typ: type, default: float, lo: float, hi: float | None = None) -> float:
            raw = e.get(var)
            if not raw:
                return default
            try:
                value = typ(raw)
            except ValueError:
                value = None
            if value is None or value < lo or (hi is not None and value > hi):
                rng = f"between {lo:g} and {hi:g}" if hi is not None else f"at least {lo:g}"
                raise ConfigError(f"{var} must be a {'whole ' if typ is int else ''}number {rng}, got {raw!r}",
                                  fix=f"set {var} to e.g. {default:g}")
            return float(value)

        base = cls(
            lake_uri=e.get("WIRELAKE_LAKE_URI") or DEFAULT_LAKE,
            s3=S3Options.from_env(dict(e)),
            model=e.get("WIRELAKE_MODEL") or DEFAULT_MODEL,
            batch_size=int(num("WIRELAKE_BATCH_SIZE", int, 64, 1)),
            fetch_timeout_s=num("WIRELAKE_FETCH_TIMEOUT_S", float, 20.0, 0.001),
            fetch_deadline_s=num("WIRELAKE_FETCH_DEADLINE_S", float, 60.0, 0.001),
            max_failed_share=num("WIRELAKE_MAX_FAILED_SHARE", float, 0.5, 0.0, 1.0),
            cache_dir=e.get("WIRELAKE_CACHE_DIR") or None,
        )
        kept = {k: v for k, v in overrides.items() if v is not None and v != ""}
        return replace(base, **kept)  # type: ignore[arg-type]

    @property
    def is_s3(self) -> bool:
        return self.lake_uri.startswith("s3://")


def repo_root() -> Path:
    """The source checkout (holds ``schemas/``); overridable with ``WIRELAKE_HOME``."""
    env = os.environ.get("WIRELAKE_HOME")
    return Path(env) if env else Path(__file__).resolve().parent.parent
