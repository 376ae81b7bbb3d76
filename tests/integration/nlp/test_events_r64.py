"""Round 64: classes from the read halves of the article sets (docs/events.md, "Round 64"). One sentence of its
own (written for this file, not taken from any evaluation or probe set, test country Latvia / Riga) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a demand verb whose clause states a fact reports it, as "said" does: an accusation in it is the speaker's
    # (triggers._indicative_saying) ...
    ("The Latvian ombudsman insisted the Riga police had violated the rights of the detained journalists.",
     "DISAPPROVE", "ombudsman", "police"),
    # ... and so is a denial of blame (``exonerations``)
    ("The former mayor of Riga insisted that he had done nothing wrong.", "REJECT", "mayor", ""),
    # a demand verb with a mandative clause stays a demand (a guard)
    ("The Latvian union insisted that the government reopen the wage talks in Riga.", "DEMAND", "union",
     "government"),
    ("The Latvian union insisted that the government must reopen the wage talks in Riga.", "DEMAND", "union",
     "government"),
    # the speaker saying it is innocent or not guilty denies the blame (``exonerations`` innocent, guilty)
    ("The Latvian businessman told reporters in Riga that he was innocent.", "REJECT", "businessman", ""),
    ("The former Latvian minister said she was not guilty of any crime.", "REJECT", "minister", ""),
    # an allegation that puts a wrong in another party's predicate accuses it (triggers._alleged_wrong)
    ("The Latvian football federation claimed that the Estonian federation was aware of the irregularities.",
     "DISAPPROVE", "latvian football federation", "estonian federation"),
    ("The Latvian opposition claims the ruling party in Riga took part in vote rigging.", "DISAPPROVE", "opposition",
     "ruling party"),
    # hitting or slapping a party with a punitive or legal measure imposes it on the party (``inflicted_means``)
    ("The European Union slapped Belarus with new sanctions over the border crisis with Latvia.", "SANCTION",
     "european union", "belarus"),
    ("A Latvian transport company hit the Riga city council with a lawsuit over unpaid fares.", "DISAPPROVE",
     "company", "council"),
    ("The Latvian bank was slapped with a fine of 2 million euros by the regulator in Riga.", "COERCE", "regulator",
     "bank"),
    ("Latvian prosecutors hit the former minister with fresh corruption charges on Monday.", "COERCE", "prosecutors",
     "minister"),
    # a thing seized, confiscated or impounded in an agentless passive is a seizure (``thing_actors`` seized_things)
    ("The assets of the former Riga mayor were seized for his links to a pyramid scheme.", "COERCE", "", ""),
    ("Two rifles and 300 rounds of ammunition were confiscated near the Latvian border.", "COERCE", "", ""),
    # calling in an ambassador is a summons, and calling one a liar a criticism (guards on the label rule)
    ("The Latvian foreign ministry called in the Russian ambassador in Riga on Monday.", "DISAPPROVE", "ministry", ""),
    ("The Latvian minister called the Belarusian ambassador a liar.", "DISAPPROVE", "minister", "ambassador"),
    # slapping a fine on a party imposes it, as imposing one does (``verb_objects`` slap fine)
    ("The Latvian regulator slapped a fine of 2 million euros on the Riga bank.", "COERCE", "regulator", "bank"),
]

NOTHING = [
    # a demand verb whose clause states no wrong makes no act (a guard on triggers._indicative_saying)
    ("The Latvian coach insisted that he was feeling great before the final in Riga.", "DEMAND"),
    ("The Latvian coach insisted that he was feeling great before the final in Riga.", "DISAPPROVE"),
    # another's innocence is a defence, no denial; one's guilt is no denial (guards on ``exonerations``)
    ("The Latvian mother told reporters in Riga that her son was innocent.", "REJECT"),
    ("The Latvian businessman said he was guilty of the crime.", "REJECT"),
    # a thing downgraded or stolen is no seizure, and no party acts (a guard: ``thing_actors``)
    ("The outlook for growth in the region has been downgraded, the bank said.", "SANCTION"),
    ("The Latvian minister seized the occasion to praise the farmers of Riga.", "COERCE"),
    # a wrong denied, the speaker's own, or with no party named is no accusation (guards on triggers._alleged_wrong)
    ("The Latvian opposition claimed the government was not involved in any fraud.", "DISAPPROVE"),
    ("The Riga company claimed it had uncovered fraud in its accounts.", "DISAPPROVE"),
    ("The Latvian minister claimed there was no corruption in the ministry.", "DISAPPROVE"),
    ("The Latvian union demands the cessation of the persecution of its members in Riga, it claimed.", "DISAPPROVE"),
    # calling an ambassador a friend labels him, no summons (triggers._verb_trigger: a label skips verb_objects)
    ("The Latvian minister called the ambassador a true friend of Riga.", "DISAPPROVE"),
    # hitting with a thing of no punitive type is no measure (a guard on ``inflicted_means``)
    ("The storm hit the coast of Latvia with heavy rain on Monday.", "SANCTION"),
    ("The storm hit the coast of Latvia with heavy rain on Monday.", "COERCE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
