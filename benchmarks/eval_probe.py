"""Score GSR-style probe sentences (``benchmarks/data/gsr_style/*.tsv``: type, source, target,
sentence, optionally after the CAMEO code the sentence illustrates) with the PLOVER gold-sentence metric of ``eval_events``: type accuracy (the gold type
among the sentence's predicted events) and source / target actor F1 over each sentence's distinct
predicted actors. The sentences are lowercased as the GSR sets are.

``python -m benchmarks.eval_probe [FILE ...] [--show]`` (default: every file of the folder)."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.eval_events import Score, _content
from pipeline.config import DEFAULT_MODEL

PROBE_DIR = Path(__file__).resolve().parent / "data" / "gsr_style"


@dataclass(frozen=True)
class ProbeRow:
    event_type: str
    source: str | None
    target: str | None
    text: str
    cameo: str | None = None


def load_rows(path: Path) -> list[ProbeRow]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        cameo = fields.pop(0) if len(fields) == 5 else None
        event_type, source, target, text = fields
        rows.append(ProbeRow(event_type, None if source == "-" else source, None if target == "-" else target, text,
                             cameo))
    return rows


def _role(event: dict, role: str) -> str | None:
    return event.get(f"{role}_resolved") or event.get(f"{role}_text")


@dataclass
class ProbeScore:
    accuracy: float
    source: Score
    target: Score
    hits: Counter[str]
    totals: Counter[str]
    root_hits: Counter[str]  # by CAMEO root (the code's first two digits), for sets that give codes
    root_totals: Counter[str]


def score(enricher, rows: list[ProbeRow], *, show: bool = False) -> ProbeScore:
    """Type accuracy, source / target Score and per-type hits of ``rows``."""
    from pipeline.nlp.enrich import EnrichInput

    results = enricher.enrich([EnrichInput(row.text.strip().lower()) for row in rows])
    hits, totals, root_hits, root_totals = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    scores = {"source": Score(), "target": Score()}
    for row, result in zip(rows, results, strict=True):
        types = {e["event_type"] for e in result.events}
        totals[row.event_type] += 1
        hits[row.event_type] += row.event_type in types
        if row.cameo:
            root_totals[row.cameo[:2]] += 1
            root_hits[row.cameo[:2]] += row.event_type in types
        for role, gold in (("source", row.source), ("target", row.target)):
            predicted = list(dict.fromkeys(a for e in result.events if (a := _role(e, role))))
            scores[role].add(predicted, [gold] if gold else [])
        if show and (row.event_type not in types or (row.source and not any(
                _content(_role(e, "source") or "") & _content(row.source) for e in result.events))):
            events = " | ".join(f"{e['event_type']} {_role(e, 'source')} -> {_role(e, 'target')}" for e in result.events)
            code = f"{row.cameo} " if row.cameo else ""
            print(f"[{code}{row.event_type} {row.source} -> {row.target}] {row.text}\n    {events or 'none'}")
    return ProbeScore(sum(hits.values()) / len(rows), scores["source"], scores["target"], hits, totals, root_hits,
                      root_totals)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: every .tsv of the folder)")
    parser.add_argument("--show", action="store_true", help="print the sentences whose type or source is missed")
    args = parser.parse_args()
    from pipeline.nlp.enrich import Enricher

    enricher = Enricher(DEFAULT_MODEL)
    for path in args.files or sorted(PROBE_DIR.glob("*.tsv")):
        result = score(enricher, load_rows(path), show=args.show)
        print(f"== {path.name}: {sum(result.totals.values())} sentences")
        print(f"event-type accuracy: {result.accuracy:.3f}")
        for name, sc in (("source", result.source), ("target", result.target)):
            p, r, f = sc.prf()
            print(f"{name:7s} P={p:.3f} R={r:.3f} F1={f:.3f}")
        print("per type: " + ", ".join(f"{t} {result.hits[t]}/{n}" for t, n in result.totals.most_common()))
        if result.root_totals:
            print("per CAMEO root: " + ", ".join(f"{c} {result.root_hits[c]}/{n}"
                                                 for c, n in sorted(result.root_totals.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
