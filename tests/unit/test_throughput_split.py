"""The throughput benchmark gives each bare-spaCy process the texts its pipeline worker replays."""

from __future__ import annotations

from pathlib import Path

from benchmarks import throughput
from pipeline.lake.storage import Storage
from pipeline.parse import parse_payload
from pipeline.sources.landing import read_landed


def test_texts_of_feeds_are_the_landed_feeds_texts(tmp_path: Path) -> None:
    texts = [f"line {i} of article {i}\nsecond line {i}" for i in range(23)]
    storage = Storage.from_uri(str(tmp_path / "lake"), None)
    storage.create_bucket()
    names = throughput.land_corpus(storage, texts, 3, per_payload=4)
    for k, name in enumerate(names):
        landed = []
        for payload in read_landed(storage, throughput.DAY, name):
            parsed = parse_payload(payload.body, feed=name, url=payload.url)
            landed += [a.raw_text for a in parsed.articles]
        expected = throughput.texts_of_feeds(texts, 3, [k], per_payload=4)
        assert [t.replace("\n", " ") for t in expected] == [t.replace("\n", " ") for t in landed]
    # two workers: feeds 0 and 2, then feed 1; together every text once
    first = throughput.texts_of_feeds(texts, 3, [0, 2], per_payload=4)
    second = throughput.texts_of_feeds(texts, 3, [1], per_payload=4)
    assert sorted(first + second) == sorted(texts)
    assert len(first) == 4 + 4 + 4 + 3 and len(second) == 8
