"""pipeline.sources.retry: one policy decides from the error type whether, when and how long to retry."""

from __future__ import annotations


def test_one_retry_policy_decides_by_the_error_type() -> None:
    from pipeline.errors import FetchRefusedError, FetchTransientError, StorageError, is_retryable
    from pipeline.sources.retry import RetryPolicy

    policy = RetryPolicy(retries=2, backoff_s=1.0, backoff_max_s=5.0)
    busy = FetchTransientError("HTTP 503", reason="http_error", status=503)
    gone = FetchRefusedError("HTTP 404", reason="http_error", status=404)
    assert is_retryable(busy) and not is_retryable(gone) and is_retryable(StorageError("x"))
    assert policy.may_retry(busy, 0) and policy.may_retry(busy, 1) and not policy.may_retry(busy, 2)
    assert not policy.may_retry(gone, 0)
    assert [policy.delay(busy, n) for n in range(4)] == [1.0, 2.0, 4.0, 5.0]  # doubling, capped
    slow = FetchTransientError("HTTP 429", reason="rate_limited", status=429, retry_after=3.5)
    assert policy.delay(slow, 0) == 3.5  # Retry-After wins over a shorter backoff ...
    assert policy.delay(FetchTransientError("", reason="rate_limited", retry_after=600), 0) == 5.0  # ... up to the cap
    assert policy.fits(2.0, time_left=2.1) and not policy.fits(2.0, time_left=2.01)
    assert policy.host_pause(slow) == 5.0 and policy.host_pause("rate_limited") == 5.0 and policy.host_pause(busy) == 0.0
