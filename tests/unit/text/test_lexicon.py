"""Word lists as versioned data files, and the decoder of the lexicon prior's codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.text import lexicon
from pipeline.text.lexicon import Prior, PriorCode, decode


def test_every_data_file_is_versioned_and_commented() -> None:
    files = sorted(lexicon.DATA_DIR.glob("*.v1.json"))
    assert {f.name for f in files} >= {"names.v1.json", "truecase.v1.json", "sentences.v1.json",
                                       "detokenize.v1.json", "dateline.v1.json"}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["version"] == path.name.removesuffix(".json")
        assert data["comment"]
        for key, entry in data["lists"].items():
            assert entry["comment"] and entry["words"], (path.name, key)


def test_words_and_missing_list() -> None:
    assert "ministry" in lexicon.words("names", "heads")
    assert lexicon.entry("detokenize", "pronoun_clitics")["m"] == ["i"]
    with pytest.raises(KeyError, match="E204"):
        lexicon.words("names", "no_such_list")


def test_wrong_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "odd.v1.json").write_text(json.dumps({"version": "odd.v2", "comment": "", "lists": {}}))
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    with pytest.raises(ValueError, match="E203"):
        lexicon.words("odd", "x")


@pytest.mark.parametrize(
    ("code", "decoded", "capitalized", "confident"),
    [
        ("t5", PriorCode("t", 5), True, "t"),
        ("u7", PriorCode("u", 7), True, "u"),
        ("m0", PriorCode("m", 0), True, "l"),  # no margin: not a confident capital
        ("l3", PriorCode("l", 3), False, "l"),
        ("lr", PriorCode("l", None), False, "l"),  # rare, only seen lower-case
    ],
)
def test_decode(code: str, decoded: PriorCode, capitalized: bool, confident: str) -> None:
    pc = decode(code)
    assert pc == decoded and pc.capitalized is capitalized and pc.confident_case == confident


@pytest.mark.parametrize("code", ["", "t", "x5", "t55", "tr", "?"])
def test_decode_refuses_malformed_codes(code: str) -> None:
    with pytest.raises(ValueError, match="E205"):
        decode(code)


def test_prior_lookups() -> None:
    prior = Prior({"putin": "t7", "the": "l7", "nato": "u6", "ngos": "m5"})
    assert prior.get("putin") == PriorCode("t", 7) and prior.get("unknown") is None
    assert prior.capitalized("nato") and not prior.capitalized("the") and not prior.capitalized("unknown")
    assert prior.lower("the") and not prior.lower("putin") and not prior.lower("unknown")
    assert prior.confident_case("ngos") == "m" and prior.confident_case("unknown") == "l"
