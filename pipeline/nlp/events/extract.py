"""From triggers to events: roles, actors, the rules that keep or drop a candidate, and one event
per (type, source, target) in each sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.nlp import geo
from pipeline.nlp.dates import DateMention, as_date, find_dates
from pipeline.nlp.entities import EntityGrouping, group_entities
from pipeline.nlp.events import attributes
from pipeline.nlp.events.actors import (
    ArticleContext,
    actor,
    actor_head,
    agent_sector,
    agrees,
    dateline_leader,
    home_country,
    is_actor_head,
    is_actor_like,
    is_person,
    make_actor,
    names_place,
    remember,
    trailing_attribution,
)
from pipeline.nlp.events.lexicon import Lexicon, load_lexicon
from pipeline.nlp.events.roles import absorbed_act, condition_party, conjuncts, is_passive, prep_object, trigger_roles
from pipeline.nlp.events.syntax import (
    ACTOR_LABELS,
    PASSIVE_SUBJ,
    PLACE_LABELS,
    SUBJ,
    agent,
    child,
    child_all,
    condition_mark,
    conditional_clause,
    denied_by_no,
    extraposed_clause,
    first_conjunct,
    is_infinitive,
    is_verb,
    lemma,
    prep_objects,
    reattach_duration_preps,
    reattach_indirect_questions,
    repair_adjectival_verbs,
    repair_adverbial_subjects,
    repair_attributive_participles,
    repair_auxiliary_subjects,
    repair_conjoined_passives,
    repair_coordinated_modifiers,
    repair_fronted_conjuncts,
    repair_interrupted_passives,
    repair_modifier_verbs,
    repair_noun_roots,
    repair_orphan_prepositions,
    repair_particle_objects,
    repair_perfect_participles,
    repair_reduced_relatives,
    repair_subordinator_objects,
    repair_vaccine_shots,
)
from pipeline.nlp.events.triggers import (
    Trigger,
    burned_person,
    called_punishment,
    find_triggers,
    is_alternative_threat,
    is_place_token,
    is_sum,
    is_unheeded,
    mandative,
    market_sense,
    noun_type,
    of_filler,
    stance_about_act,
    to_death,
    wanted_treatment,
)
from pipeline.nlp.events.types import COOPERATIVE_TYPES, HOSTILE_TYPES, Actor, Event, EventsInputError

EXTRACTOR_NAME = "wirelake.events.v2"
COMPONENT_NAME = "wirelake_events_v1"  # spaCy factory names cannot contain "."; kept for configs
PUBLISHED_KEY = "wirelake.published"
TEXT_KEY = "wirelake.text"  # the text the Doc was made from (optional: saves joining its tokens again)


def extractor_version(lexicon_path: str | None = None) -> str:
    """The extractor's version string: component, lexicon and geo-table versions."""
    return f"{EXTRACTOR_NAME}+{load_lexicon(lexicon_path).version}+{geo.tables().version}"


def parse_published(value: object) -> dt.date | None:
    try:
        return as_date(value)
    except ValueError as exc:
        raise EventsInputError(
            f"publication date {value!r} is not ISO 8601",
            fix=f"set doc.user_data[{PUBLISHED_KEY!r}] to e.g. '2017-12-11'",
        ) from exc
    except TypeError as exc:
        raise EventsInputError(
            f"publication date {value!r} ({type(value).__name__}) is not a date",
            fix=f"set doc.user_data[{PUBLISHED_KEY!r}] to a datetime.date, a datetime.datetime or an ISO 8601 string",
        ) from exc


@dataclass
class _Sentence:
    line: int  # the line of the text the sentence starts on
    text: str  # the Doc's text
    span: Span
    published: dt.date | None
    version: str
    narrative: dt.date | None = None  # the date the sentences just before told of (_narrative_date)
    _dates: list[DateMention] | None = None

    @property
    def dates(self) -> list[DateMention]:
        """The sentence's date expressions, found when an event first asks (most sentences with a
        trigger yield no event)."""
        if self._dates is None:
            self._dates = find_dates(self.span.text, self.published)
        return self._dates


def extract_events(
    doc: Doc,
    *,
    published: dt.date | dt.datetime | str | None = None,
    dateline_city: str | None = None,
    home_hint: str | None = None,
    entities: EntityGrouping | None = None,
    lexicon_path: str | None = None,
) -> list[Event]:
    """Extract PLOVER events from a parsed ``doc`` (needs tagger, lemmatizer and parser).
    ``home_hint``: the country of the outlet that published the article (ISO alpha-3), when known."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise EventsInputError(
            "the Doc has no dependency parse, which event extraction needs",
            fix=f"add {COMPONENT_NAME!r} after the tagger, lemmatizer and parser of a trained pipeline "
            "and do not disable them",
        )
    lex = load_lexicon(lexicon_path)
    _join_hyphenated(doc, lex)
    repair_perfect_participles(doc)
    repair_auxiliary_subjects(doc)
    repair_interrupted_passives(doc)
    repair_conjoined_passives(doc, lex.telling_verbs)
    repair_vaccine_shots(doc, lex.shot_forms, lex.shot_modifiers)
    repair_orphan_prepositions(doc)
    repair_attributive_participles(doc, lex.attributive_participles)
    repair_noun_roots(doc)
    repair_adjectival_verbs(doc)
    repair_modifier_verbs(doc)
    repair_coordinated_modifiers(doc)
    repair_adverbial_subjects(doc)
    repair_subordinator_objects(doc)
    repair_fronted_conjuncts(doc)
    repair_particle_objects(doc)
    reattach_duration_preps(doc, lex.duration_units, lex.duration_preps)
    reattach_indirect_questions(doc, lex.question_verbs)
    repair_reduced_relatives(doc)
    version = extractor_version(lexicon_path)
    published_date = parse_published(published)
    grouping = entities if entities is not None else group_entities(doc)
    dateline_place = geo.country_code(dateline_city) if dateline_city else None
    dateline_country = dateline_place if dateline_city and geo.place_kind(dateline_city) in ("country", "capital") \
        else None  # ("MOSCOW (Reuters) -", "KUWAIT:"; another town only counts for the home country)
    ctx = ArticleContext(lex, grouping, dateline_city, dateline_country,
                         dateline_leader(doc, grouping, lex, dateline_country),
                         home_country(grouping, dateline_country, dateline_place, home_hint), published_date)  # fmt: skip
    ctx.text = doc.user_data.get(TEXT_KEY)  # (else the Doc's text, joined when first needed)
    events: list[Event] = []
    text: str | None = None
    line = line_from = 0  # the line the last sentence with a trigger starts on, and its first character
    told: list[dt.date | None] = []  # each sentence's latest date so far (the story's narrative time)
    for sent in doc.sents:
        found: list[Event] = []
        first = sent[0]
        parsed = bool(first.tag or first.pos)  # the Enricher parses only lines that can hold a trigger
        triggers = find_triggers(sent, lex) if parsed else []
        if triggers:
            if text is None:
                text = doc.user_data.get(TEXT_KEY) or doc.text
            line += text.count("\n", line_from, sent.start_char)
            line_from = sent.start_char
            frame = _Sentence(line, text, sent, published_date, version,
                              narrative=_narrative_date(told, lex.narrative_sentences))
            for trigger in triggers:
                if not attributes.absorbed(trigger, lex, triggers) or _administered_act(trigger, triggers, ctx):
                    found.extend(_events_for(trigger, frame, ctx))
            found = one_per_actor_pair(found)
        if published_date is not None:
            dated = [d.date for d in (frame.dates if triggers else find_dates(sent.text, published_date)) if d.date]
            told.append(max(dated) if dated else None)
        events.extend(found)
        ctx.coded_types.update(e.event_type for e in found)
        for e in found:
            ctx.coded_pairs.setdefault(e.event_type, []).append((_actor_key(e.source), _actor_key(e.target)))
        remember(sent, [e.source for e in found if e.source is not None], ctx,
                 [e.target for e in found if e.target is not None])
    return events


def _narrative_date(told: list[dt.date | None], sentences: int) -> dt.date | None:
    """The date of the nearest earlier sentence with one, at most ``sentences`` back: the time a story
    that names no date of its own goes on telling of ("In 1875 the Egyptians sent an expedition. Yohannes
    defeated it.")."""
    return next((d for d in reversed(told[-sentences:]) if d is not None), None) if sentences else None


_HYPHEN = get_string_id("-")


def _join_hyphenated(doc: Doc, lex: Lexicon) -> None:
    """Wire text splits hyphenated words ("a cease - fire", "a sit - in", "one - sided"): the last
    part of one the trigger tables hold takes the whole word as its lemma, so that it is found as
    that word ("violated the cease - fire" = "violated the ceasefire")."""
    if not lex.hyphenated or not len(doc):
        return
    for i in numpy.flatnonzero(doc.to_array(LOWER) == _HYPHEN).tolist():
        if 0 < i < len(doc) - 1:
            left, right = doc[i - 1], doc[i + 1]
            for key in (f"{left.lower_}-{right.lower_}", f"{left.lower_}-{lemma(right)}"):
                if key in lex.hyphenated:
                    right.lemma_ = key
                    break


def _events_for(trigger: Trigger, frame: _Sentence, ctx: ArticleContext) -> list[Event]:
    lex = ctx.lex
    roles = _obligation_roles(trigger, lex) if trigger.kind == "obligation" else trigger_roles(trigger, lex)
    if (roles is None or roles[0] is None) and trigger.kind == "noun" \
            and (trigger.event_type in lex.scene_types or lemma(trigger.token) in lex.manner_nouns):
        protesters = _protesters(trigger, lex)  # "police detained activists during a protest": they protested
        if protesters is not None:
            roles = protesters, roles[1] if roles is not None else None
            if roles[1] is None and trigger.event_type in COOPERATIVE_TYPES:
                roles = protesters, _manner_object(protesters, lex)  # "joined the MPs in a show of solidarity"
    source_token, target_token = roles if roles is not None else (None, None)
    if source_token is None and _between_mutual(trigger, lex) and _realis(trigger, lex):
        for host in _between_hosts(trigger, lex):  # (a noun with no roles of its own too: "fighting erupted
            source_token, target_token = _between(host, source_token, target_token)  # between X and Y")
            if source_token is not None:
                break
    if source_token is None and trigger.kind in ("noun", "phrase") and trigger.event_type in lex.inquiry_types:
        source_token = _inquiry_reporter(trigger, lex)  # "police said an investigation was under way": theirs
        if source_token is not None and roles is None:
            roles = source_token, None
    if source_token is None and trigger.kind == "noun" and trigger.event_type in lex.joint_noun_types:
        source_token = _joint_actor(trigger.token, lex)  # "MSF, in cooperation with the health authorities, sent ..."
        if source_token is not None and roles is None:
            roles = source_token, None
    if roles is None and source_token is None:
        return []
    if source_token is not None and source_token.dep_ in ("nsubj", "csubj") and trigger.kind in ("verb", "phrase") \
            and lemma(source_token) in lex.cause_nouns and source_token.ent_type_ == "":
        return []  # "the storm killed five", "Covid has killed thousands": a natural cause is no agent
    if _idle_scrutiny(trigger, source_token, target_token, lex):
        return []  # "Analyst Randall inspected several rural outlets", "the report analyses access to justice"
    if _occasion_held(trigger, target_token, lex):
        return []  # "the conference will be held in Cairo", "the ceremony was held": an occasion, nobody detained
    if _thing_object(trigger, lex):
        return []  # "able to meet my family's needs", "received an award": no party met or received
    out: list[Event] = []
    for source_part, target_part in _pairs(trigger, source_token, target_token, lex):
        if source_part is None and trigger.event_type not in HOSTILE_TYPES and _names_no_party(target_part, lex) \
                and not _criticised_thing(trigger, lex):
            continue  # "the festival is celebrated", "the machines were handed over": no actor at all
        event = _event(trigger, actor(source_part, trigger.token, ctx), actor(target_part, trigger.token, ctx),
                       frame, ctx)  # fmt: skip
        if event is not None:
            event = _consent(event, trigger, lex)
            out.append(event)
            threat = _threat(event, trigger, lex)  # or an AGREE: the stated intent
            if threat is not None and _forecast_by_commentator(trigger, ctx):
                threat = None  # "the press stated that the coach will resign": a forecast, no intent of his
            if threat is not None:
                out.append(threat)
            protest = _crowd_protest(event, trigger, ctx)  # "thousands of Filipinos massed ... to demand"
            if protest is not None:
                out.append(protest)
    return out


def _stated_by_source(event: Event, trigger: Trigger, lex: Lexicon) -> bool:
    """A future act or a plan is stated: a verb of saying or announcing governs it ("Hungary said
    it will support the resolution", "..., the minister said", "..., the envoy announced"; "according
    to" X), a litotes states the willingness, or its source is a quote's first person ("we will
    retaliate", "we want to sign a deal"; its plain cooperative future is no intent: ``_threat``).
    One the writer reports unattributed ("the Pope will meet with state officials on Wednesday") is
    a schedule or a forecast, no intent its source states."""
    if attributes.stated(trigger, lex) or attributes.litotes(trigger, lex):
        return True  # (a litotes states the willingness itself: "Egypt will not hesitate to provide assistance")
    return event.source is not None and event.source.text.lower() in lex.intent_speakers


def _forecast_by_commentator(trigger: Trigger, ctx: ArticleContext) -> bool:
    """The act is foretold by a commentator, the media or analysts (the reporting speaker is a noun
    of ``forecasters.nouns``: "the Argentine press stated that the coach will resign", "analysts
    said Russia would attack"): a forecast, no intent its source states. A party's own people or
    its partner speak for it ("Egypt will coordinate its positions with Syria, the foreign minister
    said", "..., a State Department spokesman said")."""
    speaker = attributes.reporting_speaker(trigger, ctx.lex)
    return speaker is not None and lemma(actor_head(speaker)) in ctx.lex.forecaster_nouns


def _occasion_held(trigger: Trigger, target: Token | None, lex: Lexicon) -> bool:
    """A verb that needs a person as object ("hold", "protect") whose object or passive subject (its
    own or its clause's: "is scheduled to be held") is an event noun or a thing ("the election will
    be held in 2024", "the opening ceremony was held")."""
    if trigger.kind != "verb" or lemma(trigger.token) not in lex.needs_person_object:
        return False
    held = child(trigger.token, {"nsubjpass", "dobj", "obj"}) or target
    if (trigger.token.dep_ == "acl" and trigger.token.tag_ == "VBN") or (
            trigger.token.dep_ == "relcl" and held is not None and held.lower_ in ("which", "that")):
        held = trigger.token.head  # "the closing symposium held by the centre", "the conference, which was held"
    if held is None:
        return False
    held = actor_head(held)  # ("held six hours of talks": the talks)
    if lemma(held) in lex.occasion_nouns:
        return True  # ("an investment seminar will be held": WordNet makes a seminar a group of people)
    return held.pos_ == "NOUN" and (lemma(held) in lex.nouns or _is_thing(held, lex))


def _is_thing(noun: Token, lex: Lexicon) -> bool:
    """A common noun naming neither an event, an actor, a person nor a group ("hours", "the
    ceremony" is an event noun only where the lexicon types it)."""
    return noun.pos_ == "NOUN" and lemma(noun) not in lex.nouns and noun.ent_type_ not in ACTOR_LABELS \
        and agent_sector(noun) is None and lemma(noun) not in lex.person_nouns and lemma(noun) not in lex.group_nouns


def _parties_together(verb: Token) -> bool:
    """The verb's subject names two or more parties: coordinated ("Seoul and Pyongyang", "the
    presidents of Turkmenistan and China"), or counted ("the two Koreas", "both sides",
    "representatives of the two Koreas")."""
    subj = child(verb, {"nsubj"})
    return subj is not None and (any(c.dep_ == "conj" for c in subj.children) or any(
        w.lower_ in ("two", "three", "both", "all") or (w.dep_ == "conj" and w.ent_type_ in ACTOR_LABELS)
        for w in subj.subtree))


def _instrument(word: Token, lex: Lexicon) -> bool:
    """The word is a law, a treaty or another instrument (``thing_permits.instruments``), in the plural
    or capitalised by the truecaser too ("international Treaties", "the Geneva Convention")."""
    if any(c.i > word.i and c.dep_ in ("amod", "compound") for c in word.children):
        return False  # "outlawed by the ruling junta": the parser's noun "ruling" modifies the party after it
    lower = word.lower_
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else lower
    return lower in lex.instrument_agents or singular in lex.instrument_agents


def _thing_subject(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject (a relative pronoun's noun in a relative clause) is a thing that permits (a law, a
    voucher, a platform: ``thing_permits.things``)."""
    subj = child(verb, {"nsubj"})
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN" and lemma(subj) in lex.permitting_things


def _seized_thing(trigger: Trigger, source: Actor | None, lex: Lexicon) -> bool:
    """A thing seized, confiscated or impounded in an agentless passive ("his assets were seized", "the vessel was
    seized and diverted to port"): a seizure by the authorities, though no party is named (``thing_actors``
    seized_things)."""
    token = trigger.token
    return source is None and trigger.kind in ("verb", "phrase") and lemma(token) in lex.seized_things \
        and child(token, PASSIVE_SUBJ) is not None and agent(token) is None


def _thing_object(trigger: Trigger, lex: Lexicon) -> bool:
    """A verb of ``thing_object_verbs`` whose object is a thing (or a market's demand) and that names
    no party to receive it ("meet the cost", "met the ball", "received an award", "meet labour market
    demands"; not "met the minister", "received a delegation")."""
    if trigger.kind != "verb" or lemma(trigger.token) not in lex.thing_object_verbs:
        return False
    lem = lemma(trigger.token)
    passive_too = lem in lex.thing_subject_verbs  # ("production was suspended": the passive's subject)
    obj = child(trigger.token, {"dobj", "obj", "nsubjpass"} if passive_too else {"dobj", "obj"})
    if obj is None or not (_is_thing(actor_head(obj), lex) or market_sense(obj, lex)) or is_actor_like(actor_head(obj), lex) \
            or f"{lem} {lemma(obj)}" in lex.verb_objects:  # ("suspended diplomatic relations": a sanction)
        return False
    if passive_too and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in lex.thing_party_preps and any(
            g.dep_ == "pobj" and is_actor_like(actor_head(g), lex) for g in c.children))
            for c in (*obj.children, *trigger.token.children)):
        return False  # "suspended the licence of the opposition newspaper", "a lending programme for Kenya",
        # "exchanges with Burma": a party's thing, or one with or for a party
    return not any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
        g.dep_ == "pobj" and is_actor_like(actor_head(g), lex) for g in c.children)) for c in trigger.token.children)


def _criticised_thing(trigger: Trigger, lex: Lexicon) -> bool:
    """A criticism verb in the passive with conduct or an act as its subject ("the plan has been
    widely criticised", "the decision was condemned", "the arrests were denounced"): the criticism
    is coded though it names neither critic nor author (``source: []``, ``target: []``, as an
    explicit criticism verb with only an implicit target is). Not a thing of another kind ("fish
    is grilled", "geography has been blamed")."""
    if trigger.kind != "verb" or trigger.event_type != lex.blaming_type or child(trigger.token, {"agent"}) is not None:
        return False
    subject = child(trigger.token, {"nsubjpass"})
    return subject is not None and (lemma(actor_head(subject)) in lex.criticised_nouns
                                    or noun_type(actor_head(subject), lex) is not None)


def _names_no_party(target: Token | None, lex: Lexicon) -> bool:
    """A common noun that is neither an actor, a person nor a group ("the festival", "the
    machines"): with no source, an event of it has no actor (a building or a place hit, taken or
    closed is kept by the caller for hostile acts)."""
    if target is None:
        return False
    head = actor_head(target)
    return head.pos_ == "NOUN" and head.ent_type_ == "" and not is_actor_like(head, lex) \
        and lemma(head) not in lex.person_nouns and lemma(head) not in lex.group_nouns


def _crowd_protest(event: Event, trigger: Trigger, ctx: ArticleContext) -> Event | None:
    """A crowd that demands something in a participle or purpose clause of what it does ("Thousands
    of Filipinos massed on the avenue to demand ...", "East Germans packed the square calling for
    free elections", "black workers stayed away from work to demand ...") is protesting: PROTEST
    beside the DEMAND (CAMEO 14, demonstrate for a demand); the crowd is people in the plural (a
    sector of ``crowd_sectors``, a people named in the plural, a plural of no known sector)."""
    lex, token = ctx.lex, trigger.token
    if event.event_type != lex.crowd_demand[0] or trigger.kind not in ("verb", "phrase") or event.source is None:
        return None
    participle = token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "xcomp", "conj")
    purpose = token.dep_ == "advcl" and is_infinitive(token)
    if not (participle or purpose) or token.head == token or lemma(token.head) in lex.reporting \
            or token.head.dep_ == "acl":
        return None  # (a participle on a noun's participle describes people: "the lawsuits brought by former
        # laborers seeking compensation" is no gathering)
    if token.dep_ == "acl" and not is_verb(token.head) and (token.head.dep_ != "nsubj" or not is_verb(token.head.head)):
        return None  # a participle on a noun acts only on the subject of a verb ("Protesters calling for the ouster of
        # Berisha ransacked police stations"; not "offenders seeking refuge in Israel", "posts asking students")
    source = event.source
    if not (_plural_people(source, ctx) or (source.sector in lex.crowd_sectors and source.text.endswith("s"))):
        return None
    doing = token.head if is_verb(token.head) else token.head.head  # the protest's mode is that of what the crowd
    # does ("massed", "ransacked": asserted)
    if lex.verbs.get(lemma(doing)) == lex.crowd_demand[0] or any(
            c.dep_ in ("dobj", "obj") and any(noun_type(w, lex) == lex.crowd_demand[0] for w in (c, *c.conjuncts))
            for c in doing.children):
        return None  # what they do is itself a request, the clause says what it asks ("the families submitted
        # applications, petitions and appeals, requesting access to the files"): no gathering
    mode = attributes.mode(Trigger(doing, lex.crowd_demand[1], "verb", doing), lex) if is_verb(doing) else "asserted"
    return replace(event, event_type=lex.crowd_demand[1], cameo_root=lex.cameo_roots[lex.crowd_demand[1]], mode=mode)


