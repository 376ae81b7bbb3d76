"""Measure text restoration: case accuracy, NER recovery and speed.

    python benchmarks/eval_casing.py [--limit N] [--skip-ner] [--model NAME] [--dump FILE] [--without SWITCHES]

NER is measured through the production path, ``pipeline.nlp.enrich.Enricher.enrich`` (normalize,
NER, events): NER recovery = F1 of lowercased docs / F1 of the original cased docs, both via
enrich. Throughput of enrich is compared with bare ``nlp.pipe`` (all components of the same
model) on the same texts, and normalize time with NER-only time.

``--without title,known`` measures case accuracy with those phrase-level name rules switched off
(``pipeline.text.names.SWITCHES`` lists them; NER always runs the production rules).
``--dump FILE`` writes every normalization of both sets as JSON lines (normalized text, casing,
dateline, body start and a digest of the offset map of the lowercased and the cased documents,
without and with case restoration, and ``restore_case_tokens`` output), so that a change meant to
keep behaviour can be proven byte for byte with ``cmp``. The file holds evaluation text: keep it
out of the repository.

Data is read from ``$WIRELAKE_SHARED`` (default ``<repo>/../shared``): CoNLL-2003 dev
(``eval/conll2003/valid.txt``) and the worldwide newswire TSVs. Exits 0 with a message when
the data is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from nerdata import (  # noqa: E402
    CONLL_DEV,
    SHARED,
    WWN_DIR,
    Doc,
    f1,
    gold_spans,
    lower_doc,
    plain_spans,
    pred_spans,
    read_conll_tags,
    read_wwn,
    token_offsets,
)

from pipeline.config import DEFAULT_MODEL as MODEL  # noqa: E402
from pipeline.text import normalize, restore_case_tokens  # noqa: E402


def is_headline(sent: list[str]) -> bool:
    """More than half of the alphabetic tokens are upper-case."""
    alpha = [t for t in sent if any(c.isalpha() for c in t)]
    upper = [t for t in alpha if t.isupper()]
    return bool(alpha) and len(upper) * 2 > len(alpha)


def case_accuracy(docs: list[Doc], truecaser=None) -> tuple[float, int]:
    """Share of tokens (outside headline sentences) restored exactly, and the token count."""
    right = total = 0
    for doc in docs:
        low = lower_doc(doc)
        text = "\n".join(" ".join(s) for s in low)
        out = restore_case_tokens(text, truecaser=truecaser)
        pos = 0
        for gold, sent in zip(doc, low):
            headline = is_headline(gold)
            for g, t in zip(gold, sent):
                if not headline:
                    total += 1
                    right += out[pos : pos + len(t)] == g
                pos += len(t) + 1
    return right / max(total, 1), total


def run_ner(nlp, texts: Iterable[str]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """Bare spaCy with only its NER component (the normalize-cost reference)."""
    t0 = time.perf_counter()
    with nlp.select_pipes(enable=["ner"]):
        out = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=64)]
    return out, time.perf_counter() - t0


def run_enrich(enricher, texts: Sequence[str]) -> tuple[list, float]:
    """The production path: ``Enricher.enrich`` (normalize, NER, events)."""
    from pipeline.nlp.enrich import EnrichInput

    t0 = time.perf_counter()
    out = list(enricher.enrich([EnrichInput(t) for t in texts]))
    return out, time.perf_counter() - t0


def dump_record(nt) -> dict:
    """Everything ``normalize`` returns, the offset map as a digest of its raw index per character."""
    n2r = ",".join(str(nt.to_raw(i, i + 1)[0]) for i in range(len(nt.text)))
    d = nt.dateline
    return {
        "text": nt.text,
        "casing": nt.casing,
        "dateline": None if d is None else [d.city, d.agency, d.text, d.start, d.end],
        "body_start": nt.body_start,
        "n2r_sha1": hashlib.sha1(n2r.encode()).hexdigest(),
    }


def dump(path: Path, sets: dict[str, list[Doc]]) -> None:
    """Write every normalization of every document (see the module docstring)."""
    with path.open("w", encoding="utf-8") as fh:
        for name, docs in sets.items():
            for k, doc in enumerate(docs):
                cased = token_offsets(doc)[0]
                lower = token_offsets(lower_doc(doc))[0]
                rec = {
                    "set": name,
                    "doc": k,
                    "lower": dump_record(normalize(lower)),
                    "lower_plain": dump_record(normalize(lower, restore_case=False)),
                    "cased": dump_record(normalize(cased)),
                    "tokens": restore_case_tokens(lower),
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="documents per data set (0 = all)")
    ap.add_argument("--skip-ner", action="store_true")
    ap.add_argument("--model", default=MODEL, help=f"spaCy pipeline (default {MODEL})")
    ap.add_argument("--dump", type=Path, help="write every normalization of both sets to this file (JSON lines)")
    ap.add_argument("--without", default="", help="comma-separated name-rule switches to turn off for case accuracy")
    args = ap.parse_args()
    conll, wwn = CONLL_DEV, WWN_DIR
    if not conll.exists() or not wwn.exists():
        print(f"evaluation data not found under {SHARED}/eval; skipping")
        return 0
    docs, tags = read_conll_tags(conll)
    wdocs = read_wwn(wwn)
    if args.limit:
        docs, tags, wdocs = docs[: args.limit], tags[: args.limit], wdocs[: args.limit]
    if args.dump:
        dump(args.dump, {"conll2003-dev": docs, "worldwide-newswire": wdocs})
        print(f"normalizations written to {args.dump}")
    truecaser = None
    if args.without:
        from pipeline.text.names import SWITCHES
        from pipeline.text.truecase import get_truecaser

        off = {w.strip() for w in args.without.split(",") if w.strip()}
        if off - SWITCHES:
            ap.error(f"unknown name-rule switches {sorted(off - SWITCHES)}; known: {', '.join(sorted(SWITCHES))}")
        truecaser = get_truecaser().with_name_rules(SWITCHES - off)
        print(f"case accuracy without the name rules {sorted(off)}:")
    acc, n = case_accuracy(docs, truecaser)
    print(f"case accuracy CoNLL-2003 dev:        {acc:.2%} ({n} tokens, {round(n * (1 - acc))} wrong, {len(docs)} docs)")
    wacc, wn = case_accuracy(wdocs, truecaser)
    print(f"case accuracy worldwide newswire:    {wacc:.2%} ({wn} tokens, {round(wn * (1 - wacc))} wrong, {len(wdocs)} docs)")
    if args.skip_ner:
        return 0

    from pipeline.nlp.enrich import Enricher
    from pipeline.nlp.model import build_model

    enricher = Enricher(args.model, batch_size=64)
    nlp = build_model(args.model)  # a separate, bare copy: the model's own components only
    cased_raw, offsets = zip(*(token_offsets(d) for d in docs))
    lower_raw = [token_offsets(lower_doc(d))[0] for d in docs]
    gold = [gold_spans(t) for t in tags]
    n_words = sum(len(s) for d in docs for s in d)

    normalize(lower_raw[0])  # load the truecaser outside the timing
    run_enrich(enricher, lower_raw[:10])  # warm-up
    t0 = time.perf_counter()
    restored = [normalize(r) for r in lower_raw]
    t_norm = time.perf_counter() - t0
    plain = [normalize(r, restore_case=False) for r in lower_raw]

    res_cased, _ = run_enrich(enricher, cased_raw)
    res_lower, t_enrich = run_enrich(enricher, lower_raw)
    f_cased = f1(gold, pred_spans(res_cased, offsets))
    f_lower = f1(gold, pred_spans(res_lower, offsets))
    ents_plain, _ = run_ner(nlp, [p.text for p in plain])
    f_plain = f1(gold, plain_spans(plain, ents_plain, offsets))
    _, t_ner = run_ner(nlp, [r.text for r in restored])
    t0 = time.perf_counter()
    for _ in nlp.pipe(lower_raw, batch_size=64):  # bare spaCy, every component of the model
        pass
    t_bare = time.perf_counter() - t0

    print(f"NER F1 (PER/ORG/LOC) cased docs -> enrich:      {f_cased:.2%}")
    print(f"NER F1 lowercased, no restoration (bare NER):  {f_plain:.2%}")
    print(f"NER F1 lowercased docs -> enrich:              {f_lower:.2%}")
    print(f"NER recovery (lowercased / cased, via enrich): {f_lower / f_cased:.3f}")
    print(
        f"throughput enrich {n_words / t_enrich:,.0f} words/s ({t_enrich:.2f} s) vs bare spaCy nlp.pipe "
        f"(all components of {args.model}) {n_words / t_bare:,.0f} words/s ({t_bare:.2f} s)"
    )
    print(
        f"time normalize {t_norm:.2f} s ({n_words / t_norm:,.0f} words/s) vs NER-only {t_ner:.2f} s "
        f"({n_words / t_ner:,.0f} words/s): {t_norm / t_ner:.1%} of NER"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
