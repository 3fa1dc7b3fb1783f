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

from accords.events.phrases import names_body, seat_of_bodies, subject_of

#: Heads of a partner phrase that name people who are not a host state's own: those who oppose
#: or fight a government, exiles. Not envoys: "a conversation with the Russian ambassador in
#: Tehran" is with the host, to whom the ambassador is posted.
NOT_THE_HOSTS = frozenset({
    "opposition", "rebel", "insurgent", "militant", "refugee", "exile", "diaspora", "expatriate", "dissident",
})


def named_outsider(person: Token) -> bool:
    """Whether a person met is named with a word that makes them none of a state's officials:
    "democratic opposition leader Svyatlana Tsikhanouskaya of Belarus", "dissident X"
    (`NOT_THE_HOSTS`, in lower case, on the name's title noun or on the name). The country of their
    phrase is theirs, no side met; a state's "Leader of the Opposition" is a title, not this."""
    nouns = [c for c in person.children if c.dep_ in ("compound", "appos", "amod") and c.pos_ in ("NOUN", "ADJ")]
    return person.pos_ == "PROPN" and any(
        word.lower_ in NOT_THE_HOSTS and word.text.islower()
        for noun in nouns for word in (noun, *(g for g in noun.children if g.dep_ in ("compound", "amod"))))


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
    return any(partner.lemma_.lower() in NOT_THE_HOSTS or partner.lower_ in NOT_THE_HOSTS or _body_chief(partner)
               for partner in _partners(trigger)) or body_members(trigger) or held_by_pronoun(trigger)


def _body_chief(partner: Token) -> bool:
    """"signed the memorandum ... with the secretary-general" in Samarkand: the chief of an international
    body, none of the host state's officials."""
    if partner.lower_ in ("secretary-general", "secretary-generals"):
        return True
    return partner.lower_ == "general" and any(c.lower_ == "secretary" for c in partner.children)


#: Possessive pronouns by which a meeting noun names one who takes part, unnamed.
_HOLDERS = frozenset({"my", "your", "our", "his", "her", "their"})


def held_by_pronoun(trigger: Token) -> bool:
    """Whether a meeting noun is held by one a pronoun names and its partner is named: "*Your*
    meeting with Mr. Aliyev in Ashgabat", "his talks with the Azerbaijani president in Ashgabat".
    Both who met are told (the pronoun's side completes the pair); the city is where they met,
    and its country no side. Not "his meeting with officials in Baku": a partner told by no name
    may be the host's."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in _HOLDERS for c in trigger.children):
        return False
    return any(
        token.pos_ == "PROPN" or (token.pos_ == "ADJ" and token.text[:1].isupper())
        for partner in _partners(trigger)
        for token in (partner, *(c for c in partner.children if c.dep_ in ("compound", "amod", "nmod", "poss")))
    )


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


#: Nouns of a process, a round of talks, a club, a forum or a summit that takes the name of the
#: city it meets in: "the Astana peace process", "the Vienna talks", "the Minsk Group", "the Paris
#: Club", "the Lisbon summit", "the Munich Security Conference", "the Minsk agreements".
NAMED_FOR_CITIES = frozenset({
    "process", "format", "talks", "negotiations", "track", "group", "club", "summit", "conference", "forum",
    "round", "declaration", "agreement", "accord", "dialogue",
})

#: Nouns a country's name may modify without the country acting: the office a state holds in a
#: body ("the Luxembourg presidency of the EU") and what is spoken of ("the Iran arms scandal",
#: "the Iran-Contra affair", "the Hong Kong question", "the Iraq war inquiry").
NAMED_FOR_COUNTRIES = frozenset({
    "club", "presidency", "scandal", "affair", "question", "inquiry", "dossier", "crisis",
})


def _named_heads(word: Token) -> list[Token]:
    """The nouns a modifier names, up the compounds between ("Astana peace process", "the Paris
    Club creditors": Club and creditors)."""
    heads = [word.head]
    while heads[-1].dep_ == "compound" and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    return heads


#: Nouns of talks whose place phrase, a city of international bodies, is a venue ("a round of talks
#: in Geneva"). Not any city: "we had fruitful talks in Baku" are talks with Azerbaijan.
TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "round"})


def names_a_seat(place: Token) -> bool:
    """Whether a city's name only says where something meets or sits: a modifier of a process,
    talks, a club or a summit named after their venue ("the guarantor states of the Astana peace
    process", "the Vienna talks with the P4+1", "a debt deal with the Paris Club": Kazakhstan,
    Austria and France take no part), or of "based" ("the Beijing-based body" is the SCO). Also
    a city of international bodies (`BODY_SEATS`) where a summit or talks meet ("met in the
    UN-sponsored talks in Geneva"): Kazakhstan and Switzerland take no part. Asked of a place inside a phrase,
    not of a venue the event's own place phrase names (`accords.events.actors` adds that host
    when the event names fewer than two sides). For a city (a PLACE), not a country: "the Iran
    talks" are Iran's."""
    if place.dep_ in ("compound", "nmod", "amod") and any(
            head.lemma_.lower() in NAMED_FOR_CITIES for head in _named_heads(place)):
        return True
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "at"):
        gathering = place.head.head.lemma_.lower()
        return seat_of_bodies(place) and gathering in GATHERINGS | TALKS
    return place.dep_ in ("npadvmod", "compound") and place.head.lower_ == "based"


def names_a_topic(country: Token) -> bool:
    """Whether a country's name is part of the name of an office it holds in a body or of what
    is spoken of (`NAMED_FOR_COUNTRIES`: "the Luxembourg presidency", "the Iran arms scandal",
    "the Paris Club"), not an actor: "the Iran talks", "Iran's nuclear talks" stay Iran's. An
    adjective names a presidency of a body only when the body is named ("the Dutch presidency
    of the EU"; "the French presidency said" is the Elysee, France's own)."""
    head = next((head for head in _named_heads(country) if head.lemma_.lower() in NAMED_FOR_COUNTRIES), None)
    if country.dep_ not in ("compound", "nmod", "amod") or head is None:
        return False
    if country.dep_ == "amod":
        return head.lemma_.lower() == "presidency" and any(
            names_body(pobj) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj")
    return True


def no_party(word: Token, types: set[str], phrase: Token) -> bool:
    """Whether a mention of these entity types inside `phrase` is no side of it: a city that
    names a seat (`names_a_seat`; not the phrase itself, a venue the event names) or a country
    that names an office or a topic (`names_a_topic`)."""
    return ("PLACE" in types and word != phrase and names_a_seat(word)) or ("COUNTRY" in types and names_a_topic(word))