def _protesters(trigger: Trigger, lex: Lexicon) -> Token | None:
    """The people a verb acts on "during / at / amid / in" a protest noun with no actors of its own
    (its object or passive subject: "detained activists during a protest", "were injured at a
    rally"), who are the protest's source (CAMEO ARREST * (DURING PROTEST) [175:140]); a bare "in
    protest" is the manner of the subject's own act ("recalled its envoy in protest at ...", and for the
    lexicon's manner nouns "pressed ahead in defiance of the demand")."""
    noun = trigger.token
    prep = noun.head
    if trigger.light is None and noun.dep_ == "pobj" and prep.lower_ == "of" and lemma(prep.head) in lex.manner_frames \
            and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in" and lemma(noun) in lex.manner_nouns:
        prep = prep.head.head  # "joined the protesting MPs in a show of solidarity": as bare as "in solidarity"
    elif trigger.light is not None or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.scene_preps:
        return None
    verb = prep.head
    if prep.lower_ == "in" and (not any(c.dep_ in ("det", "poss") for c in noun.children) or prep != noun.head) \
            and verb.pos_ == "VERB":
        if child(verb, {"nsubjpass"}) is not None and lemma(noun) in lex.manner_nouns:
            return agent(verb)  # "they were joined by opposition leaders in a show of solidarity": the agent's act
        return child(verb, {"nsubj"})  # "recalled its ambassador in protest at the war": the subject protests
    if trigger.event_type not in lex.scene_types:
        return None  # (a manner noun acts only bare: "pressed ahead in defiance of the demand")
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        people: Token | None = verb  # the parser hung the phrase on the object: "detained activists during ..."
    elif verb.pos_ == "VERB":
        people = child(verb, {"dobj", "nsubjpass"})
    else:
        return None
    if people is None:
        return None
    head = actor_head(people)
    if is_actor_like(head, lex) or lemma(head) in lex.person_nouns or lemma(head) in lex.group_nouns:
        return people
    return None


def _manner_object(subject: Token, lex: Lexicon) -> Token | None:
    """The party the subject's verb acts on or goes with, which a cooperative manner noun with no
    party of its own is for ("opposition leaders joined the protesting MPs in a show of solidarity":
    the MPs; "they were joined by opposition leaders ...": they; "marched in solidarity with X": X)."""
    verb = subject.head.head if subject.dep_ == "pobj" and subject.head.dep_ == "agent" else subject.head
    obj = child(verb, {"nsubjpass"}) if verb != subject.head else child(verb, {"dobj", "obj"})
    if obj is not None and is_actor_like(actor_head(obj), lex):
        return obj
    return prep_object(verb, lex, ("with",))


def _obligation_roles(trigger: Trigger, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """A main-clause obligation ("Israel must stop ..."): the one who lays it is the speaker of an
    "according to" phrase, else unknown (a quote fragment's speaker is in another sentence); the
    obliged subject is the target."""
    return attributes.reporting_speaker(trigger, lex), child(trigger.token, {"nsubj"})


_MUTUAL = frozenset({"CONSULT", "COOPERATE"})
# an event noun whose "between X and Y" names parties that act on each other ("talks between X and
# Y", "clashes between troops and rebels"; a FIGHT of coordinated subjects may be allies: "the US and
# Britain launched strikes")
_BETWEEN_MUTUAL = _MUTUAL | {"FIGHT"}
# clauses that do not assert their verb ("prospects of holding talks", "hoping to hold talks")
_NONFINITE_DEPS = frozenset({"pcomp", "acl", "xcomp", "advcl"})


def _joint_actor(noun: Token, lex: Lexicon) -> Token | None:
    """Who acts in cooperation with another party, or gives: the active subject of the clause a manner
    phrase ("in cooperation with", "in collaboration with") or the object's "in" phrase ("earmarked
    20 million euros in humanitarian assistance") is hung on, or the subject noun it is hung on ("the
    Youth Forum, in collaboration with the church association, is planning ..."); none in a passive
    ("the event was held in collaboration with X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lex.joint_manner_preps:
        return None
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "nsubj" and is_actor_like(actor_head(host), lex):
        return host
    if host.pos_ in ("NOUN", "NUM") and host.dep_ in ("dobj", "obj"):
        host = host.head  # "the EU earmarked 20 million euros in humanitarian assistance": the giver's sum
    subject = child(host, {"nsubj"}) if is_verb(host) else None
    return subject if subject is not None and is_actor_like(actor_head(subject), lex) else None


def _inquiry_reporter(trigger: Trigger, lex: Lexicon) -> Token | None:
    """Who runs an investigation told with no investigator ("an investigation is under way", "the
    matter is under investigation", "a probe has been opened"): the police, prosecutors, a court or a
    government body (``inquiry_reporters.sectors``) that reports it ("..., police said"), or that did
    the act the clause is coordinated with ("a case was registered by the police and further
    investigation is under way")."""
    noun = trigger.end_token if trigger.kind == "phrase" else trigger.token
    if trigger.kind == "phrase" and (noun.dep_ != "nsubjpass" or noun.head != trigger.token):
        return None  # ("an investigation had been opened": the phrase in the passive)
    if not (noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ in lex.undergoing_preps)):
        return None  # (the subject of its clause, or "under investigation")
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    if noun.dep_ == "nsubj" and not (attributes.occurrence(verb, lex) or any(
            lemma(w) in lex.inquiry_ongoing for c in verb.children if c.dep_ in ("acomp", "advmod", "attr", "prep")
            for w in (c, *c.children))):  # fmt: skip
        return None  # "an investigation is under way / ongoing / continues"; not "an investigation was necessary"
    candidates = [attributes.reporting_speaker(trigger, lex)]
    if verb.dep_ == "conj":
        candidates += [agent(verb.head), child(verb.head, SUBJ)]
    return next((c for c in candidates if c is not None and _inquiring_body(c, lex)), None)


def _idle_scrutiny(trigger: Trigger, source: Token | None, target: Token | None, lex: Lexicon) -> bool:
    """Examining, analysing, inspecting or auditing (``scrutiny_words``) by no investigating body, of
    no party and no act or matter: a study of things, no investigation."""
    token = trigger.token
    if trigger.event_type not in lex.inquiry_types or lemma(token) not in lex.scrutiny_words:
        return False
    if source is not None and (_inquiring_body(source, lex) or any(
            lemma(w) in lex.scrutiny_bodies for w in actor_head(source).subtree)):
        return False  # ("the auditor general launched a special audit of the health fund")
    if target is not None and is_actor_like(actor_head(target), lex) and actor_head(target).pos_ != "PRON":
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False  # "was examining how its warplanes came to strike a convoy": what happened is a matter
    studied = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    studied += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "into") for g in c.children
                if g.dep_ == "pobj"]
    return not any(noun_type(w, lex) is not None or lemma(w) in lex.scrutinised_matters for w in studied)


def _inquiring_body(word: Token, lex: Lexicon) -> bool:
    """A party that investigates (the police and government sectors, prosecutors, courts,
    commissions: ``inquiry_reporters``), by its head or a word of its name ("the Kenya Police
    Service", "prosecutors", "the anti-graft commission")."""
    head = actor_head(word)
    return any(agent_sector(w) in lex.inquiry_sectors or lemma(w) in lex.inquiry_nouns for w in (head, *head.children)
               if w == head or w.dep_ in ("compound", "amod"))


def _pairs(trigger: Trigger, source: Token | None, target: Token | None,
           lex: Lexicon) -> list[tuple[Token | None, Token | None]]:
    """(source, target) words of the events of a trigger: one per conjunct of each. A meeting or
    cooperation of coordinated parties with no other target, and an event noun's "between" parties,
    act on each other: one event each way, the first-named party's first ("Xi and Biden held
    talks": Xi -> Biden and Biden -> Xi; the articles' conventions code the first-named party as the
    source of a two-party meeting, the GSR's both parties as source and target). So do the parties
    of a symmetric verb ("police clashed with protesters", "police and protesters clashed")."""
    sources, targets = conjuncts(source), conjuncts(target)
    if trigger.kind in ("verb", "phrase") and lemma(trigger.token) in lex.symmetric_verbs:
        if target is None and len(sources) > 1:
            return [pair for other in sources[1:] for pair in ((sources[0], other), (other, sources[0]))]
        if source is not None and target is not None and target.dep_ == "pobj" and target.head.lower_ == "with":
            return [(s, t) for s in sources for t in targets] + [(t, s) for t in targets for s in sources]
    if target is not None and target in sources:  # "talks between Iran and the EU", "clashes between X and Y"
        return [(source, target), (target, source)] if _between_mutual(trigger, lex) else [(source, target)]
    if trigger.event_type in _MUTUAL and target is None and len(sources) > 1:
        if trigger.kind == "verb" and lemma(trigger.token) in lex.visit_verbs \
                and child(trigger.token, {"dobj", "obj"}) is not None:
            return [(s, None) for s in sources]  # "the minister and his team visited the border": co-visitors
        return [pair for other in sources[1:] for pair in ((sources[0], other), (other, sources[0]))]
    return [(s, t) for s in sources for t in targets]


def _between_mutual(trigger: Trigger, lex: Lexicon) -> bool:
    """Whether an event's "between X and Y" parties act on each other: a meeting, cooperation or
    fight, and the noun of a symmetric verb ("a brawl broke out between street vendors", "a scuffle
    between X and Y": ASSAULT, two-sided); so does an agreement signed ("an agreement between Ghana and
    Togo was signed", "a memorandum was signed between the two ministries": ``act_agreements`` phrases)."""
    if trigger.kind == "phrase" and f"{lemma(trigger.token)} {lemma(trigger.end_token)}" in lex.act_agreement_phrases:
        return True
    return trigger.event_type in _BETWEEN_MUTUAL or (trigger.kind == "noun" and lemma(trigger.token) in lex.symmetric_verbs)


def _realis(trigger: Trigger, lex: Lexicon) -> bool:
    """An event noun said to take place: the subject or predicate noun of a finite clause ("the
    talks between X and Y took place", "clashes between X and Y were reported", "it was the first
    meeting between X and Y"), or the object or passive subject of a finite support verb ("held
    talks between ...", "talks were held between ...", "will be held"); not "prospects of resuming
    talks"; so is one a finite clause is anchored to by a preposition that says it took place ("was
    announced during a meeting between X and Y", "after clashes between X and Y"; not "ahead of
    talks between ..."). A verb + object phrase ("hold talks") is said to take place when its verb
    is finite. So is the agent of a participle ("caused by the war between X and Y")."""
    if trigger.kind == "phrase":
        return trigger.end_token.dep_ == "nsubjpass" and _finite(trigger.token)
    if trigger.kind != "noun":
        return False
    light = trigger.light
    token = trigger.token
    if light is None and token.dep_ == "pobj" and token.head.lower_ in lex.past_anchor_preps:
        return _finite(token.head.head)
    if light is None and token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.tag_ == "VBN":
        return True  # what something was caused or done by took place ("the shock caused by the war between X and Y")
    if light is None:
        return token.dep_ in ("nsubj", "nsubjpass", "attr") and _finite(token.head)
    return _finite(light)


def _finite(verb: Token) -> bool:
    """A verb that heads an asserted (or modal) clause: a finite form, or a participle or bare form
    with a finite auxiliary ("were held", "will be held"); not a gerund, infinitive or clause
    modifier."""
    if verb.dep_ in _NONFINITE_DEPS:
        return False
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE_TAGS, "MD")
                                           for c in verb.children)  # fmt: skip


_FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _between_hosts(trigger: Trigger, lex: Lexicon) -> list[Token]:
    """Where an event's "between" parties may hang: on the event noun, and when the noun is the
    passive subject of its support verb, on that verb ("talks were held between X and Y"), or the
    subject of a verb of taking place, on that one ("fighting erupted between X and Y")."""
    noun = trigger.end_token if trigger.kind == "phrase" else trigger.token
    verb = trigger.token if trigger.kind == "phrase" else trigger.light
    hosts = [noun, verb] if verb is not None and noun.dep_ == "nsubjpass" and noun.head == verb else [noun]
    if verb is None and noun.dep_ == "nsubj" and attributes.occurrence(noun.head, lex):
        hosts.append(noun.head)
    filled = of_filler(noun)  # "a round of talks between X and Y was held"
    return hosts if filled is noun else [filled, *hosts]


def _between(noun: Token, source: Token | None, target: Token | None) -> tuple[Token | None, Token | None]:
    """"talks between Iran and the EU", "the meeting between Xi and Biden", "clashes between troops
    and rebels": the first-named party and the other (:func:`_pairs` makes one event each way)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            first = child(prep, {"pobj"})
            other = next((c for c in first.conjuncts if c.i > first.i), None) if first is not None else None
            if first is not None and other is not None:
                return first, other
            if first is not None and first.tag_ in ("NNS", "NNPS") and target in (first, None):
                return first, None  # "fighting between rival militias": the militias fight among themselves
    return source, target


_PLACE_TARGETS = frozenset({"FIGHT", "ASSAULT", "COERCE", "PROTEST", "DEMAND", "THREATEN", "CONCEDE", "REJECT"})


def _consent(event: Event, trigger: Trigger, lex: Lexicon) -> Event:
    """A denied objection is consent ("has no objection to the document being released", "raised
    no objections"): AGREE asserted rather than a negated DISAPPROVE (``denied_objections``)."""
    noun = trigger.token if trigger.kind == "noun" else trigger.end_token if trigger.kind == "phrase" else None
    if noun is not None and lemma(noun) in lex.objection_nouns and denied_by_no(noun):  # (the verb + object
        # phrase too: "raised no objections" was an asserted DISAPPROVE)
        return replace(event, event_type=lex.consent_type, cameo_root=lex.cameo_roots[lex.consent_type], mode="asserted")
    return event


def _threat(event: Event, trigger: Trigger, lex: Lexicon) -> Event | None:
    """An act its source announces for the future or on a condition is also a statement of intent
    (CAMEO 03 / 13): hostile acts give THREATEN ("would blockade Paris", "will boycott the
    elections unless ..."), cooperative ones AGREE ("will support Turkey's bid", "would meet the
    mediator if ..."), as the PLOVER gold-standard records code them. A cooperative act its source
    says it will not do is a refusal, REJECT (CAMEO 12: "said it would not pull its troops out of
    Cambodia until ...", "will not release the prisoners")."""
    if event.mode == "negated" and event.source is not None and event.event_type in COOPERATIVE_TYPES \
            and trigger.kind in ("verb", "phrase") and any(c.dep_ == "neg" for c in trigger.token.children) \
            and attributes.own_modality(trigger, lex):
        return replace(event, event_type=lex.refusal_type, cameo_root=lex.cameo_roots[lex.refusal_type],
                       mode="asserted")
    if event.source is not None and event.event_type in COOPERATIVE_TYPES and trigger.kind in ("verb", "phrase") \
            and attributes.denied_stated_intent(trigger, lex) and _stated_by_source(event, trigger, lex):
        return replace(event, event_type=lex.refusal_type, cameo_root=lex.cameo_roots[lex.refusal_type],
                       mode="asserted")  # "she does not intend to approve his request for citizenship"
    if event.mode not in ("future", "hypothetical") or event.source is None:
        return None
    if event.event_type in HOSTILE_TYPES:
        intent = "THREATEN"
    elif event.event_type in COOPERATIVE_TYPES:
        intent = "AGREE"
    else:
        return None
    if attributes.possibility_only(trigger, lex):
        return None  # "this columnist can provide evidence", "the attempt can be wiped out": ability or
        # possibility, no statement of intent ("would meet the mediator", "will support the resolution" are)
    if event.mode == "future" and not _stated_by_source(event, trigger, lex):
        return None  # "the Pope will meet with state officials": a schedule, no intent anyone states
    if event.mode == "future" and intent == "AGREE" and event.source.text.lower() in lex.intent_speakers:
        return None  # '"We are going to support them," said Chaves', '"I will discuss with the chief minister
        # ...," the minister said': a speaker's own plain future in a quote keeps its own type only (the articles'
        # conventions); "said it will support the resolution", told of the source, is its intent (the GSR)
    if not attributes.own_modality(trigger, lex):
        if not (intent == "AGREE" and event.mode == "hypothetical" and attributes.stated_intent(trigger, lex)):
            return None  # "enough firepower to destroy ...", "planned to stop aid": no intent is stated (a plan
            # to do good is an intent to cooperate: "said it intended to release all prisoners")
        if not _stated_by_source(event, trigger, lex):
            return None  # "Kishida plans to attend the conference": the writer's report of a plan, no statement
    conf = lex.confidence
    return replace(event, event_type=intent, cameo_root=lex.cameo_roots[intent], mode="asserted",
                   confidence=round(max(0.05, event.confidence - conf["mode_penalty"]), 3))


def _event(trigger: Trigger, source: Actor | None, target: Actor | None, frame: _Sentence,
           ctx: ArticleContext) -> Event | None:  # fmt: skip
    lex = ctx.lex
    token = trigger.token
    placed = target is None
    target = _target_or_place(trigger, source, target, ctx)
    if not _acceptable(trigger, source, target, ctx):
        return None
    event_type = _event_type(trigger, source, target, ctx, placed=placed and target is not None)
    if event_type is None or attributes.counterfactual(trigger, lex):
        return None  # ("could have murdered me": it did not happen)
    if event_type == lex.intransitive_protest_type and trigger.kind == "verb" and lemma(token) in lex.intransitive_protests \
            and (hit := child(token, {"dobj", "obj", "nsubjpass", "auxpass", "agent"})) is not None \
            and not (token.tag_ == "VBG" and hit.i == token.i + 1 and child(token, {"nsubj", "aux"}) is None):
        return None  # "struck by bulls", "a car struck a pedestrian": hit, no strike (``intransitive_protests``;
        # not "demanded by striking miners", the participle before its noun that the parser makes a verb)
    mode = "asserted" if trigger.kind == "obligation" or (trigger.kind == "phrase" and lemma(token) in lex.facing_verbs) \
        or is_alternative_threat(trigger, lex) else attributes.mode(trigger, lex)  # the demand is made; "would face
    # sanctions", "to resign or be killed": the threat is made
    if (lemma(token) in lex.negated_only_verbs and trigger.kind == "verb") or is_unheeded(trigger, lex):
        mode = "asserted"  # "will not tolerate": the warning is made, whatever the tense of what it warns of; "have
        # not responded to calls": the refusal is made
    if mode == "negated" and lemma(token) in lex.negated_types:
        event_type, mode = lex.negated_types[lemma(token)], "asserted"  # "pleaded not guilty" = REJECT
    elif mode == "negated" and lemma(token) in lex.negated_with_types \
            and any(c.dep_ == "prep" and c.lower_ == "with" and child(c, {"pobj"}) is not None for c in token.children):
        event_type, mode = lex.negated_with_types[lemma(token)], "asserted"  # "do not agree with this strike":
        # disagreeing with it (as "disagree" is DISAPPROVE)
    if mode == "hypothetical" and event_type == lex.challenge_type and lemma(token) in lex.challenge_verbs \
            and _challenge_lodged(token, lex):
        mode = "asserted"  # "her application to overturn the president's decision": the challenge is made
    speaker_token = attributes.reporting_speaker(trigger, lex)
    reported_by = actor(speaker_token, token, ctx) if speaker_token is not None else None
    taken = [(a.start, a.end) for a in (source, target) if a is not None]
    location_text, reason = attributes.location(token, frame.span, taken)
    if location_text is None and ctx.dateline_city:
        location_text, reason = ctx.dateline_city, "dateline"
    nearest = attributes.event_date(trigger.light or token, frame.span, frame.dates)
    date_text, date = (nearest.text, nearest.date) if nearest is not None else (None, None)
    precision = nearest.precision if nearest is not None else "day"
    doc = token.doc
    first, last = min(token.i, trigger.end_token.i), max(token.i, trigger.end_token.i)
    span = doc[first : last + 1]
    return Event(
        event_type=event_type,
        cameo_root=lex.cameo_roots[event_type],
        trigger_text=span.text,
        trigger_start=span.start_char,
        trigger_end=span.end_char,
        sentence_index=frame.line + frame.text.count("\n", frame.span.start_char, span.start_char),  # the input line
        source=source,
        target=target,
        location_text=location_text,
        location_country=geo.country_code(location_text) if location_text else None,
        location_reason=reason,
        event_date=date,
        date_expression=date_text,
        mode=mode,
        confidence=_confidence(trigger, source, target, mode, lex),
        extractor_version=frame.version,
        reported_by=reported_by,
        background=attributes.is_background(trigger, date, frame.published, lex, precision)
        or (not frame.dates and attributes.narrated_past(trigger, frame.narrative, frame.published, lex))
        or (date is None and attributes.dated_sentence_past(trigger, frame.dates, frame.published, lex)),
    )


def _others_act(verb: Token, lex: Lexicon) -> bool:
    """The object of an offer or a proposal is an act of another party's, named by its noun with that
    party as owner ("proposed the resignation of the comptroller", not "offered his resignation"), or,
    proposed, a hostile act against a party ("proposed the dismissal of the police chief")."""
    for obj in (o for d in child_all(verb, ("dobj", "obj")) for o in (d, *d.conjuncts)):  # ("proposed the renewal of
        role = lex.others_acts.get(lemma(obj))  # the Cabinet, as well as the resignation of the comptroller")
        if role is None or (role == "patient" and lemma(verb) not in lex.offering_object_only):
            continue
        owner = child(obj, {"poss"}) or next(iter(prep_objects(obj, ("of",))), None)
        if owner is not None and owner.lower_ not in _OWN_POSSESSIVES:
            return True
    return False


_OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def _challenge_lodged(verb: Token, lex: Lexicon) -> bool:
    """An overturning sought by an application, a petition or a bid, or by going to court: the legal
    challenge is lodged, whatever becomes of it (``challenged_decisions.lodged_by``)."""
    if not is_infinitive(verb):
        return False
    host = verb.head
    if verb.dep_ == "acl":
        return lemma(host) in lex.challenge_nouns
    return verb.dep_ in ("xcomp", "advcl") and lemma(host) in lex.challenge_seeking_verbs


def _target_or_place(trigger: Trigger, source: Actor | None, target: Actor | None,
                     ctx: ArticleContext) -> Actor | None:  # fmt: skip
    """The target; for hostile acts and protests with none, the place they hit ("shelled Juba", "a
    curfew in Cizre", "marched in Mombasa"), likewise for demands, threats, concessions and
    rejections ("sought asylum in Sweden": the PLOVER gold standard's convention); never the source
    itself."""
    if source is not None and target is not None and source.key() == target.key():
        target = None
    if target is None and trigger.event_type in _PLACE_TARGETS:
        place = attributes.trigger_place(trigger.light or trigger.token)
        embedded = absorbed_act(trigger.token, ctx.lex)
        if place is None and embedded is not None:
            place = attributes.trigger_place(embedded)  # "threatened to resume attacks in Mali": the absorbed act's place
        if place is None and embedded is not None and trigger.event_type == ctx.lex.vowed_to:
            place = condition_party(embedded, ctx.lex)  # "threatened to call a strike if the government ...": else the
            # party whose act the threat's condition is
        target = make_actor(place, ctx) if place is not None else None
        if target is not None and source is not None and source.key() == target.key():
            target = None
    return target


def _bare_pronoun(actor_: Actor, lex: Lexicon) -> bool:
    """A first-person pronoun no speaker was found for and nothing known of ("we", "I", "us"; "US" in
    capitals is the country): the writer's own voice, or a quote whose speaker is not named. (A
    third-person pronoun left unresolved still stands for someone the story names: "they were
    remanded in custody".)"""
    return actor_.resolved is None and actor_.entity_index is None and actor_.country is None \
        and lex.pronouns.get(actor_.text.lower()) == "SPEAKER" and actor_.text != "US"


_KIN_POSSESSORS = {"my": "first", "our": "first", "his": "singular", "her": "singular", "their": "plural"}


def _own_kin(source: Actor | None, target: Actor | None, token: Token, lex: Lexicon) -> bool:
    """The target is the source's own kin: a kin noun with a possessive pronoun that agrees with the
    source ("I visited my uncle", "she asked her daughter", "mothers defend their sons"), or the
    conjunct of one ("his wife and daughter"); not a kin word put before a title ("my brothers the
    foreign ministers of Kuwait and Qatar"), nor someone else's kin ("the Samaritans who rescued her
    husband")."""
    if source is None or target is None or target.actor_id is not None:
        return False  # (a kin the actor knowledge base knows is a political figure: "endorsed his brother Shehbaz Sharif")
    doc = token.doc
    kin, giver = _actor_root(target, doc), _actor_root(source, doc)
    if kin is None or giver is None or (lemma(kin) not in lex.kin_nouns and kin.lower_ not in lex.kin_nouns):
        return False
    head = kin
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "appos" and c.ent_type_ != "PERSON" for c in head.children):
        return False  # (a kin word before a title; not one before the kin's name: "his wife, Claudia Dobles")
    possessor = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    person = _KIN_POSSESSORS.get(possessor or "")
    if person == "first":
        return giver.lower_ in ("i", "we", "me", "us")
    if person == "plural":
        return giver.tag_ in ("NNS", "NNPS") or giver.lower_ == "they"
    return person == "singular" and (giver.tag_ in ("NN", "NNP") or giver.lower_ in ("he", "she"))


