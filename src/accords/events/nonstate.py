"""Ones who act that are no state: courts, crowds, trades and the market, named by a common noun.

`accords.events.actors` completes an event that names no side with the article's pair (its two
most named countries). That is right for "the two countries signed", "the government had been
negotiating" and the passive "the agreement was signed"; it is wrong when the sentence says who
acted and that one is no state: "the fishermen of both states reject the deal", "the courts
gave it no shelter", "the remarks came after the minister's appeal", "the firms signed a supply
deal". An analyst records none of these as an act between the two states, so
the pair completes nothing there (`private_actor`). The words are a closed list of people,
bodies and things that are, by what the word says, not a government's; a state noun ("the
government", "officials", "the sides") or a pronoun still takes the pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import governing_verb, is_verb, subject_of

#: Common nouns (lemmas) of those who act as no state: courts and tribunals, private people, the
#: market and what is said ("comments", "reports").
NOT_A_STATE = frozenset("""
    court tribunal judge jury forum
    fisherman farmer worker crowd protester demonstrator striker union activist campaigner
    analyst economist expert critic observer commentator newspaper
    market consumer customer resident fan player club voter student teacher
    comment remark report intervention
""".split())

#: Firms and those who own or run them: no state either, but a firm of a named country is often
#: recorded with that country ("an Italian company has offered its technology to Iran", "SoftBank
#: committed a lifeline"), so a firm stops only the pair completing both sides.
FIRMS = frozenset("""
    company firm corporation bank lender creditor investor shareholder boss executive trader
""".split())


#: Private people named by what they are to others, by age or by their crime ("a 17-year-old girl
#: from Reynosa, Mexico ... killed her", "the woman's boyfriend stabbed her", "a tourist was beaten
#: by robbers"): their violence is crime news, not an attack between states (`private_violence`).
PRIVATE_PEOPLE = frozenset("""
    girl boy woman man teen teenager child mother father son daughter husband wife boyfriend girlfriend
    neighbour neighbor stepfather stepmother uncle aunt nephew niece cousin
    mugger robber thief burglar carjacker pickpocket
""".split())


def private_violence(trigger: Token) -> bool:
    """Whether an attack or arrest is done by a private person named by a common noun
    (`PRIVATE_PEOPLE`): the subject of its verb, inherited through conjunction ("a girl from
    Reynosa, Mexico lured a woman to her home and killed her"), or the agent of a passive."""
    verb = trigger if is_verb(trigger) else None
    subject = subject_of(verb) if verb is not None else None
    if verb is not None and subject is not None and verb.dep_ == "relcl" and subject.lower_ in _RELATIVES:
        subject = verb.head  # "the man who assassinated two cops": the man
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in PRIVATE_PEOPLE


#: Relative pronouns that stand for the noun their clause hangs on.
_RELATIVES = frozenset({"who", "that"})


def private_actor(trigger: Token, *, none_named: bool) -> bool:
    """Whether the one who acts in the trigger's clause is named by a common noun of no state
    (`NOT_A_STATE`; a firm, `FIRMS`, only when the sentence names no side, `none_named`): its
    subject, or the agent of a passive ("a deal rejected by fishermen"). A proper noun, a
    pronoun or a state noun is not."""
    verb = trigger if is_verb(trigger) else governing_verb(trigger)
    subject = subject_of(verb) if verb is not None else None
    if verb is not None and private_visit(verb, subject):
        return True
    if subject is None or subject.pos_ != "NOUN":
        return False
    words = NOT_A_STATE | FIRMS if none_named else NOT_A_STATE
    return subject.lemma_.lower() in words or subject.lower_ in words



#: Pronouns of people visited: "visiting *them*" names persons, no state.
_PEOPLE_VISITED = frozenset({"him", "her", "them"})


def private_visit(verb: Token, subject: Token | None) -> bool:
    """Whether a pronoun visits people named by a pronoun: "Normally, he'd spend his weekends
    visiting them" (his parents) is a family visit, and the article's pair completes no CONSULT
    between states from it. A named visitor or host ("the minister visited Baku") is not this."""
    if verb.lemma_.lower() != "visit" or subject is None or subject.pos_ != "PRON":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "PRON" and o.lower_ in _PEOPLE_VISITED for o in objects)
