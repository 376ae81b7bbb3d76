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
not a proper name (WordNet spells those capitalised in ``data.noun``). A person noun goes to
``female`` / ``male`` too when its most frequent sense is, through its hypernyms, a kind of "female
person" (``female.n.02``: "woman", "policewoman", "widow", "mother") or "male person"
(``male.n.02``: "man", "policeman", "father"), and not of both: the gender a pronoun that refers
back to it has ("she" for "the policewoman"). Output: sorted and byte-reproducible.
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
GENDERS = {"female": "09619168", "male": "09624168"}  # female.n.02 "female person", male.n.02 "male person"
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


def hypernyms(data_noun: str) -> dict[str, list[str]]:
    """offset -> the offsets of its hypernyms (pointers "@" and "@i")."""
    out: dict[str, list[str]] = {}
    for line in data_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split("|", 1)[0].split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = int(fields[at])
        out[fields[0]] = [fields[at + 1 + 4 * i + 1] for i in range(pointers) if fields[at + 1 + 4 * i] in ("@", "@i")]
    return out


def _descends(offset: str, ancestor: str, parents: dict[str, list[str]]) -> bool:
    seen: set[str] = set()
    todo = [offset]
    while todo:
        node = todo.pop()
        if node == ancestor:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(parents.get(node, []))
    return False


def first_sense_offsets(index_noun: str) -> dict[str, str]:
    """lemma -> the offset of its most frequent noun sense."""
    out: dict[str, str] = {}
    for line in index_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        out[fields[0]] = fields[4 + pointer_count + 2]
    return out


_GLOSS_WORDS = {"female": frozenset({"woman", "women", "female", "girl"}), "male": frozenset({"man", "men", "male", "boy"})}
_SUFFIXES = {"female": ("woman", "women"), "male": ("man", "men")}


def glosses(data_noun: str) -> dict[str, list[str]]:
    """offset -> the first words of its gloss, lowercased."""
    out: dict[str, list[str]] = {}
    for line in data_noun.splitlines():
        if line and not line.startswith(" ") and "|" in line:
            out[line.split(" ", 1)[0]] = re.findall(r"[a-z]+", line.split("|", 1)[1].lower())[:4]
    return out


def gendered_nouns(persons: list[str], index_noun: str, data_noun: str) -> dict[str, list[str]]:
    """The person nouns whose most frequent sense is a kind of female (male) person, is glossed as
    one in its first words ("mother: a woman who has given birth", "father: a male parent"), or is
    a compound of "woman" ("man": "policewoman", "spokesman"); never a word found for both."""
    parents = hypernyms(data_noun)
    gloss = glosses(data_noun)
    first = first_sense_offsets(index_noun)
    found = {g: {w for w in persons if _descends(first[w], root, parents)
                 or _GLOSS_WORDS[g] & set(gloss.get(first[w], ()))
                 or (w.endswith(_SUFFIXES[g]) and not (g == "male" and w.endswith(_SUFFIXES["female"]))
                     and w not in ("human", "humans") and len(w) > 5)}
             for g, root in GENDERS.items()}
    both = found["female"] & found["male"]
    return {g: sorted(words - both) for g, words in found.items()}


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
    lists.update(gendered_nouns(lists["person"], index_noun, data_noun))
    data = {
        "version": "wordnet_nouns.v1.2",
        "comment": "Common nouns whose most frequent WordNet 3.0 sense names a person (noun.person) or a "
        "group (noun.group); built by scripts/build_wordnet_nouns.py. The events' actor rules treat person "
        "nouns as actor heads ('the resident', 'his lawyer') and group nouns as actor heads when they are "
        "a clause's subject ('the court ruled'); a phenomenon noun (noun.phenomenon: 'storm', 'flood') or a "
        "disease as the subject of an act leaves it without an agent: no event ('the storm killed five'). "
        "female / male: the person nouns whose most frequent sense is a kind of female / male person "
        "(hypernyms of WordNet's female.n.02 / male.n.02), the gender of a pronoun referring back to them.",
        "source": "WordNet 3.0 (Princeton University), Debian package wordnet-base",
        "licence": LICENCE,
        **lists,
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{len(v)} {k} nouns" for k, v in lists.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
