"""The records the events component produces, and its error type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.errors import ModelError

MODES = ("asserted", "negated", "hypothetical", "future")
# PLOVER types whose announced intent is a threat (THREATEN) or an offer (AGREE): CAMEO 13 / 03
HOSTILE_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "FIGHT", "PROTEST"})
COOPERATIVE_TYPES = frozenset({"SUPPORT", "CONSULT", "AID", "CONCEDE", "RETREAT", "COOPERATE"})


class EventsInputError(ModelError):
    """The Doc or the article context handed to the events component is unusable."""

    code = "W410"


@dataclass
class Actor:
    """A source or target actor.

    ``text``/``start``/``end`` are the words in the event's own sentence (character offsets in
    ``doc.text``), e.g. "he" or "the ministry". When those words refer back, ``resolved`` holds the
    antecedent's phrase ("President Vladimir Putin") and ``resolved_start``/``resolved_end`` its
    offsets; ``entity_index``, ``country`` and ``sector`` then come from the antecedent.
    """

    text: str
    start: int
    end: int
    entity_index: int | None = None
    country: str | None = None
    sector: str | None = None
    resolved: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None
    actor_id: str | None = None  # the actor knowledge base's id ("phx:vladimir_putin"), when linked
    home_by_default: bool = False  # ``country`` is the story's home country, not said of the actor

    @property
    def name(self) -> str:
        """The most informative name: the antecedent when resolved, else the words themselves."""
        return self.resolved or self.text

    def key(self) -> str:
        """What identifies the actor within an article (for one event per (type, source, target))."""
        if self.actor_id is not None:
            return self.actor_id
        if self.entity_index is not None:
            return f"e{self.entity_index}"
        return self.name.lower().removeprefix("the ")


@dataclass
class Event:
    """One PLOVER event; offsets are character offsets in ``doc.text``."""

    event_type: str
    cameo_root: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_index: int
    source: Actor | None
    target: Actor | None
    location_text: str | None
    location_country: str | None
    location_reason: str | None  # "sentence" | "dateline" | None
    event_date: dt.date | None
    date_expression: str | None
    mode: str  # one of MODES
    confidence: float
    extractor_version: str
    reported_by: Actor | None = None  # the speaker of a neutral "said" the event is reported under
    background: bool = False  # dated well before publication, or habitual
