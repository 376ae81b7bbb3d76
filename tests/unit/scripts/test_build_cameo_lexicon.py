"""scripts/build_cameo_lexicon.py reads PETRARCH2's CAMEO verb-pattern format (a small sample in
that format, written for this test) and maps CAMEO codes to the PLOVER type names we use."""

from __future__ import annotations

import importlib

import pytest

from pipeline.nlp.events import cameo_to_plover

SAMPLE = """# header
####### VERB PATTERNS #######

---  ACCUSE   [112]  ---
ACCUSE
CHARGE {CHARGES CHARGED CHARGING }  # comment
- * (OF CORRUPTION)                                   [1121]        # ACCUSE
- * SPY                                               [1125]        # ACCUSE

---  ARRANGE   [---]  ---
STAGE
- * PROTEST                                           [141]         # STAGE
- * &CEASEFIRE                                        [0356]        # ARRANGE

######## TRANSFORMATIONS ##########
"""


@pytest.mark.parametrize(
    ("code", "plover"),
    [("0841", "RETREAT"), ("112", "DISAPPROVE"), ("093", "INVESTIGATE"), ("1056", "DEMAND"), ("195", "FIGHT"),
     ("163", "SANCTION"), ("192", "COERCE"), ("1712", "ASSAULT"), ("010", None), ("", None)],
)
def test_cameo_codes_map_to_plover(code: str, plover: str | None) -> None:
    assert cameo_to_plover(code) == plover


def test_build_parses_verb_blocks_and_simple_patterns() -> None:
    module = importlib.import_module("scripts.build_cameo_lexicon")
    verbs, verb_objects = module.parse(SAMPLE)
    assert verbs == {"accuse": "DISAPPROVE", "charge": "DISAPPROVE"}  # [---] blocks give no default
    assert verb_objects == {"accuse spy": "DISAPPROVE", "charge spy": "DISAPPROVE", "stage protest": "PROTEST"}
