"""Golden tests of the normalizer: the sample article and the hard sentences against
tests/golden/text/*.jsonl (made by tests/golden/text.py; regenerate with ``python -m tests.golden.regen``
after an intended change and review the diff), and the hand-written ideal output."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.text import normalize
from tests.golden import text
from tests.golden.regen import HINT, assert_golden
from tests.support.paths import SAMPLE_ARTICLE


def check(files: dict[Path, str]) -> None:
    """Record by record first (a readable diff), then byte for byte."""
    for path, content in files.items():
        got = [json.loads(line) for line in content.splitlines()]
        want = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(got) == len(want), f"{path.name}: {len(got)} records, golden has {len(want)}; {HINT}"
        for g, w in zip(got, want):
            assert g == w, HINT
        assert_golden(path, content)


def test_sample_article() -> None:
    check(text.sample_article())


def test_sample_article_key_forms() -> None:
    nt = normalize(SAMPLE_ARTICLE.read_text(encoding="utf-8"))
    assert nt.text.startswith("MOSCOW (Reuters) - President Vladimir Putin flew into Syria")
    for form in ("Moscow's military", "Russia's main", "U.S. priorities", "Shi'ite militias", "Bashar", "Pentagon"):
        assert form in nt.text
    assert nt.dateline is not None
    assert (nt.dateline.city, nt.dateline.agency, nt.dateline.text) == ("MOSCOW", "Reuters", "MOSCOW (Reuters) -")
    assert nt.text[nt.body_start :].startswith("President Vladimir Putin")
    assert nt.text.count("\n") == nt.raw.count("\n")


def test_hard_sentences() -> None:
    check(text.hard_sentences())


def test_hard_sentences_against_ideal() -> None:
    """The hand-written ideal output: detokenization must match exactly (case-insensitively),
    and at least 8 of the 12 sentences must match exactly (casing errors are measured, not hidden)."""
    lines = text.HARD_SENTENCES.read_text(encoding="utf-8").splitlines()
    ideal = text.HARD_IDEAL.read_text(encoding="utf-8").splitlines()
    got = [normalize(line).text for line in lines]
    assert [g.lower() for g in got] == [i.lower() for i in ideal]
    assert sum(g == i for g, i in zip(got, ideal)) >= 8