def _kin_giver(source: Actor | None, doc: Doc, lex: Lexicon) -> bool:
    """The source is someone's own kin by a kin noun with a possessive pronoun ("her father Abdul Basit",
    "their parents"), no party the knowledge base knows."""
    if source is None or source.actor_id is not None:
        return False
    kin = _actor_root(source, doc)
    return kin is not None and (lemma(kin) in lex.kin_nouns or kin.lower_ in lex.kin_nouns) \
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in kin.children)


def _internal_instruction(source: Actor | None, target: Actor | None, verb: Token, lex: Lexicon) -> bool:
    """A government (its head, its cabinet, a ministry) instructing one of its own bodies: the target is a
    ministry, a department or an agency, or an official by title (a minister, a secretary) whom ``verb``
    commands, of the source's country, or of no country of its own (``internal_instructions``)."""
    if source is None or target is None:
        return False
    named = source.name.split()
    owner = " ".join(named[named.index("of") + 1:]).removeprefix("the ") if "of" in named else ""
    if owner and geo.country_code(owner, allow_city=False) is None:
        return False  # "the president of the teachers' union": the head of another body
    if source.sector not in lex.internal_sectors and not any(w.lower() in lex.internal_heads for w in named):
        return False  # (a head by title, whatever sector the knowledge base gives the person: "President Marcos")
    words = target.name.lower().replace("-", " ").split()
    official = lemma(verb) in lex.internal_official_verbs and bool(lex.internal_officials.intersection(words))
    concerned = _concerned_bodies(words, lex) and not _foreign_bodies(target, source, verb)
    if not words or (words[-1] not in lex.internal_bodies and not official and not concerned):
        return False  # (a body by its last word, an official by a title: "economy minister Koichi Hagiuda"; bodies
        # by their competence: "urged relevant authorities to ...")
    return target.home_by_default or target.country is None or target.country == source.country


def _asked_done(verb: Token, lex: Lexicon) -> bool:
    """The verb asks for an act in a passive mandative clause ("asked that the cost be made public"): what is asked
    is the act, whether or not the clause names a party to do it."""
    clause = child(verb, {"ccomp"})
    return clause is not None and child(clause, PASSIVE_SUBJ) is not None and mandative(clause, lex)


def _own_government(source: Actor | None, target: Actor | None, verb: Token, lex: Lexicon) -> bool:
    """A head of government or a minister saying the government of the speaker's country must do something: a
    duty on its own body ("the government must manage the finances prudently, the finance minister said";
    ``internal_instructions.own_government_words``), not a call on another party."""
    if source is None or target is None or lemma(verb) not in lex.reporting:
        return False
    words = target.name.lower().split()
    if len(words) != 1 or words[0] not in lex.own_government_words:
        return False  # ("the federal government", "the Ugandan government": another level or another country)
    named = {w.lower() for w in source.name.split()}
    return bool(named & lex.own_government_titles) and "opposition" not in named \
        and (target.home_by_default or target.country is None or target.country == source.country)


def _administered_act(trigger: Trigger, triggers: list[Trigger], ctx: ArticleContext) -> bool:
    """The act a government instructs one of its own bodies to do (``_internal_instruction``: "Sisi urged
    relevant authorities to continue coordination with Sudanese authorities"): the instruction is
    administration and not coded, so the act it names is, as instructed (hypothetical), where a demand
    on another party absorbs it ("urged Israel to withdraw": only the DEMAND)."""
    node = trigger.light or trigger.token
    while node.dep_ in ("xcomp", "conj") and node.head is not node:
        node = node.head
        governing = next((t for t in triggers if t.token.i == node.i and t.kind == "verb"
                          and t.event_type in ctx.lex.internal_types), None)
        if governing is not None:
            roles = trigger_roles(governing, ctx.lex)
            if roles is None or roles[0] is None or roles[1] is None:
                return False
            source, target = (actor(t, governing.token, ctx) for t in roles)
            return _internal_instruction(source, target, governing.token, ctx.lex)
    return False


def _concerned_bodies(words: list[str], lex: Lexicon) -> bool:
    """A target's name words name bodies by their competence ("relevant authorities", "the competent
    agencies", "the authorities concerned": ``internal_instructions.concerned_modifiers`` before or
    right after a head of ``concerned_heads``): the addressing government's own."""
    heads = [i for i, w in enumerate(words) if w in lex.concerned_heads]
    return any((i > 0 and words[i - 1] in lex.concerned_modifiers)
               or (i == len(words) - 2 and words[-1] in lex.concerned_modifiers) for i in heads)


def _foreign_bodies(target: Actor, source: Actor, verb: Token) -> bool:
    """The target's words are placed in another country than the source's ("urged the relevant
    authorities in Egypt to ...": its "in" / "of" phrase names a country)."""
    words = verb.doc.char_span(target.start, target.end, alignment_mode="expand")
    head = words.root if words is not None else None
    return head is not None and any(
        (code := geo.country_code(" ".join(w.text for w in o.subtree if w == o or w.dep_ == "compound"),
                                  allow_city=False)) is not None and code != source.country
        for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for o in c.children if o.dep_ == "pobj")  # ("in the United States": its compound words too)


def _mere_permission(trigger: Trigger, event_type: str | None, lex: Lexicon) -> bool:
    """A verb of allowing typed as a commitment (``allowed_things.unrealised_types``) that gives or
    denies a permission here and now: no commitment to come ("Argentina allowed the peso to
    depreciate"; "Turkey will allow the refugees to return" is one, "will not allow" a refusal).
    A permission only supposed is none either: one a duty or a possibility frames ("ruled that the
    commission must allow him to run", "China could allow homeowners to halt payments"), the purpose
    of another act ("introduced schemes so as to allow artists to earn", "stepped down to allow his
    counterpart to take over") or a belief ("thinking that the war would allow them to ..."); a
    "would" or a readiness its source states stays one ("said it would allow the inspectors back",
    "was ready to allow the inspectors back")."""
    if trigger.kind != "verb" or lemma(trigger.token) not in lex.allowing_verbs \
            or event_type not in lex.unrealised_allowing_types:
        return False
    mode = attributes.mode(trigger, lex)
    if mode == "hypothetical":
        return attributes.possibility_only(trigger, lex) or _supposed_permission(trigger.token, lex)
    return mode not in ("future", "negated")


def _condition_act(trigger: Trigger, lex: Lexicon) -> bool:
    """The act is the condition of another: its clause (or the first of its conjuncts) is an adverbial
    clause marked by a conditional (``conditionals``: "if convicted of negligence", "unless the rebels
    halted attacks", "whether their schools were being occupied or ...")."""
    return conditional_clause(first_conjunct(attributes.own_clause(trigger)[-1]), lex.conditionals)


def _supposed_permission(verb: Token, lex: Lexicon) -> bool:
    """A verb of allowing that is an infinitive of purpose hung on another act ("... so as to allow
    them to earn an income") or in a clause a verb of belief takes ("thinking that the war would
    allow them to replace the regimes")."""
    if verb.dep_ == "advcl" and is_infinitive(verb):
        return True
    clause = first_conjunct(verb)
    return clause.dep_ == "ccomp" and lemma(clause.head) in lex.belief_verbs


def _acceptable(trigger: Trigger, source: Actor | None, target: Actor | None, ctx: ArticleContext) -> bool:
    """The checks a candidate must pass whatever its type."""
    lex, token = ctx.lex, trigger.token
    if trigger.event_type in lex.internal_types and trigger.kind in ("verb", "phrase") \
            and _internal_instruction(source, target, token, lex):
        return False  # "Iraq's cabinet advised the foreign ministry to call Turkey's envoy", "the president told the
        # transport department to secure the loans": a government instructing its own body (``internal_instructions``)
    if trigger.event_type in lex.private_cooperation_types and not any(
            _public_party(a, ctx) or (a is not None and _body_named(a, lex) and not _one_person_noun(a, token.doc, lex))
            for a in (source, target)):
        return False  # "teamed up with fellow countryman Kaique Bentivoglio", "after six months of working with us":
        # people working together, no cooperation between parties (``private_cooperation``)
    if trigger.event_type in lex.internal_types and trigger.kind == "speech" and _own_government(source, target, token, lex):
        return False  # "the government must manage the finances prudently, the finance minister said": its own duty
    if trigger.kind == "verb" and lemma(token) in lex.clause_party_verbs and (
            not _public_party(source, ctx) or _one_person(target, token.doc, ctx)):
        return False  # "they helped me gradually understand the role", "an activist stepped in to help Divya": help
        # from no state, body or armed group, or to one person, is private life, no aid (``helped_clauses``)
    if trigger.kind in ("verb", "phrase") and trigger.event_type == lex.contact_type and lemma(token) in lex.private_contact_verbs \
            and _private_person(source, token.doc, ctx) and not _public_antecedent(source, ctx):
        return False  # "the way she and her husband interacted with her": daily life (``private_contacts``; a pronoun
        # that resolves to a body or a party of a political sector is that party: "the chief minister ... he reached
        # out to", "IDSC stated that it had contacted the ministry")
    if trigger.kind == "verb" and trigger.event_type == lex.contact_type and lemma(token) in lex.meeting_verbs \
            and _private_individual(source, token.doc, ctx) and _private_individual(target, token.doc, ctx):
        return False  # "Kim and Ko first met in 2018 during an ice skating show": two persons of no public standing
        # meeting is private life, no meeting of parties (``private_contacts`` meeting_verbs)
    if trigger.kind == "verb" and lemma(token) in lex.active_contact_verbs and (is_passive(token) or (
            token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children))):
        return False  # "Contacted, the OC said ...", "when contacted by The Indian Express": the press's inquiry
        # (``private_contacts`` active_only)
    if trigger.event_type in lex.family_types and _own_kin(source, target, token, lex):
        return False  # "I visited my uncle in Nairobi", "asked her daughter to take the wheelbarrow back": private
        # life (``family_matters``)
    if trigger.kind == "noun" and trigger.event_type in lex.family_types and target is None \
            and _kin_giver(source, token.doc, lex):
        return False  # "support from her father has encouraged her writing": a family's help, private life
    if trigger.kind in ("verb", "phrase") and _described_act(token, trigger.event_type, lex):
        return False  # "an NGO that works with grassroots activists", "when the chief calls me", "taught the nurses
        # how to assist mothers": a description, a habit or a skill, no event told (``described_acts``)
    if _alternative(trigger.light or token, lex):
        return False  # "should review prices instead of banning citizens", "without any assistance from the UK": an act
        # that did not take place, an alternative or an absence (``alternatives``)
    if trigger.kind == "phrase" and trigger.end_token.dep_ == "prt" \
            and f"{lemma(token)} {trigger.end_token.lower_}" in lex.objectless_phrasals \
            and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children):
        return False  # "gave up", "is not giving up", "give up on the contract": ceasing to try, no concession
    if trigger.kind in ("verb", "phrase") and attributes.open_question(trigger, lex):
        return False  # "demanding to know when the police would arrest her", "as to why she should not be suspended"
    if _condition_act(trigger, lex):
        return False  # "faced up to five years in prison if convicted of negligence", "would use chemical weapons
        # if the Jewish state attacked": the condition of another act, none told to happen
    if _averted(token, lex):
        return False  # "took measures to prevent further attacks", "prevented the prisoners from being beaten": it did
        # not happen (``averted_acts``)
    if any(c.dep_ == "advmod" and c.lower_ in lex.rarity_adverbs for c in token.children):
        return False  # "Kishida has seldom called for constitutional amendments": a habit, no act (``rarity_adverbs``)
    if token.tag_ == "VBG" and _kind_example(token, lex):
        return False  # "functions such as recommending candidates and demanding disciplinary measures": an example of a
        # kind of act, none done (``kind_examples``)
    if _office_described(token, lex):
        return False  # "the committee's duties include coordinating with the ministry", "its mandate is to monitor the
        # ceasefire": what an office is for, no act done (``function_descriptions``)
    if trigger.event_type == lex.contact_type and any(lemma(w) in lex.interview_words for c in token.children
                                                      if c.dep_ == "prep" for w in c.subtree):
        return False  # "a police chief who spoke to Yonhap on condition of anonymity": an interview (``interview_marks``)
    if trigger.event_type in lex.figurative_types and any(
            w.pos_ == "NOUN" and _figurative(w, lex) for w in (token, trigger.end_token)):
        return False  # "the cultural invasion of Muslim countries", "an economic war against Australia": a contest in
        # another field, no armed act (``figurative_modifiers``)
    if lemma(token) in lex.purpose_fights and (source is None or source.sector not in _ARMED_SECTORS) \
            and (token.pos_ == "NOUN" or (source is not None and source.sector is not None)) and any(
            c.dep_ in ("acl", "xcomp", "advcl") and is_infinitive(c) for c in token.children) and not any(
            c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("against", "with", "between"))
            for c in token.children):  # (a fight with an opponent stays: "protesters fought police to free ...")
        return False  # "Okinawa's battle to reduce the U.S. military presence", "residents are fighting to save the
        # library": a campaign for something, no armed act nor protest (``figurative_modifiers`` purpose_words; a
        # verb's doer must be of a known unarmed sector: "heroes who fought till their last breath to protect the
        # nation" are soldiers)
    if trigger.kind == "obligation" and source is None and _writer_voice(token, ctx):
        return False  # "Venezuela should adopt a national action plan": the writer's own prescription, no party's
        # demand (a quote fragment whose speaker is named in the line before or after stays: "The onus is on the US")
    if all(a is None or _thing(a, token.doc, lex) for a in (source, target)) and not (
            source is None and _criticised_thing(trigger, lex)) and not _seized_thing(trigger, source, lex):
        return False  # "the outlook has been downgraded", "this separation is intended to tighten security control":
        # things, no party acts or is acted on (``thing_actors``; a thing seized is a seizure all the same: "the truck
        # has been seized", ``seized_things``)
    if trigger.event_type in lex.thing_source_types and source is not None and (
            _thing(source, token.doc, lex) or _permitting_thing(source, token.doc, lex)):
        return False  # "the money will be used to aid the members", "the fund supports small firms", "the new law will
        # help farmers": an instrument, no party gives (a description of policy; ``thing_actors.source_types``)
    if all(a is None or _bare_pronoun(a, lex) for a in (source, target)) and not (
            source is None and target is None and (_criticised_thing(trigger, lex) or _seized_thing(trigger, source, lex))):
        return False  # no identifiable actor at all: none, or first-person pronouns with no speaker (a travel
        # writer's "we scrambled to build up our firewood and discussed plans")
    if trigger.kind == "verb" and _activity_named(token):
        return False  # "attacking journalists is unacceptable", "demonstrating, criticizing the government should
        # never be viewed as a crime": an activity named as the subject of a predicate, no one said to do it
    if source is None and trigger.kind in ("verb", "phrase") and trigger.event_type in lex.agent_required_types \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) \
            and not any(c.dep_ in ("nsubj", "csubj") and lemma(c) in lex.document_nouns for c in token.children) \
            and not (token.dep_ == "advcl" and token.tag_ == "VBG" and trigger.event_type in lex.agent_participle_types) \
            and not (token.dep_ == "acl" and token.tag_ == "VBN" and trigger.kind == "phrase"
                     and trigger.end_token.i == token.head.i and trigger.event_type in lex.agent_participle_types):
        return False  # "providing incentives for airlines", "an act meant to honour the deity": nobody gives or
        # backs (an agentless passive names what was done: "the helicopters were delivered to Bogota"; a document
        # of no known issuer still accuses: "the report accused the army of torture"; a participle adjoined to a clause
        # criticises or rejects for the clause's subject: "brushing aside calls by the EU, Castro said ..."; the act
        # a reduced relative names on its own noun is done by someone unnamed: "facing a lawsuit filed against him",
        # not "two men accused of helping him")
    if trigger.kind == "verb" and token.tag_ == "VBG" and token.dep_ == "pcomp" \
            and token.head.lower_ in lex.praised_reason_preps and lemma(token.head.head) in lex.praising_verbs:
        return False  # "we thank bp Oman for partnering with us": the reason for the thanks (``praised_reasons``)
    if trigger.kind == "verb" and lemma(token) in lex.catching_verbs and not _caught_offender(token, source, lex):
        return False  # "Shen caught the little girl", "civilians caught in the crossfire": no arrest (``caught_offenders``)
    if trigger.kind == "verb" and lemma(token) in lex.needs_actor_object and not _is_party(target, ctx) \
            and not (trigger.event_type == "AID" and (_sum_given(token) or _aid_given(token, lex)) and source is not None
                     and (source.entity_index is not None or source.sector is not None)) \
            and not _authority_seizure(token, source, lex) \
            and not (trigger.event_type == "DEMAND" and _asked_done(token, lex)):
        return False  # "holding flags", "held at the palace": the sense needs an actor object (a sum given is aid:
        # "the EU will provide 100 million ecus to rebuild the power network"; an act asked for in the passive names
        # the act, no party: "asked that the cost be made public")
    if trigger.event_type == "AID" and ((_one_private_person(source, token.doc, ctx)
                                         and _one_private_person(target, token.doc, ctx))
                                        or _private_giver(source, token.doc, ctx)):
        return False  # "the money was given to her by one witness", "he lent his cousin a car", "his mother's
        # donations to the church": passed between private persons or given by one named by a common noun, no aid
        # of a party (PLOVER AID is a party's economic, military or humanitarian help; the read sets' gold AID
        # comes from bodies and states only, round 56)
    if trigger.event_type == lex.directive_type and trigger.kind in ("verb", "phrase") \
            and source is not None and target is not None and (source.entity_index is None or target.entity_index is None) \
            and _private_individual(source, token.doc, ctx) and _private_individual(target, token.doc, ctx):
        return False  # "once home, Divya's husband asked her to take a test", "she asked the driver to stop the
        # bus": one private person asking another is private life, no demand of a party (PLOVER DEMAND is a
        # political or social actor's; the read sets code none such). One of the two is named by a common noun
        # or an unresolved pronoun: two persons the NER names may be public figures no title or KB entry marks
        # ("Valayden sent a letter to the Data Commissioner to initiate an investigation")
    if trigger.kind == "verb" and trigger.event_type == lex.contact_type and lemma(token) in lex.host_verbs and any(
            not is_actor_head(actor_head(o), lex) and noun_type(o, lex) != lex.contact_type
            for o in child_all(token, ("dobj", "obj", "nsubjpass"))):  # (a visit or a call received is one)
        return False  # "received US$42.6 billion from Chinese lenders", "will receive the G7 announcement as good
        # news", "the news was received with relief": a thing received, no guest (``received_guests``)
    if trigger.kind == "verb" and (by := agent(token)) is not None and _instrument(by, lex):
        return False  # "the right to health, which is protected by international treaties", "... by the Geneva
        # Convention": a law or a treaty does it, no party (``thing_permits.instruments``; its head word, named or not)
    if trigger.kind == "verb" and lemma(token) in lex.thing_permit_verbs and _thing_subject(token, lex):
        return False  # "the voucher allowed me to buy more food", "the new law allows police to detain suspects":
        # a thing permits, no party agrees (``thing_permits``)
    if trigger.kind == "verb" and lemma(token) in lex.dismissing_verbs and any(
            is_actor_head(actor_head(o), lex) for o in child_all(token, ("dobj", "obj", "nsubjpass"))):
        return False  # "decided to fire her two employees", "will be fired for a tweet": dismissed, no shot fired
        # (one fires at or on people: "troops fired on the crowd"; ``dismissed_staff``)
    if trigger.kind in ("verb", "noun") and trigger.event_type == lex.force_move_type \
            and lemma(token) in lex.forces_only_words and _no_forces_moved(token, lex):
        return False  # "35 machines will be deployed", "deployed illegal tactics": put to use, no forces moved
    got = child(token, {"dobj", "obj"}) if trigger.kind == "verb" else None
    if got is not None and lex.undergoes(lemma(token), noun_type(got, lex), lemma(got)):
        return False  # "received support from the World Bank": the support is the event, not a reception
    end = trigger.end_token
    if trigger.kind == "phrase" and end.dep_ == "prep" and end.lower_ in ("to", "with", "on") and target is None \
            and not (lemma(token) in lex.negated_types and any(c.dep_ == "neg" for c in token.children)) \
            and not (trigger.event_type == "DEMAND" and _addressed_audience(end)):
        return False  # "talked to someone", "appealing to the patriotism of voters": no addressee ("will not
        # comply with the ruling" refuses, whoever ruled: ``negated_types``)
    if trigger.kind == "phrase" and trigger.event_type == lex.contact_type and end.dep_ == "prt" and target is None \
            and not _parties_together(token):
        return False  # "Kere sat down to draw the project": no one met ("sat down with the rebel leaders", "the two
        # Koreas sat down for talks" are meetings)
    if trigger.kind == "phrase" and end.dep_ == "prep" and end.lower_ == "for" and end.i > 0 \
            and lemma(end.doc[end.i - 1]) in lex.titles and (o := child(end, {"pobj"})) is not None and o.pos_ == "PROPN":
        return False  # "asked the Minister for Home Affairs about the raid": the title's complement, nothing asked for
    if trigger.kind == "phrase" and _phrase_complement_missing(token, trigger.end_token, lex):
        return False  # "her plain talk appealed to young voters": attracted, nothing asked (``phrase_complement_required``)
    if trigger.kind == "verb" and lemma(token) in lex.complement_required:
        if not _complement_keys(token, lex) & lex.complement_required[lemma(token)]:
            return False  # '"Why now?" asked the officer': a question is no demand
    if trigger.kind == "verb" and _complement_keys(token, lex) & lex.complement_excluded.get(lemma(token), frozenset()):
        return False  # "demonstrated its commitment to reform": shown, no protest
    if trigger.kind == "verb" and trigger.event_type == "AGREE" and lemma(token) in lex.offering_verbs \
            and not _complement_keys(token, lex) & lex.offering_complements and not _infinitive_clause(token) \
            and not any(lemma(o) in lex.offered_things for o in child_all(token, ("dobj", "obj"))) \
            and not _offered_to_state(target, ctx):
        return False  # "the airline offers eight weekly flights", "offering advice": trade or talk, no offer
    if trigger.kind == "verb" and trigger.event_type == "AGREE" and lemma(token) in lex.offering_object_only \
            and not any(lemma(o) in lex.offered_things for o in child_all(token, ("dobj", "obj"))) \
            and not _others_act(token, lex):
        return False  # "the researchers are proposing a smaller drone", "proposed that the vice president be
        # elected": a suggestion, no offer of agreement ("proposed a ceasefire" is one)
    if trigger.kind == "verb" and trigger.event_type == "AID" and lemma(token) in lex.funding_verbs \
            and _funded_thing(target, token.doc, lex) and _source_kind(source, ctx) != "state":
        return False  # "the facility was funded by the Fund": a thing financed, no recipient (``funded_things``; a
        # state's funding of a building or works is its aid to where they are: "fully funded by the Chinese government")
    if trigger.kind == "verb" and lemma(token) in lex.allowing_verbs and (_thing_permitted(token, target, ctx)
                                                                        or _thing_permits(token, lex)):
        return False  # "states that have allowed politics based on religion": no party allowed anything; "a
        # law that allows people to claim damages": no party allows
    if _mere_permission(trigger, trigger.event_type, lex):
        return False  # "Argentina allowed the peso to depreciate", "the board is allowing her visits": a permission, no
        # commitment ("Turkey will allow the refugees to return" is one; "will not allow" a refusal)
    if trigger.kind == "verb" and trigger.event_type == lex.contact_type and lemma(token) in lex.talking_verbs \
            and not _is_party(target, ctx) and not _talks_among(source, token.doc, ctx) and not _planned(token, lex):
        return False  # "Dr. Matar discussed the importance of marketing", "the attendees discussed the laws", "...
        # discussed the history of the Sahel trade routes": a topic (a region in it is no counterpart)
    if trigger.kind == "verb" and trigger.event_type == lex.concede_type and lemma(token) in lex.admission_verbs \
            and not _own_admission(token, lex):
        return False  # "acknowledged that a referendum was a high hurdle": a statement, no concession
    if trigger.kind == "verb" and trigger.event_type == lex.concede_type and lemma(token) in lex.confessing_verbs \
            and _confessed_feeling(token, lex):
        return False  # "I confess I was surprised", "it had, I confess, not occurred to me": a feeling or an aside
    if trigger.kind == "verb" and trigger.event_type == lex.concede_type and lemma(token) in lex.accepting_verbs \
            and not any(lemma(o) in lex.accepted_concessions or f"accept {lemma(o)}" in lex.verb_objects
                        or noun_type(o, lex) is not None
                        or (is_actor_like(actor_head(o), lex) and not (o.dep_ == "nsubjpass" and o.ent_type_ == "ORG"))
                        for o in child_all(token, ("dobj", "obj", "nsubjpass"))):  # fmt: skip
        return False  # "a hospital that accepts all referrals", "is accepted by 3,000 universities": no concession
    if trigger.kind == "verb" and trigger.event_type == lex.support_type and lemma(token) in lex.supporting_verbs \
            and not _backs_party(token, lex):
        return False  # "to support the strategic inventory of wheat", "determined to defend national sovereignty"
    if trigger.kind == "phrase" and f"{lemma(token)} {trigger.end_token.lower_}" in lex.party_phrases and not any(
            is_actor_head(actor_head(p), lex) for p in child_all(trigger.end_token, ("pobj",))):
        return False  # "the government stands by its decision": maintained, no one backed (``party_phrases``)
    if trigger.kind == "verb" and lemma(token) in lex.esteem_verbs and not _esteems_party(token, lex):
        return False  # "will respect his freedom of movement", "respected the court's decision", "wished for a
        # centralized country": no one praised
    if trigger.kind == "phrase" and trigger.event_type == "AGREE" and lex.stance_nouns.get(lemma(end)) == "AGREE" \
            and _hostile_resolve(end, lex):
        return False  # "the army expressed its desire to fight the smugglers", "expressed its readiness to arrest
        # the organisers": a resolve to a hostile act, no accord (PLOVER AGREE, CAMEO 03, is an intent to cooperate)
    if trigger.kind == "verb" and trigger.event_type == lex.support_type and lemma(token) in lex.courtesy_verbs \
            and _courted_people(target, token.doc, ctx) \
            and not (source is not None and source.sector in lex.travelling_sectors) and _source_kind(source, ctx) != "state":
        return False  # "the chairman thanked the players and administrators", "will also honour women": courtesy
        # to private people by no state or political party, no party backed (``courtesy_verbs``; a state's or a
        # politician's praise of its health workers stays)
    if trigger.event_type == lex.support_type and trigger.kind in ("adjective", "verb") and _own_feeling(token):
        return False  # "proud to be a global ambassador", "was honoured to be named prime minister": a feeling
    if trigger.kind == "verb" and lemma(token) in lex.ordering_verbs and _thing_ordered(token, lex):
        return False  # "the army ordered new drones", "order tickets online": a purchase
    if trigger.kind == "phrase" and trigger.event_type == "DISAPPROVE" and lemma(end) in lex.feeling_nouns \
            and target is None and _feeling_about_no_act(token, end, lex):
        return False  # "teachers expressed concern about losing their jobs": a worry about no act or party
    if trigger.kind == "verb" and trigger.event_type == "THREATEN" and lemma(token) in lex.endangering_verbs \
            and _thing_endangers(token, lex):
        return False  # "sanctions on wheat exports threaten food security": a danger, no party threatens
    if trigger.kind == "noun" and trigger.event_type == "THREATEN" and lemma(token) in lex.endangering_nouns \
            and _thing_endangered(token, lex):
        return False  # "use threats to national security to stifle free speech": a danger to a thing, no party threatens
    if trigger.kind == "verb" and trigger.event_type == "THREATEN" and lemma(token) in lex.warning_verbs \
            and _forecast_warning(token, lex):
        return False  # "the minister warned that palm oil exports will continue to be affected": a forecast
    if trigger.kind == "verb" and trigger.event_type == "AGREE" and lemma(token) in lex.forecast_promises \
            and _forecast_warning(token, lex):
        return False  # "supporters of the code promised that jobs and tax revenue would follow": a forecast
    if trigger.event_type == "CONCEDE" and lemma(token) in lex.handing_verbs and _handed_thing(token, lex):
        return False  # "the warship will be handed over to the navy", "handed over documents": no concession
    if trigger.event_type == "THREATEN" and _hazard_warned(trigger, lex):
        return False  # "issued a warning of heavy rain", "warned of flooding along the river": a forecast
    if trigger.kind == "verb" and trigger.event_type == "COERCE" and lemma(token) in lex.detaining_verbs \
            and not (source is not None and source.sector in lex.detaining_sectors) and not _detention_said(token, lex):
        return False  # "a woman holding her baby", "the position his father held", "the fete was held at the CFCC"
    if trigger.kind == "verb" and lemma(token) in lex.directive_party_only \
            and any(c.dep_ in ("ccomp", "xcomp") for c in token.children) and _private_person(target, token.doc, ctx) \
            and not wanted_treatment(token, lex):
        return False  # "I do not want my daughter to suffer", "encouraged me to specialize": a wish, advice
    if trigger.event_type == "DEMAND" and lemma(token) in lex.press_request_verbs and _press_request(token, lex):
        return False  # "asked for comment about the allegations, the lawyer said": a reporter's question
    if trigger.event_type == "CONSULT" and lemma(token) in lex.press_answer_verbs and _press_call(token, lex):
        return False  # "did not return calls seeking comment": a reporter's call, no contact between parties
    if trigger.kind == "verb" and lemma(token) in lex.sought_verbs and _sought_no_request(token, lex):
        return False  # "police were seeking two men", "seeking his first title": a search, an aspiration
    if trigger.event_type == "CONSULT" and lemma(token) in lex.motion_verbs and target is not None \
            and not _is_party(target, ctx, places=False):
        if source is not None and source.country is not None and source.country == target.country \
                and (not source.home_by_default or lemma(token) in lex.homing_verbs):  # ("the minister
            # arrived in Cairo": whose minister is not said; "the president returned to Nairobi": home)
            return False  # "returned to Algeria": coming home is no visit (a party met there is no home)
    if trigger.event_type == "CONSULT" and (lemma(token) in lex.motion_verbs or lemma(token) in lex.trip_nouns) \
            and target is not None and (not _is_party(target, ctx, places=False) or geo.is_place(target.text)) \
            and not _travelling_party(source, ctx):
        return False  # "pilgrims arrived in Madinah", "visitors make a trip to the falls": travel, no visit of state
    if trigger.event_type == "CONSULT" and source is not None and _bare_pronoun(source, lex) and any(
            lemma(w) in lex.motion_verbs or lemma(w) in lex.trip_nouns for w in (token, trigger.end_token)):
        return False  # "last summer I planned a week-long trip to Playa Hermosa": the writer's own travel, no visit
    if trigger.kind == "verb" and lemma(token) in lex.guest_verbs \
            and _counted_guests(token, lex) and not _travelling_party(target, ctx):
        return False  # "the country received 1.1 million visitors": a statistic, no meeting
    if _back_reference(trigger, source, target, ctx):
        return False
    if trigger.kind == "verb" and lemma(token) in lex.award_verbs and any(
            c.dep_ == "prep" and c.lower_ in lex.award_preps for c in token.children):
        return False  # "the government honored her with the Order of the Aztec Eagle": an award (``award_honours``)
    if trigger.kind == "verb" and _statistic(token, lex):
        return False  # "from 2013 to this June, prosecutors indicted 14.9 million suspects", "the number of people
        # indicted ... dropped": a figure (``statistics``: the conventions code no statistics)
    if trigger.event_type in lex.casualty_types and trigger.kind == "verb" and _casualty_count(token):
        return False  # "treating 19 wounded in Nablus", "no reported wounded": a casualty figure (``casualty_counts``)
    if target is None and trigger.event_type in lex.participant_types and lemma(
            trigger.light if trigger.light is not None else token) in lex.attending_verbs \
            and not any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for w in (token, trigger.end_token) for c in w.children):
        return False  # "the chiefs attended the conference", "the meeting was attended by X": nobody met is named
        # (not "chaired a round of talks between unionists and nationalists": the parties are named)
    if (trigger.event_type == lex.contact_type or lemma(token) in lex.press_addressed) and target is not None \
            and target.sector in lex.press_sectors:  # ("assured reporters that ...": a statement)
        return False  # "told Reuters by telephone", "spoke to the BBC": talking to the press is no consultation
    if trigger.event_type == lex.contact_type and source is not None and source.sector in lex.press_sectors \
            and source.entity_index is not None and source.resolved is None:
        return False  # "the BBC spoke to several villagers": an interview, no consultation (a named outlet: "the
        # agency met the aviation authority" may be a government agency)
    if any(actor_ is not None and actor_.resolved is None
           and all(w in lex.deities for w in actor_.text.lower().split() if w != "the") for actor_ in (source, target)):
        return False  # "implored Allah to protect the nation", "promised God": a prayer or a vow, no act between parties
    if trigger.kind == "verb" and trigger.event_type == "SUPPORT" and (by := agent(token)) is not None \
            and lemma(actor_head(by)) in lex.equipment_nouns:
        return False  # "troops backed by helicopter gunships": air cover, no endorsement
    if trigger.kind == "verb" and lemma(token) in lex.needs_person_object \
            and (not _is_party(target, ctx, places=False) or _party_kind(target, ctx, source) == "place"):
        return False  # "villages held by the rebels": held territory, nobody detained; "bases protected by"
    if trigger.kind == "verb" and target is None and lemma(token) in lex.ailment_verbs and any(
            lemma(o) in lex.ailments for o in prep_objects(token, tuple(lex.ailment_preps))):
        return False  # "complained of chest pains", "complained of a foul odour": no one criticised
    if trigger.kind == "verb" and target is None and trigger.event_type in _SELF_DIRECTED and _self_object(token):
        return False  # "locked herself to the railing": no one else is hit; "blamed herself": no one else is blamed
    return True


