"""List candidate event nouns: WordNet 3.0 nominalisations of the event lexicon's trigger verbs.

    python scripts/list_wordnet_nominalisations.py [--wordnet /usr/share/wordnet]

For each verb of ``pipeline/nlp/lexicon/plover.v2.json`` ``verbs`` (with its PLOVER type), the
derivationally related nouns (WordNet pointer ``+``) of the verb's two most frequent senses whose
synset is in ``noun.act``, ``noun.communication`` or ``noun.event`` and whose own most frequent
sense is in one of those files too ("rebuff" of "rebuff", "confiscation" of "confiscate"); one
word. Prints ``noun<TAB>TYPE<TAB>verb<TAB>in lexicon | new`` lines, sorted (``in lexicon``: the
noun is in the lexicon's ``nouns`` already).

The output is a list to check by hand, not a table the pipeline reads: plover.v2.15 took the nouns
whose common senses are all acts of the verb's type (``nouns_comment_v2_15`` in the lexicon names
the ones left out: "execution", "order", "question", "fire" ...). Input: the WordNet 3.0 database
files (Debian package ``wordnet-base``, installed at build time only: ``apt-get install
wordnet-base``). WordNet 3.0 (c) 1996-2012 Princeton University, under the WordNet 3.0 licence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "pipeline" / "nlp" / "lexicon" / "plover.v2.json"
EVENT_LEXFILES = {4: "noun.act", 10: "noun.communication", 11: "noun.event"}

Pointer = tuple[str, str, str, int, int]  # symbol, target offset, target pos, source word no., target word no.


def read_data(path: Path) -> dict[str, tuple[int, list[str], list[Pointer]]]:
    """offset -> (lexicographer file number, words, pointers) of a WordNet ``data.*`` file."""
    out: dict[str, tuple[int, list[str], list[Pointer]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):  # the licence header
            continue
        parts = line.split(" | ")[0].split()
        offset, lexfile, count = parts[0], int(parts[1]), int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers: list[Pointer] = []
        for i in range(int(parts[at])):
            symbol, target, pos, numbers = parts[at + 1 + 4 * i: at + 5 + 4 * i]
            pointers.append((symbol, target, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
        out[offset] = (lexfile, words, pointers)
    return out


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first, of a WordNet ``index.*`` file."""
    index: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        index[parts[0]] = parts[-int(parts[2]):]
    return index


def nominalisations(wordnet: Path, lexicon: dict) -> dict[str, set[tuple[str, str]]]:
    """noun -> the (PLOVER type, verb) pairs it is a nominalisation of."""
    verbs_data, nouns_data = read_data(wordnet / "data.verb"), read_data(wordnet / "data.noun")
    verbs_index, nouns_index = read_index(wordnet / "index.verb"), read_index(wordnet / "index.noun")
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for event_type, verbs in lexicon["verbs"].items():
        for verb in verbs:
            for offset in verbs_index.get(verb, [])[:2]:
                _, words, pointers = verbs_data[offset]
                if verb not in words:
                    continue
                number = words.index(verb) + 1
                for symbol, target, pos, source_no, target_no in pointers:
                    if symbol != "+" or pos != "n" or source_no not in (0, number):
                        continue
                    lexfile, noun_words, _ = nouns_data[target]
                    noun = noun_words[target_no - 1] if target_no else noun_words[0]
                    first = nouns_index.get(noun, [None])[0]
                    if lexfile in EVENT_LEXFILES and "_" not in noun \
                            and first is not None and nouns_data[first][0] in EVENT_LEXFILES:
                        found[noun].add((event_type, verb))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    if not (args.wordnet / "data.verb").is_file():
        print(f"no WordNet 3.0 database in {args.wordnet}: apt-get install wordnet-base, or pass --wordnet",
              file=sys.stderr)
        return 2
    lexicon = json.loads(LEXICON.read_text())
    known = {word for words in lexicon["nouns"].values() for word in words}
    for noun, pairs in sorted(nominalisations(args.wordnet, lexicon).items()):
        for event_type, verb in sorted(pairs):
            print(f"{noun}\t{event_type}\t{verb}\t{'in lexicon' if noun in known else 'new'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
