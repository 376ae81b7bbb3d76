"""Build pipeline/nlp/lexicon/diseases.v1.json: names of diseases and infections, from WordNet 3.0.

    python -m scripts.build_disease_names [--wordnet /usr/share/wordnet]

NER models trained on news often tag a disease named like a proper noun ("Covid", "Ebola",
"Zika") as a PERSON or ORG; the entity component drops such spans (repair ``diseases``,
``pipeline/nlp/entities.py``). A word (or phrase) is listed when its *most frequent* noun sense
(the first synset in ``index.noun``) is at or under ``illness.n.01`` or ``infection.n.01``
(hyponyms, transitively, instance hyponyms included) — "Ebola", "cholera", "measles"; not "rust"
or "shock", whose first sense is something else; acronyms of up to four letters ("AMD", "MS",
"NEC": also companies and titles) are left out — in WordNet 3.0's ``data.noun`` (Debian package ``wordnet-base``, build time only; the shipped JSON is committed),
plus ``ADDED``: disease names coined after WordNet 3.0 (2006), written here from the WHO's disease
names (ICD-11). WordNet 3.0 (c) Princeton University, under the WordNet 3.0 licence (copied into
the output). Output: sorted, lower case, byte-reproducible.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scripts.build_wordnet_nouns import LICENCE, read_wordnet

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "pipeline" / "nlp" / "lexicon" / "diseases.v1.json"
ROOTS = ("illness", "infection")  # the first noun sense of each (illness.n.01 holds disease.n.01)
ADDED = ("aids", "hiv", "sars", "covid", "covid-19", "covid19", "mers", "mers-cov", "sars-cov-2", "zika", "mpox", "monkeypox",
         "h1n1", "h5n1", "long covid", "coronavirus")


def hyponym_closure(data_noun: str, roots: list[str]) -> tuple[set[str], dict[str, list[str]]]:
    """The synsets (offsets) at or under ``roots``, and every synset's words."""
    words: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    for line in data_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        offset, count = fields[0], int(fields[3], 16)
        words[offset] = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        for p in range(pointers):
            symbol, target, pos = fields[at + 1 + 4 * p: at + 4 + 4 * p]
            if symbol in ("~", "~i") and pos == "n":
                children.setdefault(offset, []).append(target)
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        todo.extend(children.get(offset, []))
    return seen, words


def first_sense_names(index_noun: str, seen: set[str], words: dict[str, list[str]]) -> set[str]:
    """Lemmas whose first noun sense is one of the ``seen`` synsets; no short acronyms."""
    out = set()
    for line in index_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        first = fields[4 + pointer_count + 2]
        if synset_count < 1 or first not in seen:
            continue
        spelled = next((w for w in words[first] if w.lower() == lemma), lemma)
        if spelled.isupper() and len(spelled) <= 4:
            continue
        out.add(lemma.replace("_", " "))
    return out


def first_offset(index_noun: str, lemma: str) -> str:
    for line in index_noun.splitlines():
        fields = line.split()
        if fields and fields[0] == lemma:
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            return fields[4 + pointer_count + 2:][:synset_count][0]
    raise SystemExit(f"index.noun: no entry for {lemma!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="folder holding index.noun and data.noun")
    args = parser.parse_args()
    found = read_wordnet(Path(args.wordnet))
    if found is None:
        return 2
    index_noun, data_noun = found
    seen, words = hyponym_closure(data_noun, [first_offset(index_noun, r) for r in ROOTS])
    names = first_sense_names(index_noun, seen, words) | set(ADDED)
    out = {
        "version": "diseases.v1",
        "source": "WordNet 3.0: words whose first noun sense is at or under illness.n.01 or infection.n.01 "
                  "(no acronyms of up to four letters); "
                  "plus names coined after 2006 (WHO / ICD-11), listed in scripts/build_disease_names.py",
        "licence": LICENCE,
        "names": sorted(names),
    }
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
