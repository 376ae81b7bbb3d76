"""Round 8 (plover.v2.8): the types of criticism and requests, by class of expression. One sentence
of its own (written for this file, not taken from any evaluation set) for each lexicon entry and
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # criticism verbs of the CAMEO 110 / 111 blocks and their news synonyms, with their object as target
    ("The mayor strongly disapproved of the council's plan to close the market.", "DISAPPROVE", "mayor", "council"),
    ("The opposition objected to the appointment of the new police chief.", "DISAPPROVE", "opposition", ""),
    ("The archbishop remonstrated with the junta over the arrests.", "DISAPPROVE", "archbishop", "junta"),
    ("Critics pilloried the finance minister over the fuel price rise.", "DISAPPROVE", "critics", "finance minister"),
    ("The senator mocked the president's plan to build a new airport.", "DISAPPROVE", "senator", "president"),
    ("The bishop scorned the governor's promises of new roads.", "DISAPPROVE", "bishop", "governor"),
    ("The governor flayed the interior minister for the delays.", "DISAPPROVE", "governor", "interior minister"),
    ("The party leader maligned the judges in a television interview.", "DISAPPROVE", "party leader", "judges"),
    ("The tabloid slandered the former minister for years.", "DISAPPROVE", "tabloid", "former minister"),
    ("The senator insulted the governor during the debate.", "DISAPPROVE", "senator", "governor"),
    ("Opposition lawmakers taunted the prime minister during the budget speech.", "DISAPPROVE", "lawmakers",
     "prime minister"),
    ("The comedian lampooned the president on television.", "DISAPPROVE", "comedian", "president"),
    # verb + object idioms of criticism
    ("The teachers' union took issue with the education minister's remarks.", "DISAPPROVE", "union",
     "education minister"),
    ("The auditors found fault with the ministry's accounts.", "DISAPPROVE", "auditors", "ministry"),
    ("The opposition leader poured scorn on the government's recovery plan.", "DISAPPROVE", "opposition leader",
     "government"),
    # a stance adjective with its party ("dissatisfied with X", "unhappy with X")
    ("Beijing said it was strongly dissatisfied with Washington's decision.", "DISAPPROVE", "beijing", "washington"),
    ("The senator was furious with the governor after the vote.", "DISAPPROVE", "senator", "governor"),
    ("Farmers are angry with the government over the new taxes.", "DISAPPROVE", "farmers", "government"),
    ("Residents are unhappy with the mayor.", "DISAPPROVE", "residents", "mayor"),
    ("The king was displeased with the cabinet.", "DISAPPROVE", "king", "cabinet"),
    ("The clerics were indignant at the president's remarks.", "DISAPPROVE", "clerics", "president"),
    # name-calling: a characterising verb, or a reported clause, with an insult as predicate
    ("The candidate called the president a liar.", "DISAPPROVE", "candidate", "president"),
    ("The senator called the minister a traitor.", "DISAPPROVE", "senator", "minister"),
    ("Protesters called the president a dictator.", "DISAPPROVE", "protesters", "president"),
    ("The exiled leader called the king a tyrant.", "DISAPPROVE", "exiled leader", "king"),
    ("The opposition called the prime minister a puppet of the army.", "DISAPPROVE", "opposition", "prime minister"),
    ("The student leader called the police chief a fascist.", "DISAPPROVE", "student leader", "police chief"),
    ("The general called the rebel commander a coward.", "DISAPPROVE", "general", "rebel commander"),
    ("The bishop called the senators hypocrites.", "DISAPPROVE", "bishop", "senators"),
    ("The mayor said the governor's guards were thugs.", "DISAPPROVE", "mayor", ""),
    ("The farmers called the mayor a crook.", "DISAPPROVE", "farmers", "mayor"),
    ("The widow called the soldiers murderers.", "DISAPPROVE", "widow", "soldiers"),
    ("The shopkeepers called the customs officers thieves.", "DISAPPROVE", "shopkeepers", "customs officers"),
    # evaluative words of a saying's predicate
    ("The former president described the ruling as political persecution.", "DISAPPROVE", "former president", ""),
    ("The opposition leader said the charges were a personal vendetta.", "DISAPPROVE", "opposition leader", ""),
    ("The journalists' union said the arrests were harassment.", "DISAPPROVE", "union", ""),
    ("The former president said the trial was lawfare.", "DISAPPROVE", "former president", ""),
    ("The senator said the minister's letter was pure insolence.", "DISAPPROVE", "senator", ""),
    ("The ministry said the ambassador's statement was sheer arrogance.", "DISAPPROVE", "ministry", ""),
    ("The vice president said the trial was a farce.", "DISAPPROVE", "vice president", ""),
    ("The opposition said the election was a sham.", "DISAPPROVE", "opposition", ""),
    ("The senator said the ruling was a travesty of justice.", "DISAPPROVE", "senator", ""),
    ("The union said the hearing was a mockery.", "DISAPPROVE", "union", ""),
    ("The ministry said the sanctions were an affront to Iran's sovereignty.", "DISAPPROVE", "ministry", ""),
    ("The spokesman said Washington's behaviour was typical bullying.", "DISAPPROVE", "spokesman", "washington"),
    ("The bar association said the decree was unconstitutional.", "DISAPPROVE", "association", ""),
    ("The union said the dismissals were unlawful.", "DISAPPROVE", "union", ""),
    ("The lawyers said the detentions were arbitrary.", "DISAPPROVE", "lawyers", ""),
    ("The ministry said the report was partisan.", "DISAPPROVE", "ministry", ""),
    ("The opposition leader said the president was corrupt.", "DISAPPROVE", "opposition leader", "president"),
    ("The ministry said the American policy was hegemonic.", "DISAPPROVE", "ministry", ""),
    ("The spokesman said the naval patrols were pure hegemony.", "DISAPPROVE", "spokesman", ""),
    ("The foreign minister said the sanctions were a hostile act.", "DISAPPROVE", "foreign minister", ""),
    ("The governor said the border towns were lawless.", "DISAPPROVE", "governor", ""),
    # a reported clause whose verb says its subject harms or deceives another party (accusing_verbs)
    ("The foreign ministry said Washington had undermined regional peace.", "DISAPPROVE", "foreign ministry",
     "washington"),
    ("The president said foreign governments had destabilised the country.", "DISAPPROVE", "president", "governments"),
    ("The general said the rebels were sabotaging the peace process.", "DISAPPROVE", "general", "rebels"),
    ("Beijing said the report smeared China's policies.", "DISAPPROVE", "beijing", ""),
    ("The police chief said the opposition had incited the riots.", "DISAPPROVE", "police chief", "opposition"),
    ("The minister said the newspapers had misled the public.", "DISAPPROVE", "minister", "newspapers"),
    ("The governor said the contractors had deceived the villagers.", "DISAPPROVE", "governor", "contractors"),
    ("The ministry said the broadcaster had distorted the facts.", "DISAPPROVE", "ministry", "broadcaster"),
    ("The opposition said the ruling party had manipulated the census.", "DISAPPROVE", "opposition", "ruling party"),
    ("The bishop said the regime persecuted Christians.", "DISAPPROVE", "bishop", "regime"),
    ("The journalists said the police had harassed them for weeks.", "DISAPPROVE", "journalists", "police"),
    ("The mayor said the governor had obstructed the investigation.", "DISAPPROVE", "mayor", "governor"),
    ("The senator said the minister had slandered her.", "DISAPPROVE", "senator", "minister"),
    ("The actor said the tabloid had defamed him.", "DISAPPROVE", "actor", "tabloid"),
    ("The minister said the strikers had jeopardised the economy.", "DISAPPROVE", "minister", "strikers"),
    ("The coach said the federation had politicised the selection.", "DISAPPROVE", "coach", "federation"),
    ("The ministry said Washington had weaponised the dollar.", "DISAPPROVE", "ministry", "washington"),
    ("The former president said the prosecutors had lied.", "DISAPPROVE", "former president", "prosecutors"),
    ("The governor said the president had betrayed the people.", "DISAPPROVE", "governor", "president"),
    ("The ministry said Washington was bullying smaller countries.", "DISAPPROVE", "ministry", "washington"),
    ("The union said the company had exploited the workers.", "DISAPPROVE", "union", "company"),
    ("The speaker said opposition members had disrupted the session.", "DISAPPROVE", "speaker", "opposition members"),
    ("\"They are disturbing the work of the assembly every day,\" the speaker told reporters.", "DISAPPROVE",
     "speaker", ""),
    # ... also when a party is said to try or plot it (attempt_verbs)
    ("The president said the opposition was trying to destabilise the country.", "DISAPPROVE", "president",
     "opposition"),
    ("The army said the rebels planned to sabotage the pipeline.", "DISAPPROVE", "army", "rebels"),
    # an allegation (claim, charge, contend) that another party did a hostile act accuses it (alleging_verbs)
    ("The opposition claims the police tortured its activists.", "DISAPPROVE", "opposition", "police"),
    ("The rebels claimed government troops had shelled their villages.", "DISAPPROVE", "rebels", "government troops"),
    ("Activists contend that the army arrested hundreds of students.", "DISAPPROVE", "activists", "army"),
    # a condemning adjective on a party's hostile act in a speaker's reported words: the speaker's DISAPPROVE
    ("The president said Ukraine was fighting against the unjustified invasion by Russia.", "DISAPPROVE",
     "president", "russia"),
    ("Raisi said the cowardly assassination of the scientist by Israel would not go unanswered.", "DISAPPROVE",
     "raisi", "israel"),
    # breaking a norm is defying it (CAMEO 128: REJECT), breaking a truce fighting (CAMEO 196), as "violate"
    ("The protester breached her bail conditions a day after her release.", "REJECT", "protester", ""),
    ("The company flouted the ban on night shifts.", "REJECT", "company", ""),
    ("The party contravened the electoral code.", "REJECT", "party", ""),
    ("The crew disobeyed the order to return to port.", "REJECT", "crew", ""),
    ("The rebels breached the ceasefire on Sunday.", "FIGHT", "rebels", ""),
    # "insist" is a demand with what is demanded: "on X", a subjunctive or should / must that-clause
    ("The opposition insisted that the vote be postponed.", "DEMAND", "opposition", ""),
    ("The opposition insisted that the vote should be postponed.", "DEMAND", "opposition", ""),
    ("The union insisted on a full investigation into the deaths.", "DEMAND", "union", ""),
    # ... but told to reporters it is the speaker's accusation (testimony_addressees are courts only)
    ("The prosecutor told reporters that the activist had violated her bail conditions.", "DISAPPROVE", "prosecutor",
     "activist"),
    # "seek" is a request with what is asked for
    ("The hijackers sought asylum in Britain.", "DEMAND", "hijackers", ""),
    ("Lebed has been seeking a meeting with President Yeltsin.", "DEMAND", "lebed", "yeltsin"),
    # a nationality adjective as the author of strikes is its state: FIGHT (source_types), a general or
    # hunger strike stays a protest whoever holds it, and people of a nation on strike protest
    ("Russian strikes hit the power station overnight.", "FIGHT", "russian", ""),
    ("The ministry condemned the Israeli strikes on Gaza.", "FIGHT", "israeli", ""),
    ("A Palestinian general strike paralysed the West Bank on Monday.", "PROTEST", "palestinian", ""),
    ("Palestinians went on strike in protest at the arrests.", "PROTEST", "palestinians", ""),
    # moving forces or weapons and calling up reservists is a show of force (CAMEO MOVE [154], DRAFT [153])
    ("Iraq moved tanks towards the Kuwaiti border.", "MOBILIZE", "iraq", ""),
    ("Russia moved troops closer to the border.", "MOBILIZE", "russia", ""),
    ("The navy moved two warships into the strait.", "MOBILIZE", "navy", ""),
    ("The army moved missiles to the northern border.", "MOBILIZE", "army", ""),
    ("The rebels moved their forces towards the capital.", "MOBILIZE", "rebels", ""),
    ("The government called up 50,000 reservists.", "MOBILIZE", "government", ""),
    ("The defence ministry called up the reserves.", "MOBILIZE", "ministry", ""),
    # a main-clause obligation on a governing body named by its common noun (obligation_bodies)
    ("The government must release the detainees immediately.", "DEMAND", "", "government"),
    ("The international community should act now to stop the killings.", "DEMAND", "", "international community"),
    ("The authorities must respect the right to protest.", "DEMAND", "", "authorities"),
    ("All parties should exercise restraint.", "DEMAND", "", "parties"),
    # disturbing parliament's proceedings is a protest (CAMEO DISTURB [140])
    ("Opposition lawmakers disturbed the proceedings of the senate for a third day.", "PROTEST", "lawmakers", ""),
    ("Opposition lawmakers disturbed the session for a third day.", "PROTEST", "lawmakers", ""),
    # wanting redress from another party is a demand (CAMEO WANT with its request patterns)
    ("The widow wants justice for her husband.", "DEMAND", "widow", ""),
    ("The residents want answers from the police.", "DEMAND", "residents", "police"),
    ("The families want accountability for the massacre.", "DEMAND", "families", ""),
    ("The fishermen want compensation from the oil company.", "DEMAND", "fishermen", "oil company"),
    ("The senators want an explanation from the defence minister.", "DEMAND", "senators", "defence minister"),
    ("The villagers want an apology from the army.", "DEMAND", "villagers", "army"),
    ("The opposition wants clarification from the central bank.", "DEMAND", "opposition", "central bank"),
    ("The victims want redress from the state.", "DEMAND", "victims", "state"),
    ("The former colonies want reparations from Britain.", "DEMAND", "colonies", "britain"),
    ("The investors want guarantees from the government.", "DEMAND", "investors", "government"),
    ("The unions want assurances from the new owners.", "DEMAND", "unions", ""),
    ("The protesters want the resignation of the police chief.", "DEMAND", "protesters", "police chief"),
    ("The families want the release of the detained fishermen.", "DEMAND", "families", "fishermen"),
    ("The opposition wants a probe into the contracts.", "DEMAND", "opposition", ""),
    ("The parents want an inquiry into the school fire.", "DEMAND", "parents", ""),
    ("The British government wants a full investigation into the shooting.", "DEMAND", "government", ""),
    ("Lawmakers are lobbying for a change in the electoral law.", "DEMAND", "lawmakers", ""),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class
NOTHING = [
    ("Loud music disturbed the residents of the building.", "PROTEST"),  # only parliament's proceedings
    ("Peacekeepers were harassed and taken hostage, the commander said.", "DISAPPROVE"),  # no agent: nobody accused
    ("Analysts said the row was not expected to destabilise the government.", "DISAPPROVE"),  # a row tries nothing
    ("Residents are unhappy with the rising prices.", "DISAPPROVE"),
    ("The army claimed it had killed 20 militants near the border.", "DISAPPROVE"),  # its own act: no accusation
    ("Police said gunmen killed five people in the market.", "DISAPPROVE"),  # neutral reporting of a crime
    ("Hackers breached the security of the bank.", "REJECT"),  # breaking no norm
    ("The new bail conditions require the activist to report to the police every week.", "DEMAND"),  # a rule
    ("The activist is required to stay at home after dark.", "DEMAND"),  # (no CAMEO request verb "require")
    ("The minister insisted that the army had done nothing wrong.", "DEMAND"),  # a statement insisted on
    ("The champion had to settle for third place in Zurich.", "DEMAND"),  # a need met, not a demand
    ("Police were seeking two men in connection with the robbery.", "DEMAND"),  # a search (sought_objects)
    ("The champion is seeking her first Grand Slam title.", "DEMAND"),  # an aspiration
    ("The senator sought the presidency in 2012.", "DEMAND"),
    ("The company moved its headquarters to Dublin.", "MOBILIZE"),
    ("Team members must remain together at all times.", "DEMAND"),  # a rule for generic people
    ("The army must have known about the plan.", "DEMAND"),  # a guess
    ("The coach called up three new players for the friendly.", "MOBILIZE"),
    ("The prosecutor told the court that the activist had breached her bail conditions.", "DISAPPROVE"),  # testimony
    ("The jury was told that the guards had harassed the inmates.", "DISAPPROVE"),
    ("The embassy must guard against possible terrorist attacks, the official said.", "DISAPPROVE"),  # no author  # a stance towards no party
    ("The fishermen want more boats.", "DEMAND"),  # wanting a thing from no one is no demand
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING, ids=[t[0][:40] for t in NOTHING])
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)
