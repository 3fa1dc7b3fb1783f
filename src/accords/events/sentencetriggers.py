"""Which tokens of a parsed sentence trigger events: the lexicon's match and the rules that drop a match.

`sentence_triggers` reads a sentence's parse token by token: a demand or blame reported in a
clause (`accords.events.demands`), praise (`accords.events.praise`), a match of the lexicon
(`accords.events.matching.match_token`), a measure raised, a joint plan; then drops the matches
that report no one occurrence between sides (a habit, a description, a named reference, a tally,
a grant of approval, a tourist's trip: `accords.events.generic`, `accords.events.nonevents`)
and the triggers nested in another's complement (`accords.events.nesting`). The events stage
(`accords.stages.events`) makes an event of each trigger found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accords.events import agenda, demands, hostility, jointplans, matching, meetings, namedmeasures, nesting, praise
from accords.events import threats, views
from accords.events import triggers as lexicon
from accords.events.generic import (
    characterised,
    cumulative,
    domestic,
    domestic_signing,
    gerund_topic,
    habitual,
    purpose_of_thing,
    reference,
    restated_thing,
    tally,
    under_gerund_topic,
    wanted,
)
from accords.events.measures import is_measure, raised_measure
from accords.events.nonevents import (
    asserted_claim, attack_in_words, call_for_cooperation,
    coordinated_alone, credited_hosting,
    describing_participle,
    grant_of_no_aid,
    idle_backing,
    idle_purpose,
    imperative, legal_appeal, message_received,
    prevented,
    release_of_no_one,
    travellers_visit,
)
from accords.events.objects import pledged_amount
from accords.events.stances import stated_backing
from accords.model import COOPERATIVE_TYPES, TimeExpression

_COOPERATIVE = frozenset(COOPERATIVE_TYPES)


@dataclass(frozen=True)
class Trigger:
    """A token that triggers an event, with the event's type, mode and status words."""

    token: Token
    spec: lexicon.TriggerSpec


#: A measure one side says it would impose on a condition (`accords.events.threats`).
_THREAT = lexicon.make_spec("THREATEN")
#: A demand reported as an obligation, blame reported as a clause (`accords.events.demands`).
DEMAND, BLAME = lexicon.make_spec("REQUEST"), lexicon.make_spec("ACCUSE")
#: A side named a partner, friend or ally by another: praise, SUPPORT (`accords.events.praise`).
_PRAISE = lexicon.make_spec("SUPPORT")
#: A measure raised or expanded ("tariffs on Chinese goods were increased"): a new measure.
_RAISED = lexicon.make_spec("SANCTION")
#: What both sides will do together ("the two countries will expand ..."): a plan, AGREE
#: (`accords.events.jointplans`).
_JOINT_PLAN = lexicon.make_spec("AGREE", intention=True)


def sentence_triggers(parsed: Doc, offset: int, times: list[TimeExpression], *, authored: bool = False) -> list[Trigger]:
    """Tokens of the sentence that trigger events, nested intentions' complements removed
    (`authored`: the text is a statement whose authors are known, `accords.events.voice`)."""
    found = []
    for token in parsed:
        if (reported := demands.reported_act(token, authored=authored)) is not None:
            # "Russia said that Sudan must return ...": a demand; "said Iran was behind ...": blame
            found.append(Trigger(token, DEMAND if reported == "REQUEST" else BLAME))
            continue
        if praise.praised_side(token) is not None:  # "called Iran an important partner": praise
            found.append(Trigger(token, _PRAISE))
            continue
        spec = matching.match_token(token) or (_RAISED if raised_measure(token) else None) or (
            _JOINT_PLAN if jointplans.joint_plan(token) else None
        )
        if spec is None:
            continue
        if spec.type == "SUPPORT" and jointplans.welcomed_joint_idea(token):
            spec = _JOINT_PLAN  # "officials from Iran and Azerbaijan welcomed the idea of a joint exercise"
        if token.pos_ in ("NOUN", "PROPN") and spec.type == "CONSULT":
            token = meetings.session_head(token)
            if not meetings.held_meeting(token, offset, times) or agenda.discussed_occasion(token):
                continue  # a reference, or a topic: "discussed the 8th session of the Syrian constitutional meeting"
        if spec.type == "SANCTION" and threats.conditional_measure(token) and not (
            is_measure(token) and matching.match_token(token.head) is not None
        ):
            found.append(Trigger(token, _THREAT))  # "said he would raise tariffs on X if ...": a threat
            continue
        if token.pos_ in ("NOUN", "PROPN") and spec.type == "SANCTION" and not namedmeasures.imposed_measure(token, offset, times):
            continue  # "amid U.S. sanctions on Iran": a measure in the background
        if spec.type == "CONSULT" and (meetings.scene_of_earlier_meeting(token) or meetings.no_meeting_told(token)):
            continue  # "the April Leaders Summit on Climate, where President Biden convened this group": background
        if purpose_of_thing(token) or gerund_topic(token) or under_gerund_topic(token) or habitual(token, spec.type) or (
            cumulative(token, spec.type in _COOPERATIVE)
        ) or (
            reference(token, spec.type in _COOPERATIVE)
        ) or (
            spec.type == "CONSULT" and (tally(token) or domestic(token) or characterised(token))
        ) or (
            spec.type in _COOPERATIVE and wanted(token)
        ) or (spec.mode == "sign" and domestic_signing(token)) or restated_thing(token, spec.type):
            continue  # a habit, a description, a named reference or a tally: no one occurrence
        if grant_of_no_aid(token) or describing_participle(token) or release_of_no_one(token) or coordinated_alone(token) or prevented(token) or (
            attack_in_words(token) or message_received(token) or imperative(token) or agenda.agenda_item(token)
            or agenda.occasion_told(token)
        ) or (
            spec.type == "REQUEST" and (call_for_cooperation(token) or legal_appeal(token) or asserted_claim(token))
        ) or travellers_visit(token) or (spec.type == "CONSULT" and (idle_purpose(token) or credited_hosting(token))) or (
            spec.type == "SUPPORT" and idle_backing(token) and not stated_backing(token)
        ) or hostility.not_hostile(token, spec.type) or (spec.type == "AGREE" and views.no_agreement(token)) or (
            spec.type == "CONCEDE" and views.point_conceded(token)
        ):
            continue  # a grant of approval, a group described, a call for more cooperation, tourists' trips
        found.append(Trigger(token, spec))
    asked = [t.token for t in found if t.spec is DEMAND or t.spec is BLAME]
    found = [t for t in found if not any(demands.inside_obligation(t.token, demand) for demand in asked)]
    # "agreed to provide $125 million in assistance to X", "reached a consensus on how to deliver
    # $50 billion in loans to Ukraine": a pledged fund, the AID event (as "will provide $X" is)
    pledged = [t.token for t in found if t.spec.type == "AID" and pledged_amount(t.token)]
    found = [t for t in found if t.spec.type != "AGREE" or not any(t.token in aid.ancestors for aid in pledged)]
    # "will co-host the second Summit for Democracy": the summit hosted is the hosting's own event
    hosts = [t.token for t in found if t.spec.type == "CONSULT" and t.token.lemma_.lower() == "host"]
    found = [t for t in found if not (t.token.dep_ == "dobj" and t.token.head in hosts and t.spec.type == "CONSULT")]
    return [t for t in found if not any(
        nesting.nested(t.token, t.spec.type, other.token, other.spec.type) for other in found if other is not t
    )]
