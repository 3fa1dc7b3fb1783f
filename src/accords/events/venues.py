"""Venues that are no side: a meeting place when those met are not its people.

"talks with the opposition in Astana", "met with Afghan refugees in Islamabad": the city is
where the meeting was; the host country takes no part (GOLD_FORMAT: sides are the parties that
act; a host is a side only when it takes part). `accords.events.actors` adds a venue's country
as a side when the event names fewer than two states ("met with officials in Baku": the host's
officials); it asks `partner_elsewhere` first, and leaves the venue out when the partner is
named by a word for people who are, by what the word says, not a host state's: an
opposition or rebels, exiles, refugees; nor when those who meet are an international body's
members ("EU foreign ministers met in Luxembourg", "the minister joined EU colleagues in Luxembourg"):
the body meets in a member's city, which is no host taking part. Those who sign by passive
("the charter was signed by all 27 EU members in Rome") are members as a subject is. A gathering
named in the subject's own phrase ("EU ministers *at a meeting in Lisbon* promised ...") tells
where the subject was (`gathering_places`): a venue, not a side the subject names.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import names_body, subject_of

#: Heads of a partner phrase that name people who are not a host state's own: those who oppose
#: or fight a government, exiles. Not envoys: "a conversation with the Russian ambassador in
#: Tehran" is with the host, to whom the ambassador is posted.
NOT_THE_HOSTS = frozenset({
    "opposition", "rebel", "insurgent", "militant", "refugee", "exile", "diaspora", "expatriate", "dissident",
})


def _partners(trigger: Token) -> list[Token]:
    """Those the trigger names as met: objects of its "with" phrases and their conjuncts."""
    found: list[Token] = []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.append(pobj)
                    found.extend(pobj.conjuncts)
    return found


def partner_elsewhere(trigger: Token) -> bool:
    """Whether the trigger's partner is named by a word for people who are not the host's
    (`NOT_THE_HOSTS`): "talks with the opposition in Astana"; not "met with officials in Baku",
    "talks with President Tokayev in Astana". Or whether those who meet are a body's members
    (`body_members`)."""
    return any(partner.lemma_.lower() in NOT_THE_HOSTS or partner.lower_ in NOT_THE_HOSTS
               for partner in _partners(trigger)) or body_members(trigger)


def body_members(trigger: Token) -> bool:
    """Whether the meeting's subject or those it meets are members of an international body:
    a plural noun the body's name modifies ("EU foreign ministers met in Luxembourg", "NATO
    defence ministers", "the minister joined EU colleagues in Luxembourg"). One envoy of a body is a
    visitor ("the EU envoy held talks in Tehran": Iran hosts and takes part)."""
    heads = [*_partners(trigger), *(c for c in trigger.children if c.dep_ == "dobj")]
    heads += [pobj for agent in trigger.children if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj"]
    if trigger.pos_ in ("VERB", "AUX") and (subject := subject_of(trigger)) is not None:
        heads.append(subject)
    return any(
        head.tag_ in ("NNS", "NNPS") and any(
            names_body(c) for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.i)
        for head in heads
    )


#: Nouns of a gathering in whose place phrase a subject may say where it was.
GATHERINGS = frozenset({"summit", "meeting", "conference", "talks", "forum", "session", "gathering", "congress"})


def gathering_places(subject: Token | None, *, by_agent: bool = False) -> list[Token]:
    """Objects of the place phrases of a gathering in the subject's own phrase: "EU leaders
    *at a meeting in Lisbon* promised ...", "ministers at talks in Geneva agreed ...". Empty when
    the subject names no gathering ("officials in Baku said": Azerbaijan's officials). With
    `by_agent` (a verb done at a place, as "sign"), the places of the passive's agent too: "was
    signed by all EU members *in Rome*" (the parser hangs the place on the signers)."""
    if subject is None:
        return []
    places: list[Token] = []
    if by_agent and subject.dep_ == "pobj" and subject.head.dep_ == "agent":
        places.extend(pobj for place in subject.children if place.dep_ == "prep" and place.lower_ in ("in", "at")
                      for pobj in place.children if pobj.dep_ == "pobj")
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in GATHERINGS | {"talk"}:
                places.extend(pobj for place in noun.children if place.dep_ == "prep" and place.lower_ in ("in", "at")
                              for pobj in place.children if pobj.dep_ == "pobj")
    return places


#: Nouns of a process or a round of talks that takes the name of the city it meets in: "the
#: Astana peace process", "the Astana format", "the Vienna talks", "the Minsk Group".
NAMED_FOR_CITIES = frozenset({"process", "format", "talks", "negotiations", "track", "group"})


def names_a_seat(place: Token) -> bool:
    """Whether a city's name only says where something meets or sits: a modifier of a process or
    talks named after their venue ("the guarantor states of the Astana peace process", "the Vienna
    talks with the P4+1": Kazakhstan and Austria take no part), or of "based" ("the Beijing-based
    body" is the SCO). For a city (a PLACE), not a country: "the Iran talks" are Iran's."""
    head = place.head
    while head.dep_ == "compound" and head.head != head:
        head = head.head  # "Astana peace process": the compound's head
    if place.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in NAMED_FOR_CITIES:
        return True
    return place.dep_ in ("npadvmod", "compound") and place.head.lower_ == "based"
