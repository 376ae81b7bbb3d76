"""Build pipeline/text/data/truecaser.v1.json.gz and its pack truecaser.v1.pack reproducibly.

Inputs (never copied into the repo): CoNLL-2003 train (research licence, training use) and
``en_lexeme_prob`` from ``spacy-lookups-data`` (MIT; a build-time extra). The output holds
perceptron weights, a cased-unigram prior bucket per word, the fixed-case word list and mixed
forms. Usage::

    python scripts/build_truecaser.py [--conll PATH] [--epochs 8] [--ensemble 8] [--doc-weight 0.5]
                                      [--folds N --fold K] [--out PATH]
    python scripts/build_truecaser.py --pack [--out PATH]

Next to the model it writes its pack (``pipeline.text.truecase.write_pack``): the tables the loader
would build from the JSON, read back in a fraction of the time, with the JSON's SHA-256 (a pack
made from another file is ignored). ``--pack`` only rewrites the pack of the model at ``--out``
(after editing the model by hand, or to check that the shipped pack is the one the code makes).

``--folds N --fold K`` trains on every document whose index modulo N is not K (fixed words, mixed
forms and weights alike): a jack-knifed model that has never seen fold K, so that restoring fold
K shows the errors the shipped model makes on unseen text (``scripts/build_ner.py --jackknife``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.text.sentences import sentence_starts
from pipeline.text.tokens import CLITICS_PTB
from pipeline.text.truecase import (
    CLASSES,
    DATA_DIR,
    MODEL_FILE,
    MODEL_VERSION,
    WORD_FEATURES,
    Truecaser,
    features,
    gold_class,
    token_rule,
    write_pack,
)

REPO = Path(__file__).resolve().parents[1]

_NONE = "-"
SEED = 13
ENSEMBLE = 8
FIXED_MIN_COUNT = 20
FIXED_MIN_SHARE = 0.995
WORD_DROPOUT = 0.25
PRUNE = 0.05
HYPHEN_SPLIT = 0.5
RARE_LOGPROB = -16.5


def read_conll(path: Path) -> list[list[list[str]]]:
    """Documents -> sentences -> cased tokens."""
    docs: list[list[list[str]]] = []
    sent: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent) if docs else docs.append([sent])
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            docs.append([])
            continue
        sent.append(parts[0])
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def leave_fold_out(docs: list, folds: int, fold: int) -> list:
    """The documents a jack-knifed model trains on: all but those whose index modulo ``folds`` is
    ``fold`` (the same index as ``benchmarks/nerdata.read_conll_tags`` gives them)."""
    return [d for i, d in enumerate(docs) if i % folds != fold]


def is_headline(sent: list[str]) -> bool:
    """More than half of the alphabetic tokens are upper-case."""
    alpha = [t for t in sent if any(c.isalpha() for c in t)]
    upper = [t for t in alpha if t.isupper()]
    return bool(alpha) and len(upper) * 2 > len(alpha)


def lexicon_prior(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Prior bucket per lowercased word, and the best mixed form, from a cased unigram table."""
    import srsly

    probs: dict[str, float] = srsly.read_gzip_json(path)
    best: dict[str, dict[str, float]] = defaultdict(dict)
    mixed: dict[str, tuple[float, str]] = {}
    for form, lp in probs.items():
        if not form or any(c.isspace() for c in form):
            continue
        cls = gold_class(form)
        if cls is None:
            continue
        low = form.lower()
        if len(low) != len(form):
            continue
        slot = best[low]
        if lp > slot.get(cls, -99.0):
            slot[cls] = lp
            if cls == "m":
                mixed[low] = (lp, form)
    prior: dict[str, str] = {}
    mixed_forms: dict[str, str] = {}
    for low, slot in best.items():
        ranked = sorted(slot.items(), key=lambda kv: -kv[1])
        cls, lp = ranked[0]
        if len(ranked) == 1 and cls == "l" and lp < RARE_LOGPROB:
            prior[low] = "lr"  # rare, only ever seen in lower case
            continue
        margin = lp - ranked[1][1] if len(ranked) > 1 else 9.0
        prior[low] = cls + str(min(int(margin * 1.5), 7))
        if "m" in slot and slot["m"] >= lp - 2.0:
            mixed_forms[low] = mixed[low][1]
    return prior, mixed_forms


def split_hyphens(sent: list[str]) -> list[str]:
    """ "Iran-backed" -> "Iran", "-", "backed" (some feeds tokenize hyphens apart)."""
    out: list[str] = []
    for tok in sent:
        parts = tok.split("-")
        if len(parts) > 1 and all(parts):
            for k, part in enumerate(parts):
                if k:
                    out.append("-")
                out.append(part)
        else:
            out.append(tok)
    return out


