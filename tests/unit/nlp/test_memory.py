"""pipeline.nlp.memory: freed heap memory goes back to the system on glibc.

The heap cases run in a fresh interpreter, so nothing else in the test process shapes the heap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from pipeline.nlp import memory

# Grows 400 MiB of 1 MiB buffers interleaved with small live blocks, frees the buffers and prints
# how many MiB of the growth are still resident. One 1 MiB block is freed first: that is what
# makes glibc raise its dynamic mmap threshold, as thinc's first batch of activations does.
SCRIPT = """
import os, sys
from pipeline.nlp import memory
trim = sys.argv[1] == "trim"
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
first = bytearray(1 << 20)
del first
base = rss()
keep, big = [], []
for i in range(400):
    big.append(bytearray(1 << 20))
    keep.append(bytearray(2000))
del big
if trim:
    assert memory.release_free_memory()
print((rss() - base) >> 20)
"""

pytestmark = pytest.mark.skipif(memory._glibc() is None or not Path("/proc/self/statm").exists(),
                                reason="glibc malloc on Linux only")


def retained_mib(trim: bool) -> int:
    out = subprocess.run([sys.executable, "-c", SCRIPT, "trim" if trim else "-"],
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def test_malloc_keeps_freed_buffers_without_release() -> None:
    """The scenario reproduces the problem (else the test below would prove nothing)."""
    assert retained_mib(trim=False) > 300


def test_release_returns_freed_heap_pages() -> None:
    assert retained_mib(trim=True) < 40


def test_enricher_memory_zone_releases(monkeypatch: pytest.MonkeyPatch) -> None:
    """The enricher gives memory back at the end of every zone (one chunk of articles)."""
    import pipeline.nlp.enrich as enrich

    calls: list[int] = []
    monkeypatch.setattr(enrich, "release_free_memory", lambda: calls.append(1) or True)
    enricher = enrich.Enricher.__new__(enrich.Enricher)
    enricher.nlp = spacy.blank("en")
    enricher._chunks = enrich.ChunkTeacher(enricher.nlp)
    with enricher.memory_zone():
        assert not calls
    assert calls == [1]
