"""The worldwide-newswire sweep tooling: a deterministic sentence split and the diff of two sweeps."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.wwn_articles import diff, split_sentences


def test_split_skips_the_url_line_and_keeps_paragraphs_apart() -> None:
    text = ("https://example.org/news/1\n\nMOSCOW - Mr. Putin met Dr. Assad on Monday. \"We talked,\" he said.\r\n"
            "The U.S. envoy was not there.\n\nA second paragraph without an end")
    assert split_sentences(text) == [
        "MOSCOW - Mr. Putin met Dr. Assad on Monday.",
        "\"We talked,\" he said.",
        "The U.S. envoy was not there.",
        "A second paragraph without an end",
    ]


def test_split_does_not_break_before_a_lowercase_word_or_inside_numbers() -> None:
    assert split_sentences("It cost 3.5 million dollars. then it rose.") == ["It cost 3.5 million dollars. then it rose."]


def _sweep(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_diff_lists_events_gone_and_new_by_sentence(tmp_path: Path) -> None:
    row = {"article": "a_1", "line": 2, "sentence": "X condemned Y.", "type": "DISAPPROVE", "trigger": "condemned",
           "source": "X", "target": "Y", "mode": "asserted"}
    before = _sweep(tmp_path / "before.jsonl", [row, {**row, "line": 3, "sentence": "Z met W.", "type": "CONSULT"}])
    after = _sweep(tmp_path / "after.jsonl", [{**row, "target": None}, {**row, "line": 3, "sentence": "Z met W.",
                                                                       "type": "CONSULT"}])
    lines = diff(before, after)
    assert lines[0] == "2 -> 2 events"
    assert lines[1:] == ["\n[a_1 2] X condemned Y.", "  - ('DISAPPROVE', 'condemned', 'X', 'Y', 'asserted')",
                         "  + ('DISAPPROVE', 'condemned', 'X', None, 'asserted')"]
