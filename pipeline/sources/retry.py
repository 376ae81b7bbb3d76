"""When a failed fetch is tried again: one policy for feeds, pages and robots.txt.

Whether a failure is worth another attempt is the error's type (:mod:`pipeline.errors`:
:class:`~pipeline.errors.Transient` or :class:`~pipeline.errors.Terminal`); this module only says
how often and how long to wait. Hand-written rather than tenacity (not installed with Airflow):
the wait depends on the server's ``Retry-After`` and on the time left before the fetch's total
deadline, and the loop is a dozen lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import FetchFailedError, is_retryable

MIN_ATTEMPT_S = 0.05  # no new attempt when less than this would be left before the deadline
# quarantine reason codes that only transient fetch errors carry (docs/quarantine.md)
TRANSIENT_REASONS = frozenset({"timeout", "connection_failed", "dns_failed", "rate_limited", "truncated"})


def is_transient_status(status: int) -> bool:
    """Whether an HTTP error status may go away by itself: 5xx, 408 Request Timeout, 429 Too Many Requests."""
    return status >= 500 or status in (408, 429)


@dataclass(frozen=True)
class RetryPolicy:
    """At most ``retries`` more attempts after the first, for transient errors only; exponential
    backoff from ``backoff_s``, capped at ``backoff_max_s``; a server's ``Retry-After`` is honoured
    up to that cap."""

    retries: int = 3
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0

    def may_retry(self, exc: BaseException, attempt: int) -> bool:
        """Whether attempt number ``attempt`` (0-based) failing with ``exc`` may be followed by another."""
        return is_retryable(exc) and attempt < self.retries

    def delay(self, exc: BaseException, attempt: int) -> float:
        """Seconds to wait after attempt ``attempt`` failed with ``exc``."""
        wait = min(self.backoff_max_s, self.backoff_s * (2 ** attempt))
        retry_after = exc.retry_after if isinstance(exc, FetchFailedError) else None
        if retry_after is not None:
            wait = min(self.backoff_max_s, max(wait, retry_after))
        return wait

    def fits(self, wait: float, time_left: float) -> bool:
        """Whether an attempt can still start after waiting ``wait`` with ``time_left`` before the deadline."""
        return time_left - wait >= MIN_ATTEMPT_S

    def host_pause(self, exc_or_reason: BaseException | str | None) -> float:
        """How long a host that throttled us (HTTP 429) is left alone: the longest backoff."""
        reason = getattr(exc_or_reason, "reason", exc_or_reason)
        return self.backoff_max_s if reason == "rate_limited" else 0.0
