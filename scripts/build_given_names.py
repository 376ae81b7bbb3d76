"""Build pipeline/nlp/lexicon/given_names.v1.json: given names that say a person's gender, from nomquamgender.

    pip install -e '.[build]'   # nomquamgender, at build time only
    python scripts/build_given_names.py [--min-count 100] [--certainty 0.95]

Input: the name table of the PyPI package ``nomquamgender`` (0.1.4, ``name_data.json``: Van Buskirk,
Clauset and Larremore, "An open-source cultural consensus approach to name-based gender
classification", ICWSM 2023; about 720,000 names from 36 sources, each with how many people bore it
and the share of them recorded as women). Copyright (c) 2022 Ian Van Buskirk, MIT licence: the
notice is copied into the output's ``licence`` field. Nothing reads the package at run time.

A name is kept when it is one lower-case word of letters (an inner hyphen or apostrophe allowed),
at least ``--min-count`` people bore it, and at least ``--certainty`` of them were women (``female``)
or men (``male``): "meghan", "sainabou", "arpita" are female, "jeremy", "guillermo", "serdar" male;
"andrea" (0.83), "jin", "chen", "park" and "kazi" are neither and say nothing. The events'
actor resolution reads it to keep "he" from referring back to Meghan Cremer (see
``pipeline/nlp/events/actors.py``, ``_name_gender``). Output: sorted and byte-reproducible.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "pipeline" / "nlp" / "lexicon" / "given_names.v1.json"
PACKAGE, VERSION = "nomquamgender", "0.1.4"
_NAME = re.compile(r"^[a-z](?:[a-z'-]*[a-z])?$")

LICENCE = (
    "nomquamgender name data. Copyright (c) 2022 Ian Van Buskirk. Permission is hereby granted, free of "
    "charge, to any person obtaining a copy of this software and associated documentation files (the "
    "\"Software\"), to deal in the Software without restriction, including without limitation the rights to "
    "use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to "
    "permit persons to whom the Software is furnished to do so, subject to the following conditions: The above "
    "copyright notice and this permission notice shall be included in all copies or substantial portions of "
    "the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
    "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
    "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR "
    "OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN "
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
)


def split(data: dict[str, list[object]], min_count: int, certainty: float) -> tuple[list[str], list[str]]:
    """(female, male) names of ``data`` (name -> [sources, people, share of women, ...]), sorted."""
    female, male = [], []
    for name, info in data.items():
        people, share = info[1], info[2]
        if not _NAME.match(name) or not isinstance(people, int) or people < min_count:
            continue
        if not isinstance(share, (int, float)):
            continue
        if share >= certainty:
            female.append(name)
        elif share <= 1 - certainty:
            male.append(name)
    return sorted(female), sorted(male)


def build(min_count: int, certainty: float) -> dict[str, object]:
    try:
        resource = importlib.resources.files(PACKAGE).joinpath("name_data.json")
        data = json.loads(resource.read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        sys.exit(f"E901 {PACKAGE} is not installed: pip install -e '.[build]' (it pins {PACKAGE}=={VERSION})")
    female, male = split(data, min_count, certainty)
    return {
        "version": "given_names.v1",
        "source": f"PyPI {PACKAGE}=={VERSION}, name_data.json (built by scripts/build_given_names.py)",
        "licence": LICENCE,
        "comment": (f"given names borne by at least {min_count} people, at least {certainty:.0%} of them women "
                    f"('female') or men ('male'); a name of neither list says nothing of its bearer"),
        "min_count": min_count,
        "certainty": certainty,
        "female": female,
        "male": male,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=100)
    parser.add_argument("--certainty", type=float, default=0.95)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = build(args.min_count, args.certainty)
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(table['female'])} female, {len(table['male'])} male")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
