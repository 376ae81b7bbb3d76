"""Offset map between raw and normalized text.

Normalization only deletes whitespace, collapses whitespace runs, turns a whitespace run
into an apostrophe ("russia s" -> "russia's") and changes letter case. So every normalized
character comes from exactly one raw character and the map is strictly increasing: a list
``n2r`` with ``n2r[i]`` = raw index of normalized character ``i``.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left


class OffsetMap:
    """Maps spans between a raw string and its normalized form (``None`` map = identity)."""

    __slots__ = ("_n2r", "_raw_len", "_norm_len")

    def __init__(self, n2r: array | None, raw_len: int, norm_len: int) -> None:
        if n2r is not None and len(n2r) != norm_len:
            raise ValueError(f"E101 offset map has {len(n2r)} entries for a text of {norm_len} characters")
        self._n2r = n2r
        self._raw_len = raw_len
        self._norm_len = norm_len

    @staticmethod
    def _clamp(start: int, end: int, size: int) -> tuple[int, int]:
        start = min(max(start, 0), size)
        end = min(max(end, start), size)
        return start, end

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Normalized span -> the raw span covering exactly its characters."""
        start, end = self._clamp(start, end, self._norm_len)
        n2r = self._n2r
        if n2r is None:
            return start, end
        if start == end:
            point = n2r[start] if start < self._norm_len else self._raw_len
            return point, point
        return n2r[start], n2r[end - 1] + 1

    def spans_to_raw(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`to_raw` of each ``(start, end)`` (one call per article instead of one per span)."""
        n2r, size = self._n2r, self._norm_len
        if n2r is None:
            return [self._clamp(start, end, size) for start, end in spans]
        out = []
        for start, end in spans:
            if 0 <= start < end <= size:  # a non-empty span inside the text (every mention): no clamping
                out.append((n2r[start], n2r[end - 1] + 1))
            else:
                out.append(self.to_raw(start, end))
        return out

    def to_norm(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Raw span -> the normalized span of the characters kept from it."""
        raw_start, raw_end = self._clamp(raw_start, raw_end, self._raw_len)
        n2r = self._n2r
        if n2r is None:
            return raw_start, raw_end
        start = bisect_left(n2r, raw_start)
        if raw_end <= raw_start:
            return start, start
        end = bisect_left(n2r, raw_end)
        return start, max(start, end)
