"""TokenRules (pipeline/nlp/token_rules.py) gives the annotations of the model's own attribute ruler
and lemmatizer, on the bundled sample articles and on the patterns' rare forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.nlp import token_rules
from pipeline.nlp.token_rules import TokenRules, differing_tokens

SAMPLES = Path(__file__).resolve().parents[3] / "pipeline" / "samples"
# forms the ruler's longer, regex, dependency and whitespace patterns are for
RARE = [
    "there is no sign of talks , and let 's not forget it .",
    "we are gon na win , y' all know it ai n't over and we got ta go .",
    "he gets what he got , and nothin' more .",
    "but i told you it was done , did n't i ?",
    "  two  spaces\n\nand a blank line .",
    "it has what it needs and it does so .",
    # irregular and rule-made lemmas, exceptions, out-of-index forms, numbers and hyphens
    "the geese ran faster than the mice , better armed , leaving their analyses and criteria in 1990s-era hands .",
    "militias were regrouping , re-armed and emboldened , while u.n. monitors dithered .",
]


def _parsed(nlp: Any, texts: list[str]) -> list[Any]:
    keep = ("tok2vec", "tagger", "parser")
    return list(nlp.pipe(texts, disable=[p for p in nlp.pipe_names if p not in keep]))


def _stock(nlp: Any, docs: list[Any]) -> list[Any]:
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    return [lemmatizer(ruler(d.copy())) for d in docs]


@pytest.fixture(scope="module")
def nlp(enricher: Any) -> Any:
    return enricher.nlp


def test_differing_tokens_as_the_stock_components(nlp: Any) -> None:
    articles = yaml.safe_load((SAMPLES / "articles.yaml").read_text(encoding="utf-8"))
    texts = RARE + (SAMPLES / "reuters-putin-syria.txt").read_text(encoding="utf-8").splitlines()
    texts += [line for feed in articles.values() for a in feed if "text" in a for line in a["text"].splitlines()]
    docs = _parsed(nlp, texts)
    rules = TokenRules.of(nlp)
    assert rules is not None
    for stock, doc in zip(_stock(nlp, docs), docs, strict=True):
        rules(doc)
        assert differing_tokens(stock, doc) == [], stock.text
    # the rare patterns did fire: "let 's" -> us, "ai n't" -> be, expletive "is" -> VERB, whitespace -> _SP
    first, second = docs[0], docs[1]
    assert [t.lemma_ for t in first if t.text == "'s"] == ["us"]
    assert [t.lemma_ for t in second if t.text == "ai"] == ["be"]
    assert [t.pos_ for t in first if t.text == "is"] == ["VERB"]
    assert {t.tag_ for t in docs[4] if t.is_space} == {"_SP"}


def test_the_caches_may_start_again(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_rules, "MAX_KEYS", 5)
    docs = _parsed(nlp, RARE)
    rules = TokenRules.of(nlp)
    assert rules is not None
    for stock, doc in zip(_stock(nlp, docs), docs, strict=True):
        rules(doc)
        assert differing_tokens(stock, doc) == []
    assert len(rules._keys) <= 5 and len(rules._lemmas) <= 5


def test_lemmas_of_words_new_in_a_memory_zone_outlive_it(nlp: Any) -> None:
    """A lemma first made inside one memory zone is a string again in the next (the zone frees it)."""
    rules = TokenRules.of(nlp)
    assert rules is not None
    for _ in range(2):
        with nlp.memory_zone():
            (doc,) = _parsed(nlp, ["the zorblaxes were flurgening the town ."])
            before = doc.copy()
            rules(doc)  # before the stock lemmatizer, which would add the lemmas' strings itself
            lemmas = [t.lemma_ for t in doc]
            (stock,) = _stock(nlp, [before])
            assert lemmas == [t.lemma_ for t in stock]
            assert doc[1].lemma_.startswith("zorblax") and doc[3].lemma_.startswith("flurgen")
