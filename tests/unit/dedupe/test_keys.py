from __future__ import annotations

from pipeline.dedupe.keys import article_id, canonical_url, content_hash


def test_canonical_url_drops_tracking_fragment_and_case() -> None:
    assert canonical_url("HTTPS://Wire.Example.COM:443/world/a?utm_source=rss&b=2&a=1#top") == \
        "https://wire.example.com/world/a?a=1&b=2"
    assert canonical_url("/world/a?fbclid=x", base="http://Example.com/feed.xml") == "http://example.com/world/a"
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_article_id_is_stable_and_falls_back_to_guid() -> None:
    a = article_id(canonical_url("https://e.com/x?utm_medium=feed"), "g1")
    assert a == article_id("https://e.com/x", "other-guid")
    assert a is not None and len(a) == 32
    assert article_id(None, "urn:x:1") == article_id(None, " urn:x:1 ")
    assert article_id(None, "urn:x:1") != article_id("urn:x:1", None)
    assert article_id(None, None) is None and article_id(None, "  ") is None


def test_content_hash_ignores_case_and_spacing() -> None:
    assert content_hash("Putin  flew\ninto Syria") == content_hash("putin flew into syria")
