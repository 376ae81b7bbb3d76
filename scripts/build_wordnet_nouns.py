"""Build pipeline/nlp/lexicon/wordnet_nouns.v1.json: common nouns that name people or groups, from WordNet 3.0.

    python scripts/build_wordnet_nouns.py [--wordnet /usr/share/wordnet]

Input: the WordNet 3.0 database files ``index.noun`` and ``data.noun`` (Debian package
``wordnet-base``, installed at build time only: ``apt-get install wordnet-base``; the shipped
JSON is committed, nothing reads WordNet at run time). WordNet 3.0 (c) 1996-2012 Princeton
University, under the WordNet 3.0 licence (free use, copy, modification and distribution with this
notice; the notice is copied into the output's ``licence`` field).

A word goes to ``person`` when its *most frequent* noun sense (the first synset listed in
``index.noun``) is in the lexicographer file ``noun.person`` (people: "resident", "lawyer",
"defendant", "neighbour"), to ``group`` when it is in ``noun.group`` ("court", "party", "union",
"newspaper" is not: its first sense is a product), to ``phenomenon`` when it is in
``noun.phenomenon`` (natural forces: "storm", "flood", "hurricane": no agent); it must be one lower-case word of letters and
not a proper name (WordNet spells those capitalised in ``data.noun``). Output: sorted and
byte-reproducible.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "pipeline" / "nlp" / "lexicon" / "wordnet_nouns.v1.json"
LEXFILES = {"person": 18, "group": 14, "phenomenon": 19}  # noun.person, noun.group, noun.phenomenon in WordNet's lexnames
_WORD = re.compile(r"^[a-z]+$")

LICENCE = (
    "WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. "
    "Permission to use, copy, modify and distribute this software and database and its documentation "
    "for any purpose and without fee or royalty is hereby granted, provided that you agree to comply "
    "with the following copyright notice and statements, including the disclaimer, and that the same "
    "appear on ALL copies of the software, database and documentation, including modifications that you "
    "make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND "
    "PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of "
    "Princeton University or Princeton may not be used in advertising or publicity pertaining to "
    "distribution of the software and/or database."
)


def synsets(data_noun: str) -> dict[str, tuple[int, list[str]]]:
    """offset -> (lexicographer file number, words as spelled in the synset)."""
    out: dict[str, tuple[int, list[str]]] = {}
    for line in data_noun.splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with two spaces
        fields = line.split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        out[offset] = (lexfile, [fields[4 + 2 * i] for i in range(count)])
    return out


def first_sense_nouns(index_noun: str, data_noun: str, lexfile_wanted: int) -> list[str]:
    table = synsets(data_noun)
    kept: list[str] = []
    for line in index_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        if not _WORD.match(lemma):
            continue
        offsets = fields[4 + pointer_count + 2 :]
        if len(offsets) != synset_count or not offsets:
            raise SystemExit(f"index.noun: cannot read the line for {lemma!r}")
        lexfile, words = table[offsets[0]]
        if lexfile != lexfile_wanted:
            continue
        spelled = next((w for w in words if w.lower() == lemma), lemma)
        if spelled != lemma:
            continue  # a proper name ("Abel", "Aalto"): WordNet capitalises it
        kept.append(lemma)
    return sorted(set(kept))


def read_wordnet(folder: Path) -> tuple[str, str] | None:
    """WordNet 3.0's ``index.noun`` and ``data.noun`` texts, or None (said on stderr) when absent."""
    if not (folder / "index.noun").exists():
        print(f"{folder}/index.noun not found: apt-get install wordnet-base (build time only)", file=sys.stderr)
        return None
    return (folder / "index.noun").read_text(encoding="utf-8"), (folder / "data.noun").read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="folder holding index.noun and data.noun")
    args = parser.parse_args()
    found = read_wordnet(Path(args.wordnet))
    if found is None:
        return 1
    index_noun, data_noun = found
    lists = {name: first_sense_nouns(index_noun, data_noun, lexfile) for name, lexfile in LEXFILES.items()}
    data = {
        "version": "wordnet_nouns.v1.1",
        "comment": "Common nouns whose most frequent WordNet 3.0 sense names a person (noun.person) or a "
        "group (noun.group); built by scripts/build_wordnet_nouns.py. The events' actor rules treat person "
        "nouns as actor heads ('the resident', 'his lawyer') and group nouns as actor heads when they are "
        "a clause's subject ('the court ruled'); a phenomenon noun (noun.phenomenon: 'storm', 'flood') or a "
        "disease as the subject of an act leaves it without an agent: no event ('the storm killed five').",
        "source": "WordNet 3.0 (Princeton University), Debian package wordnet-base",
        "licence": LICENCE,
        **lists,
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{len(v)} {k} nouns" for k, v in lists.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
