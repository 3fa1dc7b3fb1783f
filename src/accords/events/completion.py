"""Completing an event that names fewer than two sides (issue 13).

A readout of a meeting names its participants once, then tells what one of them did: "The Vice
President proposed an annual meeting of this group", "the United States proposed launching a
C5+1 Critical Minerals Dialogue". A cooperative act told so is an act among those who met. It
used to be completed with the article's pair (its two most named countries), so an act at a
meeting of three or more lost every participant but two ("the Vice President proposed ..." at a
meeting with fifteen Caribbean leaders was the United States and Antigua and Barbuda).

`meeting_members`: when the first meeting the article told (a CONSULT of two sides or more: the
meeting a readout reports) had three or more sides, no meeting of other sides was told since,
and the act's one known side took part in it, the other participants; the pair is the fallback
otherwise (`fill_pair`). A meeting told later ("welcomed the holding of a three-way meeting
between Iran, Turkey and Azerbaijan" in a report of a bilateral one) completes nothing.

`next_meeting`: "the Steering Committee will hold its next meeting in May", "the next round will
be held in Baku": a body's next meeting, in a sentence that names no side, is a meeting of those
who met in the meeting told before (`accords.events.actors.event_sides`), not of the article's two
most named countries (a donor platform of the United States, Ukraine, the EU and the G7 was
Ukraine and the EU).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from accords.events.phrases import leftmost, partners_in, right_end, subject_of, topic_phrases
from accords.gazetteer.countries import country_by_iso3

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

#: Fewest sides of a meeting whose participants complete an act told at it (two is the pair's
#: case, which the article's pair or "the two leaders" already completes).
MULTILATERAL = 3


#: Types whose lone known side is completed by the meeting's participants: acts done among those
#: who met (not aid, whose recipients are named; not backing, whose one named side may be backed).
_COMPLETED = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def meeting_members(trigger: Token, actors: Sequence[Side], recipients: Sequence[Side],
                    met: Sequence[tuple[Side, ...]] | None) -> list[Side]:
    """The participants of the first meeting told (`met`, oldest first) other than the one side
    that acts in `trigger`'s event (`actors`, no `recipients`), when that meeting had
    `MULTILATERAL` sides or more, every meeting told since had the same sides, and the acting
    side took part in it; [] otherwise (no meeting told, a first one of two, another meeting
    since, an act of an outsider, an act that names a partner itself, or aid or backing, whose
    named side may be the one given to or backed)."""
    from accords.events.matching import match_token  # matching's rules import the actors

    codes = {side.country for side in actors}
    if len(codes) != 1 or recipients or not met:
        return []
    told = [list({side.country: side for side in sides}.values()) for sides in met]
    told = [sides for sides in told if len(sides) >= 2]
    if not told or {s.country for s in told[0]} != {s.country for s in told[-1]}:
        return []  # no meeting told, or another meeting told since the first (a bilateral on its margins)
    members = told[0]
    if len(members) < MULTILATERAL or not codes <= {side.country for side in members}:
        return []
    spec = match_token(trigger)
    if spec is not None and spec.type not in _COMPLETED:
        return []
    return [side for side in members if side.country not in codes]


#: Nouns of one sitting of a recurring body ("its next meeting", "the next round of talks").
_SITTINGS = frozenset("meeting meetings round session sessions summit dialogue consultation consultations talks".split())


def next_meeting(trigger: Token) -> bool:
    """Whether the trigger is, or holds, a "next" sitting of a body ("hold its next meeting", "the
    next round will be held"): the sitting that follows the one the text told of. One "of" a
    body the text names ("the next meeting of the ECO Council") is that body's, said there."""
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
        c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
    ]
    return any(
        noun.lemma_.lower() in _SITTINGS
        and any(c.dep_ == "amod" and c.lower_ == "next" for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        for noun in nouns
    )


def fill_pair(actors: list[Side], recipients: list[Side], index: ActorIndex, *, explicit: bool,
              named: Sequence[Side] = (), listed: bool = False, at_home: bool = False, anyone: bool = False,
              sentence: Doc | None = None, at: int = 0, subject_pair: bool = False) -> None:
    """Complete a cooperative event with one known side (or none) from the article's pair; with
    one known side, a single other country or organisation its sentence names is preferred to
    the pair's other member ("Iran was ready to fulfil the energy needs of Pakistan" in an
    article about Iran and Turkey). An organisation named alone as the one who acts is not
    completed with the pair's country its sentence does not name: what an alliance or a bloc
    does by itself is mostly its own business (its contracts, its summit's sessions, its
    partners' meetings: "NATO has agreed to contracts worth $10 billion", "NATO and Indo-Pacific
    Partners will meet" in a fact sheet about NATO and Ukraine); a country is its partner when
    the sentence names it or calls the pair "the two sides" (`sentence`, the trigger's, which
    starts at `at`). An organisation named as the recipient ("we will convene the APEC Leaders
    Meeting") is still completed. When the one who acts is "the two officials" or "both leaders" of a
    meeting of two (`subject_pair`, the pair set to those two), those two act whatever else the
    sentence names: "The two officials condemned the DPRK's transfer of ballistic missiles to
    Russia and Russia's use of these missiles against Ukraine" (the sides named in the object are
    two or more, which completed nothing). With no side known, a sentence that names three
    countries or more (`_crowded`) is not completed unless it names the pair as such."""
    if not index.pair or anyone:
        return  # no pair, or the partner named by kind (`any_partner`)
    codes = {side.country for side in actors + recipients}
    pair_codes = {side.country for side in index.pair}
    if not codes:
        if explicit or not _crowded(index, sentence, at):
            actors.extend(index.pair)
    elif at_home:
        return  # both ends of a meeting named, of one state ("Iran's ambassador to Baku met with the minister")
    elif len(codes) == 1 and (codes <= pair_codes):
        missing = [side for side in index.pair if side.country not in codes]
        others = [side for side in named if side.country not in codes]
        if len(others) == 1 and not any(side.country == others[0].country for side in missing):
            missing = others
        elif len(others) > 1 and listed:
            missing = others  # "readiness for joining its network to those of Azerbaijan and Russia"
        elif actors and not (recipients or explicit) and _organisation(codes) and not _named_in(missing, index, sentence, at):
            return  # an organisation's own act: "NATO has agreed to contracts ..." in an article about NATO and Ukraine
        (recipients if actors else actors).extend(missing)
    elif explicit and (len(codes) == 1 or subject_pair):
        actors.extend(side for side in index.pair if side.country not in codes)


def _crowded(index: ActorIndex, sentence: Doc | None, at: int) -> bool:
    """Whether the sentence names three countries or more: an event of it with no side known is
    among them, and the article's pair a guess ("the leaders of Turkey, Russia, France and Germany
    met at a summit hosting by Ankara to ... solution to Syria's ... war" in an article about
    Russia and Syria is no act of Russia and Syria)."""
    if sentence is None or len({side.country for side in index.countries_in(at, at + len(sentence.text))}) < 3:
        return False
    return not _pair_together(index, sentence, at)


def _pair_together(index: ActorIndex, sentence: Doc, at: int) -> bool:
    """Whether the sentence names the article's pair as a coordination of the two alone ("Iran and
    Turkey announced on Wednesday they have agreed ..."), not inside a longer list of countries."""
    named: dict[int, str] = {}
    for start, _end, side, _type in index.spans:
        if at <= start < at + len(sentence.text):
            token = next((t for t in sentence if t.idx <= start - at < t.idx + len(t)), None)
            if token is not None:
                named[token.i] = side.country
    codes = {side.country for side in index.pair}
    for i, code in named.items():
        group = {sentence[i], *sentence[i].conjuncts}
        if code in codes and {named[t.i] for t in group if t.i in named} == codes and len(
                [t for t in group if t.i in named]) == 2:
            return True
    return False


def pair_as_topic(trigger: Token, offset: int, index: ActorIndex, topic: set[str], *, explicit: bool,
                  grouped: bool, actors: Sequence[Side] = (), recipients: Sequence[Side] = ()) -> bool:
    """Whether the pair may not complete the trigger's sides: the act's actor is known
    (`actors`), the member of the pair it lacks is named only in the trigger's topic (`topic`:
    the countries of its topic phrases) and the sentence names another country outside the topic,
    its partner. "Abdollahian discussed the need for security for Afghanistan's ethnic groups in a
    separate telephone conversation with his Indonesian counterpart" in an article about Iran and
    Afghanistan is no act with Afghanistan (issue 13). The pair still completes the sides when
    named as such ("the two sides agreed on a corridor between Afghanistan, Iran and Turkey"),
    when the parse hung the partner on the topic (`partners_in`), when the member is also named
    outside the topic, when the sentence names no other country (in a readout, "The Vice
    President discussed our expanding Coast Guard partnership" is with the leader met) and when
    the member would be the one who acts ("Qasemi will discuss the resumption of flights of
    *Iranian* airlines to Azerbaijan", the minister's country not linked). With a group phrase
    ("the three countries"), any member named in the topic stops it."""
    named = {side.country for side in index.pair} & topic
    if grouped:
        return bool(named)
    named -= {side.country for side in [*actors, *recipients]}
    if not named or explicit or not actors:
        return False
    phrases = topic_phrases(trigger)
    spans = [(offset + leftmost(phrase).idx, offset + right_end(phrase)) for phrase in phrases]
    partners = {side.country for phrase in phrases for partner in partners_in(phrase)
                for side, _type in index.sides_in(offset + leftmost(partner).idx, offset + right_end(partner))}
    outside = {side.country for start, _end, side, type_ in index.spans
               if offset <= start < offset + len(trigger.doc.text) and type_ == "COUNTRY"
               and not any(low <= start < high for low, high in spans)}
    pair = {side.country for side in index.pair}
    others = outside - pair - {side.country for side in [*actors, *recipients]}
    return bool(others) and bool(named - partners - outside)


#: Nouns of the people of a pair ("the two officials", "both leaders", "the two sides").
_PAIR_SUBJECTS = frozenset({"leaders", "presidents", "ministers", "officials", "sides", "heads", "delegations",
                            "advisors", "advisers", "counterparts", "diplomats"})


def pair_subject(trigger: Token) -> bool:
    """Whether the trigger's subject is the two who met, named as such: "the two officials", "both
    leaders", "the two sides" (a number two or "both" on a noun of people or sides)."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"] or [s for s in [subject_of(trigger)] if s is not None]
    return any(c.lower_ in _PAIR_SUBJECTS  # the second: "The two officials condemned in ... the DPRK's", misread
               and any(d.lower_ in ("two", "both") for d in c.children if d.dep_ in ("nummod", "det", "predet"))
               for c in subjects)


def _named_in(sides: Sequence[Side], index: ActorIndex, sentence: Doc | None, at: int) -> bool:
    """Whether `sentence` (at offset `at`; None: not known) names one of `sides`."""
    if sentence is None:
        return True
    codes = {side.country for side in sides}
    return any(side.country in codes for side, _type in index.sides_in(at, at + len(sentence.text)))


def _organisation(codes: set[str]) -> bool:
    """Whether the one side known (`codes`) is an international organisation, not a country."""
    return len(codes) == 1 and country_by_iso3(next(iter(codes))) is None


#: Nouns of partners named by kind, not by country ("with every country", "with foreign
#: ambassadors", "with neighbouring countries").
_PARTNER_KINDS = frozenset(
    """country countries nation nations state states government governments ambassador ambassadors diplomat diplomats
    envoy envoys neighbor neighbors neighbour neighbours partner partners""".split()
)
#: Words that make such a noun any partner rather than the two sides ("the two countries", "both
#: nations" stay the pair).
_ANY = frozenset(
    """every all any other additional foreign neighboring neighbouring regional various many several some world
    friendly interested""".split()
)


def any_partner(trigger: Token, offset: int = 0, index: ActorIndex | None = None) -> bool:
    """Whether the trigger's phrase names its partner by kind ("Ankara is willing to develop
    relations with every country", "laid out ... his foreign policy in a meeting with foreign
    ambassadors"), or its subject is such a kind ("the 16 additional countries that are
    negotiating agreements with Ukraine", "other nations have pledged support") or names states
    by their part (`by_role`: "the guarantor states decided"): the act is not
    with (or by) the other side of the article's pair (issue 13). A "between" phrase that names both
    ends (`ends_between`: "the main round of negotiations between the Syrian government and militant
    groups") gives all the sides there are, whatever their kind; when its ends are the article's
    pair (`index`), completing with the pair gives those ends ("as soon as an agreement between
    Russia and Turkey is reached" in an article about Russia and Turkey)."""
    if any(_by_kind(subject) or by_role(subject) for subject in _subjects(trigger)) or ends_between(
            trigger, offset, index):
        return True
    for prep in trigger.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "to", "among"):
            continue
        if any(t.dep_ in ("relcl", "advcl", "ccomp") for t in _path(prep, trigger)):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and (_by_kind(pobj) or (prep.lower_ == "to" and _kind_described(pobj))):
                return True
    return False


#: Phrases that tell which states of a kind are meant, none named ("countries *of greatest need*",
#: "nations *in the region*", "countries *that* request it").
_DESCRIBING = frozenset("of in across throughout around".split())


def _kind_described(noun: Token) -> bool:
    """Whether a bare plural of states is described, not counted or pointed at: "will provide
    COVID-19 boosters and pediatric doses *to countries of greatest need*, including in the
    Indo-Pacific" (a fact sheet's bullet about the article's pair gives to whoever is in need, not to
    the pair's other member); "to the two countries", "to both nations", "to our partners" are not."""
    return noun.tag_ == "NNS" and noun.lower_ in _PARTNER_KINDS and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children) and any(
        (c.dep_ == "prep" and c.lower_ in _DESCRIBING) or c.dep_ in ("relcl", "acl") for c in noun.children)


def ends_between(trigger: Token, offset: int = 0, index: ActorIndex | None = None) -> bool:
    """Whether the trigger's phrase has a "between" phrase that names two ends or more ("talks
    between the Syrian government and militant groups", "the meeting between Iranian and Russian
    presidents"): the event's sides are those, no one else (not the one whose verb governs the
    phrase, not the article's pair). Given the article's `index`, a phrase whose ends are the
    countries of its pair, no more and no fewer, is not counted: the pair is those ends."""
    # the trigger, its passive subject ("the main round ... will be held") and what they are "of" ("round of negotiations")
    owners = [trigger] + [c for c in trigger.children if c.dep_ == "nsubjpass"]
    owners += [pobj for owner in owners for of in owner.children if of.dep_ == "prep" and of.lower_ == "of"
               for pobj in of.children if pobj.dep_ == "pobj"]
    for prep in (c for owner in owners for c in owner.children if c.dep_ == "prep" and c.lower_ == "between"):
        if any(t.dep_ == "cc" for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree):
            return index is None or not index.pair or {side.country for side in index.countries_in(
                offset + leftmost(prep).idx, offset + right_end(prep))} != {side.country for side in index.pair}
    return False


#: Words that name states or sides by their part in a conflict, a process or a treaty ("the
#: guarantor states", "the warring parties", "the member states", "the parties to the conflict"):
#: the text's other parties, not the article's pair.
_ROLES = frozenset(
    """guarantor guarantors warring member participating conflicting opposing belligerent concerned involved
    littoral signatory contracting""".split()
)
#: What such parties are parties to or sides of ("the parties to the conflict", "the sides of the war").
_ROLE_OF = frozenset("conflict conflicts war wars dispute fighting talks process agreement deal accord convention".split())


def by_role(noun: Token) -> bool:
    """Whether a plural noun of states or sides names them by their part in something (`_ROLES`,
    `_ROLE_OF`: "the guarantor states decided to form a coordination center", "the parties to
    the Yemen conflict"), not as two ("the two sides", "both parties to the conflict"): they are
    whom the text tells of, not the article's pair (a Tehran Times report of the Astana talks
    whose most named pair is Russia and Turkey, while the guarantors are three)."""
    if noun.lower_ not in _PARTNER_KINDS | {"parties", "sides"} or any(
        c.lower_ in ("two", "2", "both") for c in noun.children
    ):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _ROLES for c in noun.children):
        return True
    return any(pobj.dep_ == "pobj" and pobj.lemma_.lower() in _ROLE_OF
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("to", "of", "in")
               for pobj in prep.children)


