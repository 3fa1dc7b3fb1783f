"""Demands reported as obligations: "Russia said on Tuesday that Sudan must return a Mi-26
helicopter", "A senior British minister reiterated that Libya must hand over alleged bombers",
"The Bush administration declared that China must drop barriers to U.S. exports".

Wire news reports most demands without the word "demand": one side says that another must (or
should, has to, needs to) act. That is the speaker's REQUEST of the other (PLOVER's DEMAND),
made when said; whatever the other must do ("must reach an agreement", "must be ready to
mediate") is not done nor agreed, so it is no event of its own. Both sides must be named: the
speaker as the subject of the saying verb, the one asked as the subject of the obligation.

Blame and censure are reported the same way: "The Pentagon said Iran was responsible for the
attack", "Russia said the United States was to blame for the crisis", "Seoul charged that
Pyongyang was behind the hacking", "Jordan said the American decision was illegal", "the EU said
Israel's settlement activity violates international law", "China called the US decision a gross
interference", "described the US move as a violation of international law". That is the
speaker's ACCUSE of the side blamed, or of the side whose act is censured (its name in the
censured phrase, not in its prepositional phrases: "a violation *of UN resolutions*"), with the
same two named sides (`reported_act`); a denial ("was not responsible"), a side speaking of
itself ("said it was responsible") or a censured thing of no named side ("the situation is
unacceptable") is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import is_verb

#: Verbs that report what a side says.
SAYING = frozenset(
    "say declare reiterate insist stress emphasize emphasise announce state tell warn add note underline repeat "
    "maintain argue".split()
)
#: Verbs that report an accusation made in a that-clause ("charged that Pyongyang was behind ...").
_CHARGING = SAYING | frozenset({"charge", "claim", "assert", "contend"})
#: Predicates that lay blame on the clause's subject: "was *responsible* for", "was *to blame*".
_BLAMING = frozenset({"responsible", "culpable", "guilty"})
#: Predicates that censure what the clause's subject is or did, as the news reports reactions:
#: "the decision *is illegal*", "*is contrary* to international law", "*was a violation* of UN
#: resolutions", "the settlements *violate* international law".
_CENSURING = frozenset("illegal unlawful illegitimate unacceptable invalid void contrary provocative".split())
_CENSURE_NOUNS = frozenset("violation breach provocation aggression crime interference affront".split())
_CENSURE_VERBS = frozenset("violate contravene flout".split())
#: Verbs that name something as something: what a side did by a censure ("called the decision
#: illegal", "described the move as a violation", "deemed it a provocation"), a side by a praise
#: (`accords.events.praise`: "considers Turkey a friendly country").
NAMING_VERBS = frozenset("call describe consider regard deem term view name dub brand label".split())
#: Words one of which a sentence of blame or censure holds (`accords.events.triggers.may_trigger`).
BLAME_CUES = _BLAMING | _CENSURING | _CENSURE_NOUNS | _CENSURE_VERBS | {"behind", "responsibility"}
#: Modals of obligation.
_MUST = frozenset({"must", "should", "ought"})
#: "has to", "needs to": verbs that take an obligation's infinitive.
_NEED = frozenset({"have", "need"})


def obligation_verb(token: Token, *, authored: bool = False) -> bool:
    """Whether the token is the verb of an obligation laid on someone in a reported clause
    ("said that Sudan *must return* ..."), with its own subject; in a statement whose authors
    are known (`authored`), also one the statement lays itself ("Russia *must end* its illegal
    war of aggression", a main clause with a named subject): the authors' demand."""
    if not is_verb(token):
        return False
    verb = token
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEED and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        verb = verb.head  # "Libya has to hand over": the obligation sits on "has"
    elif not any(c.dep_ == "aux" and c.lower_ in _MUST for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "must not": a warning, left to the THREATEN/ACCUSE rules
    if authored and verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.head.children
    )


def reported_act(token: Token, *, authored: bool = False) -> str | None:
    """The act a side reports of another in a that-clause this token heads: REQUEST for an
    obligation (`obligation_verb`), ACCUSE for blame (`blame_verb`), or None."""
    if obligation_verb(token, authored=authored):
        return "REQUEST"
    return "ACCUSE" if blame_verb(token) else None


def blame_verb(token: Token) -> bool:
    """Whether the token is the verb of a reported clause that blames or censures its named
    subject ("said Iran *was* responsible for", "was to blame", "was behind the attack", "bears
    responsibility", "*was* illegal", "*violates* international law"), not negated, or a verb
    that names an act by a censure ("*called* the US decision a gross interference")."""
    if token.lemma_.lower() in NAMING_VERBS and token.pos_ == "VERB":
        return censured_object(token) is not None and any(c.dep_ == "nsubj" for c in token.children)
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in _CHARGING or not any(
        c.dep_ == "nsubj" for c in token.head.children
    ):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token.children):
        return False  # "Hamas said it was responsible": a claim of its own act
    if any(c.dep_ == "neg" for c in (*token.children, *(g for c in token.children for g in c.children))):
        return False  # "was not responsible", "was not to blame": a denial
    lemma = token.lemma_.lower()
    if lemma == "bear":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in token.children)
    if lemma in _CENSURE_VERBS:
        return True
    if lemma != "be":
        return False
    return any(
        (c.dep_ == "acomp" and c.lemma_.lower() in _BLAMING | _CENSURING)
        or (c.dep_ == "attr" and c.lemma_.lower() in _CENSURE_NOUNS)
        or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and any(g.lower_ == "to" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" for g in c.children))
        for c in token.children
    )


def naming_parts(verb: Token) -> tuple[list[Token], list[Token]]:
    """What a naming verb ("call", "describe ... as", "consider") names, and what it names it: its
    objects ("called *Iran* ...") and the phrases that name them ("... *an important partner*",
    "... as *a violation*"), the latter also set after the object with "as"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr")]
    named += [g for c in (*verb.children, *(c for o in objects for c in o.children)) if c.dep_ == "prep"
              and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return objects, named


def censured_object(verb: Token) -> Token | None:
    """What a naming verb censures, when it names it by a censure ("called *the US decision* a
    gross interference", "described *the US move* as a violation", "called *the decision*
    illegal"), not negated; None otherwise."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects, named = naming_parts(verb)
    for phrase in named:
        if phrase.lemma_.lower() in _CENSURING | _CENSURE_NOUNS:
            subject = next((c for c in phrase.children if c.dep_ == "nsubj"), None)
            found = objects[0] if objects else subject
            if found is not None and found.pos_ != "PRON":
                return found
    return None


def _clause_verb(token: Token) -> Token:
    return token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in _NEED else token


def speaker_and_asked(token: Token) -> tuple[Token | None, Token | None]:
    """The subject of the saying verb (who demands) and the subject of the obligation (who is
    asked; None for a passive subject that is no name)."""
    if token.lemma_.lower() in NAMING_VERBS and (censured := censured_object(token)) is not None:
        return next((c for c in token.children if c.dep_ == "nsubj"), None), censured
    verb = _clause_verb(token)
    asked = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if asked is not None and asked.dep_ == "nsubjpass" and asked.pos_ != "PROPN":
        # a passive obligation asks its subject only when the subject is a name ("Israel must be
        # held accountable"): "Syria's territorial integrity must be preserved" asks no one, least
        # of all Syria (the obligation is still a demand: what it asks is not done)
        asked = None
    if verb.dep_ == "ROOT":
        return None, asked  # the statement's own demand: its authors ask
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker, asked


def inside_obligation(token: Token, demand: Token) -> bool:
    """Whether `token` (another trigger) lies in what the asked side must do ("must *reach an
    agreement*", "must be *ready* to mediate"): asked for, not done."""
    verb = _clause_verb(demand)
    _speaker, asked = speaker_and_asked(demand)
    if token == demand or token == verb:
        return False
    if asked is not None and token in asked.subtree:
        return False
    return token in verb.subtree


#: Dependents that belong to the name of the one asked ("the Sudanese government and the
#: rebels"), not prepositional phrases ("the conflict *in Syria*": a place, no side asked).
_NAME_DEPS = frozenset({"compound", "amod", "poss", "appos", "conj", "cc", "det", "nmod", "case", "punct"})


def name_tokens(head: Token) -> list[Token]:
    """The tokens that name a side in a subject phrase, without its prepositional phrases and
    clauses."""
    found = [head]
    for child in head.children:
        if child.dep_ in _NAME_DEPS:
            found.extend(name_tokens(child))
    return found