def lexicon_clusters(path: Path, prior: dict[str, str]) -> dict[str, int]:
    """Brown cluster of each word of the prior table (its lower-case form, else a cased one)."""
    import srsly

    raw: dict[str, int] = srsly.read_gzip_json(path)
    out: dict[str, int] = {}
    for form, c in raw.items():
        low = form.lower()
        if low in prior and c and (low not in out or form == low):
            out[low] = c
    return out


def sentence_rows(
    doc: list[list[str]], rng: random.Random | None = None
) -> list[tuple[list[str], list[str | None], list[bool]]]:
    """Lowercased tokens, gold classes and start flags of a document's non-headline sentences.

    With ``rng``, half of the sentences have their hyphenated words split apart.
    """
    rows = []
    for sent in doc:
        if is_headline(sent):
            continue
        if rng is not None and rng.random() < HYPHEN_SPLIT:
            sent = split_hyphens(sent)
        low = [t.lower() for t in sent]
        gold = [None if (t in CLITICS_PTB or t.lower() in CLITICS_PTB) else gold_class(t) for t in sent]
        starts = sentence_starts([low], None)[0]
        rows.append((low, gold, starts))
    return rows


Row = tuple[list[str], list[str | None], list[bool]]


class Perceptron:
    """Averaged multiclass perceptron over string features."""

    def __init__(self) -> None:
        self.weights: dict[str, list[float]] = {}
        self.totals: dict[str, list[float]] = {}
        self.stamps: dict[str, list[int]] = {}
        self.step = 0

    def predict(self, feats: list[str]) -> int:
        sc = [0.0, 0.0, 0.0, 0.0]
        for f in feats:
            v = self.weights.get(f)
            if v is not None:
                for k in range(4):
                    sc[k] += v[k]
        return max(range(4), key=sc.__getitem__)

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.step += 1
        if truth == guess:
            return
        step = self.step
        for f in feats:
            v = self.weights.setdefault(f, [0.0] * 4)
            t = self.totals.setdefault(f, [0.0] * 4)
            s = self.stamps.setdefault(f, [0] * 4)
            for k, delta in ((truth, 1.0), (guess, -1.0)):
                t[k] += (step - s[k]) * v[k]
                s[k] = step
                v[k] += delta

    def averaged(self) -> dict[str, list[float]]:
        """Averaged weights, scaled by 100, rounded and pruned."""
        out = {}
        step = max(self.step, 1)
        for f, v in self.weights.items():
            t = self.totals[f]
            s = self.stamps[f]
            avg = [round((t[k] + (step - s[k]) * v[k]) / step * 100, 1) for k in range(4)]
            if max(abs(x) for x in avg) >= PRUNE:
                out[f] = avg
        return out


def average_weights(members: list[dict[str, list[float]]]) -> dict[str, list[float]]:
    """Mean of several perceptrons' weights (a feature missing from one counts as zero there).

    The members differ in which sentences have their hyphens split, the order of the training
    sentences and the dropped words. A single model's count of wrong tokens on the worldwide
    newswire set moves by about +-80 (0.015 pt) from seed to seed; the average of eight is steadier
    and better than any one of them (docs/text-restoration.md)."""
    total: dict[str, list[float]] = {}
    for m in members:
        for f, v in m.items():
            acc = total.setdefault(f, [0.0] * len(v))
            for k, x in enumerate(v):
                acc[k] += x
    n = len(members)
    return {f: [round(x / n, 1) for x in v] for f, v in sorted(total.items())}


def drop_words(feats: list[str], rng: random.Random, rate: float = WORD_DROPOUT) -> list[str]:
    """Word-dropout: without word identity features the model learns to use the prior."""
    if rng.random() < rate:
        return [f for f in feats if not f.startswith(WORD_FEATURES)]
    return feats


def train_pass1(
    rows: list[Row], tc: Truecaser, epochs: int, dropout: float = WORD_DROPOUT, seed: int = SEED
) -> dict[str, list[float]]:
    """Greedy left-to-right tagger over non-fixed tokens."""
    fixed = tc.fixed
    rng = random.Random(seed)
    model = Perceptron()
    rows = list(rows)
    for epoch in range(epochs):
        rng.shuffle(rows)
        errors = seen = 0
        for low, gold, starts in rows:
            pc = _NONE
            done = [_NONE] * len(low)
            last = len(low) - 1
            for i, w in enumerate(low):
                g = gold[i]
                if g is None:
                    pc = _NONE
                    continue
                p = low[i - 1] if i > 0 else "<s>"
                n = low[i + 1] if i < last else "</s>"
                n2 = low[i + 2] if i < last - 1 else "</s>"
                if token_rule(w, p, n, i < last - 1, n2) is not None:
                    pc = done[i] = g
                    continue
                fx = fixed.get(w)
                if fx is not None:
                    pc = done[i] = "t" if (starts[i] and fx == "l") else fx
                    continue
                composed = tc.compound(w, starts[i]) if "-" in w else None
                if composed is not None:
                    pc = done[i] = gold_class(composed) or "l"
                    continue
                pc2 = done[i - 2] if i > 1 else _NONE
                feats = drop_words(features(tc, w, p, n, starts[i], pc, pc2, n2), rng, dropout)
                guess = model.predict(feats)
                model.update(CLASSES.index(g), guess, feats)
                seen += 1
                errors += guess != CLASSES.index(g)
                pc = done[i] = "t" if (starts[i] and guess == 0) else CLASSES[guess]
        print(f"pass 1 epoch {epoch + 1}: train error {errors / max(seen, 1):.4f} over {seen} tokens", file=sys.stderr)
    return model.averaged()


