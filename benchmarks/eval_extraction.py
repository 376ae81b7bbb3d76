"""Main-text extraction quality: pages built around the worldwide-newswire original articles.

    python -m benchmarks.eval_extraction [--limit N] [--layouts wordpress,amp] [--extractors wirelake,readability]

For every original article (``$WIRELAKE_SHARED/eval/worldwide_newswire/original_articles``: the
first line is the article's URL, the rest its text, paragraphs separated by blank lines) and every
layout of ``benchmarks/pagegen.py``, an HTML page is built in memory around the text (never
written to disk or the repository), the extractor runs on it, and the extracted body is compared
with the original text: token-level precision, recall and F1 over bags of lower-cased word tokens
(as in the ScrapingHub article-extraction benchmark), averaged over documents (``F1`` = mean of
the per-document F1s; ``micro`` pools all tokens).

Extractors: ``wirelake`` (the production path, ``pipeline.sources.extract.extract_page``) and,
when installed, trafilatura with other settings, readability-lxml, jusText, resiliparse and
boilerpy3 (``pip install readability-lxml justext resiliparse boilerpy3``). Exits 0 with a
message when the data is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.pagegen import LAYOUTS, Story, headline_from_url, render

REPO = Path(__file__).resolve().parents[1]

SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
ORIGINALS = SHARED / "eval" / "worldwide_newswire" / "original_articles"
_TOKEN = re.compile(r"\w+")


def read_stories(folder: Path) -> list[Story]:
    stories = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        first, _, rest = raw.partition("\n")
        url = first.strip()
        if not url.startswith("http"):
            url, rest = f"https://news.example.com/{path.stem}", raw
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", rest) if p.strip()]
        if paras:
            stories.append(Story(url, headline_from_url(url, paras), paras))
    return stories


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def prf(pred: str, gold: str) -> tuple[float, float, float, int, int, int]:
    p, g = tokens(pred), tokens(gold)
    overlap = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    prec = overlap / np_ if np_ else (1.0 if not ng else 0.0)
    rec = overlap / ng if ng else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, overlap, np_, ng


def _html_text(fragment: str) -> str:
    from pipeline.parse import html_to_text

    return html_to_text(fragment)


def extractors() -> dict[str, Callable[[str, str], str]]:
    """Name -> function(html, url) -> text, for every extractor that is installed."""
    out: dict[str, Callable[[str, str], str]] = {}
    from pipeline.sources.extract import extract_page

    def wirelake(page: str, url: str) -> str:
        return extract_page(page.encode("utf-8"), url=url, headers={"content-type": "text/html; charset=utf-8"}).text

    out["wirelake"] = wirelake
    import trafilatura

    out["trafilatura-default"] = lambda page, url: trafilatura.extract(page, url=url) or ""
    out["trafilatura-precision"] = lambda page, url: trafilatura.extract(page, url=url, include_comments=False,
                                                                          favor_precision=True) or ""
    out["trafilatura-recall"] = lambda page, url: trafilatura.extract(page, url=url, include_comments=False,
                                                                       favor_recall=True) or ""
    try:
        from readability import Document

        out["readability-lxml"] = lambda page, url: _html_text(Document(page).summary())
    except ImportError:
        pass
    try:
        import justext

        def jt(page: str, url: str) -> str:
            paras = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
            return "\n".join(p.text for p in paras if not p.is_boilerplate)

        out["justext"] = jt
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        out["resiliparse"] = lambda page, url: extract_plain_text(page, main_content=True)
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors as bp

        art = bp.ArticleExtractor(raise_on_failure=False)
        out["boilerpy3"] = lambda page, url: art.get_content(page) or ""
    except ImportError:
        pass
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help=f"comma-separated, from {','.join(LAYOUTS)}")
    ap.add_argument("--extractors", default="", help="comma-separated names (default: all installed)")
    ap.add_argument("--worst", type=int, default=0, help="print the N worst pages of the first extractor")
    args = ap.parse_args(argv)
    if not ORIGINALS.is_dir():
        print(f"no worldwide-newswire originals at {ORIGINALS}: set WIRELAKE_SHARED; nothing measured")
        return 0
    stories = read_stories(ORIGINALS)
    if args.limit:
        stories = stories[: args.limit]
    layouts = [x for x in args.layouts.split(",") if x]
    available = extractors()
    names = [x for x in args.extractors.split(",") if x] or list(available)
    missing = [n for n in names if n not in available]
    if missing:
        print(f"not installed / unknown: {missing}; available: {sorted(available)}")
        names = [n for n in names if n in available]
    print(f"{len(stories)} articles x {len(layouts)} layouts = {len(stories) * len(layouts)} pages; "
          f"{sum(len(' '.join(s.paragraphs).split()) for s in stories)} gold words per layout")
    rows = []
    worst: list[tuple[float, str, str]] = []
    for name in names:
        fn = available[name]
        all_f1: list[float] = []
        tot = [0, 0, 0]
        spent = 0.0
        for layout in layouts:
            ps, rs, fs = [], [], []
            lt = [0, 0, 0]
            for s in stories:
                page = render(s, layout, stories)
                t0 = time.perf_counter()
                try:
                    pred = fn(page, s.url)
                except Exception as exc:  # noqa: BLE001 - a third-party extractor crashing counts as an empty result
                    print(f"  {name} failed on {s.url} ({layout}): {type(exc).__name__}: {exc}")
                    pred = ""
                spent += time.perf_counter() - t0
                p, r, f, ov, np_, ng = prf(pred, "\n".join(s.paragraphs))
                ps.append(p)
                rs.append(r)
                fs.append(f)
                for i, v in enumerate((ov, np_, ng)):
                    lt[i] += v
                if name == names[0] and args.worst:
                    worst.append((f, layout, s.url))
            micro_p = lt[0] / lt[1] if lt[1] else 0.0
            micro_r = lt[0] / lt[2] if lt[2] else 0.0
            micro = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
            rows.append((name, layout, statistics.mean(ps), statistics.mean(rs), statistics.mean(fs), micro,
                         sum(1 for f in fs if f < 0.8)))
            all_f1.extend(fs)
            for i in range(3):
                tot[i] += lt[i]
        mp = tot[0] / tot[1] if tot[1] else 0.0
        mr = tot[0] / tot[2] if tot[2] else 0.0
        rows.append((name, "ALL", float("nan"), float("nan"), statistics.mean(all_f1),
                     2 * mp * mr / (mp + mr) if mp + mr else 0.0, sum(1 for f in all_f1 if f < 0.8)))
        n_pages = len(stories) * len(layouts)
        print(f"  {name}: {n_pages / spent:.1f} pages/s ({spent:.1f} s)", flush=True)
    print(f"\n{'extractor':<22} {'layout':<10} {'P':>6} {'R':>6} {'F1':>6} {'microF1':>8} {'F1<0.8':>7}")
    for name, layout, p, r, f, micro, bad in rows:
        ptxt = "" if p != p else f"{p:.4f}"
        rtxt = "" if r != r else f"{r:.4f}"
        print(f"{name:<22} {layout:<10} {ptxt:>6} {rtxt:>6} {f:>6.4f} {micro:>8.4f} {bad:>7}")
    if worst:
        print("\nworst pages:")
        for f, layout, url in sorted(worst)[: args.worst]:
            print(f"  {f:.3f} {layout:<10} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
