"""The offset map between raw and normalized text."""

from __future__ import annotations

from array import array

import pytest

from pipeline.text import normalize
from pipeline.text.offsets import OffsetMap


def test_offsets_map_spans() -> None:
    raw = "moscow ( reuters ) - russia s  army"
    nt = normalize(raw)
    start = nt.text.index("Russia's")
    rs, re_ = nt.to_raw(start, start + len("Russia's"))
    assert raw[rs:re_] == "russia s"
    assert nt.to_norm(rs, re_) == (start, start + len("Russia's"))
    assert nt.to_raw(-5, 10**6) == (0, len(raw))


def test_map_directions_and_clamping() -> None:
    # raw "a  b" -> normalized "a b": characters 0, 1 (the space run), 3
    m = OffsetMap(array("l", [0, 1, 3]), raw_len=4, norm_len=3)
    assert m.to_raw(0, 3) == (0, 4) and m.to_raw(2, 3) == (3, 4) and m.to_raw(3, 3) == (4, 4)
    assert m.to_norm(3, 4) == (2, 3) and m.to_norm(2, 2) == (2, 2) and m.to_norm(-1, 99) == (0, 3)


def test_identity_map_and_bad_length() -> None:
    assert OffsetMap(None, 5, 5).to_raw(1, 3) == (1, 3) and OffsetMap(None, 5, 5).to_norm(9, 2) == (5, 5)
    with pytest.raises(ValueError, match="E101"):
        OffsetMap(array("l", [0]), raw_len=2, norm_len=2)


def test_spans_to_raw_is_to_raw_of_each_span() -> None:
    norm = normalize("moscow ( reuters ) - russia s   military\n\nsaid .")
    size = len(norm.text)
    spans = [(s, e) for s in range(-2, size + 3) for e in range(-2, size + 3)]
    assert norm.spans_to_raw(spans) == [norm.to_raw(s, e) for s, e in spans]
    identity = OffsetMap(None, 10, 10)
    assert identity.spans_to_raw([(-1, 4), (3, 30), (5, 2)]) == [identity.to_raw(-1, 4), identity.to_raw(3, 30),
                                                                   identity.to_raw(5, 2)]
