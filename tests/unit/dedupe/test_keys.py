from __future__ import annotations

from pipeline.dedupe import keys
from pipeline.dedupe.keys import article_id, canonical_url, content_hash
from tests.unit.dedupe import OTHER, STORY


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


def test_text_hash_and_guid_key() -> None:
    assert keys.text_hash(STORY) == keys.text_hash("  " + STORY.upper().replace(",", " , "))
    assert keys.text_hash("too short to trust") is None
    assert keys.guid_key("a", " 1 ") == "a\x1f1" != keys.guid_key("b", "1")
    assert keys.guid_key("a", "  ") is None


def test_minhash_links_light_edits_not_other_stories() -> None:
    sig = keys.minhash(STORY)
    assert sig is not None and len(sig) == keys.NUM_PERM * 4
    assert keys.minhash(STORY) == sig  # stable across calls (fixed permutations)
    edited = "LONDON (Wire) - " + STORY.replace("on Tuesday", "on Tuesday afternoon").replace("largely", "widely")
    assert keys.similarity(sig, keys.minhash(edited) or b"") >= keys.NEAR_MIN_JACCARD
    assert keys.similarity(sig, keys.minhash(OTHER) or b"") < 0.2
    assert keys.minhash("short text") is None
