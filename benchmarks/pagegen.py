"""News pages built around an article's text, in the layouts real news sites use.

Used by ``benchmarks/eval_extraction.py`` (pages around the worldwide-newswire originals, built at
run time and never stored) and ``benchmarks/crawl_pages.py`` (200 linked articles on 20 local
hosts). Every page carries the boilerplate an extractor has to leave out: navigation and section
menus, breadcrumbs, cookie banners, share bars, ads, image captions, inline "read more" links,
newsletter boxes, pull quotes, tags, author bios, related and most-read teasers (with real sentences
from other articles), comments, footers, JSON-LD, Open Graph tags and AMP links.

Layouts (each modelled on a family of real sites):

* ``wordpress`` — a classic WordPress theme: ``article.post > .entry-content``, post navigation,
  a threaded comment list and reply form, widget sidebar.
* ``newsroom`` — a JavaScript front end: hashed class names, no ``<article>`` element, ads and
  related cards between paragraphs, a consent dialog, a ``__NEXT_DATA__`` JSON blob.
* ``legacy`` — a 2000s table layout: ``<td>`` columns, ``<font>`` and paragraphs separated by
  ``<br><br>`` instead of ``<p>``.
* ``amp`` — an AMP page: ``<html amp>``, ``amp-img``/``amp-ad``, a sidebar of most-read stories.
* ``portal`` — a busy portal: a ticker, dense teaser grids above and below, a pull quote that
  repeats a sentence of the body, live comments count, tag cloud.
* ``drupal`` — a Drupal regional paper (added after the extraction rules were written, as a check
  on layouts they were not tuned on): ``field--name-body``, an inline "Also read" box with
  two headlines, a fact box, image credits, a "Latest news" list with times, "You may also
  like" cards, a Disqus placeholder, a subscription box.
"""

from __future__ import annotations

import html
import json
import random
import re
import zlib
from dataclasses import dataclass

LAYOUTS = ("wordpress", "newsroom", "legacy", "amp", "portal", "drupal")
# written after the extraction rules were fixed and measured once, never used to tune them
UNSEEN_LAYOUTS = ("drupal",)

SECTIONS = ["World", "Politics", "Business", "Economy", "Sport", "Opinion", "Culture", "Science", "Health",
            "Technology", "Environment", "Video", "Podcasts", "Newsletters", "Weather", "Local"]
COOKIE_TEXTS = [
    "We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse "
    "our traffic. By clicking Accept all you consent to our use of cookies. You can change your choices at any time "
    "in Privacy settings.",
    "This website stores cookies on your computer. These cookies are used to collect information about how you "
    "interact with our website and allow us to remember you. Accept all Reject all Manage preferences",
    "We and our partners store and/or access information on a device, such as cookies, and process personal data "
    "for personalised advertising and content, measurement and audience research.",
]
COMMENTS = [
    "This is exactly what people have been warning about for years, and nobody in government listened.",
    "Great reporting, thank you for covering this when the national papers ignored it.",
    "I live near there and the situation is much worse than the article describes.",
    "Where is the opposition on this? Silent as always.",
    "The numbers quoted here do not match what the ministry published last week.",
    "Finally some good news. Well done to everyone involved in making this happen.",
    "Can someone explain why this took so long? The money was approved two years ago.",
    "My cousin works at the port and says the workers were never consulted.",
    "Same story every year and nothing changes until the next election.",
    "Respect to the journalists who went there to get the facts.",
    "I disagree with the premise of this article, the policy has clearly worked.",
    "Prices in our market have doubled since January and salaries have not moved at all.",
    "Who is going to pay for all of this in the end? The taxpayer, as usual.",
    "Thank you for the balanced coverage, it is rare these days.",
    "The photos do not show how many people were actually there.",
    "We need more stories like this about the regions outside the capital.",
]
CAPTIONS = [
    "People gather outside the building on Monday morning.",
    "A view of the city centre from the main square.",
    "Officials speak to reporters after the meeting.",
    "Residents wait in line as aid is distributed.",
    "The site where the incident took place, pictured last year.",
    "Supporters hold banners during a rally in the capital.",
]
NEWSLETTER = ("Get the day's top stories in your inbox. Sign up for our free morning briefing and never miss "
              "the news that matters to you.")
