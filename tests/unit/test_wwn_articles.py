"""The worldwide-newswire sweep tooling: a deterministic sentence split, the diff of two sweeps, and the batch
tools (halves, the coded-file check, merge)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from benchmarks.eval_events import halves_part
from benchmarks.wwn_articles import check_coded, diff, halves, merge, split_sentences


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


# a made-up batch (no worldwide-newswire text): one article of two sentences
_DRAW = [{"article": "xx_paper_1", "url": "", "sentences": ["Police in Tallinn arrested two activists on Monday.",
                                                              "The opposition condemned the arrests."]}]


def _coded(**event: object) -> list[dict]:
    arrest = {"type": "COERCE", "trigger": "arrested", "source": ["Police in Tallinn"], "source_country": ["EST"],
              "target": ["two activists"], "target_country": ["EST"], "mode": "", **event}
    return [{"article": "xx_paper_1", "published": "2022-07-20",
             "sentences": [{"text": _DRAW[0]["sentences"][0], "is_title": False, "events": [arrest]},
                           {"text": _DRAW[0]["sentences"][1], "is_title": False, "events": []}]}]


def test_check_passes_a_well_formed_coding() -> None:
    assert check_coded(_coded(), _DRAW) == []


def test_check_names_each_fault_of_an_event() -> None:
    errors = check_coded(_coded(type="ARREST", trigger="detained", mode="asserted", target_country=["Estonia"],
                                source_resolved="the police"), _DRAW)  # fmt: skip
    assert len(errors) == 5, errors
    assert any("not a PLOVER type" in e for e in errors) and any("trigger 'detained'" in e for e in errors)
    assert any("mode must be" in e for e in errors) and any("'Estonia' is not ISO" in e for e in errors)
    assert any("source_resolved must be a list" in e for e in errors)


def test_check_wants_the_drawn_sentences_and_a_party() -> None:
    coded = _coded(source=[], source_country=[], target=[], target_country=[])
    assert check_coded(coded, _DRAW) == ["xx_paper_1 S0 COERCE: neither a source nor a target (not coded in these "
                                         "conventions)"]
    coded[0]["sentences"][1]["text"] = "The opposition condemned the arrest."
    assert check_coded(coded, _DRAW) == ["xx_paper_1: 2 sentences that are not the draw's 2; copy them as drawn"]
    assert check_coded([{**coded[0], "article": "yy_1"}], _DRAW) == ["'yy_1': not an article of the draw"]


def test_halves_split_as_the_evaluation_does_and_merge_joins_them(tmp_path: Path) -> None:
    draw = [{"article": f"xx_paper_{i}", "url": "", "sentences": ["One."]} for i in range(12)]
    batch = tmp_path / "r999.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in draw), encoding="utf-8")
    counts = halves(batch, tmp_path / "out")
    look = [json.loads(x)["article"] for x in (tmp_path / "out" / "r999-look.jsonl").read_text().splitlines()]
    apart = [json.loads(x)["article"] for x in (tmp_path / "out" / "r999-apart.jsonl").read_text().splitlines()]
    assert counts == {"look": len(look), "apart": len(apart)} and sorted(look + apart) == sorted(r["article"] for r in draw)
    assert look and apart and all(halves_part("r999", a) == "look" for a in look)
    assert merge(tmp_path / "r999.jsonl", [tmp_path / "out" / "r999-apart.jsonl", tmp_path / "out" / "r999-look.jsonl"]) == 12


def _collection(root: Path) -> None:
    """A made-up shared folder: a dev article of outlet "dev", two more of it, one each of "a" and "b"."""
    arts = root / "eval" / "worldwide_newswire" / "original_articles"
    arts.mkdir(parents=True)
    body = " ".join(f"Sentence number {i} is here." for i in range(10))
    for name in ("dev_1", "dev_2", "dev_3", "a_1", "b_1"):
        (arts / f"{name}.txt").write_text(f"https://example.org/{name}\n\n{body}\n", encoding="utf-8")
    events = root / "eval" / "events"
    events.mkdir(parents=True)
    (events / "articles_dev.jsonl").write_text(json.dumps({"article": "dev_1", "sentences": []}) + "\n", encoding="utf-8")


def test_batch_draws_the_dev_outlets_only_when_asked(tmp_path: Path, monkeypatch) -> None:
    from benchmarks.wwn_articles import batch

    _collection(tmp_path / "shared")
    monkeypatch.setenv("WIRELAKE_SHARED", str(tmp_path / "shared"))
    assert sorted(batch(tmp_path / "b1.jsonl", 1, 5, set())) == ["a_1", "b_1"]
    drawn = batch(tmp_path / "b2.jsonl", 1, 5, {"a_1"}, dev_outlets=True)
    assert "dev_1" not in drawn and "a_1" not in drawn  # never a dev article nor an excluded one
    assert len(drawn) == 2 and "b_1" in drawn and {"dev_2", "dev_3"} & set(drawn)  # one per outlet: b and dev
    assert [json.loads(line)["article"] for line in (tmp_path / "b2.jsonl").read_text().splitlines()] == drawn


def test_batch_draws_articles_of_the_lengths_asked(tmp_path: Path, monkeypatch) -> None:
    from benchmarks.wwn_articles import _span, batch

    _collection(tmp_path / "shared")
    arts = tmp_path / "shared" / "eval" / "worldwide_newswire" / "original_articles"
    long_body = " ".join(f"Sentence number {i} is here." for i in range(25))
    (arts / "c_1.txt").write_text(f"https://example.org/c_1\n\n{long_body}\n", encoding="utf-8")
    monkeypatch.setenv("WIRELAKE_SHARED", str(tmp_path / "shared"))
    assert sorted(batch(tmp_path / "b1.jsonl", 1, 5, set())) == ["a_1", "b_1"]  # 8-22 by default: not c_1's 25
    assert batch(tmp_path / "b2.jsonl", 1, 5, set(), sentences=(23, 30)) == ["c_1"]
    assert len(json.loads((tmp_path / "b2.jsonl").read_text())["sentences"]) == 25
    assert _span("23-30") == (23, 30)
    for bad in ("30-23", "23", "a-b", "0-5"):
        with pytest.raises(argparse.ArgumentTypeError, match="MIN-MAX"):
            _span(bad)
