"""HTTP fetching against a scripted local server: retries, backoff, caps, redirects, safety."""

from __future__ import annotations

import gzip

import pytest

from pipeline.devtools.feedserver import Reply, serve_script
from pipeline.sources.fetch import USER_AGENT, FetchPolicy, fetch
from pipeline.sources.registry import Feed
from pipeline.sources.safety import UnsafeURLError, precheck_xml, resolve_public

FAST = FetchPolicy(timeout_s=0.5, retries=2, backoff_s=0.001, backoff_max_s=0.05, max_bytes=64 * 1024)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def _feed(url: str, *, private: bool = True) -> Feed:
    return Feed(name="f", url=url, agency="A", language="en", allow_private_network=private)


def _sleeps() -> tuple[list[float], object]:
    seen: list[float] = []
    return seen, seen.append


def test_ok_with_user_agent_and_gzip() -> None:
    with serve_script({"/f": [Reply(body=RSS, gzip=True)]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FAST)
    assert res.ok and res.body == RSS and res.status == 200 and res.attempts == 1
    headers = script.requests[0][1]
    assert headers["user-agent"] == USER_AGENT and "gzip" in headers["accept-encoding"]


def test_500_then_200_is_retried_with_exponential_backoff() -> None:
    sleeps, sleep = _sleeps()
    with serve_script({"/f": [Reply(500, b"oops"), Reply(502), Reply(body=RSS)]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FAST, sleep=sleep)  # type: ignore[arg-type]
    assert res.ok and res.attempts == 3 and script.hits("/f") == 3
    assert sleeps == [0.001, 0.002]


def test_429_honours_retry_after_up_to_the_cap() -> None:
    sleeps, sleep = _sleeps()
    with serve_script({"/f": [Reply(429, headers={"Retry-After": "7"}), Reply(body=RSS)]}) as (base, _):
        res = fetch(_feed(base + "/f"), policy=FAST, sleep=sleep)  # type: ignore[arg-type]
    assert res.ok and sleeps == [0.05]  # 7 s asked, capped by backoff_max_s
    with serve_script({"/f": [Reply(429, b"slow down")]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FAST, sleep=lambda s: None)
    assert not res.ok and res.reason == "rate_limited" and res.attempts == 3 and res.error_body == b"slow down"


def test_other_4xx_is_not_retried() -> None:
    with serve_script({"/f": [Reply(404, b"gone")]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FAST, sleep=lambda s: None)
    assert res.reason == "http_error" and res.status == 404 and res.attempts == 1 and script.hits("/f") == 1
    assert not res.retryable


def test_timeout_is_retried_then_reported() -> None:
    with serve_script({"/f": [Reply(body=RSS, delay_s=1.0)]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FetchPolicy(timeout_s=0.2, retries=1, backoff_s=0.001), sleep=lambda s: None)
    assert res.reason == "timeout" and res.attempts == 2 and not res.ok


def test_conditional_get_304() -> None:
    with serve_script({"/f": [Reply(body=RSS, etag='"v1"', headers={"Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT"})]}) as (base, script):
        first = fetch(_feed(base + "/f"), policy=FAST)
        again = fetch(_feed(base + "/f"), policy=FAST, validators={"etag": first.headers["etag"],
                                                                  "last_modified": first.headers["last-modified"]})
    assert first.ok and again.succeeded and again.not_modified and again.body is None and again.status == 304
    assert script.requests[1][1]["if-none-match"] == '"v1"'
    assert script.requests[1][1]["if-modified-since"] == "Tue, 24 Nov 2026 10:00:00 GMT"


def test_redirects_followed_loops_and_limits_refused() -> None:
    routes = {"/a": [Reply(301, headers={"Location": "/b"})], "/b": [Reply(302, headers={"Location": "/a"})],
              "/ok": [Reply(307, headers={"Location": "/f"})], "/f": [Reply(body=RSS)]}
    routes.update({f"/r{i}": [Reply(302, headers={"Location": f"/r{i + 1}"})] for i in range(10)})
    with serve_script(routes) as (base, _):
        ok = fetch(_feed(base + "/ok"), policy=FAST)
        loop = fetch(_feed(base + "/a"), policy=FAST)
        chain = fetch(_feed(base + "/r0"), policy=FAST)
    assert ok.ok and ok.final_url == base + "/f"
    assert loop.reason == "redirect_loop" and loop.attempts == 1
    assert chain.reason == "too_many_redirects"


def test_redirect_to_another_scheme_is_refused_on_the_hop() -> None:
    with serve_script({"/f": [Reply(302, headers={"Location": "file:///etc/passwd"})]}) as (base, _):
        res = fetch(_feed(base + "/f"), policy=FAST)
    assert res.reason == "unsafe_scheme" and not res.ok


def test_size_cap_plain_and_gzip_bomb() -> None:
    big = b"<rss>" + b" " * (200 * 1024) + b"</rss>"
    with serve_script({"/plain": [Reply(body=big)], "/bomb": [Reply(body=b"<rss>" + b"\0" * (10 * 1024 * 1024), gzip=True)]}) as (base, s):
        plain = fetch(_feed(base + "/plain"), policy=FAST)
        bomb = fetch(_feed(base + "/bomb"), policy=FAST)
    assert plain.reason == "too_large" and plain.attempts == 1
    assert bomb.reason == "too_large"


def test_truncated_body_is_retried_then_reported() -> None:
    with serve_script({"/f": [Reply(body=RSS, truncate_to=20)]}) as (base, script):
        res = fetch(_feed(base + "/f"), policy=FAST, sleep=lambda s: None)
    assert res.reason == "truncated" and script.hits("/f") == 3 and not res.ok
    with serve_script({"/f": [Reply(body=RSS, truncate_to=20), Reply(body=RSS)]}) as (base, script):
        assert fetch(_feed(base + "/f"), policy=FAST, sleep=lambda s: None).body == RSS


def test_private_addresses_refused_unless_allowed() -> None:
    with serve_script({"/f": [Reply(body=RSS)]}) as (base, script):
        refused = fetch(_feed(base + "/f", private=False), policy=FAST)
        via_name = fetch(_feed(base.replace("127.0.0.1", "localhost") + "/f", private=False), policy=FAST)
        allowed = fetch(_feed(base + "/f", private=True), policy=FAST)
    assert refused.reason == "private_address" and refused.attempts == 1 and script.hits("/f") == 1
    assert via_name.reason == "private_address"
    assert allowed.ok


@pytest.mark.parametrize("url", ["http://10.1.2.3/f", "http://[::1]/f",
                                 "http://0.0.0.0/f", "http://192.168.0.1/f", "http://[::ffff:127.0.0.1]/f",
                                 "http://100.64.0.1/f"])
def test_resolve_public_refuses_non_public(url: str) -> None:
    with pytest.raises(UnsafeURLError) as err:
        resolve_public(url, allow_private=False)
    assert err.value.reason == "private_address"


def test_resolve_public_schemes_and_public_literals() -> None:
    assert resolve_public("http://93.184.216.34/feed?x=1", allow_private=False).path == "/feed?x=1"
    for url in ("ftp://93.184.216.34/f", "file:///etc/passwd", "gopher://x/"):
        with pytest.raises(UnsafeURLError) as err:
            resolve_public(url, allow_private=False)
        assert err.value.reason == "unsafe_scheme"


def test_precheck_refuses_entity_tricks_and_item_floods() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]>'
              b"<rss><channel><item><title>&b;</title></item></channel></rss>")
    assert precheck_xml(laughs).reason == "xml_entities"
    external = b'<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>'
    assert precheck_xml(external).reason == "xml_entities"
    param = b'<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><rss/>'
    assert precheck_xml(param).reason == "xml_entities"
    utf16 = laughs.decode().replace('version="1.0"', 'version="1.0" encoding="utf-16"').encode("utf-16")
    assert precheck_xml(utf16).reason == "xml_entities"
    simple = b'<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]><rss><channel><item><guid>&id;1</guid></item></channel></rss>'
    assert precheck_xml(simple).ok
    flood = b"<rss><channel>" + b"<item><title>x</title></item>" * 11 + b"</channel></rss>"
    assert precheck_xml(flood, max_items=10).reason == "too_many_items"
    assert precheck_xml(flood, max_items=11).ok
    assert gzip.decompress(gzip.compress(RSS)) == RSS


# -- deadlines (issue #13, defect 5) ---------------------------------------------------------------
@pytest.mark.parametrize("part", ["body", "headers"])
def test_a_trickling_server_is_cut_at_the_total_deadline(part: str) -> None:
    """One byte every 50 ms: every read succeeds well within the 1 s read timeout, so only a total
    deadline stops it (the old per-chunk check let a 1 byte/s body run for minutes)."""
    import time

    SLOW = FetchPolicy(timeout_s=1.0, deadline_s=1.5, retries=2, backoff_s=0.001, backoff_max_s=0.01)  # noqa: N806

    with serve_script({"/f": [Reply(body=RSS * 4, drip=part, drip_s=0.05)]}) as (base, _):
        t0 = time.monotonic()
        res = fetch(_feed(base + "/f"), policy=SLOW)
        took = time.monotonic() - t0
    assert not res.ok and res.reason == "timeout" and "deadline" in (res.error or "")
    assert took < SLOW.deadline_s + 0.5, took


def test_retries_and_backoff_share_the_deadline() -> None:
    import time

    sleeps: list[float] = []
    with serve_script({"/f": [Reply(503, headers={"Retry-After": "30"})]}) as (base, script):
        t0 = time.monotonic()
        res = fetch(_feed(base + "/f"), policy=FetchPolicy(timeout_s=1, deadline_s=1.0, retries=5, backoff_max_s=60),
                    sleep=sleeps.append)
    assert res.reason == "http_error" and "no time left" in (res.error or "") and script.hits("/f") == 1
    assert sleeps == [] and time.monotonic() - t0 < 1.0


def test_fetch_url_works_for_any_url_and_labels_the_result() -> None:
    from pipeline.sources.fetch import fetch_url

    with serve_script({"/page.html": [Reply(body=b"<html>x</html>", headers={"Content-Type": "text/html"})]}) as (base, s):
        res = fetch_url(base + "/page.html", policy=FAST, allow_private=True, accept="text/html", name="page")
    assert res.ok and res.feed == "page" and s.requests[0][1]["accept"] == "text/html"


# -- credentials and redaction (defect 8) ------------------------------------------------------------
def test_url_user_info_is_sent_as_basic_auth_and_never_stored() -> None:
    import base64

    with serve_script({"/f": [Reply(404, b"nope")]}) as (base, script):
        url = base.replace("http://", "http://reader:s3cr3t-pw@") + "/f?apikey=k3y-value&x=1"
        res = fetch(_feed(url), policy=FAST)
    sent = script.requests[0][1]["authorization"]
    assert base64.b64decode(sent.split()[1]) == b"reader:s3cr3t-pw"
    dump = repr(res.__dict__)
    assert "s3cr3t-pw" not in dump and "k3y-value" not in dump and "reader:" not in dump
    assert res.url == base + "/f?apikey=REDACTED&x=1"


def test_credentials_go_only_to_the_first_origin() -> None:
    from pipeline.sources.fetch import Credentials, fetch_url

    with serve_script({"/f": [Reply(body=RSS)]}) as (other, seen):
        with serve_script({"/start": [Reply(302, headers={"Location": other + "/f"})]}) as (base, script):
            creds = Credentials(headers={"X-Api-Key": "hdr-secret-1"}, query={"token": "q-secret-2"})
            res = fetch_url(base.replace("127.0.0.1", "localhost") + "/start", policy=FAST, allow_private=True,
                            credentials=creds)
    assert res.ok
    assert script.requests[0][1]["x-api-key"] == "hdr-secret-1"
    assert "x-api-key" not in seen.requests[0][1]  # the redirect's other host gets no credentials
    assert "q-secret-2" not in repr(res.__dict__)


def test_metadata_addresses_are_refused_even_for_private_feeds() -> None:
    with serve_script({"/f": [Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})]}) as (base, _):
        res = fetch(_feed(base + "/f", private=True), policy=FAST)
    assert res.reason == "forbidden_address" and not res.ok
    for url in ("http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/",
                "http://100.100.100.200/", "http://[fe80::1]/"):
        with pytest.raises(UnsafeURLError) as err:
            resolve_public(url, allow_private=True)
        assert err.value.reason == "forbidden_address", url


def test_redactor_covers_text_and_urls() -> None:
    from pipeline.redact import Redactor, redact_url

    assert redact_url("https://u:p@h.example/f?api_key=1&page=2#x") == "https://h.example/f?api_key=REDACTED&page=2#x"
    assert redact_url("https://h.example/f?page=2") == "https://h.example/f?page=2"
    r = Redactor.of(["tok-abcdef"], ["custom"])
    assert r.text("GET https://h.example/f?custom=zz failed; sent tok-abcdef") == \
        "GET https://h.example/f?custom=REDACTED failed; sent REDACTED"


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


def test_a_name_that_does_not_resolve_is_transient_and_retried() -> None:
    from pipeline.errors import FetchTransientError

    with pytest.raises(FetchTransientError) as err:
        resolve_public("http://no-such-host.invalid/f", allow_private=False, timeout=5)
    assert err.value.reason == "dns_failed"
    slept, sleep = _sleeps()
    res = fetch(_feed("http://no-such-host.invalid/f"), policy=FAST, sleep=sleep)  # type: ignore[arg-type]
    assert (res.reason, res.retryable, res.attempts, len(slept)) == ("dns_failed", True, 3, 2)
