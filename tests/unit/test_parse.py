from __future__ import annotations

from pipeline.devtools.feedserver import SAMPLES_DIR
from pipeline.parse import html_to_text, parse_payload


def test_html_to_text_keeps_paragraphs() -> None:
    html = "<p>first  line &amp; more</p><div>second<br/>third</div><script>x=1</script><p>\n</p>"
    assert html_to_text(html) == "first line & more\nsecond\nthird"
    assert html_to_text("plain text") == "plain text"


def test_sample_rss_and_atom_parse_to_articles() -> None:
    for name, n in (("reuters-world.xml", 3), ("wire-atom.xml", 3)):
        parsed = parse_payload((SAMPLES_DIR / name).read_bytes(), feed="f", url=f"http://127.0.0.1/{name}")
        assert parsed.items_seen == n and len(parsed.articles) == n and not parsed.rejected
        for art in parsed.articles:
            assert art.raw_text == art.raw_text.lower()
            assert len(art.raw_text.splitlines()) >= 4  # one sentence per line survives HTML and plain text
            assert art.published is not None and art.canonical_url and "utm_" not in art.canonical_url
    putin = parse_payload((SAMPLES_DIR / "reuters-world.xml").read_bytes(), feed="f", url="http://x/").articles[0]
    assert putin.raw_text.splitlines()[0].startswith("moscow ( reuters ) - president vladimir putin")


def test_not_a_feed_and_items_without_identity_or_text() -> None:
    html = b"<html><body><p>hello</p></body></html>"
    parsed = parse_payload(html, feed="f", url="http://x/")
    assert parsed.items_seen == 0 and parsed.rejected[0].level == "feed" and parsed.rejected[0].reason == "not_a_feed"
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>no id</title><description>some text</description></item>
    <item><guid>g-2</guid><title>empty</title></item>
    <item><guid>g-3</guid><description>&lt;p&gt;real text&lt;/p&gt;</description></item></channel></rss>"""
    parsed = parse_payload(rss, feed="f", url="http://x/")
    assert parsed.items_seen == 3
    assert [r.reason for r in parsed.rejected] == ["no_identity", "no_text"]
    assert [a.raw_text for a in parsed.articles] == ["real text"]


def test_text_sources_titles_and_malformed_feeds() -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><id>urn:1</id><title type="html">A &amp;lt;b&amp;gt; Caf\u00e9</title><link href="/a/1?utm_source=x#c"/>
    <summary>short</summary><content type="html">&lt;p&gt;first para&lt;/p&gt;&lt;p&gt;second&lt;/p&gt;</content></entry>
    <entry><id>urn:2</id><title>1 &lt; 2 &amp; more</title><summary>only a summary</summary></entry>
    </feed>""".encode()
    parsed = parse_payload(atom, feed="f", url="http://Wire.Example/feeds/atom.xml")
    a, b = parsed.articles
    assert a.raw_text == "first para\nsecond"  # content beats summary; paragraphs kept
    assert a.title == "A <b> Caf\u00e9" and a.canonical_url == "http://wire.example/a/1"
    assert b.title == "1 < 2 & more" and b.raw_text == "only a summary" and b.canonical_url is None
    rss = '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>\u201cq\u201d</title>' \
          '<item><guid>g</guid><title>\u201cSmart\u201d quotes \u2013 dash</title><description>caf\u00e9</description></item>'
    parsed = parse_payload(rss.encode("cp1252") + b"</channel></rss>", feed="f", url="http://x/")
    assert parsed.articles[0].title == "\u201cSmart\u201d quotes \u2013 dash" and parsed.feed_title == "\u201cq\u201d"
    truncated = parse_payload(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title', feed="f", url="http://x/")
    assert [r.reason for r in truncated.rejected] == ["malformed_feed"] and truncated.items_seen == 0
