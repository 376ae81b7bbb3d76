"""Entity grouping within an article, on hand-made spans (with the model's own spans:
tests/integration/nlp/test_entities.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.nlp.entities import group_entities


def doc_with_ents(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_last_name_and_sub_span_join_the_full_name() -> None:
    doc = doc_with_ents(
        ["Putin", "met", "Vladimir", "Putin", "and", "Mr.", "Putin", "left", "."],
        ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"],
    )
    grouping = group_entities(doc)
    assert len(grouping.entities) == 1
    entity = grouping.entities[0]
    assert (entity.canonical, entity.label, entity.mention_count, entity.first_start) == (
        "Vladimir Putin",
        "PERSON",
        3,
        0,
    )
    assert [m.entity_index for m in grouping.mentions] == [0, 0, 0]


def test_labels_are_not_mixed() -> None:
    doc = doc_with_ents(["Jordan", "visited", "Jordan", "."], ["B-PERSON", "O", "B-GPE", "O"])
    grouping = group_entities(doc)
    assert [(e.canonical, e.label, e.country) for e in grouping.entities] == [
        ("Jordan", "PERSON", None),
        ("Jordan", "GPE", "JOR"),
    ]


def test_acronym_and_country_aliases() -> None:
    doc = doc_with_ents(
        ["The", "Palestine", "Liberation", "Organization", "met", "the", "PLO", "in", "the", "U.S.", "and",
         "the", "United", "States", "."],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "B-GPE", "O", "O", "B-GPE", "I-GPE", "O"],
    )  # fmt: skip
    grouping = group_entities(doc)
    assert [(e.canonical, e.mention_count) for e in grouping.entities] == [
        ("Palestine Liberation Organization", 2),
        ("United States", 2),
    ]
    assert grouping.entities[1].country == "USA"
    assert grouping.entity_index_at(doc[6].idx, doc[6].idx + 3) == 0


def test_canonical_prefers_mixed_case_over_dateline_caps() -> None:
    from pipeline.nlp.entities import _canonical_rank

    assert _canonical_rank("Moscow") > _canonical_rank("MOSCOW")
    assert _canonical_rank("NATO") == _canonical_rank("Nato")  # short acronyms are not shouting
    assert _canonical_rank("Vladimir Putin") > _canonical_rank("Putin")


# --- span repair: one test sentence per rule (none from the dev sets) ------------------------------


def _repaired(words: list[str], ents: list[str], *repairs: str, published: str | None = None,
              casing: str | None = None) -> list[tuple[str, str]]:
    import datetime as dt

    from pipeline.nlp.entities import CASING_KEY, PUBLISHED_KEY, REPAIRS, repair_spans

    doc = doc_with_ents(words, ents)
    if published:
        doc.user_data[PUBLISHED_KEY] = dt.date.fromisoformat(published)
    if casing:
        doc.user_data[CASING_KEY] = casing
    repair_spans(doc, repairs=repairs or REPAIRS)
    return [(e.text, e.label_) for e in doc.ents]


def test_repair_grows_a_name_cut_short_to_the_kb_name() -> None:
    words = ["Fighters", "of", "the", "Islamic", "state", "group", "retreated", "."]
    ents = ["O", "O", "O", "B-NORP", "O", "O", "O", "O"]
    # restored text: "state" in lower case; the group exists in 2016, not in 1996, and without a date
    # a lower-case word never joins
    assert _repaired(words, ents, "kb_spans", published="2016-03-01") == [("Islamic state", "ORG")]
    assert _repaired(words, ents, "kb_spans", published="1996-03-01") == [("Islamic", "NORP")]
    assert _repaired(words, ents, "kb_spans") == [("Islamic", "NORP")]
    words = ["Sri", "Lanka", "-", "based", "firms", "."]  # a name never ends on punctuation
    assert _repaired(words, ["B-GPE", "I-GPE", "O", "O", "O", "O"], "kb_spans") == [("Sri Lanka", "GPE")]
    words = ["U.S.", "President", "Barack", "Obama", "spoke", "."]  # nor grows over a title
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _repaired(words, ents, "kb_spans") == [("U.S.", "GPE"), ("Barack Obama", "PERSON")]
    words = ["Hosni", "Mubarak", "resigned", "."]  # the first name left out
    assert _repaired(words, ["O", "B-PERSON", "O", "O"], "kb_spans") == [("Hosni Mubarak", "PERSON")]


def test_repair_does_not_grow_a_nationality_with_a_common_noun() -> None:
    words = ["The", "Russian", "army", "withdrew", "."]  # "RUSSIAN_ARMY"-like KB names must not swallow nouns
    assert _repaired(words, ["O", "B-NORP", "O", "O", "O"], "kb_spans") == [("Russian", "NORP")]


def test_repair_makes_a_name_with_a_facility_word_a_facility() -> None:
    words = ["Troops", "left", "Bagram", "air", "base", "on", "Friday", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "B-DATE", "O"]
    assert _repaired(words, ents, "facilities") == [("Bagram air base", "FAC"), ("Friday", "DATE")]
    words = ["It", "shelled", "the", "Syrian", "port", "of", "Baniyas", "."]  # the port is Baniyas's
    ents = ["O", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"]
    assert _repaired(words, ents, "facilities") == [("Syrian", "NORP"), ("Baniyas", "GPE")]
    words = ["The", "U.S.", "embassy", "closed", "."]  # a country's embassy is not a named facility
    assert _repaired(words, ["O", "B-GPE", "O", "O", "O"], "facilities") == [("U.S.", "GPE")]
    words = ["Flights", "left", "Belgrade", "airport", "."]  # a city's airport: the city stays the city
    assert _repaired(words, ["O", "O", "B-GPE", "O", "O"], "facilities") == [("Belgrade", "GPE")]


def test_repair_relabels_a_kb_full_name() -> None:
    words = ["Yoweri", "Museveni", "won", "again", "."]
    assert _repaired(words, ["B-ORG", "I-ORG", "O", "O", "O"], "kb_labels") == [("Yoweri Museveni", "PERSON")]
    words = ["Jordan", "scored", "."]  # one word is too little evidence: a person may be called Jordan
    assert _repaired(words, ["B-PERSON", "O", "O"], "kb_labels") == [("Jordan", "PERSON")]


def test_repair_trims_titles_off_person_spans() -> None:
    words = ["Prime", "Minister", "Theresa", "May", "spoke", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert _repaired(words, ents, "titles") == [("Theresa May", "PERSON")]
    words = ["Dean", "Jones", "and", "Christian", "Karembeu", "scored", "."]  # first names, not titles
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _repaired(words, ents, "titles") == [("Dean Jones", "PERSON"), ("Christian Karembeu", "PERSON")]


def test_repair_adds_country_names_ner_missed() -> None:
    words = ["Traders", "from", "Uzbekistan", "and", "us", "met", "in", "Dushanbe", "."]
    ents = ["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    assert _repaired(words, ents, "countries") == [("Uzbekistan", "GPE"), ("Dushanbe", "GPE")]  # not the pronoun


def test_repair_makes_a_nationality_tagged_as_a_person_a_nationality() -> None:
    words = ["Kenyan", "runners", "won", "."]
    assert _repaired(words, ["B-PERSON", "O", "O", "O"], "demonyms") == [("Kenyan", "NORP")]
    words = ["New", "Zealand", "won", "."]  # also the name of the country: it stays a place
    assert _repaired(words, ["B-GPE", "I-GPE", "O", "O"], "demonyms") == [("New Zealand", "GPE")]


def test_repair_finds_a_name_again_where_ner_missed_it() -> None:
    words = ["Shelling", "hit", "Kramatorsk", "station", ".", "\n", "Kramatorsk", "station", "reopened", "."]
    ents = ["O", "O", "B-FAC", "I-FAC", "O", "O", "O", "O", "O", "O"]
    assert _repaired(words, ents, "propagate") == [("Kramatorsk station", "FAC"), ("Kramatorsk station", "FAC")]
    words = ["May", "said", "it", "may", "rain", "."]  # only the same words, with the same capitals
    assert _repaired(words, ["B-PERSON", "O", "O", "O", "O", "O"], "propagate") == [("May", "PERSON")]


# --- grouping, titles, links, countries and keys -----------------------------------------------


def _group(words: list[str], ents: list[str], published: str | None = "2010-06-01") -> list[tuple]:
    import datetime as dt

    doc = doc_with_ents(words, ents)
    grouping = group_entities(doc, published=dt.date.fromisoformat(published) if published else None)
    return [(e.canonical, e.label, e.country, e.key, e.country_source) for e in grouping.entities]


def test_surname_with_particle_joins_the_full_name_and_the_kb_key() -> None:
    words = ["Bashar", "al", "-", "Assad", "met", "envoys", ".", "Assad", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O"]
    [entity] = _group(words, ents)
    assert entity == ("Bashar al-Assad", "PERSON", "SYR", "phx:bashar_al_assad", "kb")


def test_dateline_capitals_are_the_same_place() -> None:
    words = ["KABUL", "(", "Reuters", ")", "-", "Talks", "in", "Kabul", "ended", "."]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O"]
    kabul = _group(words, ents)[0]
    assert kabul == ("Kabul", "GPE", "AFG", "GPE:kabul", "kb")  # a place listed under Afghanistan: its own key


def test_two_names_of_one_kb_actor_are_one_entity() -> None:
    words = ["ISIL", "fighters", "said", "the", "Islamic", "State", "would", "regroup", "."]
    ents = ["B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert _group(words, ents, "2016-01-01") == [("Islamic State", "ORG", "IMG", "phx:islamic_state", "kb")]


def test_title_before_the_name_is_split_off_and_gives_the_country() -> None:
    import datetime as dt

    doc = doc_with_ents(["Kenyan", "Foreign", "Minister", "Amina", "Wanjiru", "spoke", "."],
                        ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    grouping = group_entities(doc, published=dt.date(2020, 1, 1))
    person = grouping.entities[1]
    assert (person.canonical, person.country, person.country_source, person.key) == (
        "Amina Wanjiru", "KEN", "modifier", "PERSON:amina wanjiru")
    assert [m.title for m in grouping.mentions] == [None, "Foreign Minister"]


def test_roles_follow_the_publication_date() -> None:
    import datetime as dt

    def mubarak(day: dt.date) -> tuple:
        doc = doc_with_ents(["Hosni", "Mubarak", "spoke", "."], ["B-PERSON", "I-PERSON", "O", "O"])
        e = group_entities(doc, published=day).entities[0]
        assert e.link is not None
        return e.country, e.sector, e.link.role_status

    assert mubarak(dt.date(2005, 1, 1)) == ("EGY", "GOV", "current")
    assert mubarak(dt.date(2017, 1, 1)) == ("EGY", None, "last_known")  # no made-up role after 2011


def test_nationalities_share_one_key() -> None:
    words = ["Kenyan", "officials", "and", "Kenyans", "agreed", "."]
    ents = ["B-NORP", "O", "O", "B-NORP", "O", "O"]
    keys = {e[3] for e in _group(words, ents)}
    assert keys == {"NORP:KEN"}


def test_a_group_takes_the_one_country_of_its_sentence() -> None:
    words = ["Zulu", "chiefs", "met", "in", "Durban", "with", "South", "African", "officials", "."]
    ents = ["B-NORP", "O", "O", "O", "B-GPE", "O", "B-NORP", "I-NORP", "O", "O"]
    assert _group(words, ents)[0][2:] == ("ZAF", "NORP:zulu", "context")
    words = ["Zulu", "chiefs", "flew", "from", "Durban", "to", "London", "."]  # two countries: no guess
    ents = ["B-NORP", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2] is None


def test_an_international_body_does_not_take_its_sentence_country() -> None:
    words = ["The", "World", "Jurists", "Council", "criticised", "Kenya", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2] is None


def test_a_person_takes_the_country_of_the_body_before_their_title() -> None:
    words = ["Arab", "League", "Secretary", "General", "Karim", "Haddad", "arrived", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _group(words, ents)[1][2:] == ("IGO", "PERSON:karim haddad", "modifier")


def test_countries_of_places_the_tables_do_not_know() -> None:
    words = ["Floods", "hit", "North", "Kivu", "province", "and", "the", "Tyumen", "Region", "."]
    ents = ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "B-GPE", "I-GPE", "O"]
    countries = [e[2] for e in _group(words, ents)]
    assert countries[1] == "RUS"  # "Tyumen" is listed under Russia in the KB
    words = ["Voters", "in", "Ankara", "'s", "Cankaya", "District", "Council", "chose", "."]
    ents = ["O", "O", "B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert _group(words, ents)[1][2:] == ("TUR", "ORG:cankaya district council", "modifier")


def test_an_organisation_known_without_its_generic_word() -> None:
    words = ["Hezbollah", "Party", "members", "marched", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "O"]
    assert _group(words, ents)[0][2:] == ("LBN", "phx:hezbollah", "kb")


def test_repair_reads_a_lone_surname_as_the_person_named_in_full() -> None:
    words = ["Omar", "Sharif", "Haddad", "won", ".", "\n", "Critics", "of", "Haddad", "protested", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O", "O"]
    assert _repaired(words, ents, "surnames") == [("Omar Sharif Haddad", "PERSON"), ("Haddad", "PERSON")]
    words = ["Henry", "Ford", "spoke", ".", "Toyota", "and", "Fordson", "fell", "."]  # only the same word
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "B-ORG", "O", "O"]
    assert _repaired(words, ents, "surnames") == [("Henry Ford", "PERSON"), ("Toyota", "ORG"), ("Fordson", "ORG")]


def test_titles_are_restored_like_bodies() -> None:
    from pipeline.nlp.enrich import restore_title

    assert restore_title("ecb s lagarde warns on u.s. tariffs", "restored") == "ECB's Lagarde warns on U.S. tariffs"
    assert restore_title("Fed Holds Rates Steady", "restored") == "Fed Holds Rates Steady"  # arrived cased: kept
    assert restore_title(None) is None and restore_title("  ") == "  "


def test_a_countrys_institution_is_not_the_country() -> None:
    words = ["The", "Kremlin", "said", "Russia", "would", "stay", "."]
    ents = ["O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    assert [e[3] for e in _group(words, ents)] == ["phx:kremlin", "phx:russian_federation"]
    words = ["Scotland", "and", "Britain", "voted", "."]  # a part is not the whole (the KB links both to the UK)
    assert _group(words, ["B-GPE", "O", "B-GPE", "O", "O"])[0][2] == "GBR"


def test_two_countries_are_two_entities_even_when_one_name_holds_the_other() -> None:
    words = ["Sudan", "and", "South", "Sudan", "signed", "."]
    ents = ["B-GPE", "O", "B-GPE", "I-GPE", "O", "O"]
    assert [(e[0], e[2]) for e in _group(words, ents, "2017-01-01")] == [("Sudan", "SDN"), ("South Sudan", "SSD")]
    assert _group(words, ents, "2010-06-01")[1][2] == "SDN"  # before July 2011 a region of Sudan, still its own entity


def test_a_place_a_prefix_extends_is_another_place() -> None:
    """"Africa" is not "South Africa" (a story on Africa counted its continent's mentions for South
    Africa), nor "Darfur" "West Darfur"; a name without the prefix still joins ("Gaza Strip" / "Gaza")."""
    words = ["South", "Africa", "and", "Africa", "met", ".", "Darfur", "and", "West", "Darfur", "."]
    ents = ["B-GPE", "I-GPE", "O", "B-LOC", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O"]
    grouped = _group(words, ents, "2017-01-01")
    assert [e[0] for e in grouped] == ["South Africa", "Africa", "Darfur", "West Darfur"]
    assert grouped[1][2] != "ZAF"
    words = ["Gaza", "Strip", "and", "Gaza", "."]
    assert [e[0] for e in _group(words, ["B-GPE", "I-GPE", "O", "B-GPE", "O"])] == ["Gaza Strip"]


def test_people_with_one_surname_and_different_first_names_are_two_people() -> None:
    words = ["Omar", "Haddad", "and", "his", "son", "Karim", "Haddad", "met", ".", "Haddad", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    doc = doc_with_ents(words, ents)
    grouping = group_entities(doc)
    assert [e.canonical for e in grouping.entities] == ["Omar Haddad", "Karim Haddad"]
    assert [m.entity_index for m in grouping.mentions] == [0, 1, 1]  # the lone surname: the latest one
    words = ["George", "W.", "Bush", "and", "G.", "Bush", "."]  # an initial agrees with the first name
    assert len(_group(words, ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])) == 1


def test_an_entity_links_by_its_longest_name_then_by_text_order() -> None:
    import datetime as dt

    from pipeline.nlp.actors import load_kb
    from pipeline.nlp.entities import Entity, Mention, _link

    def link(*names: str) -> str | None:
        entity = Entity(0, names[0], "GPE", len(names), 0)
        entity.mentions = [Mention(n, 10 * i, 10 * i + len(n), "GPE", 0, None, n) for i, n in enumerate(names)]
        found = _link(entity, load_kb(), dt.date(2017, 12, 11))
        return found.actor_id if found else None

    # never the iteration order of a set of names, which changes with the process's hash seed
    assert link("Kremlin", "Russia") == "phx:kremlin"
    assert link("Russia", "Kremlin") == "phx:russian_federation"
    assert link("Russia", "Russian Federation") == "phx:russian_federation"


def test_repair_drops_names_written_in_lower_case() -> None:
    words = ["The", "government", "of", "Norway", "met", "farmers", "."]
    ents = ["O", "B-ORG", "O", "B-GPE", "O", "B-NORP", "O"]
    assert _repaired(words, ents, "lowercase") == [("Norway", "GPE")]
    # restored text: lower case is the truecaser's guess, and a name the geo tables or the KB know
    # outweighs it; in original text it never does
    words = ["Lisbon", "backs", "turkey", "'s", "bid", "."]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O"]
    assert _repaired(words, ents, "lowercase", casing="restored") == [("Lisbon", "GPE"), ("turkey", "GPE")]
    assert _repaired(words, ents, "lowercase", casing="original") == [("Lisbon", "GPE")]


def test_repair_gives_a_defined_acronym_the_label_of_its_name() -> None:
    words = ["The", "Lakeside", "Farmers", "Cooperative", "(", "LFC", ")", "voted", ".", "LFC", "members", "left", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    assert _repaired(words, ents, "acronyms") == [("Lakeside Farmers Cooperative", "ORG"), ("LFC", "ORG"), ("LFC", "ORG")]
    words = ["The", "Lakeside", "Farmers", "Cooperative", "(", "TBA", ")", "voted", "."]  # not its initials
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O"]
    assert _repaired(words, ents, "acronyms") == [("Lakeside Farmers Cooperative", "ORG"), ("TBA", "PERSON")]


def test_acronym_may_leave_out_the_name_s_first_word() -> None:
    """ "the Kyzyl Farmers Cooperative ( FC )": the acronym spells the name after its first word; it
    takes the name's label and is the same entity; the first word is the only one it may skip at the front."""
    from pipeline.nlp.entities import _abbreviates, _same_entity

    assert _abbreviates("FC", "Kyzyl Farmers Cooperative") and _abbreviates("KFC", "Kyzyl Farmers Cooperative")
    assert not _abbreviates("C", "Kyzyl Farmers Cooperative") and not _abbreviates("CO", "Kyzyl Farmers Cooperative")
    assert not _abbreviates("CO", "The Kyzyl Farmers Cooperative")
    assert _same_entity("ORG", "CAR", "Tajik Committee for Agricultural Reform")
    assert not _same_entity("ORG", "FC", "Kyzyl Farmers Cooperative")  # two letters: all the initials
    words = ["The", "Kyzyl", "Farmers", "Cooperative", "(", "FC", ")", "voted", ".", "FC", "members", "left", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    assert _repaired(words, ents, "acronyms") == [("Kyzyl Farmers Cooperative", "ORG"), ("FC", "ORG"), ("FC", "ORG")]


def test_repair_reads_a_surname_tagged_as_a_place_as_the_person_unless_it_is_a_place() -> None:
    words = ["Ruth", "Okafor", "spoke", ".", "Voters", "backed", "Okafor", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O"]
    assert _repaired(words, ents, "surnames") == [("Ruth Okafor", "PERSON"), ("Okafor", "PERSON")]
    words = ["Ruth", "Jordan", "flew", "to", "Jordan", "."]  # the country stays the country
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]
    assert _repaired(words, ents, "surnames") == [("Ruth Jordan", "PERSON"), ("Jordan", "GPE")]


def test_repair_tags_a_lone_surname_of_a_person_named_in_full() -> None:
    words = ["President", "Ruth", "Okafor", "arrived", ".", "\n", "Okafor", "met", "the", "governor", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"]
    assert _repaired(words, ents, "lone_surnames") == [("Ruth Okafor", "PERSON"), ("Okafor", "PERSON")]
    words = ["Ruth", "Okafor", "spoke", ".", "President", "Okafor", "left", "."]  # after a title
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    assert _repaired(words, ents, "lone_surnames") == [("Ruth Okafor", "PERSON"), ("Okafor", "PERSON")]
    words = ["Ruth", "Okafor", "spoke", ".", "The", "Okafor", "Foundation", "and", "Jordan", "Jordan", "paid", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]  # inside a longer name
    assert _repaired(words, ents, "lone_surnames") == [("Ruth Okafor", "PERSON")]
    words = ["Ruth", "Jordan", "flew", "to", "Jordan", "."]  # a place stays untagged
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert _repaired(words, ents, "lone_surnames") == [("Ruth Jordan", "PERSON")]


def test_repair_gives_one_name_one_label_unless_it_is_a_place() -> None:
    words = ["Tembo", "sang", ".", "Tembo", "left", ".", "Fans", "of", "Tembo", "wept", "."]
    ents = ["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O"]
    assert [label for _, label in _repaired(words, ents, "consistency")] == ["PERSON"] * 3
    ents = ["B-PERSON", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O"]  # a tie: no majority
    assert _repaired(words, ents, "consistency") == [("Tembo", "PERSON"), ("Tembo", "ORG")]
    words = ["Russia", "beat", "Brazil", ".", "Russia", "and", "Russia", "'s", "coach", "."]  # a country and its team
    ents = ["B-ORG", "O", "B-ORG", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    assert [label for _, label in _repaired(words, ents, "consistency")] == ["ORG", "ORG", "GPE", "GPE"]


def test_an_agency_the_kb_knows_without_a_country_takes_none_from_its_dateline() -> None:
    words = ["MOSCOW", "(", "Reuters", ")", "-", "Talks", "in", "Moscow", "ended", "."]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O"]
    reuters = _group(words, ents)[1]
    assert reuters[0] == "Reuters" and reuters[2] is None


def test_a_kb_name_holding_the_title_links_before_the_bare_name() -> None:
    # "Abdullah" alone is the Saudi king in the KB; "King Abdullah" is Jordan's Abdullah II,
    # unless a country word before the title says otherwise
    words = ["King", "Abdullah", "opened", "the", "new", "airport", "."]
    ents = ["O", "B-PERSON", "O", "O", "O", "O", "O"]
    assert _group(words, ents, "2022-06-01")[0][:4] == ("Abdullah", "PERSON", "JOR", "phx:abdullah_ii")
    words = ["Saudi", "King", "Abdullah", "opened", "the", "new", "airport", "."]
    ents = ["B-NORP", "O", "B-PERSON", "O", "O", "O", "O", "O"]
    assert _group(words, ents, "2010-06-01")[1][:3] == ("Abdullah", "PERSON", "SAU")


def test_repair_drops_a_disease_tagged_as_a_person_or_organisation() -> None:
    words = ["Nurses", "in", "Lagos", "said", "Cholera", "and", "Covid", "had", "reached", "Kano", "."]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "O", "B-ORG", "O", "O", "B-GPE", "O"]
    assert _repaired(words, ents, "diseases") == [("Lagos", "GPE"), ("Kano", "GPE")]


def test_a_country_name_straight_before_a_persons_name_is_no_country() -> None:
    words = ["India", "Daisy", "Hartley", "spoke", "."]
    ents = ["B-GPE", "B-PERSON", "I-PERSON", "O", "O"]
    assert [(e[0], e[2]) for e in _group(words, ents, "2020-01-01") if e[1] == "PERSON"] == [("Daisy Hartley", None)]
    words = ["Kenyan", "Amina", "Wanjiru", "spoke", "."]  # a nationality is no first name
    ents = ["B-NORP", "B-PERSON", "I-PERSON", "O", "O"]
    assert [(e[0], e[2]) for e in _group(words, ents, "2020-01-01") if e[1] == "PERSON"] == [("Amina Wanjiru", "KEN")]


def test_token_columns_and_entity_records_read_what_tokens_and_spans_say() -> None:
    """The rules read a Doc once (``_columns``, ``_read_ents``): the same texts, offsets, case and
    stop words as spaCy's Token and Span objects, spaces and line breaks included."""
    from pipeline.nlp.entities import _columns, _read_ents

    doc = Doc(spacy.blank("en").vocab, words=["The", "U.N.", "envoy", "met", "Bashar", "al", "-", "Assad", "\n",
                                              "in", "DAMASCUS", "'s", "Old", "City", "."],
              spaces=[True, True, True, True, True, False, False, False, False, True, False, True, True, False, False],
              ents=["O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE", "O",
                    "B-LOC", "I-LOC", "O"])  # fmt: skip
    cols = _columns(doc)
    assert cols.words == [t.text for t in doc]
    assert [cols.lower(i) for i in range(len(doc))] == [t.lower_ for t in doc]
    assert cols.idx == [t.idx for t in doc]
    assert [bool(s) for s in cols.stop] == [t.is_stop for t in doc]
    assert cols.line_breaks() == [8]
    assert all(cols.text(i, j) == doc[i:j].text for i in range(len(doc)) for j in range(i, len(doc) + 1))
    assert [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in _read_ents(doc)] == [
        (e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc.ents]


def test_name_index_finds_the_entity_a_scan_of_every_entity_finds() -> None:
    """Grouping probes only the entities a name can join (a key word in common, two country names,
    an acronym): the same entity, most recent first, as comparing the name with every entity."""
    from pipeline.nlp.entities import _NameIndex, _same_entity

    sequences = {
        "GPE": ["U.S.", "Moscow", "United States", "Sudan", "South Sudan", "Russia", "Kremlin", "the United States",
                "US", "Russian Federation", "Gaza", "Gaza Strip", "..."],
        "ORG": ["Palestine Liberation Organization", "Hamas", "the PLO", "U.N.", "United Nations", "UN", "Fatah",
                "Fatah Party", "B.B.C.", "British Broadcasting Corp", "PLO", "Islamic State", "IS"],
        "PERSON": ["Bashar al-Assad", "Putin", "Assad", "Hafez Assad", "Vladimir Putin", "V. Putin", "Hafez al-Assad",
                   "George W. Bush", "Jeb Bush", "G. Bush", "Bush", "Li", "Al"],
    }  # fmt: skip
    for klass, names in sequences.items():
        for seq in (names, names[::-1], names[1::2] + names[::2]):
            scanned: list[list[str]] = []
            indexed: list[list[str]] = []
            index = _NameIndex(klass)
            for name in seq:
                by_scan = next((k for k in range(len(scanned) - 1, -1, -1)
                                if any(_same_entity(klass, other, name) for other in scanned[k])), None)
                by_index = next((k for k in index.candidates(name)
                                 if any(_same_entity(klass, other, name) for other in indexed[k])), None)
                assert by_index == by_scan, (klass, seq, name)
                joined = by_scan
                if joined is None:
                    scanned.append([])
                    indexed.append([])
                    joined = len(scanned) - 1
                    index.entities.append(joined)
                scanned[joined].append(name)
                indexed[joined].append(name)
                index.add(joined, name)


def test_entity_indexes_at_agree_with_one_lookup_each() -> None:
    """The batch lookup (a dict for spans that are exactly a mention, when no two mentions overlap)
    gives what :meth:`EntityGrouping.entity_index_at` gives for each span, overlapping mentions,
    mentions out of text order and spans over no mention included."""
    import itertools

    from pipeline.nlp.entities import EntityGrouping, Mention

    def grouping(ranges: list[tuple[int, int]]) -> EntityGrouping:
        return EntityGrouping([], [Mention("x", s, e, "ORG", k) for k, (s, e) in enumerate(ranges)])

    layouts = [[(0, 4), (6, 9), (9, 12), (20, 25)],  # apart, adjacent
               [(0, 10), (2, 5), (6, 9)],  # a mention inside another one
               [(6, 9), (0, 4)],  # not in text order
               [(0, 4), (3, 8)], []]
    spans = [(s, e) for s, e in itertools.product(range(0, 27, 1), repeat=2) if s < e]
    for ranges in layouts:
        g = grouping(ranges)
        assert g.entity_indexes_at(spans) == [g.entity_index_at(s, e) for s, e in spans], ranges


def test_a_group_of_a_place_takes_the_places_country_not_its_nations() -> None:
    """Round 10: "the Albanians of Macedonia" are Macedonia's people (MKD), and keep the key of
    their nationality; "Americans in Iraq" stay Americans (only "of" says belonging)."""
    words = ["The", "Albanians", "of", "western", "Macedonia", "boycotted", "the", "census", "."]
    ents = ["O", "B-NORP", "O", "O", "B-GPE", "O", "O", "O", "O"]
    assert _group(words, ents)[0][2:] == ("MKD", "NORP:ALB", "place")
    words = ["Leaders", "of", "the", "Tamils", "of", "Sri", "Lanka", "appealed", "to", "India", "."]
    ents = ["O", "O", "O", "B-NORP", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2] == "LKA"  # two countries in the sentence: no context, "of" decides
    words = ["Americans", "in", "Iraq", "were", "warned", "."]
    ents = ["B-NORP", "O", "B-GPE", "O", "O", "O"]
    assert _group(words, ents)[0][2] == "USA"
    words = ["French", "envoys", "met", "President", "Idriss", "Mbeki", "of", "Chad", "."]  # a person too
    ents = ["B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    assert _group(words, ents)[1][2:] == ("TCD", "PERSON:idriss mbeki", "place")


def test_a_group_or_person_from_a_place_takes_its_country_over_agent_words_only() -> None:
    words = ["A", "Christian", "missionary", "from", "Calgary", "was", "detained", "in", "Sudan", "."]
    ents = ["O", "B-NORP", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2:] == ("CAN", "NORP:christian", "place")
    words = ["John", "Stevens", ",", "a", "doctor", "from", "Toronto", ",", "was", "killed", "in", "Kabul", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2:] == ("CAN", "PERSON:john stevens", "place")
    # any other word between: the place is not where the entity comes from
    words = ["Sikh", "pilgrims", "returned", "from", "Lahore", "to", "London", "."]
    ents = ["B-NORP", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2] is None  # "pilgrims returned": not an agent phrase
    words = ["Sikh", "pilgrims", "from", "Lahore", "arrived", "in", "London", "."]
    ents = ["B-NORP", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    assert _group(words, ents)[0][2] == "PAK"


def test_a_state_abbreviation_is_its_country_and_groups_with_its_name() -> None:
    words = ["The", "PRC", "warned", "Taiwan", ";", "China", "has", "long", "said", "so", "."]
    ents = ["O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]
    groups = _group(words, ents)
    assert [g[2] for g in groups] == ["CHN", "TWN"]  # "China" joins "PRC": one entity


def test_a_place_named_with_a_religious_or_national_qualifier_is_the_places() -> None:
    """Round 10: leading nationality or generic-agent words (the KB's CHR, MUS, ...) qualify a
    place without changing it: "Christian East Beirut", "Muslim west Beirut" are Beirut's."""
    words = ["Shells", "hit", "Christian", "East", "Beirut", "and", "Muslim", "West", "Beirut", "."]
    ents = ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "I-GPE", "I-GPE", "O"]
    assert [e[2] for e in _group(words, ents)] == ["LBN", "LBN"]


def test_a_titled_person_takes_the_one_country_of_places_named_before_them() -> None:
    """Round 10: "Rebels in Chad rejected an appeal from President X" (TCD); a place after the
    person is often where they go ("President X visited Rwanda"), and an untitled person takes no
    place's country ("Jordan visited Jordan")."""
    words = ["Rebels", "in", "Chad", "rejected", "an", "appeal", "from", "President", "Idriss", "Mbeki", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    assert _group(words, ents)[1][2:] == ("TCD", "PERSON:idriss mbeki", "context")
    words = ["President", "Idriss", "Mbeki", "visited", "Rwanda", "on", "Tuesday", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"]
    assert _group(words, ents)[0][2] is None
    words = ["In", "Chad", ",", "Idriss", "Mbeki", "spoke", "."]
    ents = ["O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _group(words, ents)[1][2] is None


def test_a_city_several_countries_name_is_the_one_of_its_sentences_country() -> None:
    """Round 10: Tripoli is Libya's and Lebanon's (geo.city_countries); the sentence decides, and a
    city keeps its usual country when the sentence names it or names no namesake's country."""
    words = ["Militias", "clashed", "in", "Tripoli", ",", "Lebanese", "sources", "said", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-NORP", "O", "O", "O"]
    assert _group(words, ents)[0][2:] == ("LBN", "GPE:tripoli", "context")
    words = ["Militias", "clashed", "in", "Tripoli", ",", "Libyan", "sources", "said", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-NORP", "O", "O", "O"]
    assert _group(words, ents)[0][2] == "LBY"
    words = ["Militias", "clashed", "in", "Tripoli", ",", "French", "sources", "said", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-NORP", "O", "O", "O"]
    assert _group(words, ents)[0][2] == "LBY"


def test_namesake_cities_of_several_countries() -> None:
    from pipeline.nlp import geo

    assert geo.city_countries("Tripoli") == {"LBY", "LBN"} and geo.city_countries("Hyderabad") == {"IND", "PAK"}
    assert geo.city_countries("London") == frozenset()  # London, Ontario is 5 % of London: not a rival


def test_an_organisation_named_for_a_country_settles_a_namesake_city_and_the_city_its_sentence() -> None:
    """An ORG whose name holds a country word counts among the sentence's countries for a
    namesake city ("the Lebanese Forces party ... Tripoli": LBN); the settled city is then a place
    of the sentence for entities with no country ("the Marada movement")."""
    words = ["The", "Lebanese", "Forces", "party", "said", "the", "Marada", "movement", "shelled", "Tripoli", "."]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O", "B-GPE", "O"]
    by_name = {e[0]: e for e in _group(words, ents)}
    assert by_name["Tripoli"][2:] == ("LBN", "GPE:tripoli", "context")
    assert by_name["Marada"][2] == "LBN"


def test_one_word_of_a_persons_name_the_ner_called_an_organisation_is_the_person() -> None:
    """Round 62: "Prime Minister Prayut Chan-o-cha met the committee ... Prayut asked the department":
    the lower-cased given name came back ORG and took no title, sector or KB link; one word of one
    earlier person's name is that person (not when two people share the word, nor an acronym)."""
    words = ["Minister", "Andris", "Berzins", "met", "them", ".", "Andris", "asked", "the", "department", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    grouping = group_entities(doc_with_ents(words, ents))
    assert [(m.entity_index, grouping.entities[m.entity_index].label) for m in grouping.mentions] == [
        (0, "PERSON"), (0, "PERSON")]
    words = ["Andris", "Berzins", "met", "Juris", "Berzins", ".", "Berzins", "asked", "the", "department", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "O", "O"]
    grouping = group_entities(doc_with_ents(words, ents))
    assert grouping.entities[grouping.mentions[-1].entity_index].label == "ORG"  # two Berzins: whose is unknown
    words = ["Andris", "Berzins", "met", "them", ".", "BERZINS", "asked", "the", "department", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    grouping = group_entities(doc_with_ents(words, ents))
    assert grouping.entities[grouping.mentions[-1].entity_index].label == "ORG"  # an acronym-like name stays