def _writer_voice(token: Token, ctx: ArticleContext) -> bool:
    """An obligation no speaker lays, in an article: no speaker named in the line before (a quote
    going on), none at the end of the next line (a name or a description: "..., the bishop said"),
    and no first- or second-person word in the sentence
    ("we must", "you should": someone speaking): the writer's own voice. A text of one line (a
    sentence cut from its story, as the sentence sets give them) cannot tell: its obligation stays a
    demand whose speaker is elsewhere."""
    if "\n" not in token.doc.text.strip():
        return False
    if ctx.last_speaker is not None and ctx.sentences_seen - ctx.last_speaker[0] <= 1:
        return False
    if any(ctx.lex.pronouns.get(w.lower_) == "SPEAKER" or w.lower_ in ("you", "your", "yours") for w in token.sent):
        return False
    return trailing_attribution(token, ctx) is None  # ("...," the bishop said: a quote, its speaker unnamed)


def _thing(actor_: Actor | None, doc: Doc, lex: Lexicon) -> bool:
    """The actor is a thing, no party: a common noun (or the "of" filler of a quantity: "a total of
    858 NGOs") that names no person, group, organisation, sector or place and has no party of its
    own ("between" / "with" one: "relations between Riyadh and Tehran"), with no entity, no KB link
    and no antecedent (``thing_actors``)."""
    if actor_ is None or actor_.entity_index is not None or actor_.resolved is not None \
            or actor_.actor_id is not None or actor_.sector is not None \
            or (actor_.country is not None and not actor_.home_by_default):
        return False
    root = _actor_root(actor_, doc)
    if root is None:
        return False
    head = actor_head(root)
    if lemma(head) in lex.quantity_heads:
        head = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), head)
    if not _thing_word(head, lex):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("between", "with") and any(
        o.dep_ == "pobj" and is_actor_like(o, lex) for o in c.children) for c in head.children)


def _permitting_thing(actor_: Actor, doc: Doc, lex: Lexicon) -> bool:
    """The actor is a law, a scheme, a fund or another thing that permits (``thing_permits.things``),
    named by a common noun with no entity or KB link ("law" is a WordNet group noun, so no _thing)."""
    if actor_.entity_index is not None or actor_.resolved is not None or actor_.actor_id is not None:
        return False
    root = _actor_root(actor_, doc)
    return root is not None and root.pos_ == "NOUN" and lemma(root) in lex.permitting_things


def _funded_thing(target: Actor | None, doc: Doc, lex: Lexicon) -> bool:
    """What is funded is a thing: no entity, no KB actor, a common noun naming no party (its country,
    inferred from a modifier or the story, does not make it one: "the new clinic")."""
    if target is None or target.entity_index is not None or target.actor_id is not None or target.resolved is not None:
        return False
    root = _actor_root(target, doc)
    return root is not None and _thing_word(actor_head(root), lex)


def _thing_word(noun: Token, lex: Lexicon) -> bool:
    """A common noun that names no person or group (WordNet's, ``thing_actors.party_nouns``), no
    actor (a sector, an entity, a country word)."""
    return noun.pos_ == "NOUN" and lemma(noun) not in lex.party_heads and noun.lower_ not in lex.party_heads \
        and not is_actor_like(noun, lex)


def _alternative(token: Token, lex: Lexicon) -> bool:
    """The act is the object of "without" or of "instead of" / "rather than" (itself or the first of
    its conjuncts): what did not happen, or an alternative not taken."""
    token = first_conjunct(token)
    if token.dep_ in ("pobj", "pcomp"):
        prep = token.head
    elif token.tag_ == "VBG" and token.left_edge.i > 0:  # ("instead of banning" parsed as "of" cc, "banning" advcl)
        prep = token.doc[token.left_edge.i - 1]
    else:
        return False
    return prep.lower_ in lex.alternative_preps or _marked(prep, lex.marked_alternative_preps)


def _averted(token: Token, lex: Lexicon) -> bool:
    """The act is what a verb of averting keeps from happening: its object, a clause on that object
    ("prevent people getting injured") or its "from" gerund ("prevented them from being beaten"; a verb of banning's
    too: "banned protesters from obstructing the airstrip")."""
    token = first_conjunct(token)
    head = token.head
    if token.dep_ == "acl" and head.dep_ in ("dobj", "obj"):
        token, head = head, head.head  # (a participle on the object; a relative clause's act happened: "prevented
        # the clashes that killed ...")
    if token.dep_ in ("dobj", "obj") or (token.dep_ == "xcomp" and token.tag_ in ("VBG", "VBN")):
        return lemma(head) in lex.averting_verbs  # (a gerund too: "to avoid getting caught by the police")
    return token.dep_ == "pcomp" and head.lower_ == "from" and lemma(head.head) in lex.averting_from_verbs


def _kind_example(gerund: Token, lex: Lexicon) -> bool:
    """A gerund with no subject (or the first of its conjuncts) under "such as": an example."""
    gerund = first_conjunct(gerund)
    if gerund.dep_ not in ("pcomp", "pobj") or any(c.dep_ in SUBJ for c in gerund.children):
        return False
    return _marked(gerund.head, lex.example_preps)


def _office_described(verb: Token, lex: Lexicon) -> bool:
    """A gerund or an infinitive with no subject (or the first of its conjuncts) that is the
    complement of "include" / "be" ... whose subject is a duty, a task, a mandate or a role."""
    verb = first_conjunct(verb)
    if verb.dep_ not in ("xcomp", "dobj", "obj", "ccomp", "attr") or any(c.dep_ in SUBJ for c in verb.children):
        return False
    if verb.tag_ != "VBG" and not is_infinitive(verb):
        return False
    host = verb.head
    subject = child(host, SUBJ)
    return lemma(host) in lex.function_verbs and subject is not None and lemma(subject) in lex.function_nouns


def _marked(prep: Token, marks: dict[str, str]) -> bool:
    """A preposition of ``marks`` with its marking word on it or just before it ("instead of",
    "rather than", "such as")."""
    mark = marks.get(prep.lower_)
    return mark is not None and (any(c.lower_ == mark for c in prep.children)
                                 or (prep.i > 0 and prep.doc[prep.i - 1].lower_ == mark))


