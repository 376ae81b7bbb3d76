"""Build pipeline/nlp/lexicon/cameo_verbs.v1.json from the Phoenix CAMEO verb dictionary.

    python scripts/build_cameo_lexicon.py [--shared ../shared]

Input: ``kb/phoenix/CAMEO.2.0.txt`` (PETRARCH2's CAMEO verb patterns, MIT licence, (c) 2015 Open
Event Data Alliance) and ``kb/plover/CAMEO2PLOVER-2021.txt`` (the CAMEO -> PLOVER table; the
type names are those of :func:`pipeline.nlp.events.lexicon.cameo_to_plover`). Output, sorted and
byte-reproducible:

* ``verbs``: verb lemma -> PLOVER type, for verb blocks whose default code maps to a PLOVER type;
* ``verb_objects``: "verb object" -> PLOVER type, from the simplest patterns ``- * OBJECT [code]``
  (one plain object word, no synonym sets, no prepositional frames) of every verb of a block.

Blocks whose default code is CAMEO 01/02 (statements, appeals: no PLOVER type) give no verbs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from pipeline.nlp.events.lexicon import cameo_to_plover

REPO = Path(__file__).resolve().parents[1]

OUT = REPO / "pipeline" / "nlp" / "lexicon" / "cameo_verbs.v1.json"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_PATTERN = re.compile(r"^-\s+\*\s+([A-Z][A-Z-]*)\s+\[(\d+)(?::\d+)?\]")
_VERB = re.compile(r"^([A-Z][A-Z-]*)\b")


def parse(text: str) -> tuple[dict[str, str], dict[str, str]]:
    verbs: dict[str, str] = {}
    verb_objects: dict[str, str] = {}
    section = text.split("####### VERB PATTERNS #######", 1)[1].split("######## TRANSFORMATIONS", 1)[0]
    block_verbs: list[str] = []
    default: str | None = None
    for raw in section.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        header = _HEADER.match(line)
        if header:
            block_verbs, code = [], header.group(2).split(":")[0]
            default = cameo_to_plover(code) if code.isdigit() else None
            continue
        pattern = _PATTERN.match(line)
        if pattern:
            plover = cameo_to_plover(pattern.group(2))
            if plover is not None:
                for verb in block_verbs:
                    verb_objects.setdefault(f"{verb} {pattern.group(1).lower()}", plover)
            continue
        if line.startswith(("-", "+", "&", "~")):
            continue
        verb = _VERB.match(line)
        if verb:
            lemma = verb.group(1).lower()
            block_verbs.append(lemma)
            if default is not None:
                verbs.setdefault(lemma, default)
    return verbs, verb_objects


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared")))
    args = parser.parse_args()
    source = args.shared / "kb" / "phoenix" / "CAMEO.2.0.txt"
    verbs, verb_objects = parse(source.read_text(encoding="utf-8", errors="replace"))
    data = {
        "version": "cameo.v1",
        "source": "Phoenix/PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2 676801c) mapped with CAMEO2PLOVER-2021",
        "licence": "MIT, Copyright (c) 2015 Open Event Data Alliance; built by scripts/build_cameo_lexicon.py",
        "verbs": dict(sorted(verbs.items())),
        "verb_objects": dict(sorted(verb_objects.items())),
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(verbs)} verbs, {len(verb_objects)} verb-object patterns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
