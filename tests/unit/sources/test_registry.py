from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import FeedRegistryError
from pipeline.sources.registry import load_registry, select


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "feeds.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_loads_valid_registry(tmp_path: Path) -> None:
    feeds = load_registry(_write(tmp_path, """
feeds:
  - {name: reuters-world, url: "https://example.com/world.rss", agency: Reuters, language: en, poll_interval: 15m}
  - {name: afp, url: "http://example.org/afp.xml", agency: AFP, language: fr, allow_private_network: true}
  - {name: le-matinal, url: "https://example.mu/rss", agency: Le Matinal, language: en, country: MUS}
"""))
    assert [f.name for f in feeds] == ["reuters-world", "afp", "le-matinal"]
    assert feeds[0].poll_interval_s == 900 and not feeds[0].allow_private_network
    assert feeds[1].allow_private_network
    assert (feeds[0].country, feeds[2].country) == (None, "MUS")  # a wire has none; a local paper its own


@pytest.mark.parametrize(("entry", "message"), [
    ('{name: x1, url: "ftp://example.com/f", agency: A, language: en}', "feed 'x1': field 'url'"),
    ('{name: x2, url: "https://example.com/f", language: en}', "feed 'x2': field 'agency' is missing"),
    ('{name: "Bad Name", url: "https://e.com/f", agency: A, language: en}', "field 'name' must be"),
    ('{name: x3, url: "https://e.com/f", agency: A, language: en, colour: red}', "unknown field(s) ['colour']"),
    ('{name: x4, url: "https://e.com/f", agency: A, language: en, poll_interval: often}', "field 'poll_interval' 'often'"),
    ('{name: x5, url: "https://e.com/f", agency: A, language: en, allow_private_network: "yes"}', "allow_private_network"),
    ('{name: x6, url: "https://e.com/f", agency: A, language: en, poll_interval: true}', "feed 'x6': field 'poll_interval'"),
    ('{name: x7, url: "https://e.com/f", agency: A, language: en, poll_interval: 0s}', "feed 'x7': field 'poll_interval'"),
    ('{name: x8, url: "https://e.com/f", agency: A, language: "english!"}', "feed 'x8': field 'language'"),
    ('{name: x9, url: "javascript:alert(1)", agency: A, language: en}', "feed 'x9': field 'url'"),
    ('{url: "https://e.com/f", agency: A, language: en}', "feeds[0]: field 'name' is missing"),
    ('{name: x10, url: "https://e.com/f", agency: A, language: en, country: Kenya}', "feed 'x10': field 'country' must "
                                                                                     "be an ISO 3166-1 alpha-3 code"),
    ('{name: x11, url: "https://e.com/f", agency: A, language: en, country: ken}', "feed 'x11': field 'country'"),
])
def test_errors_name_the_feed_and_field(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(FeedRegistryError) as err:
        load_registry(_write(tmp_path, f"feeds:\n  - {entry}\n"))
    assert message in str(err.value)
    assert err.value.code == "W110"


def test_every_problem_of_an_entry_is_named_with_its_fix(tmp_path: Path) -> None:
    with pytest.raises(FeedRegistryError) as err:
        load_registry(_write(tmp_path, 'feeds:\n  - {name: x, url: "https://e.com/f", content: page, '
                                       "full_text_min_words: -3}\n"))
    text = str(err.value)
    for part in ("feed 'x': ", "field 'agency' is missing or empty", "field 'language' is missing or empty",
                 "field 'content' must be one of feed, link, auto, got 'page'",
                 "field 'full_text_min_words' must be a whole number >= 0, got -3",
                 "How to fix: give agency as a non-empty string", "docs/pages.md"):
        assert part in text


def test_a_secret_in_a_bad_url_is_never_echoed(tmp_path: Path) -> None:
    for url in ("ftp://reader:s3cr3t-pw@e.com/f", "https://reader:s3cr3t-pw@e.com/f?x=1 2"):
        with pytest.raises(FeedRegistryError) as err:
            load_registry(_write(tmp_path, f'feeds:\n  - {{name: x, url: "{url}", agency: A, language: en}}\n'))
        assert "field 'url'" in str(err.value)
        assert "s3cr3t" not in str(err.value) and err.value.__cause__ is None and err.value.__context__ is None


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


def test_a_name_ending_in_a_newline_is_refused(tmp_path: Path) -> None:
    """YAML `name: |` gives "wire\\n": a `$`-anchored match accepted it, and the partition path then
    broke query and report (issue #13, item 9)."""
    with pytest.raises(FeedRegistryError, match="field 'name' must be"):
        load_registry(_write(tmp_path, 'feeds:\n  - name: |\n      wire\n    url: "https://e.com/f"\n'
                                       "    agency: A\n    language: en\n"))
    with pytest.raises(FeedRegistryError, match="field 'language'"):
        load_registry(_write(tmp_path, 'feeds:\n  - name: w\n    url: "https://e.com/f"\n    agency: A\n'
                                       "    language: |\n      en\n      de\n"))


def test_auth_names_where_secrets_are_and_never_holds_them(tmp_path: Path) -> None:
    feeds = load_registry(_write(tmp_path, """
feeds:
  - {name: a, url: "https://e.com/a", agency: A, language: en, auth: {type: bearer, secret_env: A_TOKEN}}
  - {name: b, url: "https://e.com/b", agency: B, language: en, auth: {type: basic, connection: b_feed}}
  - {name: c, url: "https://e.com/c", agency: C, language: en, auth: {type: query, param: apikey, secret_env: C_KEY}}
  - {name: d, url: "https://e.com/d", agency: D, language: en, auth: {type: header, header: X-Api-Key, secret_env: D}}
"""))
    assert feeds[0].auth == {"type": "bearer", "secret_env": "A_TOKEN"}
    for bad, msg in [("{type: bearer, token: abc}", "unknown field"), ("{type: magic, secret_env: X}", "auth type"),
                     ("{type: basic, secret_env: X}", "username_env"), ("{type: query, secret_env: X}", "'param'"),
                     ("{type: bearer}", "either 'connection'"), ("{type: bearer, secret_env: 'a b'}", "not an environment")]:
        with pytest.raises(FeedRegistryError, match=msg):
            load_registry(_write(tmp_path, 'feeds:\n  - {name: a, url: "https://e.com/a", agency: A, language: en, '
                                           f"auth: {bad}}}\n"))


def test_credentials_resolved_from_env_and_connections() -> None:
    import base64

    from pipeline.errors import ConfigError
    from pipeline.sources.auth import credentials_for
    from pipeline.sources.registry import Feed

    def feed(auth: dict[str, str]) -> Feed:
        return Feed("f", "https://e.com/f", "A", auth=auth)

    env = {"TOK": "t0ken-1", "U": "reader", "P": "pw-2", "AIRFLOW_CONN_WIRE_FEED": '{"login": "cl", "password": "cp-3"}',
           "AIRFLOW_CONN_URI_FEED": "http://u%40x:p%2F4@host"}
    assert credentials_for(feed({"type": "bearer", "secret_env": "TOK"}), env=env).headers == {  # type: ignore[union-attr]
        "Authorization": "Bearer t0ken-1"}
    basic = credentials_for(feed({"type": "basic", "username_env": "U", "secret_env": "P"}), env=env)
    assert base64.b64decode(basic.headers["Authorization"].split()[1]) == b"reader:pw-2"  # type: ignore[union-attr]
    conn = credentials_for(feed({"type": "basic", "connection": "wire_feed"}), env=env)
    assert base64.b64decode(conn.headers["Authorization"].split()[1]) == b"cl:cp-3"  # type: ignore[union-attr]
    uri = credentials_for(feed({"type": "query", "param": "k", "connection": "uri_feed"}), env=env)
    assert uri.query == {"k": "p/4"}  # type: ignore[union-attr]
    looked_up = credentials_for(feed({"type": "header", "header": "X-K", "connection": "c"}), env={},
                                connections=lambda c: ("l", f"secret-of-{c}"))
    assert looked_up.headers == {"X-K": "secret-of-c"}  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match=r"\$TOK2 holds no password"):
        credentials_for(feed({"type": "bearer", "secret_env": "TOK2"}), env=env)
    with pytest.raises(ConfigError, match="AIRFLOW_CONN_NOPE is not set"):
        credentials_for(feed({"type": "bearer", "connection": "nope"}), env=env)
