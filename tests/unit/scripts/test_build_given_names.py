"""scripts/build_given_names.py keeps the given names nomquamgender's table says a gender of with
certainty (rows in that table's format: name -> [sources, people, share of women, ...]; the values
here are made up for the test), and the shipped table is what it builds from the pinned package."""

from __future__ import annotations

import importlib
import json

build = importlib.import_module("scripts.build_given_names")

ROWS: dict[str, list[object]] = {
    "amina": [20, 5000, 0.99, 3],
    "tomas": [20, 4000, 0.01, 3],
    "andrea": [30, 9000, 0.83, [0, 2, 3]],  # borne by both: says nothing
    "rare": [1, 12, 1.0, 3],  # too few bearers
    "mary-jane": [5, 300, 0.97, 3],
    "#`brahim": [1, 900, 0.0, 3],  # not a word of letters
    "jean paul": [4, 800, 0.0, 3],  # two words
}


def test_split_keeps_certain_names_of_enough_bearers() -> None:
    female, male = build.split(ROWS, min_count=100, certainty=0.95)
    assert female == ["amina", "mary-jane"]
    assert male == ["tomas"]


def test_split_threshold_is_the_share_of_one_gender() -> None:
    female, male = build.split(ROWS, min_count=100, certainty=0.80)
    assert "andrea" in female and male == ["tomas"]


def test_shipped_table_is_the_build_output() -> None:
    shipped = json.loads(build.OUT.read_text(encoding="utf-8"))
    assert build.build(shipped["min_count"], shipped["certainty"]) == shipped