def _figurative(noun: Token, lex: Lexicon) -> bool:
    """A noun of violence with a modifier that moves it to another field ("trade war", "cultural
    invasion", "legal battle"), or with an "of" object that does ("a war of words", "a battle of wits")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lex.figurative_words for c in noun.children) \
        or any(o.lower_ in lex.figurative_of_words for o in prep_objects(noun, ("of",)))


def _described_act(verb: Token, event_type: str, lex: Lexicon) -> bool:
    """An act the sentence describes rather than reports: a present simple with no auxiliary (its
    own or, for a conjunct, its first conjunct's) in a relative clause, for the types of
    ``described_acts`` ("an NGO that works with victims", "the tribunal which tries ministers"; a
    stance told of a party stays: "the clan that most Sri Lankans blame") or in a clause of habit
    ("when the chief calls me", "once he meets her"; "when we blame the state" stays); or an
    infinitive of manner ("how to assist mothers")."""
    top = verb  # (a conjunct shares its first conjunct's clause: "how to nurture and assist mothers")
    while top.dep_ == "conj" and top.head is not top and not any(c.dep_ in SUBJ for c in top.children):
        top = top.head
    if is_infinitive(top):
        return any(c.dep_ == "advmod" and c.lower_ in lex.manner_words for c in top.children)
    if event_type not in lex.described_types or any(
            w.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in w.children) for w in (verb, top)):
        return False
    return top.dep_ == "relcl" or any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.habit_marks
                                      for w in (verb, top) if w.dep_ in ("advcl", "conj") for c in w.children)


def _feeling_about_no_act(verb: Token, feeling: Token, lex: Lexicon) -> bool:
    """A feeling expressed ("expressed concern", "voiced regret") about one's own lot, a natural
    hazard or one person's death: its "about" / "over" names a gerund with no subject or possessor of its own ("about
    losing their jobs") or a natural force or disease ("about malaria in the northern districts",
    "over tobacco-related diseases"); about an act, a party, a situation or a law it stays a
    criticism."""
    about = [p for w in (feeling, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("about", "over")
             for p in c.children if p.dep_ in ("pobj", "pcomp")]
    own_lot = any(p.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "poss") for c in p.children) for p in about)
    hazard = any(p.pos_ == "NOUN" and lemma(p) in lex.cause_nouns for p in about)
    if bool(about) and (own_lot or hazard) and not stance_about_act(feeling, lex):
        return True
    return any(c.dep_ == "prep" and c.lower_ in lex.death_preps and p.dep_ == "pobj" and p.tag_ == "NN"
               and lemma(p) in lex.mourned_deaths for w in (feeling, verb) for c in w.children for p in c.children)
    # ("expressed shock and sorrow at the death of Abbas Ali Mandal": mourning, ``expressed_feelings.deaths``)


def _thing_endangers(verb: Token, lex: Lexicon) -> bool:
    """A threat verb whose subject is a thing, not a party, a pronoun or a document of a party, and
    that threatens no act (no infinitive, no "with" phrase): "the army's offensive threatens the
    civilians", "rising prices threaten stability"; not "the rebels threatened to attack"."""
    if any((c.dep_ == "xcomp" and is_infinitive(c)) or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return False
    subj = child(verb, SUBJ)
    if subj is None:
        return False
    return subj.pos_ == "NOUN" and not is_actor_head(subj, lex) and lemma(subj) not in lex.document_nouns \
        and lemma(subj) not in lex.person_nouns and lemma(subj) not in lex.group_nouns


def _thing_endangered(noun: Token, lex: Lexicon) -> bool:
    """A threat noun whose "to" phrase names a thing (a common noun of no party, or a good of
    ``endangering_verbs.goods``: "threats to national security") and that threatens no act (no
    infinitive, no "of" phrase: "threats to launch a revolt", "the threat of sanctions")."""
    if any((c.dep_ in ("acl", "relcl") and is_infinitive(c)) or (c.dep_ == "prep" and c.lower_ == "of")
           for c in noun.children):
        return False
    goal = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"), None)
    return goal is not None and goal.pos_ == "NOUN" and (lemma(goal) in lex.endangered_goods or _is_thing(goal, lex))


def _activity_named(verb: Token) -> bool:
    """A gerund with no subject or possessor of its own that is itself the subject of a copula or a passive (or one
    the parser hangs on such a gerund: "Demonstrating, expressing oneself, criticizing the government, should never
    be viewed as a crime"): "Attacking journalists is unacceptable"."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return False
    top = verb  # (a list of gerunds the parser strings together: "Demonstrating, expressing oneself, criticizing")
    while top.dep_ in ("conj", "acl", "advcl", "appos") and top.head.lower_.endswith("ing") and top.head is not top:
        top = top.head
    predicate = top.head  # (a predicate of judgement: a copula or a passive, "is unacceptable", "should never be
    # viewed as a crime"; not "fighting between X and Y has left 50 dead", "Asking X to ..., Y said")
    return top.lower_.endswith("ing") and top.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in top.children) \
        and (predicate.lemma_ == "be" or any(c.dep_ == "auxpass" for c in predicate.children))


def _statistic(verb: Token, lex: Lexicon) -> bool:
    """An act told as a figure: a participle on the people a count noun counts ("the number of people
    indicted"), or an act over a span of years ("from 2013", "since 2018") on a count of at least
    ``statistic_min_count`` people ("indicted 14.9 million suspects", "256,000 people were indicted")."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "of" and lemma(head.head.head) in lex.count_nouns:
        return True
    if not any(c.dep_ == "prep" and c.lower_ in lex.span_preps and g.dep_ == "pobj" and _year(g)
               for c in verb.children for g in c.children):
        return False
    counted = child(verb, {"dobj", "obj", "nsubjpass"})
    return counted is not None and _count(counted, lex) >= lex.statistic_min_count


def _year(token: Token) -> bool:
    """A four-digit year of the last two centuries ("2013")."""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2099


def _count(noun: Token, lex: Lexicon) -> float:
    """The number a noun's numeral says ("14.9 million suspects": 14,900,000; "256,000 people"), 0 for none."""
    value = 0.0
    for word in noun.subtree:
        if word.i >= noun.i or not word.like_num:
            continue
        scale = lex.count_scales.get(word.lower_)
        if scale is not None:
            value = (value or 1.0) * scale
            continue
        digits = word.text.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", digits):  # ("two", "dozens": words, no figure read here)
            value = float(digits)
    return value


def _casualty_count(verb: Token) -> bool:
    """A past participle hung on a bare number ("19 wounded", "two injured") or on a phrase under "no"
    ("no reported wounded"), with no agent of its own: people counted, not an act told."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ == "agent" for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "CD" or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def _travelling_party(source: Actor | None, ctx: ArticleContext) -> bool:
    """A party whose journey to a place is a visit (CONSULT): a state, a known actor of the
    knowledge base, a party of a political sector (forces, parties, IGOs ...) or one named by a
    noun of ``travelling_parties.nouns`` (a delegation, an envoy, a minister)."""
    if source is None:
        return False
    if source.actor_id is not None or source.sector in ctx.lex.travelling_sectors:
        return True
    if not ctx.lex.travelling_nouns.isdisjoint(re.findall(r"[a-z]+", source.name.lower())):
        return True  # "a delegation of US lawmakers", "the envoy"
    return source.entity_index is not None and ctx.entities.entities[source.entity_index].label == "GPE"


def _moved_person(verb: Token, source: Actor | None, ctx: ArticleContext) -> bool:
    """The subject of a passive verb is a person or people ("she was subsequently sent to the camp",
    "hundreds of people were sent to southern Canada"; a coordinated verb's subject too: "she
    reported to the Red Cross and was sent to the camp"): what ``object_types`` says of a person
    object holds for it. A passive with no subject at all names nothing sent, no aid ("moved a step
    closer to being sent to South Africa")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    moved = child(verb, PASSIVE_SUBJ)
    if moved is None and verb.dep_ == "conj":
        moved = child(verb.head, PASSIVE_SUBJ) or child(verb.head, SUBJ)
    if moved is None:
        return True
    if not is_actor_like(actor_head(moved), ctx.lex):
        return False
    return _party_kind(make_actor(actor_head(moved), ctx), ctx, source) == "person"


def _esteems_party(verb: Token, lex: Lexicon) -> bool:
    """The verb's own object (or the party the parser hung on it as its modifier: "wished the
    cabinet success") names a party ("respected the general"); not a thing, nor the owner of one."""
    objects = child_all(verb, ("dobj", "obj", "dative"))
    return any(is_actor_head(actor_head(w), lex)
               for o in objects for w in (o, *(c for c in o.lefts if c.dep_ in ("compound", "nsubj"))))


def _own_feeling(word: Token) -> bool:
    """An adjective or passive participle of praise with an infinitive or a clause of what the
    subject feels about ("proud to be the first", "was honoured to fill the job", "I am honoured that
    the president will join us"): the subject's own feeling, no one praised."""
    if word.pos_ != "ADJ" and not (word.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and lemma(c) == "be"
                                                             for c in word.children)):  # fmt: skip
        return False
    return any(c.dep_ == "xcomp" and is_infinitive(c) or c.dep_ == "ccomp" for c in word.children)


def _backs_party(verb: Token, lex: Lexicon) -> bool:
    """What "support" / "defend" / "endorse" acts on is a party, an event, a stand of
    ``supported_things`` or a thing a named party owns or put forward: the party is the object
    itself (one the resolver lost still counts: "defended the president to the hilt"; oneself
    is none), not the owner of a thing ("to defend the country's fishing grounds")."""
    things = [*child_all(verb, ("dobj", "obj", "nsubjpass"))]
    things += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJ]  # (an object
    # the parser made a clause's subject: "endorsed [the peace plan put forward by Nigeria]")
    return any(_names_act(o, lex, lex.supported_things)
               or (is_actor_head(actor_head(o), lex) and not o.lower_.endswith(("self", "selves")))
               or _named_party_owns(o, lex) for o in things)


def _own_admission(verb: Token, lex: Lexicon) -> bool:
    """What "admit" / "acknowledge" / "concede" takes is an act or the admitter's own: an object of
    guilt or defeat (``admitted_clauses.things``: "admitted the charges", "conceded defeat") or a
    gerund ("admitted cultivating a clique"), or a reported clause that
    reports an act ("admitted that soldiers had killed dozens"), is about the admitter's side ("one
    of its warplanes") or has a personal pronoun or the admitter's own word as its subject
    ("admitted that she had assisted ..."); not "acknowledged that a referendum was a hurdle"."""
    if child(verb, {"xcomp", "pcomp"}) is not None:
        return True
    admitted = child(verb, {"dobj", "obj"})
    if admitted is not None:  # "admitted the charges", "conceded defeat"; not "acknowledged the submission of the
        return lemma(admitted) in lex.admitted_things  # screenshot", "acknowledging widespread complaints"
    clause = child(verb, {"ccomp"})
    if clause is None:
        return True
    if _stated_state(clause, lex):
        return False  # "admitted that we feel uncomfortable", "admitted he could not trust the police"
    subj = child(clause, SUBJ | PASSIVE_SUBJ)
    if subj is None or any(_is_trigger_word(w, lex) for w in clause.subtree):
        return True  # "admitted that its troops had mistakenly killed seven civilians": an act of its own side
    if any(w.dep_ == "poss" and w.lower_ in _OWN_POSSESSIVES for w in subj.subtree):
        return True  # "NATO admitted that one of its warplanes had hit a convoy": its own side
    admitter = child(verb, SUBJ)
    return subj.lower_ in lex.admitter_pronouns or (admitter is not None and lemma(subj) == lemma(actor_head(admitter)))


def _confessed_feeling(verb: Token, lex: Lexicon) -> bool:
    """A confession that only tells the speaker's own feeling ("I confess I was surprised": a clause
    of ``admitted_clauses.states`` with a personal pronoun as its subject) or is an aside with no
    complement ("it had, I confess, not occurred to me"); "confessed that Kim was their supplier",
    "confessed to the killing", a bare "he confessed" concede."""
    if verb.dep_ == "parataxis" and not any(c.dep_ not in ("nsubj", "aux", "punct", "advmod") for c in verb.children):
        return True
    clause = child(verb, {"ccomp"})
    return clause is not None and _stated_state(clause, lex) \
        and getattr(child(clause, SUBJ), "lower_", None) in lex.admitter_pronouns


def _stated_state(clause: Token, lex: Lexicon) -> bool:
    """An admitted clause that tells a feeling, a belief or an inability (``admitted_clauses.states``,
    a verb denied under "can" / "could"), not an act; a copula with a word of guilt ("admitted it
    was a mistake", "admitted that officers had been responsible for the abductions") is no mere
    state."""
    if lemma(clause) in lex.admitted_states:
        return not any(c.dep_ in ("attr", "acomp") and (lemma(c) in lex.admitted_things or c.lower_ in lex.guilty_predicates)
                       for c in clause.children)
    return any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in lex.unable_modals for c in clause.children)


_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _is_trigger_word(word: Token, lex: Lexicon) -> bool:
    """A verb or noun of the trigger tables (an act the clause reports)."""
    if word.pos_ == "VERB":
        return lemma(word) in lex.verbs
    return word.pos_ == "NOUN" and noun_type(word, lex) is not None


def _named_party_owns(thing: Token, lex: Lexicon) -> bool:
    """A thing a named party owns or put forward: a possessive name ("Thailand's reform programme",
    "Beijing's arms sales"), an "of" name ("the independence of Kosovo", "the expansion of Avianca
    flights") or a participle's agent ("the peace plan put forward by Nigeria") —
    the stand of a party, which supporting or defending backs ("the country's fishing grounds" is
    no named party's)."""
    owner = child(thing, {"poss"})
    if owner is not None and _named_party(owner):
        return True
    of = next((p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"), None)  # fmt: skip
    if of is not None and lemma(thing) not in lex.creation_nouns and (_named_party(of) or any(
            c.dep_ in ("poss", "compound") and _named_party(c) for c in of.children)):
        return True  # "the independence of Kosovo", "the expansion of Avianca flights" (not "the formation of the
        # committee": ``created_things.nouns``)
    return any(c.dep_ in ("acl", "relcl") and (by := agent(c)) is not None and is_actor_like(actor_head(by), lex)
               for c in thing.children)


def _named_party(word: Token) -> bool:
    return word.ent_type_ in ACTOR_LABELS or geo.country_code(word.text, allow_city=False) is not None


def _planned(verb: Token, lex: Lexicon) -> bool:
    """An infinitive or a verb with a modal or future auxiliary ("was expected to discuss supply
    chains", "will discuss"): a talk planned, whose counterpart the story gives elsewhere."""
    return is_infinitive(verb) or any(c.dep_ == "aux" and (c.lower_ in lex.modals or c.lower_ in lex.future_aux)
                                      for c in verb.children)


def _talks_among(source: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """A subject that names several parties who talk among themselves: conjoined parties ("Raisi,
    Putin and Erdogan"), "we" / "they", plural sides, parties, countries or governments ("the two
    sides"), a plural of a political sector or of ``travelling_parties`` ("the party leaders"); or
    one travelling party ("the delegation")."""
    if source is None:
        return False
    root, lex = _actor_root(source, doc), ctx.lex
    if root is None:
        return False
    subjects = [s for s in root.head.children if s.dep_ in SUBJ]
    conjoined = any(w.dep_ == "conj" and w.pos_ in ("PROPN", "NOUN") for s in subjects for w in s.subtree)
    # (the parser hangs the conjuncts anywhere in the subject: "Ebrahim Raisi of Iran, Vladimir Putin of Russia and")
    if root.lower_ in lex.talking_pronouns or root.dep_ == "conj" or conjoined:
        return True
    if root.tag_ in ("NNS", "NNPS") and (lemma(root) in lex.talking_sides or source.sector in lex.travelling_sectors
                                         or root.lower_ in lex.travelling_nouns):  # fmt: skip
        return True
    return root.tag_ not in ("NNS", "NNPS") and root.lower_ in lex.travelling_nouns


def _private_person(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """No party, or one named by a pronoun or a common noun of persons ("me", "him", "my daughter",
    "his players", "the children"): not a state, an organisation or person the NER names, a party
    of a political sector (``travelling_parties.sectors``) or a group ("both sides")."""
    if actor_ is None:
        return True
    root = _actor_root(actor_, doc)
    if root is not None and root.lower_ in ctx.lex.pronouns:
        return True  # ("encouraged me", "wanted him": whoever the pronoun resolves to)
    if actor_.entity_index is not None or actor_.sector in ctx.lex.travelling_sectors or root is None:
        return False
    return root.pos_ == "NOUN" and lemma(root) in ctx.lex.person_nouns


def _agreement_to_act(verb: Token, noun: Token) -> bool:
    """The agreement noun has an infinitive of an act to do ("an agreement to coordinate water sharing"), or the verb
    has one after a "with" party, where the parser hangs it ("signed a deal with an Iranian firm to purchase jets";
    not "signed the agreement to mark the anniversary": the signing's purpose)."""
    if any(c.dep_ in ("acl", "relcl") and is_infinitive(c) for c in noun.children):
        return True
    with_party = any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children))
    return with_party and any(c.dep_ == "advcl" and is_infinitive(c) and c.i > noun.i for c in verb.children)


def _public_antecedent(actor_: Actor | None, ctx: ArticleContext) -> bool:
    """A pronoun's antecedent that is a body (an organisation, a state, a people the NER names) or a party of a
    political sector (``travelling_parties.sectors``)."""
    if actor_ is None:
        return False
    if actor_.sector in ctx.lex.travelling_sectors:
        return True
    return actor_.entity_index is not None and ctx.entities.entities[actor_.entity_index].label in ("ORG", "GPE", "NORP")


def _actor_root(actor_: Actor, doc: Doc) -> Token | None:
    """The syntactic head of the words an actor spans in the sentence's doc (None when its offsets
    fall outside it)."""
    span = doc.char_span(actor_.start, actor_.end, alignment_mode="expand")
    return span.root if span is not None else None


def _one_private_person(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """One private person (``_private_person``): a singular pronoun or common noun of persons that no named
    party resolves ("her", "one witness", "his neighbour"); not a group ("the refugees", "the families")."""
    if actor_ is None or actor_.entity_index is not None or not _private_person(actor_, doc, ctx):
        return False
    root = _actor_root(actor_, doc)
    return root is not None and root.tag_ in ("NN", "PRP") and root.lower_ not in _GROUP_PRONOUNS


_GROUP_PRONOUNS = frozenset({"they", "them", "we", "us", "you"})


def _private_individual(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """One person of no public standing: one private person (``_one_private_person``: "her", "the driver"), or a
    person the NER names (or a pronoun resolves to) with no sector from a title or the actor KB, no KB link and no
    international post ("Divya"; not "the minister", "Ndlovu, the police spokesman", "Bachelet")."""
    if actor_ is None or actor_.sector is not None or actor_.actor_id is not None or actor_.country == "IGO":
        return False
    if actor_.entity_index is not None:
        entity = ctx.entities.entities[actor_.entity_index]
        return entity.label == "PERSON" and entity.sector is None and entity.link is None
    return _one_private_person(actor_, doc, ctx)


def _private_giver(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """One private person named by a singular common noun of persons, with no entity, antecedent or political
    sector ("his mother", "the man's mother", "a local farmer"; not "she", whom an article may name, nor "the
    minister")."""
    if actor_ is None or actor_.entity_index is not None or actor_.resolved is not None \
            or actor_.sector in ctx.lex.travelling_sectors:
        return False
    root = _actor_root(actor_, doc)
    return root is not None and root.tag_ == "NN" and lemma(root) in ctx.lex.person_nouns


def _infinitive_clause(verb: Token) -> bool:
    """An infinitive the parser hung on the verb as an adverbial clause ("offered on Tuesday to
    mediate"); not a condition or a participle ("would offer discounts if ...", "..., making it
    easy to plan a trip")."""
    return any(c.dep_ == "advcl" and is_infinitive(c) for c in verb.children)


def _offered_to_state(target: Actor | None, ctx: ArticleContext) -> bool:
    """The party offered something is a state by name ("offered relief supplies to cyclone-hit
    Bangladesh"), not a city ("offers eight weekly flights to Washington")."""
    if target is None or target.entity_index is None:
        return False
    return geo.country_code(ctx.entities.entities[target.entity_index].canonical, allow_city=False) is not None


def _thing_permitted(verb: Token, target: Actor | None, ctx: ArticleContext) -> bool:
    """"allow" / "permit" with no party to act (a clause or an infinitive: "allow refugees to return"),
    no party allowed and no event or occasion allowed ("allow multiparty elections")."""
    lex = ctx.lex
    if _act_to_do(verb, lex) or _is_party(target, ctx):
        return False
    return not any(_names_act(o, lex) for o in child_all(verb, ("dobj", "obj", "nsubjpass")))


def _thing_permits(verb: Token, lex: Lexicon) -> bool:
    """The subject of "allow" / "permit" is a thing, no party, person or group (a law, a code, a
    platform; for a relative pronoun, the noun its clause describes): "the new labour code will
    allow trial workers to be registered", "legislation which allows people to take up claims"."""
    subj = child(verb, {"nsubj"})
    if subj is None:
        return False
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    head = actor_head(subj)
    return head.pos_ == "NOUN" and not is_actor_like(head, lex) and lemma(head) not in lex.person_nouns \
        and lemma(head) not in lex.group_nouns


def _no_forces_moved(word: Token, lex: Lexicon) -> bool:
    """What a bare verb of placing forces ("deploy", "dispatch", "station") or "deployment" moves is
    named (an object, the passive's subject, the noun's "of") and is no force: no unit, weapon or
    party of an armed or police sector ("35 machines will be deployed", "deployed 300 inmates")."""
    if word.pos_ == "NOUN":
        moved = [of_filler(p) for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    else:
        moved = [of_filler(o) for o in word.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
        if word.dep_ == "acl" and word.tag_ == "VBN":
            moved.append(word.head)  # "the police forces deployed to deal with the clashes"
    moved += [c for m in moved for c in m.conjuncts]  # ("the deployment of Rangers and army troops")
    moved = [m for m in moved if m.pos_ in ("NOUN", "PROPN") or m.ent_type_ == "MONEY"]  # (a pronoun may stand for
    # forces; a sum is none: "would mobilise US$200 billion")
    return bool(moved) and not any(
        lemma(m) in lex.force_words or m.lower_.removesuffix("s") in lex.force_words
        or agent_sector(actor_head(m)) in lex.force_sectors
        or any(c.dep_ in ("compound", "amod") and agent_sector(c) in lex.force_sectors for c in m.children)
        for m in moved)  # ("the mobilisation of 4.5 million militia members")


def _thing_ordered(verb: Token, lex: Lexicon) -> bool:
    """"order" with no party ordered (an object or the passive's subject that is an actor, not a
    modifier of a thing: "ordered Israeli drones"), no act to do (a clause or an infinitive) and
    no event, occasion or measure ordered ("ordered an inquiry", "ordered fresh measures")."""
    if _act_to_do(verb, lex):
        return False
    objects = child_all(verb, ("dobj", "obj", "nsubjpass", "dative"))
    return not any((is_actor_like(actor_head(o), lex) and lemma(o) not in lex.equipment_nouns)
                   or lemma(o) in lex.person_nouns or _names_act(o, lex, lex.ordered_measures) for o in objects)


def _act_to_do(verb: Token, lex: Lexicon) -> bool:
    """A clause or an infinitive of what a party is allowed or ordered to do ("allow refugees to
    return", "ordered that an assessment be conducted", "offered on Tuesday to mediate")."""
    return bool(_complement_keys(verb, lex) & lex.allowing_complements) or _infinitive_clause(verb)


def _names_act(word: Token, lex: Lexicon, also: frozenset[str] = frozenset()) -> bool:
    """``word`` names an act: an event noun, an occasion ("multiparty elections", "the summit"), or
    one of ``also`` (a verb's own list: measures ordered, stands supported)."""
    return noun_type(word, lex) is not None or lemma(word) in lex.occasion_nouns or lemma(word) in also


def _forecast_warning(verb: Token, lex: Lexicon) -> bool:
    """A warning addressed to no one whose clause is about things, not parties ("warned that
    exports will be affected", "warned it is unlikely that imports will recover"); not one with
    a condition ("... would be declared if the demonstrators did not leave": a threat)."""
    clause = child(verb, {"ccomp"})
    if clause is not None and _told_state(clause, lex):
        return True  # "warned them the biggest factors in the election loss were women and climate change": a
        # state of things told, to anyone, threatens nothing
    if any(c.dep_ in ("dobj", "obj", "dative", "nsubjpass") for c in verb.children):
        return False  # ("warned the rebels against ...", "Lithuania was warned by Moscow that ...")
    if clause is None and not any(c.dep_ in ("xcomp", "prep") for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True  # "as Sanchez warns, these mothers' healing will help ...": a comment on what is said
    if clause is None and verb.dep_ == "parataxis" and is_verb(verb.head):
        clause = verb.head  # "Further, Mr Mkula warns, most hospitals do not have adequate drugs": the warned
        # clause is the head of the inserted comment
    if clause is None:
        return False
    if any(condition_mark(w, lex.conditionals) for w in clause.subtree):
        return lemma(clause) == "be" and not any(  # a condition: the warning is a threat, unless what follows is
            c.dep_ in ("expl", "xcomp") or (c.dep_ == "acomp" and child(c, {"xcomp"}) is not None)
            for c in clause.children)  # a state ("if this is done ..., you are back at the starting block"; not
        # "there will be consequences", "Iran would be ready to respond")
    if any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return True  # "warned that due to the monsoon there will be heavy rain": things to come, no party
    said = child(clause, SUBJ) or child(clause, PASSIVE_SUBJ)
    if said is None:
        return False
    if said.lower_ in ("this", "that") and said.tag_ == "DT":
        return True  # "this would imply that 2.1 million people would live on ...": a thing said to follow
    if lemma(clause) in lex.warned_states and not any(c.dep_ == "xcomp" for c in clause.children):
        return True  # "most hospitals do not have adequate drugs", "the army lacks fuel": a state of things, no
        # act threatened ("it will have to respond" is one)
    if extraposed_clause(said) is not None:
        return True  # "it is unlikely that ...": an expletive (not "it was prepared to take action": the party)
    head = of_filler(said)  # ("hundreds of millions of people": the people)
    return said.pos_ in ("NOUN", "PROPN") and (not is_actor_like(actor_head(said), lex) or (
        head.pos_ == "NOUN" and not is_actor_head(head, lex) and not is_person(head, lex)))  # a thing of a party
    # is a thing: "government benefits are not keeping pace with inflation", "Chinese exports will fall"


def _told_state(clause: Token, lex: Lexicon) -> bool:
    """A clause with a copula and no modal or future whose subject is a thing ("the biggest factors
    in the loss were women and climate change"): how things are, no act to come."""
    if lemma(clause) != "be" or any(c.dep_ == "aux" and (c.lower_ in lex.modals or c.lower_ in lex.future_aux)
                                    for c in clause.children):
        return False
    said = child(clause, SUBJ)
    return said is not None and said.pos_ == "NOUN" and not is_actor_like(actor_head(said), lex) \
        and not is_person(of_filler(said), lex)


def _hazard_warned(trigger: Trigger, lex: Lexicon) -> bool:
    """A warning (a verb or noun of ``forecast_warnings``) of a natural hazard or a disease ("issued
    a warning of heavy rain", "warned of flooding", "a heat alert"), or of a state of things, a thing
    or others' crimes ("warned of the risks", "warned residents of robberies"; not of an act or a
    reprisal: "warned of war", "warned of consequences"): a forecast, no threat of a party."""
    words = [w for w in (trigger.token, trigger.end_token)
             if lemma(w) in lex.warning_verbs or lemma(w) in lex.warning_nouns]
    for word in words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.warning_preps:
                if any((lemma(p) in lex.cause_nouns and lemma(p) not in lex.warning_reprisals)
                       or any(lemma(c) in lex.cause_nouns for c in p.children if c.dep_ in ("compound", "amod"))
                       for p in prep.children if p.dep_ == "pobj"):  # fmt: skip
                    return True  # (a response is a reprisal, not the natural phenomenon WordNet also knows)
        addressed = [o for o in word.children if o.dep_ in ("dobj", "obj")]  # ("warned residents of robberies":
        for prep in (c for h in (word, *addressed) for c in h.children):  # the phrase hung on the addressee)
            if prep.dep_ == "prep" and prep.lower_ in lex.warning_state_preps and any(
                    p.pos_ == "NOUN" and noun_type(p, lex) is None and lemma(p) not in lex.warning_reprisals
                    for p in prep.children if p.dep_ == "pobj"):
                return True  # "warned of the risks", "warned residents of robberies": a state of things
        if lemma(word) in lex.warning_nouns and any(c.dep_ == "compound" and lemma(c) in lex.cause_nouns
                                                    for c in word.children):  # fmt: skip
            return True  # "a flood warning", "a heat alert"
    return False


def _handed_thing(verb: Token, lex: Lexicon) -> bool:
    """What a verb of handing over hands over is a thing: its object or passive subject is no party,
    person or place and no power (``handed_things.powers``: control, power, territory ...): "the
    warship will be handed over to the navy", "handed over documents", "handed over wheelchairs"."""
    objects = [of_filler(o) for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(objects) and not any(
        (is_actor_like(o, lex) and lemma(o) not in lex.equipment_nouns) or o.ent_type_ in PLACE_LABELS
        or lemma(o) in lex.handed_powers or lemma(o) in lex.control_sites
        or lemma(o) in lex.person_nouns or o.lower_ in lex.person_nouns or o.lower_ in lex.handed_selves
        for o in objects)  # ("the accused": a
    # participle the tagger took for a verb; "the warship": a sector word, yet a thing handed)


def _detention_said(verb: Token, lex: Lexicon) -> bool:
    """The clause says where or how long someone is held: "in custody", "in the colonial-era
    prison", "at the police station", "for 30 hours", "without charge", "incommunicado"."""
    for word in verb.children:
        if word.lower_ in lex.detention_places:
            return True  # ("held incommunicado")
        if word.dep_ != "prep" or word.lower_ not in lex.detention_preps:
            continue
        for obj in (c for c in word.children if c.dep_ == "pobj"):
            if lemma(obj) in lex.detention_places:
                return True
            if word.lower_ == "for" and lemma(obj) in lex.time_spans:
                return True  # "was held for 30 hours"
    return False


def _counted_guests(verb: Token, lex: Lexicon) -> bool:
    """The verb's object is a number of people ("received 1.1 million visitors", "hosted 5,000
    tourists", "thousands of pilgrims"; not "will receive 18 helicopters": things received)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if any(c.dep_ == "nummod" and c.like_num for c in obj.children) and lemma(obj) in lex.person_nouns:
            return True
        of = child(obj, {"prep"}) if obj.like_num else None
        people = child(of, {"pobj"}) if of is not None else None
        if people is not None and lemma(people) in lex.person_nouns:
            return True  # ("thousands of tourists")
    return False


def _authority_seizure(verb: Token, source: Actor | None, lex: Lexicon) -> bool:
    """The police, a court, a government body or the armed forces seize things ("police seized the
    letter", "customs officers seized 46 mobile phones"): a search or a confiscation, not an
    opportunity, drugs or power."""
    if lemma(verb) not in lex.seizing_verbs or source is None or source.sector not in lex.seizing_sectors:
        return False
    obj = child(verb, {"dobj", "obj"})
    if obj is None:
        return False
    words = {lemma(obj)} | {lemma(g) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj"}  # ("40 kilograms of heroin")
    return not words & lex.unseized_objects


def _caught_offender(verb: Token, source: Actor | None, lex: Lexicon) -> bool:
    """A catch that is an arrest: by the police, a court, the armed forces or a secret service ("police
    caught the smugglers"), in the act ("caught the accused red handed") or with a thing on the one caught
    ("a suspect was caught with 402,000 methamphetamine pills"); not with a particle ("caught up in").
    ``caught_offenders``."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    if source is not None and source.sector in lex.catching_sectors:
        return True
    if any(w.lower_ in lex.catching_marks for c in verb.children for w in (c, *c.children)):
        return True
    return any(c.dep_ == "prep" and c.lower_ in lex.catching_preps and g.dep_ == "pobj" and not is_actor_like(actor_head(g), lex)
               and not is_person(actor_head(g), lex) for c in verb.children for g in c.children)


def _sum_given(verb: Token) -> bool:
    """The verb's object is a sum of money ("provided $50 million", "granted 10 million ecus")."""
    return any(c.dep_ in ("dobj", "obj") and is_sum(c) for c in verb.children)


def _aid_given(verb: Token, lex: Lexicon) -> bool:
    """The verb's object is aid itself ("will not hesitate to provide any assistance", "provided
    humanitarian aid"): aid given, whoever receives it."""
    return any(c.dep_ in ("dobj", "obj") and noun_type(c, lex) == "AID" for c in verb.children)


_REFLEXIVES = frozenset({"herself", "himself", "themselves", "itself", "myself", "ourselves", "yourself"})


_SELF_DIRECTED = HOSTILE_TYPES | {"DISAPPROVE"}  # types whose act on oneself is none ("blamed himself for the defeat")


def _self_object(verb: Token) -> bool:
    """The verb's object is its own subject ("chained herself to the gate")."""
    return any(obj.lower_ in _REFLEXIVES for obj in child_all(verb, ("dobj", "obj")))


def _phrase_complement_missing(token: Token, end: Token, lex: Lexicon) -> bool:
    """A phrasal trigger of ``phrase_complements`` with none of its complements, on the verb or on the
    preposition's object ("appealed to donors for funds"), and an addressee not among its own."""
    need = lex.phrase_complements.get(f"{lemma(token)} {end.lower_}") or lex.phrase_complements.get(
        f"{lemma(token)} {lemma(of_filler(end))}")  # ("took steps", "taking a number of measures": the noun's lemma)
    if need is None:
        return False
    complements, addressees = need
    addressee = child(end, {"pobj"})
    keys = _complement_keys(token, lex)
    if end.dep_ in ("dobj", "obj", "nsubjpass"):  # "registered a case against the MLA": the object's own phrase
        keys |= {f"prep:{c.lower_}" for c in end.children if c.dep_ == "prep"}
    if addressee is not None:
        keys |= {f"prep:{c.lower_}" for c in addressee.children if c.dep_ == "prep"}
        keys |= {"xcomp" for c in addressee.children if c.dep_ in ("acl", "relcl") and is_infinitive(c)}
        if lemma(addressee) in addressees:
            return False
    return not keys & complements


def _complement_keys(token: Token, lex: Lexicon) -> set[str]:
    """What a verb's complements are: "xcomp", "prep:for", "ccomp:that" (the clause's mark); and
    "participle:reduced" for a participle with no auxiliary hung on a noun or a clause."""
    keys: set[str] = set()
    if token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "advcl") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        keys.add("participle:reduced")  # "the Paracel Islands, called the Xisha Islands by China" (the tagger
        # may take the participle for a past tense; a clause of its own has a subject)
    for c in token.children:
        keys |= {c.dep_, f"{c.dep_}:{c.lower_}"}
        if c.dep_ in ("ccomp", "advcl"):  # ("pushing for the US to support ...": advcl:for)
            keys |= {f"{c.dep_}:{m.lower_}" for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and is_infinitive(c) and child(token, {"dobj", "obj", "nsubjpass"}) is not None:
                keys.add("advcl:to")  # "pressed Washington on Thursday to halt ...": the object's infinitive (or
                # the passive subject's: "Jakarta was pressed by Canberra on Friday to allow ...")
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            keys.add("advcl:inf")  # "declined on Monday to free ...": an infinitive the parser hung as a clause
        if c.dep_ == "ccomp" and is_infinitive(c):
            keys.add("ccomp:to")  # "advised the government not to fall into this trap": an infinitive with its subject
        if c.dep_ == "xcomp" and lemma(c) in lex.caused_act_verbs and any(
                g.dep_ in ("ccomp", "xcomp") or (g.dep_ in ("dobj", "obj") and any(a.dep_ == "acl" and a.tag_ == "VBN"
                                                                                 for a in g.children))
                for g in c.children):
            keys.add("xcomp:causative")  # "sought to have the House debate it", "... to have the charges dropped"
        if c.dep_ == "ccomp" and mandative(c, lex):
            keys.add("ccomp:mandative")  # "insisted that the vote be postponed / should be postponed"
        if c.dep_ == "ccomp" and mandative(c, lex, present_after_past=False):
            keys.add("ccomp:obliged")  # ... by a modal or a bare subjunctive, not only by a present after a past
            # ("the court ruled that the exposure ... threaten the rights": a finding, misagreed)
        if c.dep_ in ("dobj", "obj") and any(a.dep_ == "acl" and a.tag_ == "VBN" and any(
                x.dep_ == "xcomp" and is_infinitive(x) for x in a.children) for a in c.children):
            keys.add("xcomp")  # "asked the officials concerned to take steps": the infinitive hung on the participle
        if c.dep_ in ("dobj", "obj") and any(p.dep_ == "prep" and p.lower_ == "for" and (o := child(p, {"pobj"})) is not None
                                             and o.pos_ == "NOUN" for p in c.children):  # fmt: skip
            keys.add("prep:for")  # "asked the tax authority for compensation": the "for" hung on the object (not
            # "asked the Minister for Foreign Affairs": a title's complement is a name)
        if c.dep_ in ("dobj", "obj"):  # "assured the farmers of all possible help": the "of" thing of the object
            keys |= {f"of:{lemma(o)}" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}  # fmt: skip
    return keys


def _press_request(verb: Token, lex: Lexicon) -> bool:
    """The verb asks for comment, a reaction or a response ("for" on the verb or on its object), or to
    comment, respond or react (``press_requests``)."""
    for host in (verb, *child_all(verb, ("dobj", "obj"))):
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                    p.dep_ == "pobj" and lemma(p) in lex.press_request_nouns for p in prep.children):
                return True
    return any(c.dep_ in ("xcomp", "ccomp") and is_infinitive(c) and lemma(c) in lex.press_request_acts
               for c in verb.children)


def _press_call(verb: Token, lex: Lexicon) -> bool:
    """The verb answers a call, an e-mail or a message seeking comment ("calls seeking comment",
    "calls for comment"), a reporter's question (``press_requests`` answer_verbs)."""
    objects = child_all(verb, ("dobj", "obj")) + [p for c in verb.children if c.dep_ == "prep" for p in child_all(c, ("pobj",))]
    if any(_press_request(obj, lex) for obj in objects):
        return True  # "calls for comment"
    # "calls seeking comment": the participle hung on the object, on the verb or on a phrase ("did not answer calls
    # to his mobile telephone seeking comment")
    return any(lemma(w) in lex.press_seeking_verbs and w.pos_ == "VERB" and any(
        o.dep_ in ("dobj", "obj") and lemma(o) in lex.press_request_nouns for o in w.children)
               for w in verb.subtree)  # fmt: skip


def _sought_no_request(verb: Token, lex: Lexicon) -> bool:
    """The object of "seek" is a person or a contest's prize, or goods sought from no one ("borrowers
    sought loans"), or "seek out" searches: no request of anyone."""
    if any(c.dep_ == "prt" and c.lower_ in lex.search_particles for c in verb.children):
        return True  # "visitors began seeking out the temples"
    for obj in child_all(verb, ("dobj", "obj")):
        lem = lemma(obj)
        if lem in lex.sought_goods and not any(
                c.dep_ == "prep" and c.lower_ == "from" and (giver := child(c, {"pobj"})) is not None
                and is_actor_like(actor_head(giver), lex) for c in (*verb.children, *obj.children)):
            return True  # ("sought a loan from the IMF" stays a request; "sought shelter from the heat" none)
        if lem in lex.sought_prizes or obj.ent_type_ == "PERSON" or (lem in lex.person_nouns
                                                                      and lem not in lex.sought_prizes):
            return True
    return False


def _actor_key(actor: Actor | None) -> str | None:
    return actor.key() if actor is not None else None


_PARTY_PREPS = frozenset({"between", "with", "among"})  # a meeting noun's own parties


def _back_reference(trigger: Trigger, source: Actor | None, target: Actor | None, ctx: ArticleContext) -> bool:
    """An event noun naming an event type already coded in an earlier sentence of the article
    refers back to it ("the invasion", "his indictment"), also a definite one someone attends,
    joins or chairs ("attended the meeting"): the event is coded at its first mention only. A
    noun with a source and a target that are not both those of any earlier event of its type is a
    new event ("the PM held talks with X. ... the PM's talks with Y focused on trade": two
    meetings; "... the opposition's criticism of the president"); with one party alone it is taken
    for a reference ("Australia's protest", "the invasion by Russia": actors of a re-mention are
    often partial or resolved apart from the first mention's)."""
    if trigger.event_type not in ctx.coded_types:
        return False
    if trigger.kind in ("verb", "phrase") and _anchor_clause(trigger.token, ctx.lex):
        relative = trigger.token.dep_ == "relcl"  # (a relative clause's pronoun resolved is the one it names: "the
        keys = [None if a is None or (a.text.lower() in ctx.lex.anchor_unknown_pronouns  # schemes to which he
                                      and (a.resolved is None or not relative)) else a.key()  # confessed")
                for a in (source, target)]
        return any(all(k is None or e is None or k == e for k, e in zip(keys, earlier))  # (a pronoun may be anyone)
                   and any(k is not None and k == e for k, e in zip(keys, earlier))
                   for earlier in ctx.coded_pairs.get(trigger.event_type, []))
    if trigger.kind != "noun":
        return False
    if trigger.light is None:
        return source is None or target is None or any(  # (one party alone: "Australia's protest", "the invasion by X")
            _same_parties(source, target, earlier) or (trigger.event_type == ctx.lex.contact_type
                                                       and _same_parties(target, source, earlier))
            for earlier in ctx.coded_pairs.get(trigger.event_type, [(None, None)]))  # (a meeting is the two sides'
        # either way: "Chaluvarayaswamy met Shivakumar ... Shivakumar said his meeting with Chaluvarayaswamy ...")
    anchoring = lemma(trigger.light) in ctx.lex.attending_verbs or lemma(trigger.light) in ctx.lex.announcing_anchor_verbs
    return anchoring and any(  # "attended the meeting", "announced the raid": the one coded
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those") for c in trigger.token.children)


def _anchor_clause(verb: Token, lex: Lexicon) -> bool:
    """The verb (or its first conjunct) heads a temporal clause of ``anchor_clauses`` ("when they
    killed my daughter", "after he was arrested") or is the gerund of such a preposition ("after
    being granted bail"), or heads a relative clause ("the schemes to which he confessed", round 38)."""
    while verb.dep_ == "conj" and verb.head is not verb and not any(c.dep_ in SUBJ for c in verb.children):
        verb = verb.head
    if verb.dep_ == "advcl":
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.anchor_clause_marks for c in verb.children)
    if verb.dep_ == "relcl":
        return True  # "the schemes to which he confessed", "Hichilema, who was arrested by police on Monday"
    return verb.dep_ == "pcomp" and verb.head.lower_ in lex.anchor_clause_marks


def _vowed_against(vow: Token, lex: Lexicon) -> bool:
    """A vow's infinitive is denied ("never" / "not") and names a cooperative act ("vowed to never
    meet X", "pledged not to negotiate"): what is vowed is a refusal (``vowed_refusals``)."""
    act = child(vow, {"xcomp"})
    return act is not None and lex.verbs.get(lemma(act)) in COOPERATIVE_TYPES and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in (*act.children, *(c for c in vow.children if c.i > vow.i)))
    # (after the vow: "never vowed to meet X" is no vow)


def _same_parties(source: Actor | None, target: Actor | None, earlier: tuple[str | None, str | None]) -> bool:
    """The actors of a noun and those of an earlier event of its type may be the same: each role
    the same actor, or unknown on either side."""
    return all(key is None or other is None or key == other for key, other in zip((_actor_key(source), _actor_key(target)), earlier))


def _event_type(trigger: Trigger, source: Actor | None, target: Actor | None, ctx: ArticleContext,
                placed: bool = False) -> str | None:
    """The trigger's type as its source and object decide it; None drops the candidate. ``placed``: the
    target is the place of the act, not its object (no object type: "banned the protests in Malabo" bans
    no state)."""
    lex, token = ctx.lex, trigger.token
    lem = lemma(token)
    event_type: str | None = trigger.event_type
    if is_alternative_threat(trigger, lex):
        return event_type  # "told the mayors to resign or be killed": the threat, whoever would kill
    if trigger.kind == "verb" and lem in lex.vow_verbs and _vowed_against(token, lex):
        return lex.vow_refusal_type  # "vowed never to meet the crown prince": a refusal
    if trigger.kind == "noun" and lem in lex.state_conflict_nouns and not any(
            c.dep_ in ("amod", "compound") and f"{lemma(c)} {lem}" in lex.noun_compounds for c in token.children) \
            and (trigger.light is not None or not _state_or_armed(source, ctx)):
        return None  # "the president has a conflict with the opposition", "work with China to manage conflicts": no
        # fight (``state_conflicts``: the conflict's own state or armed party; "armed conflicts" are fights anyway)
    if trigger.kind == "phrase" and lemma(trigger.end_token) in lex.state_conflict_nouns \
            and not _named_conflict(trigger.end_token, lex):
        return None  # "neither side was serious about ending the conflict": a conflict of no state named
    # (``state_conflicts``)
    if trigger.kind == "verb" and event_type == lex.restraint_type and lem in lex.restraint_verbs \
            and _source_kind(source, ctx) not in ("armed", "state"):
        return None  # "the villagers stopped the soldiers from entering": no authority restrains (``restraints``)
    by_object = (lem, _party_kind(target, ctx, source))
    obj = child(token, {"dobj", "obj"}) if trigger.kind == "verb" else None
    if obj is not None and target is not None and actor_head(obj).pos_ == "NOUN" \
            and not is_actor_like(actor_head(obj), lex) and any(
                p.lower_ == "from" and w.idx <= target.start < w.idx + len(w)
                for p in obj.children if p.dep_ == "prep" for w in p.subtree):  # fmt: skip
        by_object = (lem, "")  # "recaptured the town from the rebels": the object is a thing, the party another's
    named_object = trigger.kind == "phrase" and (trigger.end_token.dep_ in ("dobj", "obj", "pobj")  # "sent aid to X",
                                                 or trigger.end_token.lower_ == "from"  # "sent X to prison",
                                                 or (trigger.event_type == lex.letter_type and lem in lex.letter_verbs))
    # "expelled from the party", "sent a letter to the commissioner to initiate ...": the phrase names what is done
    if by_object in lex.object_types and not named_object and not placed \
            and (lem not in lex.own_object_verbs or _own_object(token, target)):
        event_type = lex.object_types[by_object]  # "suspended two lawmakers" = COERCE; "sent her to court": none
    elif (lem, "person") in lex.object_types and lex.object_types[(lem, "person")] is None and not named_object \
            and _moved_person(token, source, ctx):
        return None  # "she was sent to the refugee camp": as "sent her to ..." (not "was sent to jail")
    if trigger.kind == "verb" and event_type == "AGREE" and (lem in lex.offering_verbs or lem in lex.offering_object_only) \
            and _others_act(token, lex):
        event_type = lex.others_acts_type  # "proposed the immediate resignation of the comptroller": asked for
    if trigger.kind == "verb" and event_type == lex.admitting_type and lem in lex.admitting_verbs \
            and not _outsider(target, ctx, source):
        event_type = lex.verbs.get(lem)  # "allowed the opposition to return": no outsider let in, the verb's own sense
        if event_type is None or _mere_permission(trigger, event_type, lex):
            return None  # ("the court allowed Twitter to place the orders before it in sealed envelopes": a
            # permission given, as in ``_acceptable``)
    if trigger.kind == "phrase" and event_type == lex.admitting_type and trigger.end_token.lower_ == "to" \
            and (lem in lex.opening_verbs or lem in lex.opening_particle_verbs) \
            and not _outsider(target, ctx, source, lex.opening_loose_words):
        return None  # "opened its banking sector to foreign banks": no mission's or agency's involvement let in
    if trigger.kind == "verb" and lem in lex.barring_verbs and _outsider(target, ctx, source):
        event_type = lex.barring_type  # "barred U.N. inspectors from entering the site": involvement refused
    if event_type == lex.force_move_type and lem in lex.force_move_verbs \
            and any(w.lower_ in lex.peacekeeping_words or lemma(w) in lex.peacekeeping_words for w in token.subtree):
        event_type = lex.peacekeeping_type  # "sent 800 troops to join the U.N. peacekeeping mission": peacekeepers
    drill = trigger.end_token if trigger.kind == "phrase" else token
    if event_type in lex.drill_types and lemma(drill) in lex.drill_nouns:
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in drill.children):
            return None  # "the exercise of power": no drill
        event_type = lex.drill_types[1] if _drill_partner(drill, source, target, lex) else lex.drill_types[0]
    ordered_out = trigger.kind == "phrase" and lem in lex.expel_order_verbs \
        and (lemma(trigger.end_token) in lex.expel_order_acts
             or (lem in lex.deadline_verbs and event_type == lex.expel_order_type))  # ("gave X 48 hours to leave")
    if (ordered_out or lem in lex.expelling_words) \
            and (_party_kind(target, ctx, source) == "envoy" or _mission(target, lex)):
        event_type = lex.expel_envoy_type  # "ordered a Russian diplomat to leave": diplomats expelled, a sanction;
        # so are inspectors, observers, peacekeepers and aid agencies ("ordered 13 aid agencies out of Darfur")
    elif lem in lex.expelling_words and source is not None and source.sector in lex.member_expelling_sectors:
        event_type = lex.expel_envoy_type  # "the party expelled the MP": a member dropped from a party, a sanction
        # (as "expelled from the party" is; ``expelling_orders`` member_sectors)
    if trigger.kind == "verb" and lem in lex.court_undoing_verbs and source is not None \
            and source.sector in lex.court_undoing_sectors and any(
                lemma(of_filler(o)) in lex.court_undoing_nouns for o in child_all(token, ("dobj", "obj"))):
        event_type = lex.court_undoing_type  # "an appeals court dismissed one of two charges against him": dropped
        # (not "he dismissed the charges as baseless": a rejection)
    # a phrase's noun switches as the verb would ("launched an attack": the attack), when the phrase is an
    # assault (not "detonated a bomb", a bomb set off, nor "halted its attacks", a de-escalation)
    act = lemma(trigger.end_token) if trigger.kind == "phrase" else lem
    armed = lem in lex.armed_words or (act in lex.armed_nouns and event_type == lex.armed_target_from)
    if event_type is not None and armed and source is not None and (
            source.sector in lex.armed_sectors or (source.sector is None and source.entity_index is not None
                                                   and ctx.entities.entities[source.entity_index].label == "GPE")
            or (source.sector is None and _nationality(source, ctx)
                and geo.country_code(source.text, allow_city=False) is not None)):  # ("the Turkish bombing of the
        # region"; not "Islamist bombings")
        event_type = lex.armed_type  # (a country named as the attacker attacks with its forces: "Russia attacked
        # Ukraine", "Turkey launched an attack on Zakho": a fight, as the articles' conventions code them)
    if trigger.kind == "noun" and token.dep_ == "pobj" and f"{token.head.lower_} {lem}" in lex.governed_armed \
            and source is not None and source.sector in lex.governed_armed_sectors:
        event_type = lex.governed_armed_type  # "the patrol came under fire from rebels": shooting, no criticism
    if event_type == lex.unarmed_from and lem in lex.unarmed_verbs and _unarmed_target(token, lex):
        event_type = lex.unarmed_type  # "fired into a crowd of opposition supporters": no fight
    if trigger.kind == "phrase" and lem == lex.courtesy_call[0] and trigger.end_token.lower_ in lex.courtesy_call[1] \
            and not any(t.dep_ == "aux" and t.lower_ == "to" or t.dep_ in ("ccomp", "advcl")
                        for t in token.sent if t.i > token.i):  # fmt: skip
        event_type = lex.courtesy_call[2]  # "called on the president at Rashtrapati Bhavan": a courtesy call
        # (no infinitive or clause anywhere after it: "calling on (the Russian) government to end ..." misparsed)
    if event_type == lex.armed_target_from and (lem in lex.armed_target_verbs or act in lex.armed_nouns) \
            and _armed_target(token, lex):
        event_type = lex.armed_target_type  # "attacked a Rwandan army camp": a fight between armed parties
    if event_type == lex.verbal_attack_type and trigger.kind == "phrase" and lem in lex.armed_target_verbs \
            and any(c.dep_ in ("compound", "amod") and lemma(c) in lex.armed_modifiers for c in trigger.end_token.children):
        event_type = lex.armed_target_type  # "attacked army positions": military positions, no stance criticised
    if event_type == lex.control_type and lem in lex.fought_capture_verbs and _taken_in_fighting(token, trigger, lex):
        event_type = lex.fought_capture_type  # "seized the town of Lashio from junta forces after weeks of fighting"
    if lem not in lex.death_sentences and to_death(token, lex):
        event_type = lex.death_phrase[2]  # "hacked to death": a killing
    attack, host = (trigger.token, trigger.light) if trigger.kind == "noun" else (trigger.end_token, token)
    if trigger.kind in ("verb", "phrase", "noun") and host is not None and attack is not None \
            and lemma(attack) in lex.verbal_attack_verbs and _grievance(host, lex) \
            and not (source is not None and (source.sector in lex.armed_sectors or source.sector in _FIGHTING_SECTORS)) \
            and not _armed_target(token, lex):  # ("troops attacked over the border", "rebels attacked army positions")
        event_type = lex.verbal_attack_type  # "attacked the IMF over its handling of the debt"
    if trigger.kind == "verb" and event_type == lex.rebuke_from and lem in lex.rebuke_verbs and _rebuked(token, lex):
        event_type = lex.verbal_attack_type  # "the Congress warned the MLA for his statements": a rebuke (``rebukes``)
    kind = _source_kind(source, ctx)
    if kind == "civilian" and trigger.light is not None and any(
            c.dep_ in ("dobj", "obj") and lemma(of_filler(c)) in lex.force_units for c in trigger.light.children):
        kind = "state"  # "the authorities put the national guard on alert": who places forces commands them
    if kind == "civilian" and lem in lex.passage_verbs and _passage_blocked(token, lex):
        kind = "crowd"  # "she blocked the entrance to the tunnel": one who blocks a way through protests as a crowd
        # does ("the operator blocked the website", "lobbyists blocked the waiver request" are none)
    if token.dep_ == "acl" and token.i < token.head.i and lem in lex.attributive_participles:
        kind = "crowd"  # "four protesting Congress members": people protesting, not a state objecting in words
    phrase = f"{lem} {lemma(trigger.end_token)}" if trigger.kind == "phrase" else lem  # ("set fire")
    if kind == "civilian" and (lem, "person") in lex.source_types and trigger.kind == "verb" \
            and child(token, {"dobj", "obj"}) is not None and source is not None and source.entity_index is not None \
            and ctx.entities.entities[source.entity_index].label == "PERSON":
        kind = "person"  # "Christof Heyns strongly protested the executions": one named person objects in words
    if kind in ("state", "civilian") and phrase in lex.state_filing_phrases:
        kind = "state" if _state_body(source, token.doc, ctx, named=kind == "state") else "person"  # "the
        # anti-corruption commission filed a case": a charge; "a local Awami League leader filed the case": a
        # complaint in his own name
    if kind == "civilian" and ((lem, "crowd") in lex.source_types or (phrase, "crowd") in lex.source_types) \
            and _crowd(source, ctx, target):
        kind = "crowd"  # "mobs clashed", "villagers torched the police station": a riot
    if kind == "armed" and lem in lex.symmetric_verbs and (lem, "crowd") in lex.source_types \
            and _crowd(target, ctx, source):
        return None  # "police clashed with protesters": the protesters' riot is coded (the event the other way)
    # the phrase's own entry ("rioters set fire to banks"), else the verb's, unless the phrase has a sense of
    # its own: "struck a deal with the rebels" (AGREE) is no "strike" (FIGHT by a state, PROTEST by workers)
    verb_sense = trigger.kind != "phrase" or lex.verbs.get(lem) in (None, trigger.event_type)
    by_source = (phrase, kind) if (phrase, kind) in lex.source_types or not verb_sense else (lem, kind)
    if trigger.kind == "phrase" and by_source not in lex.source_types \
            and noun_type(trigger.end_token, lex) not in (None, trigger.event_type) \
            and any(lex.source_types.get((lemma(trigger.end_token), k)) == event_type for k in _SOURCE_KINDS):
        by_source = (lemma(trigger.end_token), kind)  # "workers launched a strike": the phrase (an air strike,
        # FIGHT) and its object noun (a strike, PROTEST) differ: the source picks ("called a strike": no matter;
        # "or face air strikes": a threat, none of the noun's readings)
    if trigger.kind == "phrase" and trigger.event_type == lex.ending_protest_type and lem in lex.ending_protest_verbs \
            and lemma(of_filler(trigger.end_token)) in lex.protest_nouns \
            and (kind == "armed" or (kind == "state" and source is not None and source.sector != "IGO")):
        return None  # "police ended the protest", "the police cancelled opposition rallies": no dissent eased
        # (a union's sector is IGO's: the table's "union" is the European or African one)
    if by_source in lex.source_types and not (trigger.kind == "noun" and any(  # "a general strike" keeps its type
            c.dep_ in ("compound", "amod") and f"{lemma(c)} {lem}" in lex.noun_compounds for c in token.children)):
        event_type = lex.source_types[by_source]  # "farmers blocked the road" = PROTEST
    if event_type is not None and trigger.kind == "phrase" \
            and f"{lem} {lemma(of_filler(trigger.end_token))}" in lex.operation_phrases:
        event_type = _operation_type(of_filler(trigger.end_token), source, lex)  # "security forces carried out
        # operations against Israel": COERCE; "the army launched a military operation": FIGHT
    if event_type is not None and trigger.kind == "phrase" and phrase in lex.act_agreement_phrases \
            and _agreement_to_act(token, trigger.end_token):
        event_type = lex.act_agreement_type  # "signed an agreement with China to supply eight submarines": agreeing to
        # supply them (``act_agreements``)
    if event_type is None:
        return None
    if source is None and event_type in lex.needs_source and not _threatened_with(trigger, event_type, lex) \
            and not (trigger.kind == "verb" and lem in lex.agentless_passive_verbs and child(token, PASSIVE_SUBJ) is not None
                     and (not lex.agentless_passive_verbs[lem]
                          or _complement_keys(token, lex) & lex.agentless_passive_verbs[lem])):
        return None  # "prospects of resuming talks between X and Y": nobody is said to meet (a party consulted in
        # an agentless passive was consulted: "the board was not consulted")
    if source is not None and source.sector in lex.excluded_source_sectors.get(event_type, frozenset()):
        return None  # soldiers "marching" in a parade
    content = _content_lemma(trigger) if event_type == "DEMAND" and trigger.kind != "obligation" else ""
    if content in lex.punitive or (content in lex.punitive_of_parties and _is_party(target, ctx, places=False)):
        event_type = "DISAPPROVE"  # "called for sanctions against Nigeria" (CAMEO 11x, as the GSR codes it);
        # "called for the judge's suspension" (not "called for the suspension of strikes")
    if event_type == "DEMAND" and trigger.kind in ("verb", "phrase") and called_punishment(trigger.token, lex) is not None:
        event_type = "DISAPPROVE"  # "urged the government to prosecute the soldiers": a call to punish them
    if trigger.kind == "verb" and lem in lex.summoning_verbs and event_type == lex.summoning_from:
        event_type = _summons_type(token, source, ctx)  # "summoned the Turkish ambassador": DISAPPROVE;
        # "the Enforcement Directorate summoned Gandhi": INVESTIGATE; "the court summoned the minister": COERCE
    if trigger.kind == "verb" and lem in lex.wounding_verbs \
            and any(is_person(actor_head(o), lex) is not False for o in child_all(token, ("dobj", "obj", "nsubjpass"))):
        event_type = lex.wounding_type  # "hacked his neighbour with a machete", "Rupak hacked Sumi" (a name of no
        # known kind counts; not "hacked the website", "hacked Sony")
    if event_type == lex.abduction_from and trigger.kind == "verb" and lem in lex.abduction_verbs \
            and source is not None and source.sector in lex.abduction_sectors \
            and any(is_person(actor_head(o), lex) for o in child_all(token, ("dobj", "obj", "nsubjpass"))):
        event_type = lex.abduction_type  # "gunmen seized three teachers", "rebels captured 20 soldiers": abducted
        # (``abductions``; "police seized two suspects" stays an arrest, "seized the town" what it was)
    if ((trigger.kind == "verb" and lem in lex.burning_verbs) or (trigger.kind == "phrase" and phrase in lex.burning_phrases)) \
            and burned_person(token, lex):
        event_type = lex.wounding_type  # "the soldiers set the corpse on fire", "set fire to the farmer": a person
        # burned is assaulted, whoever burns ("villagers torched the police station": property, as it was)
    if event_type == "DISAPPROVE" and trigger.kind == "phrase" and lemma(trigger.end_token) in lex.own_conduct_nouns \
            and _own_conduct(token, trigger.end_token, lex):
        event_type = lex.own_conduct_type  # "showed regret for his behaviour": an apology, no criticism
    if event_type == "CONSULT" and target is not None and target.text.lower().split()[-1] in lex.witness_words:
        event_type = lex.witness_consult_to  # "we are speaking with witnesses": questioning them, no meeting
    if event_type == "AID" and trigger.kind == "verb" and lem in lex.inquiry_helping_verbs \
            and any(lemma(p) in lex.helped_inquiry_nouns for p in prep_objects(token, ("with",))):
        event_type = lex.inquiry_helping_to  # "was assisting police with their inquiries": cooperation
    if event_type == "REJECT" and trigger.kind == "verb" and lem in lex.norm_verbs:
        event_type = _violated(token, lex)  # "violated the ban" REJECT, "... the truce" FIGHT, "... sovereignty" none
    if event_type == "REJECT" and _rejects_hostile_act(trigger, lex):
        event_type = lex.rejected_to  # "rejected the Israeli aggression": a condemnation, not a refusal
    if event_type == lex.unarmed_fight_from and lem in lex.unarmed_fight_verbs and _fights_a_problem(token, lex):
        return None  # "we are working on ... fight against terrorism", "will battle the virus": a problem combated
    if event_type == lex.unarmed_fight_from and lem in lex.unarmed_fight_verbs and source is not None \
            and target is not None and source.sector in lex.unarmed_fight_political \
            and target.sector in lex.crackdown_targets:
        return lex.crackdown_type  # "the president is fighting the gangs": a crackdown on crime, no armed conflict
    if event_type == lex.unarmed_fight_from and lem in lex.unarmed_fight_verbs and not any(
            agent_sector(w) in lex.unarmed_fight_armed or lemma(w) in lex.unarmed_fight_armed_nouns
            for w in token.subtree):  # fmt: skip
        people = lem in (lex.unarmed_fight_people_nouns if trigger.kind == "noun" else lex.unarmed_fight_people_verbs)
        return _unarmed_fight(source, target, token.doc, ctx, people=people)  # (not "clashes between police and
        # protesters")
    return event_type


def _fights_a_problem(verb: Token, lex: Lexicon) -> bool:
    """What a verb of fighting is against (its object or "against" phrase) is a thing, no party, place or
    event ("fight against terrorism or organised crime", "battle the virus"; not "fought the rebels",
    "fighting the insurgency", nor a relative pronoun: "a battle which the Imam fought")."""
    fought = [f for f in (*child_all(verb, ("dobj", "obj")), *prep_objects(verb, ("against",))) if f.pos_ == "NOUN"]
    return bool(fought) and not any(is_actor_like(actor_head(f), lex) or names_place(f) or noun_type(f, lex) is not None
                                    for f in fought)  # fmt: skip


def _own_conduct(verb: Token, feeling: Token, lex: Lexicon) -> bool:
    """The feeling's "for" / "over" / "about" noun (on the noun or, as the parser often hangs it, on the
    verb) has a possessive pronoun that may be the verb's subject ("he showed regret for his behaviour";
    not "the mayor expressed regret over their decision")."""
    subject, first = child(verb, {"nsubj"}), verb
    while subject is None and first.dep_ == "conj" and first.head != first:
        first = first.head  # "he did not forward or sell the photographs and showed regret for his behaviour"
        subject = child(first, {"nsubj"})
    if subject is None:
        return False
    for host in (feeling, verb):
        for prep in host.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in lex.own_conduct_preps:
                for noun in child_all(prep, ("pobj",)):
                    for owner in (c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"):
                        kind = lex.pronouns.get(owner.lower_)
                        if kind is not None and (lex.pronouns.get(subject.lower_) == kind
                                                 or (subject.pos_ != "PRON" and agrees(actor_head(subject), kind, lex))):
                            return True
    return False


def _summons_type(verb: Token, source: Actor | None, ctx: ArticleContext) -> str | None:
    """The type of a summons (``summoned_parties``): of an envoy a protest to its state (unchanged);
    of anyone else by a court a legal action, by another body (an agency, the police, a commission)
    the start of questioning; by a person, by no one named, or of one's own staff, no event
    ("summoned his manager", "was summoned to the mayor")."""
    lex = ctx.lex
    summoned = child_all(verb, ("dobj", "obj", "nsubjpass"))
    if any(lemma(w) in lex.summoning_envoy_words for o in summoned for w in o.subtree):
        return lex.summoning_from
    if source is None or (source.entity_index is not None and ctx.entities.entities[source.entity_index].label == "PERSON"):
        return None
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for o in summoned for c in o.children):
        return None  # "the hotel owner summoned his manager": one's own staff
    if source.sector in lex.summoning_court_sectors:
        return lex.summoning_court_type
    return lex.summoning_type


def _unarmed_fight(source: Actor | None, target: Actor | None, doc: Doc, ctx: ArticleContext, *,
                   people: bool) -> str | None:
    """A fight or clash with no armed party nor state on either side is no armed conflict (the PLOVER
    manual's FIGHT; gangs and militias are armed): between political actors it is a verbal clash
    ("the senator clashed with the justice minister over the vetting unit": DISAPPROVE), between
    persons, firms or others a contest ("Godoy fought Louis in an exhibition bout", "the company will
    fight the charges": none), between private people named by a plural common noun their violence
    when ``people`` (the words that switch: "clashes between street vendors", "fans clashed with
    residents": ASSAULT, two-sided, as the manual has clashes with knives or rocks); with no side
    known ("fighting between rival drug groups") it stays."""
    lex = ctx.lex
    sides = [a for a in (source, target) if a is not None]
    labels = [ctx.entities.entities[a.entity_index].label if a.entity_index is not None else None for a in sides]
    if any(a.sector in lex.unarmed_fight_armed or label in ("GPE", "NORP") for a, label in zip(sides, labels)):
        return lex.unarmed_fight_from
    known = [a for a, label in zip(sides, labels) if a.sector is not None or label in ("PERSON", "ORG")]
    if people and not known and sides and all(_private_people(a, doc, lex) for a in sides):
        return lex.unarmed_fight_people_to
    if not known:
        return lex.unarmed_fight_from
    sectors = [a.sector for a in known if a.sector is not None]
    if sectors and all(sector in lex.unarmed_fight_political for sector in sectors):
        return lex.unarmed_fight_to  # (a person the knowledge base does not place clashing with a minister: the same)
    return None


def _hostile_resolve(noun: Token, lex: Lexicon) -> bool:
    """A willingness noun whose infinitive is a hostile act by its verb and object, or by its verb when its
    object is no event ("desire to fight the smugglers", "readiness to crush the rebellion"; not "desire to
    join the European Union", "willingness to hold talks")."""
    for act in noun.children:
        if act.dep_ in ("acl", "relcl") and is_infinitive(act):
            objects = [o for o in act.children if o.dep_ in ("dobj", "obj")]
            paired = [t for o in objects if (t := lex.verb_objects.get(f"{lemma(act)} {lemma(o)}")) is not None]
            if paired or any(noun_type(o, lex) is not None for o in objects):
                return any(t in HOSTILE_TYPES for t in paired)  # ("readiness to hold talks": the talks')
            return lex.verbs.get(lemma(act)) in HOSTILE_TYPES
    return False


def _courted_people(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """Private people by the actor's own words: a plural common noun of persons with no entity, political sector
    (``travelling_parties.sectors``) or antecedent, and no state or people of a place named on it ("the players",
    "a number of employees", "women"; not "the soldiers", "the people of Kenya", "Kenyan voters")."""
    if actor_ is None or actor_.entity_index is not None or actor_.sector in ctx.lex.travelling_sectors \
            or actor_.resolved is not None or not _private_people(actor_, doc, ctx.lex):
        return False
    head = _actor_root(actor_, doc)
    return head is not None and not any(
        w.ent_type_ in ("GPE", "NORP") or (w.dep_ == "prep" and w.lower_ == "of") for w in head.subtree if w != head)


def _private_people(actor: Actor, doc: Doc, lex: Lexicon) -> bool:
    """The actor's own words are a plural common noun of persons or of a group of them ("street vendors",
    "rival fans", "warring families"; not "rival groups", nor a pronoun)."""
    head = _actor_root(actor, doc)
    if head is None:
        return False
    return head.tag_ == "NNS" and (lemma(head) in lex.person_nouns or lemma(head) in lex.unarmed_fight_people_groups)


_GATHERINGS = frozenset({"crowd", "group", "gathering", "camp"})  # (columns and convoys are of_filler's already)


def _threatened_with(trigger: Trigger, event_type: str, lex: Lexicon) -> bool:
    """An agentless passive threat of a hostile act ("was threatened with arrest", "were threatened with
    dismissal if they did not cooperate"): the threat is made, by whoever the story leaves unnamed (the
    articles code agentless passives with no source); "threatened species", "feel threatened" are none."""
    token = trigger.token
    if event_type != "THREATEN" or trigger.kind != "verb" or token.tag_ != "VBN" or child(token, PASSIVE_SUBJ) is None:
        return False
    return any(noun_type(o, lex) in HOSTILE_TYPES or lemma(o) in lex.patient_owner_nouns
               for o in prep_objects(token, ("with",)))


def _unarmed_target(verb: Token, lex: Lexicon) -> bool:
    """The verb's on / at / into phrase names unarmed people ("a crowd of protesters", "villagers"),
    a vehicle carrying people ("a minibus carrying pilgrims") or a place where civilians gather
    ("opened fire inside a mosque"); not its object ("fired 300 workers" dismissed them), except for
    verbs of killing ("shot dead 20 peasants")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    hosts = [verb, *objects]  # ("opened fire on": on "fire")
    things = [p for host in hosts for c in host.children
              if c.dep_ == "prep" and c.lower_ in lex.unarmed_preps and (p := child(c, {"pobj"})) is not None]
    if lemma(verb) in lex.unarmed_object_verbs:
        things += objects  # "paramilitaries shot dead 20 peasants"
        things += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "a teacher was shot dead by soldiers"
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            things.append(verb.head)  # "two vendors shot by soldiers": the reduced passive's noun
    if any(c.dep_ == "prep" and c.lower_ in lex.unarmed_site_preps and any(
            lemma(w) in lex.unarmed_sites for w in (of_filler(p), *(m for m in of_filler(p).lefts if m.dep_ == "compound")))
           for host in hosts for c in host.children if (p := child(c, {"pobj"})) is not None):  # fmt: skip
        return True  # "gunmen opened fire inside a mosque", "fired into the market": where civilians gather
    for thing in things:
        filler = of_filler(thing)
        if lemma(thing) in _GATHERINGS:  # "a crowd of mourners": the mourners (not "a crowd in the square")
            of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            filler = child(of, {"pobj"}) or thing if of is not None else thing
        if lemma(thing) in lex.unarmed_nouns or lemma(filler) in lex.unarmed_nouns:
            return True
        if thing.ent_type_ == "NORP" and thing.tag_ == "NNPS" and any(c.like_num for c in thing.children):
            return True  # "shot dead two Palestinians": counted people of a nation, no armed party
        if lemma(thing) in lex.unarmed_vehicles and any(c.dep_ == "acl" for c in thing.children):
            return True  # "a minibus carrying pilgrims"
    return False


def _armed_target(verb: Token, lex: Lexicon) -> bool:
    """The verb's object or on-phrase is a military site or unit ("an army garrison", "the
    barracks", "a military convoy")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and (p := child(c, {"pobj"})) is not None]
    for thing in things:
        head = lemma(thing)
        if head in lex.armed_sites or (head in lex.armed_hosts and any(
                c.dep_ in ("compound", "amod") and lemma(c) in lex.armed_modifiers for c in thing.children)):
            return True
    return False


def _taken_in_fighting(verb: Token, trigger: Trigger, lex: Lexicon) -> bool:
    """A place taken (the verb's object, or the place of "seized control of X") from forces ("from
    Azerbaijani troops", "from the rebels") or in fighting ("after weeks of fighting", "in heavy
    clashes"): a fight, not an occupation."""
    from_forces = in_fighting = False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        noun = child(prep, {"pobj"})
        if noun is not None and prep.lower_ == "from":
            from_forces |= lemma(of_filler(noun)) in lex.force_units or agent_sector(noun) in lex.armed_sectors
        elif noun is not None and prep.lower_ in lex.fought_capture_preps:
            in_fighting |= noun_type(of_filler(noun), lex) == lex.fought_capture_type
    places = [o for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    if trigger.kind == "phrase":
        places.append(trigger.end_token)
    if any(lemma(p) in lex.military_sites for p in places):
        return True  # "seized the fortress at Magdala": a work of war, fought for whoever held it
    return (from_forces or in_fighting) and any(
        is_place_token(p) or lemma(p) in lex.control_sites
        or (p.pos_ == "PROPN" and p.ent_type_ != "NORP" and (p.ent_type_ != "PERSON" or from_forces))
        for p in places)  # (a name the NER took for a person, taken from forces: "captured Kelbajar from ...")


def _drill_partner(noun: Token, source: Actor | None, target: Actor | None, lex: Lexicon) -> bool:
    """Military exercises held with another party: a "joint" / "combined" modifier, a target ("war
    games with Thailand") or coordinated sources ("Egypt and Jordan held exercises")."""
    if any(c.dep_ == "amod" and c.lower_ in lex.drill_partner_words for c in noun.children):
        return True
    named = target is not None and (target.entity_index is not None or target.sector is not None)  # (not "Monday")
    return named or (source is not None and " and " in source.text)


def _own_object(verb: Token, target: Actor | None) -> bool:
    """The target is the verb's own object or passive subject ("questioned the suspect", "the
    suspect was questioned"), not a party inside it ("questioned the legality of the deal with the
    company")."""
    if target is None:
        return False
    return any(target.start <= c.idx < target.end for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass"))


def _rebuked(verb: Token, lex: Lexicon) -> bool:
    """A warning given to a party (its object) for or over a matter or a deed of its own ("warned the MLA for
    his statements", "cautioned its spokesman over his remarks"); not a warning to no one ("a severe weather
    warning for central parts of the state") nor one with a saying ("cautioned, noting that ...")."""
    obj = child(verb, {"dobj", "obj"})
    return obj is not None and is_actor_like(actor_head(obj), lex) and _grievance_phrase((verb, obj), lex)


def _grievance_phrase(hosts: Iterable[Token], lex: Lexicon) -> bool:
    """An "over" / "for" phrase on one of ``hosts`` that names a matter, not a span of time ("over his
    remarks"; not "over the weekend", "for hours"), or a deed ("for raising fuel prices")."""
    for prep in (c for host in hosts for c in host.children):
        if prep.dep_ == "prep" and prep.lower_ in lex.verbal_attack_preps:
            matter = child(prep, {"pobj"})
            if matter is not None and matter.ent_type_ not in ("DATE", "TIME", "CARDINAL", "GPE", "LOC") \
                    and lemma(matter) not in lex.time_spans and not matter.like_num:
                return True
            if any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
                return True  # a deed as the grievance: "attacked the ruling party for raising fuel prices"
    return False


def _grievance(verb: Token, lex: Lexicon) -> bool:
    """An "over" / "for" phrase of the verb (or of its object) that names a matter, not a span of
    time ("attacked the minister over his remarks"; not "over the weekend", "for hours"), or a deed
    ("for failing to control inflation"); or a
    participle of saying with its own clause ("attacked the IMF, saying its prescriptions had
    deepened the crisis")."""
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and ((lemma(c) in lex.reporting and any(
            g.dep_ == "ccomp" for g in c.children)) or (lemma(c) in lex.characterising and any(
            g.dep_ in ("oprd", "ccomp", "dobj") for g in c.children))) for c in verb.children):  # fmt: skip
        return True  # ("attacked the press, calling reporters 'political hitmen'")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    hosts = [verb, *objects, *(g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "on"
                               for g in p.children if g.dep_ == "pobj")]  # ("an attack on the minister for ...")
    return _grievance_phrase(hosts, lex)


def _violated(verb: Token, lex: Lexicon) -> str | None:
    """What violating its object is: defying a norm (REJECT), breaking a truce (FIGHT), or no event."""
    for thing in child_all(verb, ("dobj", "obj", "nsubjpass")):
        lem = lemma(of_filler(thing))
        if lem in lex.truces:
            return lex.truce_type
        if lem in lex.norms or any(lemma(c) in lex.norms for c in thing.children if c.dep_ == "compound"):
            return "REJECT"
    return None


def _rejects_hostile_act(trigger: Trigger, lex: Lexicon) -> bool:
    """The trigger rejects a hostile act ("rejected the attack", "repudiated the violence",
    "expressed its rejection of the aggression"): its object, or the "of" phrase of a rejection noun."""
    word = trigger.end_token if trigger.kind == "phrase" else trigger.token
    if lemma(word) not in lex.rejecting_words:
        return False
    if word.pos_ in ("NOUN", "PROPN"):
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        things = child_all(prep, ("pobj",)) if prep is not None else []
    else:
        things = child_all(word, ("dobj", "obj", "nsubjpass"))
    for thing in things:
        thing = of_filler(thing)
        lem = lemma(thing)
        if noun_type(thing, lex) in lex.rejected_types or lem in lex.rejected_nouns \
                or lex.evaluative.get(lem) == "DISAPPROVE" or lex.evaluative.get(thing.lower_) == "DISAPPROVE":
            return True
    return False


def _content_lemma(trigger: Trigger) -> str:
    """The noun a demand asks for: "called for sanctions", "demanded the punishment of"."""
    end = trigger.end_token
    if end.dep_ == "prep":
        pobj = child(end, {"pobj"})
        return lemma(pobj) if pobj is not None else ""
    obj = child(trigger.token, {"dobj"})
    return lemma(obj) if obj is not None else ""


def _addressed_audience(prep: Token) -> bool:
    """The preposition's object is the audience a speaker addresses ('"I call on you to remain calm,"
    the minister said'): someone is asked, though no party is named (a talk "to you" is the
    reporter's interview, no contact)."""
    return any(c.dep_ == "pobj" and c.lower_ == "you" for c in prep.children)


def _is_party(actor_: Actor | None, ctx: ArticleContext, *, places: bool = True) -> bool:
    """An actor that can be held, received or visited: not a building or a region (with
    ``places=False``, not a country or city either: "officials", not "Nairobi")."""
    if actor_ is None:
        return False
    excluded = ("FAC", "LOC") if places else ("FAC", "LOC", "GPE")
    if actor_.entity_index is not None:
        return ctx.entities.entities[actor_.entity_index].label not in excluded
    return places or not geo.is_place(actor_.text)


def _passage_blocked(token: Token, lex: Lexicon) -> bool:
    """The verb's object, or the place of its "access to", is a way through (``blocked_passages``)."""
    for obj in child_all(token, ("dobj", "obj", "nsubjpass")):
        if lemma(obj) in lex.passages:
            return True
        if lemma(obj) == "access" and any(lemma(p) in lex.passages for prep in obj.children
                                           if prep.dep_ == "prep" and prep.lower_ == "to"
                                           for p in prep.children if p.dep_ == "pobj"):  # fmt: skip
            return True
    return False


_SOURCE_KINDS = ("armed", "state", "civilian", "crowd", "person")  # what _source_kind returns for a source (crowd:
# see _crowd; person: a named person as the subject of a transitive verb of source_types with a "person" key)
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY", "UAF", "INS"})  # (militias, insurgents: "militias torched homes")
_STATE_SECTORS = frozenset({"GOV", "JUD", "IGO", "LEG"})
_FIGHTING_SECTORS = _ARMED_SECTORS  # (their "attacks" are no words: "fighters attacked positions")
_MILITARY_SECTORS = _FIGHTING_SECTORS - {"COP"}  # (a crowd facing the army or rebels fights; facing police it riots)


def _named_conflict(noun: Token, lex: Lexicon) -> bool:
    """A conflict noun that names a state or an armed party of its own: a modifier ("the Ukraine-Russia conflict", "the
    Syrian conflict", "armed conflict" of ``noun_compounds``) or a "between" or "with" party."""
    return any((c.dep_ in ("amod", "compound") and (c.ent_type_ in ("GPE", "NORP") or f"{lemma(c)} {lemma(noun)}" in
                lex.noun_compounds or geo.country_code(c.text, allow_city=False) is not None))
               or (c.dep_ == "prep" and c.lower_ in ("between", "with")) for c in noun.children)


def _state_or_armed(source: Actor | None, ctx: ArticleContext) -> bool:
    """The source is a state named as such (a country, a nationality) or an armed party: not a person of a government
    ("the president"), a body or anyone else (``state_conflicts``)."""
    if source is None:
        return False
    if source.sector in _ARMED_SECTORS:
        return True
    label = ctx.entities.entities[source.entity_index].label if source.entity_index is not None else None
    if label in ("GPE", "NORP"):
        return True
    parts = source.text.split("-") if " " not in source.text else [source.text]  # ("Israeli-Palestinian")
    return label is None and any(geo.country_code(part, allow_city=False) is not None for part in parts)


def _nationality(source: Actor, ctx: ArticleContext) -> bool:
    """The source is a nationality adjective, one word ("Israeli strikes", "the Turkish bombing"; not "Turks")."""
    return source.entity_index is not None and ctx.entities.entities[source.entity_index].label == "NORP" \
        and " " not in source.text and not source.text.endswith("s")


def _source_kind(source: Actor | None, ctx: ArticleContext) -> str:
    """"armed" for armed forces, police and armed groups, "state" for states and their other
    agencies, "civilian" for everyone else; "" without a source."""
    if source is None:
        return ""
    if source.sector in _ARMED_SECTORS:
        return "armed"
    if source.sector in _STATE_SECTORS:
        return "state"
    if source.entity_index is not None and ctx.entities.entities[source.entity_index].label in ("GPE",):
        return "state"
    if _nationality(source, ctx):
        return "state"  # a nationality adjective as the act's author: "Israeli strikes", "the Turkish raids"
    return "civilian"


def _operation_type(noun: Token, source: Actor | None, lex: Lexicon) -> str | None:
    """The type of operations launched or carried out (``security_operations``): search, rescue or
    relief operations use no force (None); terrorist operations are attacks (ASSAULT); intelligence
    operations and those of states, security forces or the police, unspecified, are coercion
    (COERCE; the articles' conventions: "security forces carried out a number of operations against
    Israel"); operations called military, ground, air ... or run by an army or rebels are a use of
    force (FIGHT: "the army launched a military operation against the rebels")."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & lex.civil_operation_words:
        return None
    if words & lex.attack_operation_words:
        return lex.attack_operation_type
    if words & lex.security_operation_words:
        return lex.security_operation_type
    if words & lex.military_operation_words or (source is not None and source.sector in lex.military_operation_sectors):
        return lex.military_operation_type
    return lex.security_operation_type


def _crowd(actor_: Actor | None, ctx: ArticleContext, other: Actor | None = None) -> bool:
    """A crowd of ordinary people: civilians, students, workers, farmers, protesters, mobs (a sector
    of ``crowd_sectors``) facing no one, the police or other people, not an army or armed group
    ("villagers clashed with troops" is a fight); or a people named by its nationality or faith in
    the plural ("Venezuelans") facing the police or such a crowd ("Kurds clash in Iraq", "Armenians
    and Azerbaijanis fought" are no riots). Their clashes, torching and looting are riots (CAMEO
    145), not fights between armed parties."""
    if actor_ is None:
        return False
    if not _plural_people(actor_, ctx):
        return actor_.sector in ctx.lex.crowd_sectors and (other is None or other.sector not in _MILITARY_SECTORS)
    return other is not None and (other.sector == "COP" or other.sector in ctx.lex.crowd_sectors)


def _plural_people(actor_: Actor, ctx: ArticleContext) -> bool:
    """A people named in the plural ("Venezuelans", a NORP) or a plural of no sector the knowledge
    base knows ("striking dockers", "miners", truecased or not)."""
    label = ctx.entities.entities[actor_.entity_index].label if actor_.entity_index is not None else None
    return actor_.text.endswith("s") and (label == "NORP" or (actor_.sector is None and label in (None, "ORG")))


def _one_person(actor_: Actor | None, doc: Doc, ctx: ArticleContext) -> bool:
    """One person: named by an entity, or one private person (``_one_private_person``: "her", "the girl")."""
    if actor_ is not None and actor_.entity_index is not None:
        return ctx.entities.entities[actor_.entity_index].label == "PERSON"
    return _one_private_person(actor_, doc, ctx)


def _public_party(actor_: Actor | None, ctx: ArticleContext) -> bool:
    """A state, a body of one or of many, a party or an armed group: a sector of
    ``helped_clauses.public_sources``, a KB actor, an international body, or a country, a nationality
    or an organisation by its entity."""
    if actor_ is None:
        return False
    if actor_.sector in ctx.lex.public_sources or actor_.actor_id is not None or actor_.country == "IGO":
        return True  # (a KB actor, an international body: "the UN agency")
    label = ctx.entities.entities[actor_.entity_index].label if actor_.entity_index is not None else None
    return label in ("GPE", "NORP", "ORG")


def _body_named(actor_: Actor | None, lex: Lexicon) -> bool:
    """The actor's name has a word of a body, public or private ("the institution", "the Ministry of Public
    Education", "the association": ``private_cooperation.bodies``), or the actor has a sector or a country said
    of it ("Norwegian crews", "Jordanian intelligence"; not the story's home country given by default; the caller
    leaves out one person by a common noun: "the Riga trader")."""
    if actor_ is None:
        return False
    if actor_.sector is not None or (actor_.country is not None and not actor_.home_by_default):
        return True
    return any(w in lex.cooperating_bodies for w in actor_.name.lower().split())


def _one_person_noun(actor_: Actor, doc: Doc, lex: Lexicon) -> bool:
    """The actor's words, or its antecedent's, are headed by one person by a common noun ("the Riga trader", "a
    Latvian student")."""
    if actor_.resolved_start is not None and actor_.resolved_end is not None:
        span = doc.char_span(actor_.resolved_start, actor_.resolved_end, alignment_mode="expand")
        root = span.root if span is not None else None
    else:
        root = _actor_root(actor_, doc)
    return root is not None and root.tag_ == "NN" and lemma(root) in lex.person_nouns


def _state_body(actor_: Actor | None, doc: Doc, ctx: ArticleContext, named: bool = True) -> bool:
    """The actor is a body of the state: by its words (a commission, prosecutors, a ministry, the
    authorities: ``state_filings.bodies``, ``inquiry_reporters.nouns``) or, ``named`` of the state,
    as a named party that is no person ("the ACC"; not "a local Awami League leader", "Md Atiqul Alam")."""
    if actor_ is None:
        return False
    words = {w.lower().removesuffix("s") for w in re.findall(r"[\w-]+", actor_.name)}
    if words & {w.removesuffix("s") for w in ctx.lex.state_filing_bodies}:
        return True
    root = _actor_root(actor_, doc)
    return named and actor_.entity_index is not None and ctx.entities.entities[actor_.entity_index].label != "PERSON" \
        and root is not None and lemma(root) not in ctx.lex.person_nouns


def _party_kind(actor_: Actor | None, ctx: ArticleContext, source: Actor | None = None) -> str:
    """"person" for people and groups of people, "envoy" for diplomats, "place" for sites, "state" for
    countries, governments and another country's organisations, "organisation" for the others: a
    party, movement or group at home ("banned Iraq's airline" is a sanction, "banned the Islamic
    Salvation Front" repression)."""
    if actor_ is None:
        return ""
    last = actor_.text.split()[-1] if actor_.text.split() else ""
    head = actor_.text.split(" of ")[0].split()[-1].lower() if actor_.text.split() else ""  # ("neighbourhood of X")
    if head in ctx.lex.control_sites or head.removesuffix("s") in ctx.lex.control_sites:
        return "place"  # "captured a rebel-held neighbourhood": a site taken, no person captured
    titles = [w.lower() for w in actor_.text.split(" of ")[0].split()]  # ("Ambassador John Smith": his title)
    if any(w in ctx.lex.envoy_nouns or w.removesuffix("s") in ctx.lex.envoy_nouns for w in [last.lower()] + titles):
        return "envoy"  # "expelled two diplomats": their state's representatives (a sanction, not repression)
    if last[:1].islower() and last.endswith("s"):
        return "person"  # "four Congress members", "the suspended MPs": people, whatever their body
    label = ctx.entities.entities[actor_.entity_index].label if actor_.entity_index is not None else None
    if label == "PERSON":
        return "person"  # "former mayor Alice Guo": a named official is a person
    if label in ("ORG", "NORP") and actor_.sector != "GOV" and not _foreign(actor_, source):
        return "organisation"
    if label in ("GPE", "ORG", "NORP"):
        return "state"
    if actor_.sector in ("GOV", "IGO") and not actor_.name.lower().endswith(("s", "er")) \
            and head not in ctx.lex.person_nouns:
        return "state"  # (not a person by title: "the emperor was captured", "arrested the king")
    return "person"


_MISSION_CUT = re.compile(r" (?:from|in|on|at|with|based) ")  # where an actor phrase's head part ends
_MEMBER_WORDS = frozenset({"members", "member", "staff", "personnel", "officials", "employees", "part"})
_OUTSIDE_BODIES = frozenset({"IGO", "NGO"})  # the KB's codes of international and non-governmental bodies


def _mission(actor_: Actor | None, lex: Lexicon) -> bool:
    """The actor is a foreign mission or its members: inspectors, observers, peacekeepers, aid
    agencies (``expelling_orders.missions``), or an international or non-governmental body; sending
    them away reduces relations (CAMEO 166x)."""
    if actor_ is None:
        return False
    if actor_.country in _OUTSIDE_BODIES:
        return True  # an international or non-governmental body ("the U.N.", "the Red Cross")
    parts = _MISSION_CUT.split(actor_.text.lower())[0].split(" of ")  # ("peacekeepers from the United States")
    head = parts[0].split()
    if len(parts) > 1 and head and head[-1] in _MEMBER_WORDS:
        head = parts[1].split()  # "members of the U.N. peacekeeping mission": the mission
    last = head[-1] if head else ""
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    return bool(last) and (last in lex.expel_missions or singular in lex.expel_missions)


def _outsider(actor_: Actor | None, ctx: ArticleContext, source: Actor | None,
              loose: frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """The actor is an outside party a state lets in (CAMEO 086): a mission, an envoy, an
    international or non-governmental body, or a phrase with an outsider's word ("foreign aid
    workers", "an international peacekeeping force"; not one of ``loose``)."""
    if actor_ is None:
        return False
    if _mission(actor_, ctx.lex) or _party_kind(actor_, ctx, source) == "envoy" or actor_.sector in _OUTSIDE_BODIES:
        return True  # (a body's KB code, in its country, is the mission's test)
    text = f" {actor_.text.lower()} "
    return any(f" {word} " in text for word in ctx.lex.outsider_words - loose)


def _foreign(actor_: Actor, source: Actor | None) -> bool:
    """The actor is of a country (not "INT", an international body's) other than the source's."""
    countries = (source.country if source is not None else None, actor_.country)
    return None not in countries and "INT" not in countries and countries[0] != countries[1]


def _confidence(trigger: Trigger, source: Actor | None, target: Actor | None, mode: str, lex: Lexicon) -> float:
    conf = lex.confidence
    value = conf.get(trigger.kind, conf["verb"])
    value += conf["source_bonus"] if source is not None else 0.0
    value += conf["target_bonus"] if target is not None else 0.0
    value -= conf["mode_penalty"] if mode in ("negated", "hypothetical") else 0.0
    value -= conf["cameo_penalty"] if trigger.source_lexicon == "cameo" else 0.0
    return round(min(0.99, max(0.05, value)), 3)


def one_per_actor_pair(events: list[Event]) -> list[Event]:
    """One event per (type, source, target) in a sentence, the most confident (ties: the first);
    an event without a target is dropped when the same type and source has one with a target."""
    best: dict[tuple[str, str, str], Event] = {}
    for event in events:
        key = (event.event_type, event.source.key() if event.source else "", event.target.key() if event.target else "")
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    kept = [e for e in events if best.get(_key(e)) is e]
    with_target = {(e.event_type, e.source.key()) for e in kept if e.source is not None and e.target is not None}
    return [e for e in kept if not (e.target is None and e.source is not None
                                    and (e.event_type, e.source.key()) in with_target)]  # fmt: skip


def _key(event: Event) -> tuple[str, str, str]:
    return (event.event_type, event.source.key() if event.source else "", event.target.key() if event.target else "")