FOOTER_ABOUT = ("Independent news since 1998. All rights reserved. No part of this publication may be reproduced "
                "without permission. Contact the newsroom, advertise with us, careers, terms of use and privacy policy.")
BIO = ("{author} is a senior correspondent who has covered politics, business and regional affairs for more than a "
       "decade. Follow {first} for updates and analysis.")
AUTHORS = ["Amina Okoro", "Rafael Duarte", "Mei Lin Tan", "Kofi Mensah", "Sara Haddad", "Ravi Menon", "Lucia Pereira",
           "Tomas Ngata", "Nour El-Din", "Hana Sato"]


@dataclass(frozen=True)
class Story:
    """An article to wrap: its URL, headline and paragraphs (the gold text), plus other stories'
    headlines and first sentences for teasers."""

    url: str
    headline: str
    paragraphs: list[str]


def headline_from_url(url: str, paragraphs: list[str] | None = None) -> str:
    """A headline made from the URL's slug (the originals carry no title), or from the first words
    of the text when the slug is not a phrase (``/id/00082865.html``)."""
    parts = [p for p in re.split(r"[/?#=&]", url) if p]
    slug = max(parts[2:] or parts or ["news"], key=lambda p: (p.count("-"), len(p)))
    words = re.sub(r"\.[a-z]+$", "", slug).replace("_", "-").split("-")
    words = [w for w in words if w and not w.isdigit()]
    if len(words) < 4 and paragraphs:
        words = re.sub(r"^[^-–—:]{0,40}[-–—:]\s+", "", paragraphs[0]).split()[:9]
    words = words or ["news", "update"]
    text = " ".join(words[:14]).rstrip(",.;:")
    return text[:1].upper() + text[1:]


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _first_sentence(paragraphs: list[str]) -> str:
    text = " ".join(paragraphs)[:400]
    m = re.match(r"(.{40,300}?[.!?])(\s|$)", text)
    return m[1] if m else text[:160]


