"""An article's rows depend on the article alone (issue #15; reruns and replays must reproduce the lake).

The ``entities`` and ``events`` rows of an article must be identical whether it is enriched alone,
within a batch (in any order, with any batch size), after other articles in the same process, or
in a fresh process with another string-hash seed (``PYTHONHASHSEED``: set and dict-of-str
iteration orders differ between processes, so an order taken from a set leaks into the output).
The articles are the bundled samples (real Reuters text and ones written for the repository) and
a few written here so that one entity has two equally long names of different actors.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from tests.support.paths import REPO

# Written for this test (no dev-set sentence): names that group into one entity and link to
# different KB actors, in both orders ("Kremlin" / "Russia"), two people with one surname, and a
# country inside another's name.
EXTRA = [
    "moscow ( reuters ) - the kremlin said on friday that russia would not attend the talks .\n"
    "russia s foreign ministry said the kremlin had not been invited .",
    "russia and the kremlin disagreed , and hafez assad s son bashar assad said nothing .\n"
    "sudan and south sudan signed the deal ; assad did not comment .",
]
PUBLISHED = dt.date(2017, 12, 11)

SCRIPT = """
import datetime as dt, json
from tests.integration.nlp.test_enrich import articles, rows_of  # importable: the child runs in the repository root
from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.enrich import Enricher, EnrichInput
texts = articles()
enricher = Enricher(DEFAULT_MODEL)
results = list(enricher.enrich([EnrichInput(t, dt.date.fromisoformat({day!r})) for t in texts]))
print(json.dumps([rows_of(r, enricher.version) for r in results]))
"""


def articles() -> list[str]:
    import yaml

    from pipeline.devtools.feedserver import SAMPLES_DIR

    data = yaml.safe_load((SAMPLES_DIR / "articles.yaml").read_text(encoding="utf-8"))
    texts = [(SAMPLES_DIR / it["file"]).read_text(encoding="utf-8") if "file" in it else it["text"]
             for feed in data.values() if isinstance(feed, list) for it in feed]
    return [t.strip() for t in texts] + EXTRA


def rows_of(result: Any, version: str) -> dict[str, list[dict[str, Any]]]:
    """The article's entities and events rows, JSON-ready."""
    from pipeline.rows import entity_rows, event_rows

    def plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return json.loads(json.dumps(rows, default=str))

    return {"entities": plain(entity_rows("a", result, version)), "events": plain(event_rows("a", result, version))}


@pytest.fixture(scope="module")
def enricher() -> Any:
    from pipeline.config import DEFAULT_MODEL
    from pipeline.nlp.enrich import Enricher

    return Enricher(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def alone(enricher: Any) -> list[dict[str, Any]]:
    from pipeline.nlp.enrich import EnrichInput

    return [rows_of(next(enricher.enrich([EnrichInput(t, PUBLISHED)])), enricher.version) for t in articles()]


def test_the_sample_articles_are_many_and_varied(alone: list[dict[str, Any]]) -> None:
    assert len(alone) >= 8
    assert all(a["entities"] for a in alone)
    keys = {r["entity_key"] for a in alone for r in a["entities"]}
    assert {"phx:kremlin", "phx:russian_federation"} <= keys


def test_rows_do_not_depend_on_the_batch(enricher: Any, alone: list[dict[str, Any]]) -> None:
    from pipeline.config import DEFAULT_MODEL
    from pipeline.nlp.enrich import Enricher, EnrichInput

    texts = articles()
    inputs = [EnrichInput(t, PUBLISHED) for t in texts]
    batch = [rows_of(r, enricher.version) for r in enricher.enrich(inputs)]
    assert batch == alone
    backwards = [rows_of(r, enricher.version) for r in enricher.enrich(inputs[::-1])][::-1]
    assert backwards == alone
    small = Enricher(DEFAULT_MODEL, batch_size=3)  # the same shared model, other NER batches
    assert [rows_of(r, small.version) for r in small.enrich(inputs)] == alone
    with enricher.memory_zone():  # the pipeline enriches chunks inside memory zones
        zoned = [rows_of(r, enricher.version) for r in enricher.enrich(inputs[2:] + inputs[:2])]
    assert zoned[-2:] + zoned[:-2] == alone
    again = [rows_of(next(enricher.enrich([i])), enricher.version) for i in inputs]  # after all the others
    assert again == alone


@pytest.mark.parametrize("seed", ["0", "4"])  # two seeds that order {"Russia", "Kremlin"} differently
def test_rows_do_not_depend_on_the_process(seed: str, alone: list[dict[str, Any]]) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(day=PUBLISHED.isoformat())],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == alone