def model_data(
    prior: dict[str, str],
    fixed: dict[str, str],
    mixed: dict[str, str],
    clusters: dict[str, int],
    w1: dict,
    doc_weight: float,
) -> dict:
    return {
        "version": MODEL_VERSION,
        "classes": list(CLASSES),
        "doc_weight": doc_weight,
        "provenance": {
            "train": "CoNLL-2003 English train (eng.train), counts and perceptron weights only",
            "prior": "spacy-lookups-data en_lexeme_prob (MIT), bucketed case preferences",
            "clusters": "spacy-lookups-data en_lexeme_cluster (MIT), Brown clusters",
        },
        "fixed": fixed,
        "mixed": mixed,
        "prior": prior,
        "clusters": clusters,
        "weights": w1,
    }


def main() -> int:
    shared = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", type=Path, default=shared / "eval" / "conll2003" / "train.txt")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--ensemble", type=int, default=ENSEMBLE, help="perceptrons trained with seeds seed..seed+N-1, weights averaged"
    )
    ap.add_argument("--word-dropout", type=float, default=WORD_DROPOUT)
    ap.add_argument("--doc-weight", type=float, default=0.5)
    ap.add_argument("--out", type=Path, default=DATA_DIR / MODEL_FILE)
    ap.add_argument("--folds", type=int, default=0, help="with --fold: leave out one of this many document folds")
    ap.add_argument("--fold", type=int, default=0, help="the fold left out (documents with index %% folds == fold)")
    ap.add_argument("--pack", action="store_true", help="only write the pack of the model at --out (no training)")
    args = ap.parse_args()
    if args.folds and not 0 <= args.fold < args.folds:
        ap.error("--fold must be in 0..folds-1")
    if args.pack:
        print(f"wrote {write_pack(args.out)}", file=sys.stderr)
        return 0

    import spacy_lookups_data

    lex_path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    prior, mixed = lexicon_prior(lex_path)
    print(f"prior table: {len(prior)} words, {len(mixed)} mixed forms", file=sys.stderr)

    docs = read_conll(args.conll)
    if args.folds:
        docs = leave_fold_out(docs, args.folds, args.fold)
        print(f"jack-knife: fold {args.fold} of {args.folds} left out", file=sys.stderr)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    mixed_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for sent in doc:
            if is_headline(sent):
                continue
            low = [t.lower() for t in sent]
            starts = sentence_starts([low], None)[0]
            for tok, start in zip(sent, starts):
                cls = gold_class(tok)
                if cls is None or start:
                    continue
                counts[tok.lower()][cls] += 1
                if cls == "m":
                    mixed_counts[tok.lower()][tok] += 1
    fixed = {}
    for w, c in counts.items():
        cls, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= FIXED_MIN_COUNT and n / total >= FIXED_MIN_SHARE:
            fixed[w] = cls
    for w, c in mixed_counts.items():
        mixed[w] = c.most_common(1)[0][0]
    print(f"{len(docs)} train documents, {len(fixed)} fixed words", file=sys.stderr)

    clusters = lexicon_clusters(lex_path.parent / "en_lexeme_cluster.json.gz", prior)
    tc = Truecaser(model_data(prior, fixed, mixed, clusters, {}, args.doc_weight))
    members = []
    for k in range(args.ensemble):
        rng = random.Random(args.seed + k)
        rows = [r for d in docs for r in sentence_rows(d, rng)]
        members.append(train_pass1(rows, tc, args.epochs, args.word_dropout, seed=args.seed + k))
    weights = average_weights(members)
    print(f"{len(weights)} weights kept ({args.ensemble} members averaged)", file=sys.stderr)
    data = model_data(prior, fixed, mixed, clusters, weights, args.doc_weight)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    Truecaser(data).to_path(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    print(f"wrote {write_pack(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