class _Kit:
    """The boilerplate pieces of one page, drawn deterministically from the pools."""

    def __init__(self, story: Story, others: list[Story], rng: random.Random, site: str) -> None:
        self.story, self.rng, self.site = story, rng, site
        self.others = rng.sample(others, k=min(8, len(others))) if others else []
        self.author = rng.choice(AUTHORS)
        self.day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        self.time = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        self.sections = rng.sample(SECTIONS, k=9)

    def related(self, n: int, with_teaser: bool = True) -> list[tuple[str, str, str]]:
        out = []
        for o in self.others[:n]:
            out.append((o.url, o.headline, _first_sentence(o.paragraphs) if with_teaser else ""))
        return out

    def comments(self, n: int) -> list[tuple[str, str]]:
        names = ["kwame_a", "Priya S.", "observer77", "J. Morales", "citizen_k", "Lerato", "anon", "D. Farouk"]
        return [(self.rng.choice(names), c) for c in self.rng.sample(COMMENTS, k=n)]

    def jsonld(self) -> str:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": self.story.headline,
                "datePublished": f"{self.day}T{self.time}:00Z", "dateModified": f"{self.day}T{self.time}:00Z",
                "author": [{"@type": "Person", "name": self.author}],
                "publisher": {"@type": "Organization", "name": self.site},
                "mainEntityOfPage": {"@type": "WebPage", "@id": self.story.url},
                "isAccessibleForFree": True}
        return f'<script type="application/ld+json">{json.dumps(data)}</script>'

    def head(self, extra: str = "") -> str:
        s = self.story
        teaser = _first_sentence(s.paragraphs)
        amp = s.url.rstrip("/") + "/amp/"
        return (f"<head><meta charset=\"utf-8\"><title>{_e(s.headline)} | {_e(self.site)}</title>"
                f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                f"<meta name=\"description\" content=\"{_e(teaser)}\">"
                f"<meta property=\"og:title\" content=\"{_e(s.headline)}\"><meta property=\"og:type\" content=\"article\">"
                f"<meta property=\"og:url\" content=\"{_e(s.url)}\"><meta property=\"og:description\" content=\"{_e(teaser)}\">"
                f"<meta name=\"author\" content=\"{_e(self.author)}\">"
                f"<link rel=\"canonical\" href=\"{_e(s.url)}\"><link rel=\"amphtml\" href=\"{_e(amp)}\">"
                f"<link rel=\"stylesheet\" href=\"/static/site.css\">{self.jsonld()}"
                f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'section':'news','author':'{_e(self.author)}'}});</script>"
                f"{extra}</head>")

    def nav(self) -> str:
        items = "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in self.sections)
        return (f'<nav class="main-nav" aria-label="Sections"><a class="logo" href="/">{_e(self.site)}</a><ul>{items}</ul>'
                f'<form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>'
                f'<a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a></nav>')

    def cookie(self, cls: str) -> str:
        return (f'<div class="{cls}" role="dialog" aria-label="Cookie consent"><p>{_e(self.rng.choice(COOKIE_TEXTS))}</p>'
                f'<button>Accept all</button><button>Reject all</button><a href="/privacy">Privacy settings</a></div>')

    def share(self) -> str:
        return ('<div class="share-bar"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a>'
                '<a href="#">WhatsApp</a><a href="#">Email</a><a href="#">Copy link</a></div>')

    def byline(self) -> str:
        return (f'<div class="byline">By <a rel="author" href="/authors/{self.author.lower().replace(" ", "-")}">'
                f'{_e(self.author)}</a> <time datetime="{self.day}T{self.time}">{self.day} {self.time}</time>'
                f' <span class="reading-time">{max(1, sum(len(p.split()) for p in self.story.paragraphs) // 220)} min read</span></div>')

    def figure(self, tag: str = "img") -> str:
        return (f'<figure class="lead-image"><{tag} src="/img/{self.rng.randint(1000, 9999)}.jpg" alt="" width="800" height="450">'
                f'{"</" + tag + ">" if tag != "img" else ""}<figcaption>{_e(self.rng.choice(CAPTIONS))} '
                f'<span class="credit">Photo: {_e(self.rng.choice(AUTHORS))}/{_e(self.site)}</span></figcaption></figure>')

    def read_more(self) -> str:
        rel = self.related(3, with_teaser=False)
        if not rel:
            return ""
        url, head, _ = rel[-1]
        return f'<p class="read-more"><strong>READ MORE:</strong> <a href="{_e(url)}">{_e(head)}</a></p>'

    def newsletter(self) -> str:
        return (f'<div class="newsletter-signup"><h3>Morning Briefing</h3><p>{_e(NEWSLETTER)}</p>'
                f'<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>')

    def tags(self) -> str:
        words = [w for w in re.findall(r"[A-Z][a-z]{3,}", " ".join(self.story.paragraphs))][:40]
        picked = list(dict.fromkeys(words))[:5] or ["News"]
        return '<div class="tags"><span>Topics:</span>' + "".join(f'<a href="/tag/{t.lower()}">{t}</a>' for t in picked) + "</div>"

    def bio(self) -> str:
        return (f'<div class="author-bio"><img src="/img/a.jpg" alt=""><p>'
                f'{_e(BIO.format(author=self.author, first=self.author.split()[0]))}</p></div>')

    def related_block(self, n: int, cls: str, title: str = "Related stories") -> str:
        items = "".join(f'<li><a href="{_e(u)}"><h4>{_e(h)}</h4></a><p>{_e(t)}</p></li>' for u, h, t in self.related(n))
        return f'<section class="{cls}"><h2>{title}</h2><ul>{items}</ul></section>'

    def comments_block(self, n: int) -> str:
        items = "".join(f'<li class="comment"><div class="comment-author">{_e(a)}</div>'
                        f'<div class="comment-body"><p>{_e(c)}</p></div><a class="reply" href="#">Reply</a></li>'
                        for a, c in self.comments(n))
        return f'<section id="comments" class="comments"><h2>{n} comments</h2><ol>{items}</ol></section>'

    def footer(self) -> str:
        cols = "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in self.sections[:6])
        return (f'<footer class="site-footer"><ul>{cols}</ul><p>{_e(FOOTER_ABOUT)}</p>'
                f'<p>&copy; 2024 {_e(self.site)}</p></footer>')


