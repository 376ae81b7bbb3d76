"""One error hierarchy for wirelake.

Every error has a stable code, names the bad value and says how to fix it. Two mixins say whether
retrying can help: :class:`Transient` (network hiccups, 5xx, throttling) and :class:`Terminal`
(bad configuration, bad input, 4xx). This is the only place that decides it: the fetch retry loop
(:class:`pipeline.sources.retry.RetryPolicy`), the run's failure accounting and the Airflow retry
rules (``dags/_wirelake.py``) all ask the error's type, through :func:`is_retryable`.
"""

from __future__ import annotations


class WirelakeError(Exception):
    """Root of every error wirelake raises on purpose."""

    code: str = "W000"

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        text = f"[{self.code}] {message}"
        if fix:
            text += f" How to fix: {fix}"
        super().__init__(text)


class Transient:
    """Mixin: the same call may succeed later; retry with backoff."""

    retryable = True


class Terminal:
    """Mixin: retrying cannot help; the input or configuration must change."""

    retryable = False


def is_retryable(exc: BaseException) -> bool:
    """True when ``exc`` is a wirelake error that a retry may cure."""
    return bool(getattr(exc, "retryable", False))


class ConfigError(Terminal, WirelakeError):
    """A setting is missing or malformed."""

    code = "W100"


class FeedRegistryError(Terminal, WirelakeError):
    """The feed registry file is unreadable or a feed entry is invalid."""

    code = "W110"


class FetchFailedError(WirelakeError):
    """One fetch attempt failed. ``reason`` is the quarantine reason code (docs/quarantine.md); the
    rest is what the server said, kept for the raw zone. Never raised as such: the subclass says
    whether another attempt may help."""

    code = "W200"

    def __init__(self, message: str, *, reason: str, fix: str | None = None, status: int | None = None,
                 headers: dict[str, str] | None = None, body: bytes | None = None,
                 retry_after: float | None = None) -> None:
        self.reason, self.status, self.headers, self.body = reason, status, headers or {}, body
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After), if any
        super().__init__(message, fix=fix)


class FetchTransientError(Transient, FetchFailedError):
    """A fetch failed for a reason a later attempt may cure: timeout, connection or DNS failure,
    truncated body, 5xx, 408, 429."""

    code = "W200"


class FetchRefusedError(Terminal, FetchFailedError):
    """A fetch was refused for a reason a retry cannot cure (4xx, unsafe URL, too large)."""

    code = "W210"


class StorageError(Transient, WirelakeError):
    """The lake (local directory or S3 endpoint) could not be read or written."""

    code = "W300"


class BucketMissingError(Terminal, WirelakeError):
    """The lake's S3 bucket does not exist (wirelake never creates buckets implicitly)."""

    code = "W301"


class PartitionBusyError(Transient, WirelakeError):
    """Another run holds the lease of a feed's date and did not finish in time."""

    code = "W320"


class CommitConflictError(Transient, WirelakeError):
    """A partition's manifest changed under a commit (another run committed it first); nothing
    of this commit became visible."""

    code = "W321"


class RawMissingError(Terminal, WirelakeError):
    """A date cannot be rebuilt because its raw payloads are gone (expired or never landed);
    the committed partitions are left untouched."""

    code = "W330"


class AllFeedsFailedError(Transient, WirelakeError):
    """Every feed of a run, or more than the allowed share, failed for transient reasons."""

    code = "W340"


class SchemaError(Terminal, WirelakeError):
    """Rows do not match the table schema in ``schemas/``, or a schema file is invalid."""

    code = "W310"


class ModelError(Terminal, WirelakeError):
    """The spaCy model or a shipped NLP resource is missing or incompatible."""

    code = "W400"


class InputError(Terminal, WirelakeError):
    """A command-line input record is malformed."""

    code = "W500"
