"""Golden tests: the sample article and hard sentences against stored expected output.

Regenerate after an intended change with ``WIRELAKE_REGEN_GOLDEN=1 pytest tests/unit/test_text_golden.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from pipeline.text import NormalizedText, normalize

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "text"
FIXTURE = ROOT / "tests" / "fixtures" / "reuters-putin-syria.txt"
SHARED_SAMPLE = Path(os.environ.get("WIRELAKE_SHARED", ROOT.parent / "shared")) / "samples" / "reuters-putin-syria.txt"
REGEN = os.environ.get("WIRELAKE_REGEN_GOLDEN") == "1"


def as_record(nt: NormalizedText) -> dict:
    return {
        "raw": nt.raw,
        "text": nt.text,
        "casing": nt.casing,
        "dateline": asdict(nt.dateline) if nt.dateline else None,
        "body_start": nt.body_start,
    }


def check(records: list[dict], path: Path) -> None:
    if REGEN:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(expected)
    for got, want in zip(records, expected):
        assert got == want


def sample_path() -> Path:
    for path in (FIXTURE, SHARED_SAMPLE):
        if path.exists():
            return path
    pytest.skip("sample article not found")


def test_sample_article() -> None:
    raw = sample_path().read_text(encoding="utf-8")
    nt = normalize(raw)
    check([as_record(nt)], GOLDEN / "reuters-putin-syria.jsonl")


def test_sample_article_key_forms() -> None:
    nt = normalize(sample_path().read_text(encoding="utf-8"))
    assert nt.text.startswith("MOSCOW (Reuters) - President Vladimir Putin flew into Syria")
    for form in ("Moscow's military", "Russia's main", "U.S. priorities", "Shi'ite militias", "Bashar", "Pentagon"):
        assert form in nt.text
    assert nt.dateline is not None
    assert (nt.dateline.city, nt.dateline.agency, nt.dateline.text) == ("MOSCOW", "Reuters", "MOSCOW (Reuters) -")
    assert nt.text[nt.body_start :].startswith("President Vladimir Putin")
    assert nt.text.count("\n") == nt.raw.count("\n")


def test_hard_sentences() -> None:
    lines = (GOLDEN / "hard_sentences.txt").read_text(encoding="utf-8").splitlines()
    check([as_record(normalize(line)) for line in lines], GOLDEN / "hard_sentences.jsonl")


def test_hard_sentences_against_ideal() -> None:
    """The hand-written ideal output: detokenization must match exactly (case-insensitively),
    and at least 8 of the 12 sentences must match exactly (casing errors are measured, not hidden)."""
    lines = (GOLDEN / "hard_sentences.txt").read_text(encoding="utf-8").splitlines()
    ideal = (GOLDEN / "hard_sentences.ideal.txt").read_text(encoding="utf-8").splitlines()
    got = [normalize(line).text for line in lines]
    assert [g.lower() for g in got] == [i.lower() for i in ideal]
    assert sum(g == i for g, i in zip(got, ideal)) >= 8
