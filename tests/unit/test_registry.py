from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import FeedRegistryError
from pipeline.registry import load_registry, select


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "feeds.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_loads_valid_registry(tmp_path: Path) -> None:
    feeds = load_registry(_write(tmp_path, """
feeds:
  - {name: reuters-world, url: "https://example.com/world.rss", agency: Reuters, language: en, poll_interval: 15m}
  - {name: afp, url: "http://example.org/afp.xml", agency: AFP, language: fr, allow_private_network: true}
"""))
    assert [f.name for f in feeds] == ["reuters-world", "afp"]
    assert feeds[0].poll_interval_s == 900 and not feeds[0].allow_private_network
    assert feeds[1].allow_private_network


@pytest.mark.parametrize(("entry", "message"), [
    ('{name: x1, url: "ftp://example.com/f", agency: A, language: en}', "feed 'x1': field 'url'"),
    ('{name: x2, url: "https://example.com/f", language: en}', "feed 'x2': field 'agency' is missing"),
    ('{name: "Bad Name", url: "https://e.com/f", agency: A, language: en}', "field 'name' must be"),
    ('{name: x3, url: "https://e.com/f", agency: A, language: en, colour: red}', "unknown field(s) ['colour']"),
    ('{name: x4, url: "https://e.com/f", agency: A, language: en, poll_interval: often}', "poll_interval 'often'"),
    ('{name: x5, url: "https://e.com/f", agency: A, language: en, allow_private_network: "yes"}', "allow_private_network"),
    ('{name: x6, url: "https://e.com/f", agency: A, language: en, poll_interval: true}', "feed 'x6': poll_interval"),
    ('{name: x7, url: "https://e.com/f", agency: A, language: en, poll_interval: 0s}', "feed 'x7': poll_interval"),
    ('{name: x8, url: "https://e.com/f", agency: A, language: "english!"}', "feed 'x8': field 'language'"),
    ('{name: x9, url: "javascript:alert(1)", agency: A, language: en}', "feed 'x9': field 'url'"),
    ('{url: "https://e.com/f", agency: A, language: en}', "feeds[0]: field 'name' is missing"),
])
def test_errors_name_the_feed_and_field(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(FeedRegistryError) as err:
        load_registry(_write(tmp_path, f"feeds:\n  - {entry}\n"))
    assert message in str(err.value)
    assert err.value.code == "W110"


def test_duplicate_names_and_missing_list(tmp_path: Path) -> None:
    dup = '  - {name: a, url: "https://e.com/a", agency: A, language: en}\n'
    with pytest.raises(FeedRegistryError, match="declared twice"):
        load_registry(_write(tmp_path, "feeds:\n" + dup + dup))
    with pytest.raises(FeedRegistryError, match="no top-level 'feeds:' list"):
        load_registry(_write(tmp_path, "sources: []\n"))
    with pytest.raises(FeedRegistryError, match="cannot read"):
        load_registry(tmp_path / "missing.yaml")


def test_select_subset(tmp_path: Path) -> None:
    feeds = load_registry(_write(tmp_path, 'feeds:\n  - {name: a, url: "https://e.com/a", agency: A, language: en}\n'
                                           '  - {name: b, url: "https://e.com/b", agency: B, language: en}\n'))
    assert [f.name for f in select(feeds, ["b"])] == ["b"]
    assert select(feeds, None) == feeds
    with pytest.raises(FeedRegistryError, match=r"unknown feed\(s\) \['c'\]"):
        select(feeds, ["c"])
