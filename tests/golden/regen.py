"""Regenerate every golden file under tests/golden, or check that none is stale.

    python -m tests.golden.regen                 # rewrite the golden files that changed (make golden)
    python -m tests.golden.regen --check         # exit 1 and name the stale files; writes nothing
    python -m tests.golden.regen --only pages    # one family (text, pages, feeds)

Run it from the repository root after an intended change, then review ``git diff tests/golden``.
On an unchanged tree it rewrites nothing: every file is produced byte for byte as stored.

Families (each module's ``generate(workdir)`` is also what its golden test compares against, so
the script and the tests cannot drift apart):

* ``text``  (tests/golden/text.py): the normalizer's output for the sample article and the hard
  sentences, ``tests/golden/text/*.jsonl``;
* ``pages`` (tests/golden/pages.py): bodies extracted from the linked pages of the local news site,
  ``tests/golden/pages/*.txt``;
* ``feeds`` (tests/golden/feeds.py): per-feed outcomes of feedparser's test corpus and the shared news
  captures, ``tests/golden/feeds/*.json`` (``news.json`` only where ``$WIRELAKE_SHARED`` is present).

Not generated (hand-written, reviewed like code): ``text/hard_sentences.txt`` (input),
``text/hard_sentences.ideal.txt``, ``entities/*.expected.json`` and ``events/*.expected.json``
(expectations the entity and event golden tests check).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.support.paths import REPO

COMMAND = "python -m tests.golden.regen"
HINT = f"regenerate with `{COMMAND}` (make golden) after an intended change, then review `git diff tests/golden`"


def families() -> dict[str, Callable[[Path], dict[Path, str]]]:
    from tests.golden import feeds, pages, text

    return {"text": text.generate, "pages": pages.generate, "feeds": feeds.generate}


def assert_golden(path: Path, content: str) -> None:
    """``path`` holds exactly ``content``; else the failure names the file and the command."""
    rel = path.relative_to(REPO)
    assert path.exists(), f"{rel} is missing: {HINT}"
    assert path.read_text(encoding="utf-8") == content, f"{rel} differs from what the code now produces: {HINT}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when a golden file is stale")
    parser.add_argument("--only", action="append", choices=sorted(families()), help="one family (repeatable)")
    args = parser.parse_args(argv)
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wirelake-golden-") as tmp:
        for name, generate in families().items():
            if args.only and name not in args.only:
                continue
            files = generate(Path(tmp) / name)
            for path, content in sorted(files.items()):
                rel = str(path.relative_to(REPO))
                if path.exists() and path.read_text(encoding="utf-8") == content:
                    print(f"unchanged {rel}")
                elif args.check:
                    stale.append(rel)
                else:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(content, encoding="utf-8")
                    print(f"wrote     {rel}")
    if stale:
        print(f"stale: {', '.join(stale)}\n{HINT}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
