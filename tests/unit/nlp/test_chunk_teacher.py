"""pipeline.nlp.enrich.ChunkTeacher: the tokenizer learns, outside memory zones, the chunks that recur
inside them, and splits every text exactly as before."""

from __future__ import annotations

import spacy

from pipeline.nlp.enrich import ChunkTeacher
from pipeline.text import NormalizedText

TEXTS = [
    "MOSCOW (Reuters) - Russia's president said, on Monday, that U.S. troops don't leave.\nHe said: \"no.\"",
    "The U.S. envoy (Reuters) said the e-mail, sent at 10:30 a.m., was 'fake' :) https://example.com/a?b=1",
    "Kyiv's mayor said, on Monday, that the 1996-08-22 talks failed... (Reuters)\n\nRussia's reply: none.",
]


def _split(nlp: spacy.language.Language, texts: list[str]) -> list[list[tuple[str, str]]]:
    with nlp.memory_zone():
        return [[(t.text, t.whitespace_) for t in nlp.make_doc(text)] for text in texts]


def test_recurring_chunks_are_learned_after_the_zone_and_splits_do_not_change() -> None:
    nlp = spacy.blank("en")
    before = _split(nlp, TEXTS)
    teacher = ChunkTeacher(nlp)
    room = teacher.room
    with nlp.memory_zone():
        teacher.count([NormalizedText.verbatim(t) for t in TEXTS])
        assert teacher.counts["said,"] == 2 and teacher.counts["(Reuters)"] == 3
    assert "Kyiv" not in nlp.vocab.strings  # made inside the zone, freed with it
    teacher.teach()
    assert {"said,", "(Reuters)", "Russia's", "U.S.", "on", "Monday,"} <= teacher.taught
    assert "Kyiv's" not in teacher.taught  # seen once
    assert teacher.room == room - len(teacher.taught) and not teacher.counts
    assert "Reuters" in nlp.vocab.strings  # tokenized outside the zone: kept, as the cache's lexemes are
    assert _split(nlp, TEXTS) == before
    assert _split(nlp, [t.lower() for t in TEXTS]) == _split(spacy.blank("en"), [t.lower() for t in TEXTS])


def test_nothing_is_counted_outside_a_zone_or_once_the_cache_is_full() -> None:
    nlp = spacy.blank("en")
    teacher = ChunkTeacher(nlp)
    teacher.count([NormalizedText.verbatim(t) for t in TEXTS])  # outside a zone spaCy caches by itself
    assert not teacher.counts
    nlp.tokenizer.max_cache_size = 3
    teacher = ChunkTeacher(nlp)
    for _ in range(2):
        with nlp.memory_zone():
            teacher.count([NormalizedText.verbatim(t) for t in TEXTS])
        teacher.teach()
    assert len(teacher.taught) == 3 and teacher.room == 0
    with nlp.memory_zone():
        teacher.count([NormalizedText.verbatim(t) for t in TEXTS])
        assert not teacher.counts
