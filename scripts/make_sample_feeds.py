"""Regenerate the bundled demo feeds (pipeline/samples/*.xml) from pipeline/samples/articles.yaml.

RSS 2.0 items carry the article as HTML in content:encoded (one <p> per sentence); Atom entries
carry it as plain text (type="text", one sentence per line). Run: python scripts/make_sample_feeds.py
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import yaml

SAMPLES = Path(__file__).resolve().parent.parent / "pipeline" / "samples"


def _text(item: dict) -> str:
    if "file" in item:
        return (SAMPLES / item["file"]).read_text(encoding="utf-8").strip()
    return str(item["text"]).strip()


def rss(items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">', "<channel>",
           "<title>reuters world ( sample )</title>", "<link>https://wire.example.com/world</link>",
           "<description>sample wire feed for wirelake: lowercased, tokenized articles</description>"]
    for it in items:
        body = "".join(f"<p>{escape(line)}</p>" for line in _text(it).splitlines())
        out += ["<item>", f"<title>{escape(it['title'])}</title>", f"<link>{escape(it['link'])}</link>",
                f'<guid isPermaLink="false">{it["id"]}</guid>', f"<pubDate>{it['published']}</pubDate>",
                f"<content:encoded><![CDATA[{body}]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def atom(items: list[dict]) -> str:
    updated = max(it["published"] for it in items)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>world wire ( sample )</title>", '<link href="https://news.example.org/"/>',
           f"<updated>{updated}</updated>", "<id>urn:wirelake:sample:wire-atom</id>"]
    for it in items:
        out += ["<entry>", f"<title>{escape(it['title'])}</title>", f'<link href="{escape(it["link"])}"/>',
                f"<id>urn:wirelake:sample:{it['id']}</id>", f"<updated>{it['published']}</updated>",
                f"<published>{it['published']}</published>", "<author><name>wire desk</name></author>",
                f'<content type="text">{escape(_text(it))}</content>', "</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


def main() -> None:
    data = yaml.safe_load((SAMPLES / "articles.yaml").read_text(encoding="utf-8"))
    (SAMPLES / "reuters-world.xml").write_text(rss(data["reuters-world"]), encoding="utf-8")
    (SAMPLES / "wire-atom.xml").write_text(atom(data["wire-atom"]), encoding="utf-8")


if __name__ == "__main__":
    main()
