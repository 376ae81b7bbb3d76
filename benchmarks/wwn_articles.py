"""The worldwide-newswire articles as a measuring instrument beyond the gold sets: the event sweep and
fresh article batches for hand coding.

    python -m benchmarks.wwn_articles sweep OUT.jsonl [--exclude IDS.json ...]
        # every article (less the dev articles and the ids excluded) in wire form through the Enricher;
        # one JSON line per event: article, line, sentence, type, trigger, source, target, mode
    python -m benchmarks.wwn_articles diff A.jsonl B.jsonl
        # the events two sweeps differ in, by sentence (read every one before keeping a rule)
    python -m benchmarks.wwn_articles batch OUT.jsonl --seed N --count K [--exclude IDS.json ...] [--dev-outlets]
            [--sentences MIN-MAX]
        # K articles of K distinct outlets (none of the dev articles' outlets unless --dev-outlets), 8-22 sentences each
        # (or MIN-MAX), split into sentences, for annotators who code them in the conventions of articles_dev.NOTES.md
    python -m benchmarks.wwn_articles halves BATCH.jsonl OUTDIR
        # the batch's look and apart halves (by the id hash ``eval_events --articles-file`` splits with):
        # OUTDIR/NAME-look.jsonl, OUTDIR/NAME-apart.jsonl, each to be coded by its own annotator
    python -m benchmarks.wwn_articles check CODED.jsonl BATCH.jsonl
        # a coded file against its draw (docs/annotating.md): prints the errors, exits 1 on any
    python -m benchmarks.wwn_articles merge NAME.jsonl CODED.jsonl ...
        # checked coded halves as one gold file NAME.jsonl (its name keeps the halves' hash split)

Data: ``$WIRELAKE_SHARED/eval/worldwide_newswire/original_articles`` (CC BY-NC-SA: evaluated on, never
shipped; sweeps, batches and their gold stay outside the repository). The sentence split is deterministic
(:func:`split_sentences`: the URL line skipped, paragraphs at blank lines, sentences after ". ! ?" before a
capital, not after common abbreviations), so a batch's sentence indices can be rebuilt from its seed. Prints
counts; asserts nothing. The sweep runs the shipped model on one core in about four minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from benchmarks.eval_events import _line_of, halves_part, load_articles, outlet_country, shared_dir, wire_form

# a sentence ends after . ! ? (and a closing quote or bracket) before an opening quote, bracket, capital or digit;
# not after these abbreviations (titles, "U.S.", "No.")
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Gen", "St", "No", "U.S", "U.N", "Prof", "Col", "Lt", "Sen", "Rep", "Gov",
                  "Jr", "Inc", "Co", "vs", "Sgt", "Capt", "Maj", "Rev", "Hon")  # fmt: skip
_BOUNDARY = re.compile("".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
                       + r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])")  # fmt: skip
_MIN_SENTENCES, _MAX_SENTENCES = 8, 22  # a batch article's length (the dev articles have 9-25)


def articles_dir() -> Path:
    return shared_dir() / "eval" / "worldwide_newswire" / "original_articles"


def split_sentences(text: str) -> list[str]:
    """An article file's sentences: the URL line skipped, paragraphs at blank lines, lines of a paragraph
    joined, then split at sentence ends (:data:`_BOUNDARY`)."""
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("http"):
        lines = lines[1:]
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", "\n".join(lines)):
        joined = " ".join(line.strip() for line in paragraph.split("\n") if line.strip())
        start = 0
        for match in _BOUNDARY.finditer(joined):
            out.append(joined[start:match.start() + len(match.group(1))].strip())
            start = match.end()
        out.append(joined[start:].strip())
    return [s for s in out if s]


def _read(article: str) -> str:
    return (articles_dir() / f"{article}.txt").read_text(encoding="utf-8", errors="replace")


def _dev_articles() -> set[str]:
    path = shared_dir() / "eval" / "events" / "articles_dev.jsonl"
    return {a["article"] for a in load_articles(path)} if path.exists() else set()


def _excluded(paths: list[Path]) -> set[str]:
    return {article for path in paths for article in json.loads(path.read_text(encoding="utf-8"))}


def _outlet(article: str) -> str:
    return re.sub(r"_\d+$", "", article)


def sweep(out: Path, exclude: set[str], published: dt.date = dt.date(2022, 7, 20)) -> int:
    """Every article not excluded through ``Enricher.enrich`` in wire form; returns the number of events.
    ``published`` is the worldwide-newswire collection's month (most articles date from July 2022)."""
    from pipeline.config import DEFAULT_MODEL
    from pipeline.nlp.enrich import Enricher, EnrichInput

    enricher = Enricher(DEFAULT_MODEL)
    names = sorted(p.stem for p in articles_dir().glob("*.txt") if p.stem not in exclude)
    kept: list[list[str]] = []
    inputs = []
    for name in names:
        sentences = [s for s in split_sentences(_read(name)) if wire_form(s, enricher.nlp.tokenizer).strip()]
        kept.append(sentences)
        inputs.append(EnrichInput("\n".join(wire_form(s, enricher.nlp.tokenizer) for s in sentences), published,
                                  home_country=outlet_country(name)))  # fmt: skip
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, sentences, result in zip(names, kept, enricher.enrich(inputs), strict=True):
            if result.norm.text.count("\n") != len(sentences) - 1:
                raise SystemExit(f"{name}: the normalizer changed the number of lines")  # (as eval_events checks)
            for ev in result.events:
                line = _line_of(result.norm.text, ev["trigger_start"])
                fh.write(json.dumps({"article": name, "line": line, "sentence": sentences[line],
                                     "type": ev["event_type"], "trigger": ev["trigger_text"],
                                     "source": ev.get("source_text"), "target": ev.get("target_text"),
                                     "mode": ev["mode"]}, ensure_ascii=False) + "\n")  # fmt: skip
                count += 1
    print(f"{len(names)} articles, {count} events -> {out}")
    return count


