"""The spaCy component ``wirelake_events_v1`` and the pipeline helpers around it."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.entities import group_entities
from pipeline.nlp.events.extract import COMPONENT_NAME, PUBLISHED_KEY, extract_events
from pipeline.nlp.events.lexicon import load_lexicon

DATELINE_KEY = "wirelake.dateline_city"
ENTITIES_KEY = "wirelake.entities"


class EventExtractor:
    """spaCy component: fills ``Doc._.events`` and ``Doc._.entities`` (see the package docstring)."""

    def __init__(self, *, name: str = COMPONENT_NAME, lexicon_path: str | None = None) -> None:
        self.name = name
        self.lexicon_path = lexicon_path

    def __call__(self, doc: Doc) -> Doc:
        grouping = doc.user_data.get(ENTITIES_KEY)
        if grouping is None:
            grouping = group_entities(doc)
        doc._.entities = grouping
        doc._.events = extract_events(
            doc,
            published=doc.user_data.get(PUBLISHED_KEY),
            dateline_city=doc.user_data.get(DATELINE_KEY),
            entities=grouping,
            lexicon_path=self.lexicon_path,
        )
        return doc


if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory(
    COMPONENT_NAME,
    default_config={"lexicon_path": None},
    requires=["token.dep", "token.pos", "token.lemma"],
    assigns=["doc._.events", "doc._.entities"],
)
def make_event_extractor(nlp: Language, name: str, lexicon_path: str | None) -> EventExtractor:
    """Factory for ``nlp.add_pipe("wirelake_events_v1")``."""
    return EventExtractor(name=name, lexicon_path=lexicon_path)


@lru_cache(maxsize=2)
def load_pipeline(model: str, *, lexicon_path: str | None = None) -> Language:
    """spaCy model ``model`` with the events component appended (cached per process; the shared
    model from ``pipeline.nlp.model`` is not modified)."""
    from pipeline.nlp.model import build_model

    nlp = build_model(model)
    nlp.add_pipe(COMPONENT_NAME, config={"lexicon_path": lexicon_path})
    return nlp


def _inflections(lemma: str, rules: list[tuple[str, str]]) -> set[str]:
    """Regular forms of ``lemma`` from the lemmatizer's (form suffix, lemma suffix) rules, run backwards."""
    forms = {lemma}
    for form_suffix, lemma_suffix in rules:
        if lemma.endswith(lemma_suffix):
            forms.add(lemma[: len(lemma) - len(lemma_suffix)] + form_suffix)
    return forms


def trigger_forms(nlp: Language, lexicon_path: str | None = None) -> frozenset[str]:
    """Every lower-case surface form that can make a sentence hold an event.

    Built from the lexicon's trigger lemmas inflected with the model's own lemmatizer tables (rules
    run backwards, plus the irregular forms from its exception lists), each lemma with the tables
    of the parts of speech it is a trigger as: verbs (verbs, phrasal and verb-object heads, the
    CAMEO verbs, the armed switch, the accusing verbs of a reported clause) with the verb and noun
    tables, nouns (nouns, noun-compound heads) with the noun table, adjectives and evaluative words
    with the adjective and noun tables; and the deontic modals ("must", "should"). (Every
    table for every lemma made forms no rule reads — "ruler", "according", "striker" — and sent
    their lines to the parser for nothing.) A superset is harmless: it only costs a parse; a miss
    would lose an event.
    """
    lex = load_lexicon(lexicon_path)
    verbs: set[str] = set(lex.verbs) | set(lex.cameo_verbs) | set(lex.armed_words) | set(lex.accusing_verbs)
    verbs |= lex.directive_verbs | lex.calling_verbs | lex.reciprocal_verbs
    verbs.update(phrase.split()[0] for phrase in list(lex.phrasal) + list(lex.verb_objects) + list(lex.cameo_verb_objects))
    nouns: set[str] = set(lex.nouns) | set(lex.armed_words) | {phrase.split()[-1] for phrase in lex.noun_compounds}
    nouns |= lex.need_nouns
    adjectives: set[str] = set(lex.adjectives) | {word.split()[-1] for word in lex.evaluative}  # ("no involvement")
    rules: dict[str, list[tuple[str, str]]] = {"verb": [], "noun": [], "adj": []}
    irregular: dict[tuple[str, str], set[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        for pos in rules:
            rules[pos] = [(form_suffix, lemma_suffix) for form_suffix, lemma_suffix
                          in lookups.get_table("lemma_rules").get(pos, [])]  # fmt: skip
            for form, form_lemmas in lookups.get_table("lemma_exc").get(pos, {}).items():
                for lemma in form_lemmas:
                    irregular.setdefault((pos, lemma), set()).add(form)
    forms: set[str] = set()
    for lemmas, poses in ((verbs, ("verb", "noun")), (nouns, ("noun",)), (adjectives, ("adj", "noun"))):
        for lemma in lemmas:
            forms.add(lemma)
            for pos in poses:
                forms |= _inflections(lemma, rules[pos]) | irregular.get((pos, lemma), set())
            if "verb" in poses and lemma.endswith(("b", "d", "g", "m", "n", "p", "t")):
                forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # doubled consonants: "plotted"
    forms |= lex.deontic  # "Israel must stop ...": a main-clause obligation is a DEMAND (the semi-modals
    return frozenset(forms)  # "has to" / "needs to" are too frequent to send their lines to the parser)