def test_token_columns_and_flat_line_trees(enricher: Any) -> None:
    """The columns read from a Doc's arrays are its tokens' text, lower form's id and trailing space;
    a line that is not parsed becomes one flat tree whose first token is the root."""
    from pipeline.nlp.enrich import _line_spans, _merge_parse, _Tokens
    from pipeline.text import normalize

    doc = enricher.nlp.make_doc(normalize(EXTRA[0]).text)
    toks = _Tokens.of(doc)
    assert toks == _Tokens([t.text for t in doc], [t.lower for t in doc], [int(bool(t.whitespace_)) for t in doc],
                           [t.orth for t in doc], [t.i for t in doc if "\n" in t.text])
    assert _Tokens.of(enricher.nlp.make_doc("")) == _Tokens([], [], [], [], [])
    lines = _line_spans(toks)
    assert len(lines) == 2
    _merge_parse(doc, lines, enricher.nlp.make_doc(""), [])
    for s, e in lines:
        assert doc[s].dep_ == "ROOT" and doc[s].head.i == s
        assert all(doc[i].dep_ == "dep" and doc[i].head.i == s for i in range(s + 1, e))
    assert [sent.start for sent in doc.sents] == [s for s, _ in lines]
    with pytest.raises(ValueError, match="do not cover"):
        _merge_parse(doc, lines[1:], enricher.nlp.make_doc(""), [])


def test_candidate_doc_is_the_doc_of_its_lines_with_preset_sentences(enricher: Any) -> None:
    """The Doc of the candidate lines, made from string ids with sentence starts set from an array,
    is the Doc spaCy makes from those lines' words, spaces and ``sent_starts``."""
    from spacy.tokens import Doc

    from pipeline.nlp.enrich import _candidate_doc, _line_spans, _Tokens
    from pipeline.text import normalize

    doc = enricher.nlp.make_doc(normalize("\n".join([*EXTRA, *EXTRA])).text)
    toks = _Tokens.of(doc)
    lines = _line_spans(toks)
    assert len(lines) >= 3
    for chosen in (lines, lines[1:2], lines[::2], []):
        sub, index = _candidate_doc(doc, toks, chosen)
        words = [doc[i].text for s, e in chosen for i in range(s, e)]
        spaces = [bool(doc[i].whitespace_) for s, e in chosen for i in range(s, e)]
        starts = [True if i == s else None for s, e in chosen for i in range(s, e)]
        assert sub.to_bytes() == Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts).to_bytes()
        assert index == [i for s, e in chosen for i in range(s, e)]


LOAD_SCRIPT = """
from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.actors import load_kb
from pipeline.nlp.enrich import Enricher
from pipeline.text.truecase import get_truecaser
assert get_truecaser.cache_info().currsize == 0 and load_kb.cache_info().currsize == 0
Enricher(DEFAULT_MODEL)
kb = load_kb()
print(get_truecaser.cache_info().currsize, kb._people is not None, kb._surnames is not None)
"""


def test_enricher_loads_truecaser_and_kb_when_built() -> None:
    """A fresh worker pays for the truecaser and the KB's person indexes while building its Enricher,
    not inside its first batch of articles (that is load time, not analysis time)."""
    out = subprocess.run([sys.executable, "-c", LOAD_SCRIPT], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "True", "True"]


def test_component_records_the_entity_spans_and_candidates_read_lower_ids(enricher: Any) -> None:
    """What ``entity_mentions`` and the candidate selection read instead of the Doc: the entity
    component's record of ``doc.ents`` (after its repairs), and the tokens' lower-case string ids
    (a line is a candidate exactly when the trigger gate admits its lower-case forms)."""
    from pipeline.nlp.enrich import _line_spans, _Tokens, make_doc
    from pipeline.nlp.entities import ENT_SPANS_KEY
    from pipeline.nlp.events import TEXT_KEY
    from pipeline.text import normalize

    texts = [*EXTRA, "\n".join(EXTRA), "the islamic state fighters left hmeymim air base .", ""]
    docs = list(enricher.nlp.pipe([make_doc(enricher.nlp, normalize(t), PUBLISHED) for t in texts],
                                  disable=enricher._ner_only))
    assert any(doc.ents for doc in docs)
    for doc in docs:
        assert doc.user_data[ENT_SPANS_KEY] == [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        assert doc.user_data[TEXT_KEY] == doc.text  # what the events component counts lines in
        toks = _Tokens.of(doc)
        for s, e in _line_spans(toks):
            by_text = enricher._gate.admits(t.lower_ for t in doc[s:e])
            assert by_text == enricher._gate_ids.admits(toks.lower_ids[s:e])
