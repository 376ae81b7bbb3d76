"""Main-text extraction of landed pages (pipeline.sources.extract): each cleaning rule and each
fallback reason on a page of its own (none of them taken from the evaluation corpus)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import html as lxml_html

from pipeline.sources.extract import clean_tree, extract_page

HTML = {"content-type": "text/html; charset=utf-8"}
STORY = ["The ferry company said on Thursday that it would add a night crossing to the island from March, after "
         "passenger numbers rose by a third over the summer and queues at the harbour grew longer every weekend.",
         "Local councillors welcomed the decision but asked the company to keep fares for residents at the current "
         "level, saying that many families depend on the boat to reach the hospital and the secondary school.",
         "The company's director, Amelia Strand, said the new service would need two more crews and that hiring "
         "had already started in the port towns on both sides of the strait.",
         "A final timetable will be published next month, once the harbour authority has approved the berths."]


def page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry adds night crossing</title>{head}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>{body}"
            f"<footer>(c) 2026 Island Times</footer></body></html>").encode()


def paras(extra: dict[int, str] | None = None) -> str:
    out = []
    for i, p in enumerate(STORY):
        out.append(f"<p>{p}</p>")
        if extra and i in extra:
            out.append(extra[i])
    return "".join(out)


def tree(body: str) -> Any:
    return lxml_html.document_fromstring(page(body))


def text_of(root: Any) -> str:
    return " ".join(root.text_content().split())


def test_a_plain_article_page_gives_its_paragraphs_as_lines() -> None:
    got = extract_page(page(f"<article><h1>Ferry adds night crossing</h1>{paras()}</article>"), url="https://x.example/a",
                       headers=HTML)
    assert got.ok and got.text.split("\n") == STORY  # headline line dropped, one paragraph per line
    again = extract_page(page(f"<article><h1>Ferry adds night crossing</h1>{paras()}</article>"), url="https://x.example/a",
                         headers=HTML)
    assert again == got  # deterministic: replay rebuilds the same body


def test_layout_tables_become_blocks_but_data_tables_stay() -> None:
    long_cell = "<td>" + " ".join(STORY) + "</td>"
    root = tree(f"<table><tr><td><a href='/'>Home</a></td>{long_cell}</tr></table>"
                "<table class='results'><tr><td>Party</td><td>Seats</td></tr><tr><td>Greens</td><td>12</td></tr></table>")
    assert clean_tree(root)["layout_tables"] == 1
    tables = root.xpath("//table")
    assert len(tables) == 1 and tables[0].get("class") == "results"


def test_link_lines_are_dropped_but_sentences_with_links_are_kept() -> None:
    root = tree(paras({0: "<p><strong>Also read:</strong> <a href='/x'>Five things to know about the budget vote</a></p>",
                       1: "<p><a href='/people/ana-lima'>Ana Lima</a> said the vote had been closer than expected.</p>"}))
    assert clean_tree(root)["link_lines"] == 1
    t = text_of(root)
    assert "Five things to know" not in t and "Ana Lima said the vote" in t


def test_teaser_lists_are_dropped_but_plain_lists_and_menus_are_kept() -> None:
    teasers = "".join(f"<li><a href='/s/{i}'>Harbour master retires after {i + 20} years at sea</a>"
                      f"<p>A farewell party was held on the quay.</p></li>" for i in range(4))
    plain = "<ul><li>Two crews will be hired.</li><li>Fares stay the same.</li><li>Berths need approval.</li></ul>"
    menu = "<ul class='menu'><li><a href='/a'>World</a></li><li><a href='/b'>Sport</a></li><li><a href='/c'>Money</a></li></ul>"
    root = tree(paras() + f"<section class='more'><ul>{teasers}</ul></section>" + plain + menu)
    assert clean_tree(root)["teaser_lists"] >= 1
    t = text_of(root)
    assert "Harbour master retires" not in t and "Two crews will be hired." in t and "Money" in t


def test_a_pull_quote_repeating_the_body_is_dropped_once() -> None:
    quote = "<blockquote class='pullquote'><p>the new service would need two more crews</p></blockquote>"
    other = "<blockquote><p>We have waited twenty years for a boat that runs after dark, said one resident.</p></blockquote>"
    root = tree(paras({2: quote + other}))
    assert clean_tree(root)["repeated_blocks"] >= 1
    t = text_of(root)
    assert t.count("two more crews") == 1 and "waited twenty years" in t


def test_noscript_fallbacks_are_not_the_article() -> None:
    shell = (b"<!DOCTYPE html><html><head><title>App</title></head><body><div id='root'></div>"
             b"<noscript>Please enable JavaScript to read this story.</noscript></body></html>")
    got = extract_page(shell, url="https://x.example/app", headers=HTML, summary_words=5)
    assert got.reason == "empty_extraction" and got.text == ""


@pytest.mark.parametrize("flag", [False, "False", "false"])
def test_paywall_declared_in_json_ld(flag: Any) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry adds night crossing",
          "isAccessibleForFree": flag}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    got = extract_page(page(f"<article>{paras()}</article>", head), url="https://x.example/a", headers=HTML)
    assert got.reason == "paywall" and got.text == "" and got.title == "Ferry adds night crossing"


def test_paywall_declared_on_a_part_of_the_article() -> None:
    ld = {"@type": ["NewsArticle"], "isAccessibleForFree": True,
          "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".locked"}]}
    head = f"<script type='application/ld+json'>{json.dumps({'@graph': [ld]})}</script>"
    assert extract_page(page(paras(), head), url="https://x.example/a", headers=HTML).reason == "paywall"


def test_paywall_markup_only_counts_around_a_short_text() -> None:
    wall = ("<div class='paywall-overlay'><p>Subscribe to continue reading. Already a subscriber? "
            "<a href='/login'>Sign in</a></p></div>")
    short = extract_page(page(f"<article><p>{STORY[0]}</p>{wall}</article>"), url="https://x.example/a", headers=HTML)
    assert short.reason == "paywall"
    more = "".join(f"<p>{p.replace('ferry', 'bus').replace('harbour', 'depot')} It was the {n} such change.</p>"
                   for n in ("first", "second", "third") for p in STORY)
    full = extract_page(page(f"<article>{paras()}{more}{wall}</article>"), url="https://x.example/b", headers=HTML)
    assert full.ok  # a metered-paywall script on a page that gives the whole article


def test_consent_walls_by_address_and_by_text() -> None:
    gate = page("<div><h1>Before you continue</h1><p>We use cookies and data to deliver our services. Accept all "
                "or Reject all, or see your privacy settings.</p><button>Accept all</button></div>")
    by_text = extract_page(gate, url="https://news.example/story", headers=HTML)
    assert by_text.reason == "consent_wall"
    by_url = extract_page(page(paras()), url="https://consent.news.example/?continue=x", headers=HTML)
    assert by_url.reason == "consent_wall"


def test_not_html() -> None:
    assert extract_page(b"%PDF-1.7 ...", url="https://x/r.pdf", headers={"content-type": "application/pdf"}).reason == "not_html"
    assert extract_page(b"\x89PNG\r\n\x1a\n....", url="https://x/i", headers={}).reason == "not_html"
    assert extract_page(page(paras()), url="https://x/a", headers={}).ok  # no Content-Type: sniffed as HTML


def test_charset_from_http_then_meta() -> None:
    body = ("<html><head><meta charset='iso-8859-1'><title>t</title></head><body><article>"
            + "".join(f"<p>{p} Açores e São Jorge.</p>" for p in STORY) + "</article></body></html>").encode("iso-8859-1")
    assert "São Jorge" in extract_page(body, url="https://x/a", headers={"content-type": "text/html"}).text
    utf8 = body.decode("iso-8859-1").replace("iso-8859-1", "utf-8").encode("utf-8")
    # the HTTP header wins over the meta tag (as in browsers)
    assert "São Jorge" in extract_page(utf8, url="https://x/a", headers={"content-type": "text/html; charset=utf-8"}).text


def test_shorter_than_the_summary_keeps_the_summary() -> None:
    got = extract_page(page(f"<article><p>{STORY[3]}</p></article>"), url="https://x/a", headers=HTML, summary_words=40)
    assert got.reason == "short_extraction"


def test_no_date_is_guessed_from_a_copyright_line() -> None:
    assert extract_page(page(paras()), url="https://x/a", headers=HTML).published is None


def test_metadata_from_json_ld_and_open_graph() -> None:
    ld = {"@type": "NewsArticle", "headline": "Ferry adds night crossing", "datePublished": "2026-03-02T08:30:00+01:00",
          "author": [{"@type": "Person", "name": "Lena Berg"}, {"@type": "Person", "name": "Ola Nilsen"}]}
    got = extract_page(page(paras(), f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
                       url="https://x/a", headers=HTML)
    assert got.author == "Lena Berg, Ola Nilsen" and got.published is not None
    assert got.published.isoformat() == "2026-03-02T07:30:00+00:00"
    og = extract_page(page(paras(), "<meta property='article:published_time' content='2026-03-01T12:00:00Z'>"),
                      url="https://x/a", headers=HTML)
    assert og.published is not None and og.published.isoformat() == "2026-03-01T12:00:00+00:00"