def _paras(paragraphs: list[str], kit: _Kit, *, tag: str = "p", attrs: str = "", inserts: dict[int, str] | None = None) -> str:
    out = []
    for i, p in enumerate(paragraphs):
        out.append(f"<{tag}{attrs}>{_e(p)}</{tag}>")
        if inserts and i in inserts:
            out.append(inserts[i])
    return "".join(out)


def _middle(n: int) -> int:
    return max(0, n // 2 - 1)


def render(story: Story, layout: str, others: list[Story], *, seed: str = "") -> str:
    """The HTML page of ``story`` in ``layout`` (deterministic for the same inputs)."""
    rng = random.Random(zlib.crc32(f"{seed}|{layout}|{story.url}".encode()))
    host = re.sub(r"^https?://", "", story.url).split("/", 1)[0]
    site = host.removeprefix("www.").split(".")[0].replace("-", " ").title() or "The Daily"
    kit = _Kit(story, [o for o in others if o.url != story.url], rng, site)
    paras = story.paragraphs
    mid = _middle(len(paras))
    if layout == "wordpress":
        body = (f'<body class="post-template-default single"><div id="page" class="site">{kit.cookie("cookie-notice-container")}'
                f'<header id="masthead" class="site-header">{kit.nav()}</header>'
                f'<div id="content" class="site-content"><main id="main" class="site-main">'
                f'<nav class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/news/">News</a></nav>'
                f'<article class="post type-post status-publish"><header class="entry-header">'
                f'<h1 class="entry-title">{_e(story.headline)}</h1>{kit.byline()}</header>{kit.figure()}'
                f'<div class="entry-content">{_paras(paras, kit, inserts={mid: kit.read_more()})}</div>'
                f'<footer class="entry-footer">{kit.tags()}{kit.share()}</footer></article>{kit.bio()}'
                f'<nav class="post-navigation"><a rel="prev" href="#">&larr; {_e(kit.related(2, False)[0][1] if kit.others else "Previous")}</a>'
                f'<a rel="next" href="#">{_e(kit.related(2, False)[-1][1] if kit.others else "Next")} &rarr;</a></nav>'
                f'<div id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><ol class="comment-list">'
                + "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta">{_e(a)} says:</footer>'
                          f'<div class="comment-content"><p>{_e(c)}</p></div></article></li>' for a, c in kit.comments(4))
                + '</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea>'
                  '<button>Post Comment</button></form></div></div></main>'
                f'<aside id="secondary" class="widget-area">{kit.related_block(5, "widget widget_recent_entries", "Recent Posts")}'
                f'<section class="widget"><h2>Categories</h2><ul>' + "".join(f"<li>{x}</li>" for x in kit.sections[:5]) + "</ul></section>"
                f'</aside></div>{kit.footer()}</div></body>')
        return f"<!DOCTYPE html><html lang=\"en\">{kit.head()}{body}</html>"
    if layout == "newsroom":
        def h() -> str:  # hashed class names
            return f"css-{rng.randrange(16**6):06x}"

        def card(u: str, hd: str, _t: str) -> str:
            return (f'<div class="{h()}"><a href="{_e(u)}"><div class="{h()}">Related</div>'
                    f'<div class="{h()}">{_e(hd)}</div></a></div>')
        rel = kit.related(4, with_teaser=True)
        inserts = {mid: f'<div class="{h()}" data-testid="ad-slot"><span>Advertisement</span><div id="gpt-ad-1"></div></div>'}
        if rel and len(paras) > 3:
            inserts[1] = card(*rel[0])
        if len(paras) > 6:
            inserts[len(paras) - 3] = kit.newsletter()
        body_paras = "".join(
            f'<div class="{h()}"><p class="{h()}" data-component="text-block">{_e(p)}</p></div>' + inserts.get(i, "")
            for i, p in enumerate(paras))
        nd = {"props": {"pageProps": {"article": {"headline": story.headline, "summary": _first_sentence(paras),
                                                   "body": paras[: min(2, len(paras))]}}}}
        body = (f'<body><div id="__next"><div class="{h()}">{kit.cookie(h())}<header class="{h()}">{kit.nav()}</header>'
                f'<main class="{h()}"><div class="{h()}"><span class="{h()}">{_e(kit.sections[0])}</span>'
                f'<h1 class="{h()}">{_e(story.headline)}</h1><p class="{h()}">{_e(_first_sentence(paras))}</p>'
                f'{kit.byline()}{kit.share()}</div>{kit.figure()}<div class="{h()}">{body_paras}</div>{kit.tags()}'
                f'<div class="{h()}"><h2>More from {_e(site)}</h2>'
                + "".join(f'<div class="{h()}"><a href="{_e(u)}"><h3>{_e(hd)}</h3><p>{_e(t)}</p></a></div>' for u, hd, t in rel)
                + f'</div></main>{kit.footer()}</div></div>'
                f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd)}</script></body>')
        return f"<!DOCTYPE html><html lang=\"en\">{kit.head()}{body}</html>"
    if layout == "legacy":
        text = "<br><br>\n".join(_e(p) for p in paras)
        links = "".join(f'<a href="/{x.lower()}.asp"><font color="#003366">{x}</font></a><br>' for x in kit.sections)
        rel = "".join(f'<tr><td><font size="2"><a href="{_e(u)}"><b>{_e(hd)}</b></a><br>{_e(t)}</font></td></tr>'
                      for u, hd, t in kit.related(5))
        body = (f'<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0">'
                f'<tr><td colspan="3" class="banner"><a href="/"><img src="/img/logo.gif" alt="{_e(site)}"></a>'
                f'<font size="1">{kit.day} | Home | Contact | Advertise</font></td></tr>'
                f'<tr><td width="160" valign="top" class="leftnav"><font size="2">{links}</font></td>'
                f'<td valign="top" class="content"><font face="Arial" size="2"><span class="date">{kit.day}</span><br>'
                f'<h2>{_e(story.headline)}</h2><i>By {_e(kit.author)}</i><br><br>\n{text}<br><br>'
                f'<a href="javascript:window.print()">Print this article</a> | <a href="mailto:?">Email to a friend</a></font>'
                f'<hr><table class="related"><tr><td><b>Related news</b></td></tr>{rel}</table></td>'
                f'<td width="200" valign="top" class="rightcol"><font size="1"><b>Advertisement</b><br>'
                f'<img src="/ads/banner.gif"><br><b>Poll</b><br>Should the government raise fuel prices?<br>'
                f'<input type="radio"> Yes<br><input type="radio"> No<br></font></td></tr>'
                f'<tr><td colspan="3" class="footer"><font size="1">{_e(FOOTER_ABOUT)}</font></td></tr></table></body>')
        return (f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html>"
                f"<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>{_e(site)} - "
                f"{_e(story.headline)}</title></head>{body}</html>")
    if layout == "amp":
        most = "".join(f'<li><a href="{_e(u)}">{_e(hd)}</a></li>' for u, hd, _ in kit.related(6, with_teaser=False))
        body = (f'<body><amp-consent id="consent" layout="nodisplay">{kit.cookie("amp-consent-ui")}</amp-consent>'
                f'<header class="amp-header"><a href="/">{_e(site)}</a><amp-sidebar id="menu" layout="nodisplay">{kit.nav()}'
                f'</amp-sidebar></header><main><article class="amp-article"><h1>{_e(story.headline)}</h1>{kit.byline()}'
                f'{kit.figure("amp-img")}<div class="article-body">'
                f'{_paras(paras, kit, inserts={mid: "<amp-ad width=300 height=250 type=doubleclick></amp-ad>"})}</div>'
                f'{kit.share()}</article><aside class="most-read"><h2>Most read</h2><ol>{most}</ol></aside>'
                f'{kit.related_block(3, "more-stories", "More stories")}</main>{kit.footer()}</body>')
        head = kit.head('<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{font:16px serif}</style>')
        head = head.replace(f'<link rel="amphtml" href="{_e(story.url.rstrip("/") + "/amp/")}">', "")
        return f"<!DOCTYPE html><html amp lang=\"en\">{head}{body}</html>"
    if layout == "portal":
        ticker = " &bull; ".join(_e(hd) for _, hd, _ in kit.related(5, with_teaser=False))
        quote_src = max(paras, key=len) if paras else ""
        quote = _first_sentence([quote_src]) if quote_src else ""
        inserts = {mid: f'<blockquote class="pullquote"><p>{_e(quote)}</p></blockquote>'}
        if len(paras) > 4:
            inserts[len(paras) - 2] = kit.read_more()
        grid = "".join(f'<div class="teaser"><a href="{_e(u)}"><h3>{_e(hd)}</h3></a><p>{_e(t)}</p></div>'
                       for u, hd, t in kit.related(8))
        body = (f'<body><div class="ticker"><b>Breaking:</b> {ticker}</div>{kit.nav()}{kit.cookie("gdpr-box")}'
                f'<div class="container"><div class="col-main"><div class="story-header"><a class="kicker" href="#">'
                f'{_e(kit.sections[1])}</a><h1>{_e(story.headline)}</h1>{kit.byline()}<span class="comments-count">'
                f'{rng.randint(2, 90)} comments</span></div>{kit.figure()}<div class="story-body">'
                f'{_paras(paras, kit, inserts=inserts)}</div>{kit.tags()}{kit.share()}{kit.bio()}'
                f'{kit.comments_block(3)}</div><div class="col-side">{kit.newsletter()}'
                f'<div class="teaser-grid"><h2>Top stories</h2>{grid}</div></div></div>{kit.footer()}</body>')
        return f"<!DOCTYPE html><html lang=\"en\">{kit.head()}{body}</html>"
    if layout == "drupal":
        rel = kit.related(6, with_teaser=True)
        also = "".join(f'<li><a href="{_e(u)}">{_e(hd)}</a></li>' for u, hd, _ in rel[:2])
        inserts = {mid: f'<div class="also-read"><h4>Also read</h4><ul>{also}</ul></div>'}
        if len(paras) > 5:
            inserts[2] = (f'<div class="infobox"><h4>Key facts</h4><ul><li>Published {kit.day}</li>'
                          f'<li>Section: {_e(kit.sections[2])}</li><li>Updated {kit.time}</li></ul></div>')
        latest = "".join(f'<li><span class="time">{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span> '
                         f'<a href="{_e(u)}">{_e(hd)}</a></li>' for u, hd, _ in rel)
        cards = "".join(f'<div class="card"><img src="/img/{i}.jpg" alt=""><div class="card-body"><a href="{_e(u)}">'
                        f'{_e(hd)}</a><div class="card-text">{_e(t)}</div></div></div>' for i, (u, hd, t) in enumerate(rel[2:5]))
        body = (f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">'
                f'{kit.cookie("eu-cookie-compliance-banner")}<div class="region region-header">{kit.nav()}</div>'
                f'<div class="layout-container"><main role="main"><div class="region region-content">'
                f'<article role="article" class="node node--type-article node--view-mode-full">'
                f'<h1 class="page-title"><span class="field field--name-title">{_e(story.headline)}</span></h1>'
                f'<div class="node__meta">{kit.byline()}</div>{kit.figure()}'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">'
                f'{_paras(paras, kit, inserts=inserts)}</div>'
                f'<div class="field field--name-field-tags">{kit.tags()}</div><div class="node__links">'
                f'<ul class="links inline"><li><a href="/user/login">Log in to post comments</a></li></ul></div>'
                f'</article><div class="subscribe-box"><h3>Support local journalism</h3><p>Subscribe for unlimited '
                f'access to our reporting from across the region, starting at one dollar a week.</p>'
                f'<a href="/subscribe">Subscribe now</a></div><section class="related-cards"><h2>You may also like</h2>'
                f'{cards}</section><div id="disqus_thread"></div></div></main>'
                f'<aside class="layout-sidebar-second" role="complementary"><div class="block block-views">'
                f'<h2>Latest news</h2><ul>{latest}</ul></div></aside></div>{kit.footer()}</div></body>')
        return f"<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">{kit.head()}{body}</html>"
    raise ValueError(f"unknown layout {layout!r}; choose from {LAYOUTS}")
