from __future__ import annotations

from pipeline.feedserver import SAMPLES_DIR
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
