"""Where the article events the extractor misses are lost: counts by stage, per part.

    python -m benchmarks.event_stages [--part all|look|apart2|apart] [--show] [--model NAME]

Each gold (sentence, PLOVER type) pair of ``eval/events/articles_dev.jsonl`` that the production
path (``Enricher.enrich``, lowercased wire form, as ``eval_events`` runs it) does not find is put in
one of these stages, from what the extractor did on that sentence:

- ``no trigger``: no trigger word or phrase of any type on the line (the lexicon or its frames do
  not reach the wording; or the trigger gate kept the line from the parser);
- ``other types only``: triggers, but none of the gold type (the wording is typed otherwise);
- ``found, then ...``: a trigger of the gold type that gave no event of that type: ``no roles``
  (an event noun with no actors of its own), ``no actors`` (roles, but neither resolves to an
  actor), ``retyped X`` (its source or object decided another type), ``dropped`` (a check or the
  absorption by another trigger of the sentence removed it).

The counts say which kind of work a part's misses call for (lexicon and frames, typing, roles and
actors) without printing its sentences: the never-read part ("apart") is reported as counts only,
and ``--show`` lists the sentences of the "look" part alone. Stages are recorded by wrapping the
extractor's module functions (``find_triggers``, ``trigger_roles``, ``_event_type``) for this
run only, as a profiler would; the output of the extractor is unchanged.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from benchmarks.eval_events import PARTS, article_part, load_articles, outlet_country, shared_dir, wire_form


@dataclass
class _Seen:
    """A trigger the extractor found, and what became of it."""

    start: int  # the trigger word's character offset in the normalized text
    event_type: str
    stage: str = "dropped"


@dataclass
class StageLog:
    """The triggers found in the article being enriched, and the one each live trigger object is
    (by ``id``: a later trigger may reuse a freed one's id, so entries are kept in a list too)."""

    entries: list[_Seen] = field(default_factory=list)
    live: dict[int, _Seen] = field(default_factory=dict)

    def add(self, trigger: Any) -> None:
        entry = self.live[id(trigger)] = _Seen(trigger.token.idx, trigger.event_type)
        self.entries.append(entry)

    def clear(self) -> None:
        self.entries.clear()
        self.live.clear()


@contextmanager
def recording(log: StageLog) -> Iterator[None]:
    """Record in ``log`` every trigger found and why it gave no event, while the block runs."""
    from pipeline.nlp.events import extract

    originals: dict[str, Callable[..., Any]] = {
        name: getattr(extract, name) for name in ("find_triggers", "trigger_roles", "_event_type", "_event")
    }

    def find_triggers(sent: Any, lex: Any) -> Any:
        found = originals["find_triggers"](sent, lex)
        for trigger in found:
            log.add(trigger)
        return found

    def trigger_roles(trigger: Any, lex: Any) -> Any:
        roles = originals["trigger_roles"](trigger, lex)
        seen = log.live.get(id(trigger))
        if seen is not None and roles is None:
            seen.stage = "no roles"
        return roles

    def event(trigger: Any, source: Any, target: Any, frame: Any, ctx: Any) -> Any:
        seen = log.live.get(id(trigger))
        if seen is not None and seen.stage == "dropped" and source is None and target is None:
            seen.stage = "no actors"
        return originals["_event"](trigger, source, target, frame, ctx)

    def event_type(trigger: Any, source: Any, target: Any, ctx: Any, placed: bool = False) -> Any:
        decided = originals["_event_type"](trigger, source, target, ctx, placed=placed)
        seen = log.live.get(id(trigger))
        if seen is not None and decided != trigger.event_type:
            seen.stage = f"retyped {decided}"
        return decided

    replacements = {"find_triggers": find_triggers, "trigger_roles": trigger_roles, "_event_type": event_type,
                    "_event": event}  # fmt: skip
    for name, function in replacements.items():
        setattr(extract, name, function)
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(extract, name, function)


def stage_of(gold_type: str, found: list[_Seen]) -> str:
    """The stage a missed gold pair of ``gold_type`` was lost at, given the triggers of its line."""
    same = [s for s in found if s.event_type == gold_type]
    if same:
        return "found, then " + "/".join(sorted({s.stage for s in same}))
    if found:
        return "other types only"
    return "no trigger"


def article_stages(enricher: Any, articles: list[dict[str, Any]],
                   show: Callable[[str, str, str], None] | None = None) -> Counter[tuple[str, str]]:  # fmt: skip
    """(gold type, stage) -> the number of missed gold pairs of ``articles`` lost there."""
    from pipeline.nlp.enrich import EnrichInput

    stages: Counter[tuple[str, str]] = Counter()
    log = StageLog()
    with recording(log):
        for art in articles:
            lines = [wire_form(s["text"], enricher.nlp.tokenizer) for s in art["sentences"]]
            log.clear()
            (result,) = enricher.enrich([EnrichInput("\n".join(lines), dt.date.fromisoformat(art["published"]),
                                                     home_country=outlet_country(art["article"]))])
            text = result.norm.text
            per_line: dict[int, list[_Seen]] = defaultdict(list)
            for seen in log.entries:
                per_line[text.count("\n", 0, seen.start)].append(seen)
            predicted: dict[int, set[str]] = defaultdict(set)
            for ev in result.events:
                predicted[text.count("\n", 0, ev["trigger_start"])].add(ev["event_type"])
            for i, sent in enumerate(art["sentences"]):
                for gold_type in {e["type"] for e in sent["events"]} - predicted[i]:
                    stage = stage_of(gold_type, per_line[i])
                    stages[(gold_type, stage)] += 1
                    if show is not None:
                        show(gold_type, stage, lines[i])
    return stages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    from pipeline.config import DEFAULT_MODEL

    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--part", choices=PARTS, default="all")
    parser.add_argument("--show", action="store_true", help="list the missed sentences of the look part")
    args = parser.parse_args()
    path = shared_dir() / "eval" / "events" / "articles_dev.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found (set WIRELAKE_SHARED to the shared folder)")
        return 0
    from pipeline.nlp.enrich import Enricher

    enricher = Enricher(args.model)
    articles = load_articles(path)
    for part in PARTS if args.part == "all" else (args.part,):
        chosen = [a for a in articles if part == "all" or article_part(a["article"]) == part]
        show = (lambda t, s, line: print(f"  [{t}] {s} | {line}")) if args.show and part == "look" else None
        stages = article_stages(enricher, chosen, show)
        print(f"\n== missed (sentence, type) pairs by stage, part {part}: {sum(stages.values())}")
        by_stage: Counter[str] = Counter()
        for (_, stage), n in stages.items():
            by_stage[stage] += n
        for stage, n in by_stage.most_common():
            print(f"  {stage:40s} {n}")
        for (gold_type, stage), n in sorted(stages.items()):
            print(f"    {gold_type:12s} {stage:40s} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
