"""The spaCy component ``wirelake_events_v1`` and the pipeline helpers around it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.entities import group_entities
from pipeline.nlp.events.extract import COMPONENT_NAME, PUBLISHED_KEY, extract_events
from pipeline.nlp.events.lexicon import load_lexicon

DATELINE_KEY = "wirelake.dateline_city"
ENTITIES_KEY = "wirelake.entities"
HOME_KEY = "wirelake.home_country"  # the feed's own country (ISO alpha-3), when its registry entry names one


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
            home_hint=doc.user_data.get(HOME_KEY),
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


class _Inflector:
    """Every surface form of a lemma as the model's lemmatizer would lemmatize it back: its rules
    (form suffix, lemma suffix) run backwards, plus the irregular forms of its exception lists, per
    part of speech ("verb", "noun", "adj")."""

    POSES = ("verb", "noun", "adj")

    def __init__(self, nlp: Language) -> None:
        self.rules: dict[str, list[tuple[str, str]]] = {pos: [] for pos in self.POSES}
        self.irregular: dict[tuple[str, str], set[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            for pos in self.POSES:
                self.rules[pos] = [(form_suffix, lemma_suffix) for form_suffix, lemma_suffix
                                   in lookups.get_table("lemma_rules").get(pos, [])]  # fmt: skip
                for form, form_lemmas in lookups.get_table("lemma_exc").get(pos, {}).items():
                    for lemma in form_lemmas:
                        self.irregular.setdefault((pos, lemma), set()).add(form)

    def forms(self, lemma: str, poses: tuple[str, ...]) -> set[str]:
        forms = {lemma}
        for pos in poses:
            forms |= _inflections(lemma, self.rules[pos]) | self.irregular.get((pos, lemma), set())
        if "verb" in poses and lemma.endswith(("b", "d", "g", "m", "n", "p", "t")):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # doubled consonants: "plotted"
        return forms


@dataclass(frozen=True)
class TriggerGate[Form: (str, int)]:  # a lower-case form, or its spaCy string id
    """Which sentences can hold an event, told from their words' lower-case forms alone (before any
    tagging or parsing): a sentence can when it holds a form of a word that is a trigger on its own
    (:attr:`forms`), or every word of a phrase whose head is a trigger only with its other words
    (:attr:`phrases`: "take" only in "take to the streets", "take over", "take hostage"; "law" only
    in "martial law"). A superset of the sentences the rules find events in: it only costs a parse;
    a miss would lose an event. Forms are strings, or their spaCy string ids (:meth:`by_id`)."""

    forms: frozenset[Form]
    # a phrase head's form -> for each phrase it heads, the forms each other word of it may take
    phrases: dict[Form, tuple[tuple[frozenset[Form], ...], ...]]

    def admits(self, words: Iterable[Form]) -> bool:
        """Whether a sentence of these lower-case words (or their ids) can hold an event."""
        present = set(words)
        return not self.forms.isdisjoint(present) or any(
            all(not other.isdisjoint(present) for other in phrase)
            for head in present.intersection(self.phrases) for phrase in self.phrases[head])


def gate_by_id(gate: TriggerGate[str]) -> TriggerGate[int]:
    """The same gate over string ids (``spacy.strings.get_string_id`` of each form), as the Doc's
    ``LOWER`` attribute holds them: no form has to be decoded to be checked."""
    from spacy.strings import get_string_id

    def ids(forms: frozenset[str]) -> frozenset[int]:
        return frozenset(map(get_string_id, forms))

    return TriggerGate(ids(gate.forms), {get_string_id(head): tuple(tuple(ids(o) for o in phrase) for phrase in phrases)
                                         for head, phrases in gate.phrases.items()})  # fmt: skip


def trigger_gate(nlp: Language, lexicon_path: str | None = None) -> TriggerGate[str]:
    """The :class:`TriggerGate` of the lexicon, its lemmas inflected with the model's own lemmatizer
    tables, each with the tables of the parts of speech it is a trigger as.

    Words that trigger on their own: verbs (verbs, the CAMEO verbs, the armed switch, the accusing
    verbs of a reported clause, calling, reciprocal, hoping and burning verbs, the verbs that
    propose a gerund) with the verb and noun
    tables, nouns (nouns, need nouns, the armed switch) with the noun table, adjectives,
    evaluative words and stance participles with the adjective and noun tables; the deontic
    modals ("must", "should"); and the adverbs of joint acts ("jointly", "together").
    (Every table for every lemma made forms no rule reads — "ruler", "according", "striker" — and
    sent their lines to the parser for nothing.)

    Phrases whose head triggers only with its other words: verb + object and phrasal verbs (the
    head with the verb and noun tables), typed noun compounds whose head is no noun trigger (the
    head with the noun table), directive verbs with "to" ("told the army to return": they are
    events only with an infinitive), the verbs of bearing blame with its noun ("bears
    responsibility"); the other words with every table (a phrasal verb's particle
    is matched as it is written). Entries typed None make no event and need no parse.
    And, as written: the gated semi-modals ("needs", "ought") and the failing verbs ("failed",
    "neglected") with "to" and a reporting verb ("said Turkey needed to respect ...", "said the
    government had failed to honour ..."), the adjectives of blame with "for" / "of" and a
    reporting or belief verb ("said the opposition was responsible for the violence"), the norms with "against" /
    "contrary" and one ("said Park's move is against fairness"), the sayings
    of a subjunctive with "that" ("suggested that the government raise ..."), the
    extraposed predicates of obligation with "it" and "for" + "to" or (adjectives) "that" ("it is
    time for X to ...", "it is vital that X ..."), the verbs of assembling with a protester noun
    ("demonstrators gathered outside the embassy"), the verbs of ceding with "to" ("gave the
    islands back to Japan"), the verbs of stopping with "off" ("called off the talks"), the verbs of easing with tariffs or operations ("lifted its tariffs"), a city
    shut down "with" a protest noun ("shut down Kathmandu with a general strike"), a party hit or
    slapped "with" a punitive measure ("slapped the BMA with a lawsuit"), the wrongs an allegation
    names with an alleging verb ("claimed that Ecuador was aware of the irregularities"), the
    speaker's innocence with a saying ("said he was innocent", "... not guilty"), places
    opened "to" a party, the verbs that ease only with their particle ("scaled back its
    drills"), the verbs of letting in with a word of entering ("let aid workers into the delta",
    "let observers return"; "readmitted" alone), the verbs of leaving or entering with a unit of
    force ("the last troops left East Timor"), the nouns typed by their preposition with it ("on notice", "a plea
    to"), the verbs of ultimatums with a span of time or "until" and "to" ("gave the Serbs 10 days to comply"), the
    positive qualities a reported clause may deny with a negation ("was not free", "not true"),
    and the media of a call with "by" / "over" / "via" ("told Erdogan by telephone"), "death" with
    "to" (any verb "to death" is a killing: "burned the missionary to death"), "hands" with "at" and a
    verb of dying ("perished at the hands of her husband"), the nouns of contact with "in" and
    "with" ("were in constant touch with X"); and the
    hyphenated words of the tables, which wire text splits ("a sit - in": "in" with "sit" and "-").
    """
    lex = load_lexicon(lexicon_path)
    inflect = _Inflector(nlp)
    verbs: set[str] = set(lex.verbs) | set(lex.cameo_verbs) | set(lex.armed_words) | set(lex.accusing_verbs)
    verbs |= lex.calling_verbs | lex.reciprocal_verbs | set(lex.negated_only_verbs) | lex.hoping_verbs
    verbs |= lex.burning_verbs  # ("the body was burnt": the object is checked after the parse)
    verbs |= lex.gerund_proposals  # ("suggested having ...": the gerund is checked after the parse)
    nouns: set[str] = set(lex.nouns) | set(lex.armed_words) | set(lex.need_nouns) | set(lex.stance_agent_nouns)
    nouns |= lex.outcry_nouns
    adjectives: set[str] = set(lex.adjectives) | {word.split()[-1] for word in lex.evaluative}  # ("no involvement")
    adjectives |= lex.stance_participles | lex.approval_participles
    forms: set[str] = set(lex.deontic)  # "Israel must stop ...": a main-clause obligation is a DEMAND (the semi-
    for lemmas, poses in ((verbs, ("verb", "noun")), (nouns, ("noun",)), (adjectives, ("adj", "noun"))):
        for lemma in lemmas:  # modals "has to" / "needs to" are too frequent to send their lines to the parser)
            forms |= inflect.forms(lemma, poses)
    forms |= lex.joint_adverbs  # "intervened jointly", "combed the sea together": any verb done jointly (joint_acts)
    phrases: dict[str, set[tuple[frozenset[str], ...]]] = {}

    def phrase(head: set[str], others: list[str]) -> None:
        needed = tuple(frozenset(inflect.forms(word, _Inflector.POSES)) for word in others)
        for form in head - forms:
            phrases.setdefault(form, set()).add(needed)

    for table in (lex.phrasal, lex.verb_objects, lex.cameo_verb_objects):
        for key, event_type in table.items():
            words = key.split()
            if event_type is not None and words[0] not in verbs:
                phrase(inflect.forms(words[0], ("verb", "noun")), words[1:])
    for lemma in lex.directive_verbs - verbs:  # "told the army to return": a directive needs its infinitive
        phrase(inflect.forms(lemma, ("verb", "noun")), ["to"])
    for lemma in lex.letter_verbs - verbs:  # "sent a letter to the commissioner to initiate ...": to + a letter
        for noun in lex.letter_nouns:
            phrase(inflect.forms(lemma, ("verb",)), [noun, "to"])
    for lemma in lex.declining_verbs:  # "chose not to attend": a declined act needs its negation
        phrase(inflect.forms(lemma, ("verb",)), ["not"])
    for lemma in lex.declining_from_verbs | lex.restraint_verbs:  # "refrained from signing", "prevented X from"
        phrase(inflect.forms(lemma, ("verb",)), ["from"])
    for lemma in lex.claim_nouns:  # "claims of rigging": the wrong is matched after the parse
        phrase(inflect.forms(lemma, ("noun",)), ["of"])
    alleging = frozenset().union(*(inflect.forms(word, ("verb",)) for word in lex.alleging_verbs))
    for lemma in lex.claimed_wrongs:  # "claimed that Ecuador was aware of the irregularities"
        for form in inflect.forms(lemma, ("noun",)) - forms:
            phrases.setdefault(form, set()).add((alleging,))
    for lemma, marker in lex.reproach_markers.items():  # "called out X for ...", "took X to task for ..."
        phrase(inflect.forms(lemma, ("verb",)), [marker, "for"])
    for lemma in lex.contact_nouns:  # "were in constant touch with X": a contact kept, on a copula
        phrase(inflect.forms(lemma, ("noun",)), ["in", "with"])
    for lemma in lex.burden_verbs - verbs:  # "said Washington bears full responsibility for the crime"
        for noun in lex.burden_nouns:
            phrase(inflect.forms(lemma, ("verb",)), [noun])
    saying = frozenset().union(*(inflect.forms(word, ("verb",)) for word in lex.deontic_reporting | lex.belief_verbs))
    for lemma in (lex.gated_deontic | lex.failing_verbs) - verbs:  # "said Turkey needed to respect ...": a reported
        for form in inflect.forms(lemma, ("verb",)) - forms:  # obligation; "said X had failed to ...": an accusation
            phrases.setdefault(form, set()).add((frozenset({"to"}), saying))
    for lemma in lex.contrary_norms:  # "said Park's move is against fairness": a norm after "against" and a saying
        for form in inflect.forms(lemma, ("noun",)) - forms:
            phrases.setdefault(form, set()).add((frozenset(lex.contrary_preps), saying))
    for form in set(lex.blaming_adjectives) - forms:  # "said the opposition was responsible for the violence"
        phrases.setdefault(form, set()).add((frozenset({"for", "of"}), saying))
    for lemma in lex.subjunctive_sayings - verbs:  # "suggested that the government raise the minimum wage"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({"that"}),))
    for lemma, nothing in lex.failing_objects.items():  # "said the police had done nothing to protect us"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({nothing}), frozenset({"to"}), saying))
    denying = frozenset(lex.exoneration_nothing | lex.exoneration_anything | {"no", "any"})
    for lemma in lex.exoneration_wrongs:  # "the minister said he had done nothing wrong": a denial
        for form in (inflect.forms(lemma, ("noun",)) | {lemma}) - forms:
            phrases.setdefault(form, set()).add((denying, saying))
    for form in lex.exoneration_innocent - forms:  # "said he was innocent"
        phrases.setdefault(form, set()).add((saying,))
    for form in lex.exoneration_guilty - forms:  # "said she was not guilty"
        phrases.setdefault(form, set()).add((frozenset({"not", "n't", "never"}), saying))
    for_clause, that_clause = ("it", "for", "to"), ("it", "that")  # "it is time for X to ...", "it is vital that X ..."
    duties: list[tuple[set[str], tuple[tuple[str, ...], ...]]] = [
        (inflect.forms(w, ("noun",)), (for_clause,)) for w in lex.obligation_nouns]
    duties += [({w}, (for_clause, that_clause)) for w in lex.obligation_adjectives]
    for heads, clauses in duties:
        for form in heads - forms:
            phrases.setdefault(form, set()).update(tuple(frozenset({w}) for w in words) for words in clauses)
    denials = (frozenset({"not", "n't", "neither", "never"}),)  # "said the election was not free", "... not true"
    for form in set(lex.negated_evaluations) - forms:
        phrases.setdefault(form, set()).add(denials)
    by_call = tuple(frozenset({prep}) for prep in ("by", "over", "via"))  # "told Erdogan by phone that ..."
    for form in frozenset().union(*(inflect.forms(w, ("noun",)) for w in lex.call_media)) - forms:
        phrases.setdefault(form, set()).update((prep,) for prep in by_call)
    for lemma in lex.control_verbs - verbs:  # "took control of the town", "took over the port"
        others = [lex.control_noun] + ([lex.control_particle] if lemma in lex.particle_control_verbs else [])
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).update((frozenset({word}),) for word in others)
    for lemma in lex.ceding_verbs - verbs:  # "gave the islands back to Japan": a place handed to a party
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({"to"}),))
    entering = frozenset(lex.admitting_preps).union(*(inflect.forms(w, ("verb",)) for w in lex.admitting_acts))
    for lemma in lex.admitting_verbs - verbs:  # "let aid workers into the delta", "let observers return"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            if lemma in lex.admitting_bare:
                forms.add(form)  # "readmitted U.N. inspectors"
            else:
                phrases.setdefault(form, set()).add((entering,))
    for lemma, particles in lex.easing_particle_verbs.items():  # "scaled down its ties", "scaled back its drills"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset(particles),))
    eased = frozenset().union(*(inflect.forms(w, ("noun",)) for w in lex.eased_economic_nouns | lex.eased_military_hosts))
    for lemma in lex.easing_verbs - verbs:  # "lifted its tariffs on wine", "suspended its operations against X"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((eased,))
    protests = [w for w, t in lex.nouns.items() if t == lex.protest_means_type]
    measures = [w for w, t in lex.nouns.items() if t in lex.inflicted_types] + list(lex.inflicted_nouns)
    # a verb with its preposition and a typed noun: "shut down Kathmandu with a general strike", "slapped the BMA
    # with a lawsuit" (triggers._by_means)
    for means_verbs, preps, means_nouns in ((lex.protest_means_verbs, lex.protest_means_preps, protests),
                                            (lex.inflicted_verbs, lex.inflicted_preps, measures)):
        noun_forms = frozenset().union(*(inflect.forms(w, ("noun",)) for w in means_nouns))
        for lemma in means_verbs - verbs:
            for form in inflect.forms(lemma, ("verb",)) - forms:
                phrases.setdefault(form, set()).add((frozenset(preps), noun_forms))
    for lemma in lex.opening_verbs - verbs:  # "opened East Timor to foreign journalists"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({"to"}),))
    for lemma, particle in lex.opening_particle_verbs.items():  # "threw open the palace to U.N. inspectors"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({particle}), frozenset({"to"})))
    helps = frozenset().union(*(inflect.forms(w, ("noun",)) for w in lex.arrival_nouns))
    for lemma in lex.arrival_verbs - verbs:  # "came to the aid of the villagers", "rose to his defence"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((helps,))
    for lemma in lex.off_verbs - verbs:  # "called off the talks"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((frozenset({"off"}),))
    units = frozenset().union(*(inflect.forms(w, ("noun",)) for w in lex.force_units))
    for lemma in (lex.leaving_verbs | lex.entering_verbs) - verbs:  # "the last troops left East Timor"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((units,))
    protesters = frozenset().union(*(inflect.forms(w, ("noun",)) for w in lex.protester_nouns))
    for lemma in lex.assembling_verbs - verbs:  # "demonstrators gathered outside the embassy"
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((protesters,))
    for key, governed_type in lex.governed_nouns.items():  # "were put on notice": the noun with its preposition
        prep, noun = key.split()
        if governed_type is not None and noun not in nouns:
            phrase(inflect.forms(noun, ("noun",)), [prep])
    for key, prep_type in lex.noun_preps.items():  # "a plea to Syria": the noun with its party's preposition
        noun, prep = key.split()
        if prep_type is not None and noun not in nouns:
            phrase(inflect.forms(noun, ("noun",)), [prep])
    spans = frozenset(lex.deadline_preps).union(*(inflect.forms(w, ("noun",)) for w in lex.duration_units))
    for lemma in lex.deadline_verbs - verbs:  # "gave the rebels until Friday to disarm", "gave X 10 days to ..."
        for form in inflect.forms(lemma, ("verb",)) - forms:
            phrases.setdefault(form, set()).add((spans, frozenset({"to"})))
    for key, compound_type in lex.noun_compounds.items():
        words = key.split()
        if compound_type is not None and words[-1] not in nouns:
            phrase(inflect.forms(words[-1], ("noun",)), words[:-1])
    prep, noun, _ = lex.death_phrase  # "burned the missionary to death": any verb with "to death"
    for form in inflect.forms(noun, ("noun",)) - forms:
        phrases.setdefault(form, set()).add((frozenset({prep}),))
    for verb in lex.hands_death_verbs:  # "perished at the hands of her husband": "hands" with "at" and the verb
        phrases.setdefault("hands", set()).add((frozenset({"at"}), frozenset(inflect.forms(verb, ("verb",)))))
    for word in lex.hyphenated:  # split in wire text: "a sit - in", "one - sided" (the last part with the others)
        *first, last = word.split("-")
        for form in inflect.forms(last, _Inflector.POSES) - forms:
            phrases.setdefault(form, set()).add(tuple(frozenset({w}) for w in [*first, "-"]))
    return TriggerGate(frozenset(forms), {head: tuple(sorted(alts, key=repr)) for head, alts in phrases.items()})


def trigger_forms(nlp: Language, lexicon_path: str | None = None) -> frozenset[str]:
    """Every lower-case surface form that can make a sentence hold an event, alone or as the head
    of a phrase (see :func:`trigger_gate`)."""
    gate = trigger_gate(nlp, lexicon_path)
    return gate.forms | frozenset(gate.phrases)
