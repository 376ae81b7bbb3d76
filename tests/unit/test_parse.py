from __future__ import annotations

from html import escape
from typing import Any

from pipeline.devtools.feedserver import SAMPLES_DIR
from pipeline.parse import html_to_text, parse_payload


def test_html_to_text_keeps_paragraphs() -> None:
    html = "<p>first  line &amp; more</p><div>second<br/>third</div><script>x=1</script><p>\n</p>"
    assert html_to_text(html) == "first line & more\nsecond\nthird"
    assert html_to_text("plain text") == "plain text"


def test_markup_that_is_not_text_is_dropped_without_the_feed_sanitizer() -> None:
    """feedparser's sanitizer is off (parse_payload): html_to_text alone keeps code, styles, embedded
    objects and their fallback text out of the article; attributes and comments never reach it."""
    desc = ('<p onclick="steal()">the minister said <a href="/rel/link">talks</a> would resume .</p>'
            "<script>var x = 1;</script><style>p { color: red }</style><applet code=a>no java</applet>"
            "<iframe src=x>no frames</iframe><object data=y>no plugin</object><noscript>enable js</noscript>"
            "<!-- hidden --><p>second line .</p>")
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>g-1</guid>'
           f"<title>t</title><description>{escape(desc)}</description></item></channel></rss>").encode()
    (art,) = parse_payload(rss, feed="f", url="http://x/").articles
    assert art.raw_text == "the minister said talks would resume .\nsecond line ."


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


# -- fast paths: the same text as the full HTML passes ------------------------------------------
_PIECES = ["a", "Word", " ", "  ", "\n", "\r\n", "\t", "\xa0", "\x0b", "\x0c", "\r", " \xa0", "\u2003", "\x1c",
           "é", "’", ">", "/>", '"', "'", "=", ";", "#", "x",
           "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<li>", "</li>", "<span>", "</span>", "<pre>", "</pre>",
           "<P>", "<br>", "<br/>", "<br />", "<hr>", "<img src=\"a.png\">", "<a href=\"/x\">", "</a>", "<p class=\"c\">",
           "<script>", "</script>", "<style>", "</style>", "<iframe>", "</iframe>", "<svg>", "</svg>", "<title>",
           "<textarea>", "</textarea>", "<foo>", "</foo>", "<p/>", "</p >", "<>", "</>", "<", "&",
           "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&eacute;", "&foo;", "&amp", "&#39;", "&#34;", "&#38;",
           "&#150;", "&#8217;", "&#0233;", "&#x2019;", "&#X2019;", "&#x97;", "&#xE9;", "&#1114112;", "&#x27;",
           "&#x9;", "&#x0a;", "&#x80;", "&#x7f;", "&#xa0;", "&#9;", "&#127;", "&#128;", "&#159;", "&#160;", "&#x;",
           "<!--c-->", "<!-- c", "<!DOCTYPE html>", "<![CDATA[x]]>", "<?pi?>", "<!x>"]


def _fragments() -> Any:
    """Fragments near the fast paths' grammar: half of them made only of pieces it accepts."""
    from hypothesis import strategies as st

    from pipeline.parse import _PLAIN_HTML

    plain = [p for p in _PIECES if _PLAIN_HTML.fullmatch(p)]
    assert len(plain) >= 30
    return st.one_of(st.lists(st.sampled_from(plain), max_size=16), st.lists(st.sampled_from(_PIECES), max_size=12)).map("".join)


def _reference_text(value: str) -> str:
    """html_to_text through HTMLParser only (its path for fragments that are not plain)."""
    import re

    from pipeline.parse import _TextExtractor

    ex = _TextExtractor()
    ex.feed(value)
    ex.close()
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(ex.parts).splitlines())
    return "\n".join(line for line in lines if line)


def test_plain_fragments_take_the_fast_paths() -> None:
    from pipeline.parse import _PLAIN_HTML

    for value in ("<p>moscow ( reuters ) - a &amp; b</p>\n<p>second &#8217; &#x2019; &eacute; &#x27;s</p>", "no markup",
                  "<div><b>x</b> y</div>", "AT&T"):
        assert _PLAIN_HTML.fullmatch(value)
    for value in ("<p class=\"c\">x</p>", "a<br>b", "<P>x</P>", "<script>x</script>", "<!-- c -->", "<foo>x</foo>"):
        assert not _PLAIN_HTML.fullmatch(value)
    assert html_to_text("<p>a &amp; b</p><div>c<span>d</span></div>\n<li>e&nbsp; f</li>") == "a & b\ncd\ne f"


def test_html_to_text_fast_path_matches_htmlparser() -> None:
    from hypothesis import given, settings

    @settings(max_examples=1500, deadline=None, derandomize=True)
    @given(_fragments())
    def check(value: str) -> None:
        assert html_to_text(value) == _reference_text(value)

    check()
