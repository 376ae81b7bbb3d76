"""Item accounting of one feed's run: every item seen ends as written, duplicate or quarantined.

The run records each item's outcome once, in a :class:`Ledger` — at once when it is known as the
item is seen (rejected by the parser, a repeat within the day), or later for an item held by its
article id (claimed, then lost to a better claim, written, or failed to enrich). The counts are
derived from those outcomes (:class:`ItemCounts`), so ``items_seen = written + duplicates +
quarantined`` holds by construction; :meth:`Ledger.counts` refuses to count while an item is still
held, which is how a forgotten path shows up (as a bug, at the end of the run that has it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from pipeline.errors import WirelakeError


class Outcome(StrEnum):
    WRITTEN = "written"          # an article row
    DUPLICATE = "duplicate"      # a repeat within the day, or a claim another feed or date owns
    QUARANTINED = "quarantined"  # an item-level quarantine row


@dataclass(frozen=True)
class ItemCounts:
    """The accounting columns of a ``feed_health`` row; ``items_seen`` is their sum."""

    written: int = 0
    duplicates: int = 0
    quarantined: int = 0

    @property
    def items_seen(self) -> int:
        return self.written + self.duplicates + self.quarantined


class Ledger:
    """The outcome of every item of one feed's run, each recorded once."""

    def __init__(self) -> None:
        self._done: Counter[Outcome] = Counter()
        self._held: set[str] = set()

    def record(self, outcome: Outcome) -> None:
        """An item whose outcome is known as it is seen."""
        self._done[outcome] += 1

    def hold(self, key: str) -> None:
        """An item whose outcome comes later, by its key (the article id: unique among held items)."""
        if key in self._held:
            raise WirelakeError(f"item {key} is held twice", fix="this is a wirelake bug: report it")
        self._held.add(key)

    def settle(self, key: str, outcome: Outcome) -> None:
        """The outcome of an item held earlier."""
        try:
            self._held.remove(key)
        except KeyError:
            raise WirelakeError(f"item {key} settled as {outcome} but not held (or settled before)",
                                fix="this is a wirelake bug: report it") from None
        self._done[outcome] += 1

    def counts(self) -> ItemCounts:
        """The run's counts; raises while an item is still held (an item the run did not account for)."""
        if self._held:
            listed = ", ".join(sorted(self._held)[:5])
            raise WirelakeError(f"{len(self._held)} item(s) seen but neither written, duplicate nor quarantined: "
                                f"{listed}", fix="this is a wirelake bug: report it with the feed's raw payload")
        return ItemCounts(self._done[Outcome.WRITTEN], self._done[Outcome.DUPLICATE], self._done[Outcome.QUARANTINED])