def _by_kind(noun: Token) -> bool:
    """Whether `noun` names states by kind, any of them ("every country", "other nations", "92
    low-income nations"), not the pair ("the two neighbouring countries")."""
    if noun.lower_ not in _PARTNER_KINDS or any(c.lower_ in ("two", "2", "both") for c in noun.children):
        return False
    return any(c.lower_ in _ANY for c in noun.children if c.dep_ in ("det", "amod", "predet", "compound")) or any(
        c.dep_ == "nummod" and _count(c) >= MULTILATERAL for c in noun.children)


#: Numbers in words, from three (a count of two is the pair's).
_NUMBERS = {word: n for n, word in enumerate(
    "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split(), start=3)}


def _count(number: Token) -> int:
    """The value of a count ("92", "nine"); 0 when it is none ("P4+1"'s "1" counts 1)."""
    text = number.text.replace(",", "")
    return int(text) if text.isdigit() else _NUMBERS.get(number.lower_, 0)


#: Relative pronouns whose antecedent is the subject of their clause's verb.
_RELATIVES = frozenset({"that", "which", "who"})


def _subjects(trigger: Token) -> list[Token]:
    """The trigger's subjects, a relative pronoun read as the noun its clause tells of ("the
    countries that are negotiating")."""
    return [trigger.head if c.lower_ in _RELATIVES and trigger.dep_ == "relcl" else c
            for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    path = []
    while token != top and token.head != token:
        path.append(token)
        token = token.head
    return path


#: Heads of a state's own bodies, whose sittings are its own business ("a session of the Security
#: Council" chaired by Armenia's prime minister, "an open session of parliament").
OWN_BODIES = frozenset("council assembly parliament cabinet government majlis congress senate duma knesset".split())
#: Words that make a body one of two states or more ("the Joint Economic Commission", "the High
#: Council of Cooperation between the two countries", "the Intergovernmental Council").
_SHARED_BODY = frozenset(
    "joint intergovernmental inter-governmental bilateral trilateral cooperation between two both high strategic".split()
)


def own_body_sitting(trigger: Token, offset: int, index: ActorIndex) -> bool:
    """Whether the trigger is (or holds) a sitting of a body of one state, named by its kind ("Pashinyan
    chaired a session of the Security Council with the participation of President ...
    Khachaturyan"): no act with the article's other country, which the body's sitting does not
    name. A body of an organisation ("the UN Security Council", "the Council of the EU") or of two
    states or more (`named_as_one_state`) is none."""
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [c for c in trigger.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in _SITTINGS:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for body in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in OWN_BODIES):
                sides = index.sides_in(offset + body.left_edge.idx, offset + body.right_edge.idx + len(body.right_edge))
                if named_as_one_state(body) and all(country_by_iso3(s.country) is not None for s, _t in sides):
                    return True
    return False


def named_as_one_state(body: Token) -> bool:
    """Whether a body's name may be one state's by its words: none of a body of two states or more
    (`_SHARED_BODY`), and no name of more than one state or of a bloc ("the U.S.-EU Energy Council",
    "the UN Security Council")."""
    words = list(body.subtree)
    return not {t.lower_ for t in words} & _SHARED_BODY and not any("-" in t.text or t.text.isupper() for t in words)
