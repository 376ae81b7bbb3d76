"""Round 25: classes the read article sets (r24–r26, r28–r30, r32, r33) and the sweep of every event over the
worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file, not taken
from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a future act its source states is also a statement of intent, AGREE (``stated_intent``; guards)
    ("Hungary said it will support the resolution on the river dispute.", "AGREE", "hungary", ""),
    ("\"We will release the detained fishermen,\" the Indian foreign minister said.", "AGREE", "minister", ""),
    ("The Thai premier spoke to reporters in Bangkok. \"We will release the detained fishermen next week.\"", "AGREE",
     "", ""),
    # a future act the writer reports keeps its own type (mode future)
    ("The Pope will meet with state officials in Quebec City on Wednesday.", "CONSULT", "pope", "officials"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a future act no one states is a schedule or a forecast, no intent (``stated_intent.speakers``)
    ("The Pope will meet with state officials in Quebec City on Wednesday.", "AGREE"),
    ("The Kenyan foreign minister will visit Ethiopia next month to open a new consulate.", "AGREE"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
