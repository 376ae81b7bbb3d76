"""Phrase-level name rules: each rule of the table on a sentence of its own (no model: the
"decided" forms are written by hand), the table itself, and the switches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import names, normalize
from pipeline.text.lexicon import Prior
from pipeline.text.names import PASSES, SWITCHES, NameRules
from pipeline.text.truecase import get_truecaser

PRIOR = Prior({"national": "l3", "year": "l7", "old": "l7", "the": "l7", "president": "l2"})

# rule function -> (switches, forms decided before the rules, forms after them). Tokens are the
# lower-cased forms; the first token starts the sentence.
CASES: dict[str, tuple[set[str], str, str]] = {
    "latin_abbreviation": ({"latin_abbr"}, "Sales fell , I . E . the market", "Sales fell , i . e . the market"),
    "east_asian_syllable": ({"syllable"}, "President Lee Teng - Hui spoke", "President Lee Teng - hui spoke"),
    "east_asian_given_name": ({"syllable"}, "premier su Tseng-Chang met Ko wen-je in Tai-Pei , not the run-up",
                              "premier Su Tseng-chang met Ko Wen-je in Tai-Pei , not the run-up"),
    "romance_particle": ({"particle"}, "at the Fête De La Musique", "at the Fête de la Musique"),
    "cabinet_kingdom": ({"institutions"}, "the kingdom will keep its cabinet", "the Kingdom will keep its Cabinet"),
    "political_western": ({"institutions"}, "the western diplomats left the western coast",
                          "the Western diplomats left the western coast"),
    "crown": ({"institutions"}, "the crown prince spoke", "the Crown Prince spoke"),
    "list_label": ({"letters"}, "locals : $ 10 foreigners : $ 15", "locals : $ 10 Foreigners : $ 15"),
    "artificial_intelligence": ({"letters"}, "she wrote on ai and Ai Weiwei", "she wrote on AI and Ai Weiwei"),
    "letter": ({"letters"}, "Ghana is in group c with George m Thomas", "Ghana is in Group C with George M Thomas"),
    "statute_title": ({"law"}, "under the administration of criminal justice act 2015",
                      "under the Administration of Criminal Justice Act 2015"),
    "isolated_adjective": ({"isolated"}, "the National television showed it", "the national television showed it"),
    "arabic_article": ({"al"}, "he told al Jazeera and al - Amin", "he told Al Jazeera and Al - Amin"),
    "title_before_name": ({"title"}, "president Joyce Banda met Ethiopia 's president Mulatu",
                          "President Joyce Banda met Ethiopia 's president Mulatu"),
    "style_lower": ({"style"}, "it was on the Internet", "it was on the internet"),
    "style_caps": ({"style"}, "the indigenous leaders", "the Indigenous leaders"),
    "first_nations": ({"style"}, "the first nations people", "the First Nations people"),
    "first_nation_after_name": ({"style"}, "the Kaska first nation , the first nation to",
                                "the Kaska First Nation , the first nation to"),
    "prime_minister_after_name": ({"title"}, "the Congolese prime minister spoke", "the Congolese Prime Minister spoke"),
    "patronymic": ({"patronymic"}, "with Mohamed Bin Zayed", "with Mohamed bin Zayed"),
    "style_of_address": ({"honorific"}, "to his highness", "to His Highness"),
    # (with "general" still lower-case, the title rule takes it first: see the test below)
    "hyphenated_title": ({"title"}, "the director - General José said", "the Director - General José said"),
    "honorific": ({"honorific"}, "but ms Banda insisted", "but Ms Banda insisted"),
    "region": ({"region"}, "in central africa", "in Central Africa"),
    "portfolio": ({"portfolio"}, "the minister for trade and industry", "the Minister for Trade and Industry"),
    "portfolio_prefix": ({"portfolio_prefix"}, "the interior ministry said", "the Interior Ministry said"),
    "head_of_name": ({"of_name"}, "the bank of Ghana", "the Bank of Ghana"),
    "name_head": ({"name_head", "walk", "scope"}, "the Algerian foreign ministry and the world bank",
                  "the Algerian Foreign Ministry and the World Bank"),
    "known_name": ({"known"}, "after the cold war", "after the Cold War"),
    "hyphen_compound": ({"compound"}, "a 47 - Year - Old man", "a 47 - year - old man"),
    "head_of_word": ({"head_of_word"}, "at the Institute for health", "at the Institute for Health"),
}


def run(switches: set[str], decided: str) -> str:
    out = [decided.split()]
    sents = [[t.lower() for t in out[0]]]
    starts = [[k == 0 for k in range(len(sents[0]))]]
    NameRules(switches).apply(sents, starts, out, PRIOR)
    return " ".join(out[0])


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule(rule: str) -> None:
    switches, decided, expected = CASES[rule]
    assert run(switches, decided) == expected
    assert run(set(), decided) == decided  # switched off: the decided forms stay


def test_every_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted(r.fn.__name__ for p in PASSES for r in p.rules)


def test_head_pairs_joined_by_and() -> None:
    """Head pairs joined by "and": "Medical College and Hospital" (but not "the College and
    students")."""
    assert run({"head_of_word"}, "the Medical College and hospital") == "the Medical College and Hospital"
    assert run({"head_of_word"}, "the Medical College and students") == "the Medical College and students"


def test_name_head_options() -> None:
    """Without "walk" only one modifier may stand between the name and the head; without
    "scope" a scope adjective after "the" does not open a name."""
    assert run({"name_head"}, "the Algerian foreign ministry") == "the Algerian foreign ministry"
    assert run({"name_head", "walk"}, "the world bank") == "the world bank"


def test_name_head_stops_at_a_verb() -> None:
    """A clause's verb between a name and a head is no modifier of a name: a verb of the not_modifier
    list, or any word ending in "ed" but those that do name things ("Applied", "Armed")."""
    assert run({"name_head", "walk"}, "Kenyatta urged parliament to act") == "Kenyatta urged parliament to act"
    assert run({"name_head", "walk"}, "Ruto tells parliament to act") == "Ruto tells parliament to act"
    assert run({"name_head", "walk"}, "the Kenyan united party") == "the Kenyan United Party"


def test_name_head_completes_a_head_the_model_capitalized() -> None:
    """The modifiers between a name and a head the model already capitalized join the name."""
    assert run({"name_head", "walk"}, "the Panama maritime Authority said") == "the Panama Maritime Authority said"


def test_a_rule_that_takes_a_token_stops_its_pass() -> None:
    """ "president" is taken by the title rule before a name, so the hyphenated-title rule of the
    same pass does not see it."""
    assert run({"title"}, "the vice - president Ali") == "the vice - President Ali"


def test_unknown_switch() -> None:
    with pytest.raises(ValueError, match="E206"):
        NameRules({"no_such_rule"})
    assert {"walk", "scope", "title", "known"} <= SWITCHES


def test_switch_off_through_normalize() -> None:
    """Each rule can be switched off for measuring; without them the model's own output remains."""
    plain = get_truecaser().with_name_rules(frozenset())
    out = normalize("he told al jazeera about the ministry of foreign affairs .", truecaser=plain).text
    assert out.lower() == "he told al jazeera about the ministry of foreign affairs."
    assert out != normalize("he told al jazeera about the ministry of foreign affairs .").text
    assert normalize("he told al jazeera .").text == "He told Al Jazeera."
    assert get_truecaser().name_rules.switches == names.SWITCHES


def test_a_part_of_a_name_is_carried_to_its_lower_case_recurrences() -> None:
    """A rare word of a multi-word name (the name in full at a sentence start) is written as the
    name where one part of it recurs; a word the lexicon knows is not carried ("group")."""
    sents = [
        "kyzy aidana bekova , head of the group , spoke .".split(),
        "police charged bekova and the group on friday .".split(),
    ]
    starts = [[k == 0 for k in range(len(s))] for s in sents]
    out = [["Kyzy", "Aidana", "Bekova", ",", "head", "of", "the", "Group", ",", "spoke", "."],
           ["Police", "charged", "bekova", "and", "the", "group", "on", "Friday", "."]]
    names.carry_names(sents, starts, out, Prior({"group": "l0", "bekova": "lr"}))
    assert " ".join(out[1]) == "Police charged Bekova and the group on Friday ."
    # one capitalized word at a sentence start is no name
    out = [["Bekova", "spoke", "."], ["police", "charged", "bekova", "."]]
    names.carry_names([["bekova", "spoke", "."], ["police", "charged", "bekova", "."]],
                      [[True, False, False], [True, False, False, False]], out, Prior({}))
    assert out[1][2] == "bekova"


def naive(sents: list[list[str]], starts: list[list[bool]], out: list[list[str]], prior: Prior) -> None:
    """Every rule of every pass tried at every token its word fits, in table order, without the
    pre-selection by neighbours (``prev``, ``next``) and the plan of ``NameRules``."""
    c = names.Context(sents, starts, out, prior, SWITCHES)
    for p in PASSES:
        for si, toks in enumerate(sents):
            for i in range(p.first, len(toks) - p.trim):
                for r in p.rules:
                    if r.accepts(toks[i]) and r.fn(c, si, i):
                        break


VOCAB = sorted(
    {"president", "al", "-", "of", "for", "and", "the", "act", "2015", ":", "10", "bin", "ministry", "foreign",
     "affairs", "bank", "world", "cold", "war", "first", "nation", "nations", "prime", "minister", "c", "m", "group",
     "ai", "i", "e", ".", "de", "la", "western", "crown", "prince", "his", "highness", "ms", "central", "africa",
     "national", "television", "year", "old", "47", "institute", "health", "general", "director", "teng", "hui",
     "cabinet", "kingdom", "'s", "indigenous", "internet", "interior", "x"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(VOCAB), st.booleans()), max_size=14), min_size=1, max_size=3))
def test_pre_selection_changes_nothing(doc: list[list[tuple[str, bool]]]) -> None:
    """The rules NameRules skips at a token for its neighbours would neither take it nor change
    anything there, and the plan runs the others in the table's order."""
    sents = [[w for w, _ in s] for s in doc]
    starts = [[k == 0 for k in range(len(s))] for s in sents]
    decided = [[w.title() if cap else w for w, cap in s] for s in doc]
    fast, slow = [list(r) for r in decided], [list(r) for r in decided]
    NameRules().apply(sents, starts, fast, PRIOR)
    naive(sents, starts, slow, PRIOR)
    assert fast == slow