Key = tuple[str, int]
Row = tuple[str, str, str | None, str | None, str]


def load_sweep(path: Path) -> tuple[dict[Key, set[Row]], dict[Key, str]]:
    events: dict[Key, set[Row]] = defaultdict(set)
    sentences: dict[Key, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ev = json.loads(line)
            key = (ev["article"], ev["line"])
            sentences[key] = ev["sentence"]
            events[key].add((ev["type"], ev["trigger"], ev["source"], ev["target"], ev["mode"]))
    return events, sentences


def diff(before: Path, after: Path) -> list[str]:
    """The lines that print the two sweeps' differences: per sentence, the events gone (-) and new (+)."""
    old, old_text = load_sweep(before)
    new, new_text = load_sweep(after)
    out = [f"{sum(map(len, old.values()))} -> {sum(map(len, new.values()))} events"]
    for key in sorted(set(old) | set(new)):
        if old.get(key, set()) != new.get(key, set()):
            out.append(f"\n[{key[0]} {key[1]}] {old_text.get(key) or new_text.get(key)}")
            out += [f"  - {row}" for row in sorted(old.get(key, set()) - new.get(key, set()), key=str)]
            out += [f"  + {row}" for row in sorted(new.get(key, set()) - old.get(key, set()), key=str)]
    return out


def batch(out: Path, seed: int, count: int, exclude: set[str], *, dev_outlets: bool = False,
          sentences: tuple[int, int] = (_MIN_SENTENCES, _MAX_SENTENCES)) -> list[str]:
    """``count`` articles of distinct outlets none of the dev articles come from, drawn with ``seed``, each of
    ``sentences`` (least, most) sentences. With ``dev_outlets`` the dev articles' outlets may be drawn too (never the
    dev articles): by round 66 the batches r120-r136 had taken every article of 8-22 sentences from the other outlets
    but four; by round 67 r137-r144 had taken all but 23 articles of three outlets, so round 67 drew longer ones."""
    dev = _dev_articles()
    taken = set() if dev_outlets else {_outlet(a) for a in dev}
    names = sorted(p.stem for p in articles_dir().glob("*.txt"))
    random.Random(seed).shuffle(names)
    chosen: list[tuple[str, list[str]]] = []
    for name in names:
        if name in dev or name in exclude or _outlet(name) in taken:
            continue
        split = split_sentences(_read(name))
        if sentences[0] <= len(split) <= sentences[1]:
            taken.add(_outlet(name))
            chosen.append((name, split))
        if len(chosen) == count:
            break
    with out.open("w", encoding="utf-8") as fh:
        for name, split in chosen:
            url = _read(name).split("\n", 1)[0].strip()
            fh.write(json.dumps({"article": name, "url": url if url.startswith("http") else "",
                                 "sentences": split}, ensure_ascii=False) + "\n")  # fmt: skip
    print(f"{len(chosen)} articles, {sum(len(s) for _, s in chosen)} sentences -> {out}")
    return [name for name, _ in chosen]


def halves(batch_path: Path, outdir: Path) -> dict[str, int]:
    """Write the batch's look and apart halves (``halves_part`` of the batch's name and each article id, the split
    ``eval_events --articles-file NAME.jsonl`` scores) as OUTDIR/NAME-look.jsonl and NAME-apart.jsonl."""
    rows = load_articles(batch_path)
    outdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for half in ("look", "apart"):
        chosen = [r for r in rows if halves_part(batch_path.stem, r["article"]) == half]
        (outdir / f"{batch_path.stem}-{half}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")
        counts[half] = len(chosen)
    return counts


_COUNTRY = re.compile(r"[A-Z]{3}")
_MODES = ("", "negated", "hypothetical", "future")


def check_coded(coded: list[dict], draw: list[dict]) -> list[str]:
    """The errors of a coded file (the format of articles_dev.jsonl) against the batch it codes: every article one
    of the draw's with exactly its sentences, in order; PLOVER types; modes of the gold ("" for happened);
    triggers and actors verbatim in their sentence; a country (ISO alpha-3, "IGO" or "") per actor; resolved
    names as lists; no event with neither a source nor a target (the conventions do not code one)."""
    from pipeline.nlp.events.lexicon import load_lexicon

    types = frozenset(load_lexicon().cameo_roots)
    sentences = {row["article"]: row["sentences"] for row in draw}
    errors: list[str] = []
    for art in coded:
        name = art.get("article")
        if name not in sentences:
            errors.append(f"{name!r}: not an article of the draw")
            continue
        try:
            dt.date.fromisoformat(str(art.get("published")))
        except ValueError:
            errors.append(f"{name}: published must be YYYY-MM-DD")
        texts = [s.get("text") for s in art.get("sentences", [])]
        if texts != sentences[name]:
            errors.append(f"{name}: {len(texts)} sentences that are not the draw's {len(sentences[name])}; copy them as drawn")
            continue
        for i, sent in enumerate(art["sentences"]):
            if not isinstance(sent.get("is_title"), bool):
                errors.append(f"{name} S{i}: is_title must be true or false")
            for ev in sent.get("events", []):
                where = f"{name} S{i} {ev.get('type')}"
                if ev.get("type") not in types:
                    errors.append(f"{where}: not a PLOVER type")
                if ev.get("mode") not in _MODES:
                    errors.append(f"{where}: mode must be one of {_MODES}")
                if not isinstance(ev.get("trigger"), str) or ev["trigger"] not in sent["text"]:
                    errors.append(f"{where}: trigger {ev.get('trigger')!r} is not a verbatim part of the sentence")
                for role in ("source", "target"):
                    actors, countries = ev.get(role), ev.get(f"{role}_country")
                    if not isinstance(actors, list) or not isinstance(countries, list) or len(actors) != len(countries):
                        errors.append(f"{where}: {role} and {role}_country must be lists of one length")
                        continue
                    errors += [f"{where}: {role} {a!r} is not a verbatim part of the sentence"
                               for a in actors if not isinstance(a, str) or a not in sent["text"]]  # fmt: skip
                    errors += [f"{where}: {role}_country {c!r} is not ISO alpha-3, IGO or empty"
                               for c in countries if not (c in ("", "IGO") or _COUNTRY.fullmatch(str(c)))]  # fmt: skip
                    resolved = ev.get(f"{role}_resolved", [])
                    if not isinstance(resolved, list) or not all(isinstance(r, str) for r in resolved):
                        errors.append(f"{where}: {role}_resolved must be a list of names")
                if not ev.get("source") and not ev.get("target"):
                    errors.append(f"{where}: neither a source nor a target (not coded in these conventions)")
    return errors


def merge(out: Path, parts: list[Path]) -> int:
    """Concatenate coded halves into one gold file (named as their batch, so that ``--articles-file`` splits it
    into the same halves); returns the number of articles."""
    rows = [row for part in parts for row in load_articles(part)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def _span(text: str) -> tuple[int, int]:
    """"23-30" as (23, 30), for ``batch --sentences``."""
    least, _, most = text.partition("-")
    if not (least.isdigit() and most.isdigit() and 0 < int(least) <= int(most)):
        raise argparse.ArgumentTypeError(f"{text!r}: give the least and the most sentences as MIN-MAX, e.g. 23-30")
    return int(least), int(most)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("sweep")
    run.add_argument("out", type=Path)
    run.add_argument("--exclude", type=Path, action="append", default=[], metavar="IDS.json")
    compare = commands.add_parser("diff")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    draw = commands.add_parser("batch")
    draw.add_argument("out", type=Path)
    draw.add_argument("--seed", type=int, required=True)
    draw.add_argument("--count", type=int, default=20)
    draw.add_argument("--exclude", type=Path, action="append", default=[], metavar="IDS.json")
    draw.add_argument("--dev-outlets", action="store_true", help="draw from the dev articles' outlets as well")
    draw.add_argument("--sentences", type=_span, default=(_MIN_SENTENCES, _MAX_SENTENCES), metavar="MIN-MAX",
                      help=f"an article's length in sentences (default {_MIN_SENTENCES}-{_MAX_SENTENCES})")
    split = commands.add_parser("halves")
    split.add_argument("batch", type=Path)
    split.add_argument("outdir", type=Path)
    verify = commands.add_parser("check")
    verify.add_argument("coded", type=Path)
    verify.add_argument("batch", type=Path)
    join = commands.add_parser("merge")
    join.add_argument("out", type=Path)
    join.add_argument("parts", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "halves":
        print(", ".join(f"{half}: {n} articles" for half, n in halves(args.batch, args.outdir).items()))
        return 0
    if args.command == "check":
        errors = check_coded(load_articles(args.coded), load_articles(args.batch))
        print("\n".join(errors) if errors else f"OK: {len(load_articles(args.coded))} articles")
        return 1 if errors else 0
    if args.command == "merge":
        print(f"{merge(args.out, args.parts)} articles -> {args.out}")
        return 0
    if args.command == "diff":
        print("\n".join(diff(args.before, args.after)))
        return 0
    if not articles_dir().exists():
        print(f"skipped: {articles_dir()} not found (set WIRELAKE_SHARED to the shared folder)")
        return 0
    if args.command == "sweep":
        sweep(args.out, _dev_articles() | _excluded(args.exclude))
    else:
        batch(args.out, args.seed, args.count, _excluded(args.exclude), dev_outlets=args.dev_outlets,
              sentences=args.sentences)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
