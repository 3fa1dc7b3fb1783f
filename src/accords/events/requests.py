"""Requests and refusals whose other side is named inside their complement.

Web news tells most demands and refusals with a clause: "China demanded *that the United
States roll back tariffs*", "Washington insisted *that Beijing commit to purchases*", "Russia
refused *to extradite the suspects to Britain*", "the UN rejected calls *to send peacekeepers
to East Timor*". The one asked is the subject of the demanded clause; the one refused is named
in what was refused. What is asked or refused is not done by the subject ("urged the European
Community *to support* the PLO" is no backing by the one who urges; "refused *to extradite*"
is the refusal, not a denied cooperation): a trigger inside such a complement is left to the
request or refusal (`nested_in_complement`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events import compliance
from accords.events.actors import phrase_sides
from accords.events.sideindex import ActorIndex, Side
from accords.events.cameo import VOICED_ASKS
from accords.events.triggers import WANTING
from accords.events.phrases import is_verb

#: Verbs that ask another side to act in their complement ("urged X to", "demanded that X").
ASKING = frozenset("demand insist urge ask request call appeal".split()) | WANTING
#: Verbs that refuse what their infinitive says ("refused to extradite", "declined to meet").
REFUSING = frozenset({"refuse", "decline"})
#: What is refused when a side will not say something: no act refused to another side
#: ("declined to comment on Iran's role", "refused to say whether ...").
_SAYING = frozenset(
    "say comment confirm deny discuss elaborate speculate answer disclose reveal specify name give identify "
    "respond explain detail".split()
)


def _infinitives(token: Token) -> list[Token]:
    """The to-infinitive complements of a verb ("refused *to extradite*", "urged X *to stand up*")."""
    return [c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def demanded_clauses(token: Token) -> list[Token]:
    """The that-clauses a request verb demands ("demanded *that the United States roll back*",
    "insisted *that Beijing commit*", "reiterated its demand *that Israel ease*"): finite content
    clauses with a named subject."""
    if not is_verb(token):
        return []
    if token.lemma_.lower() not in ASKING:
        # "reiterated its demand that Israel ease restrictions": the clause of the demand voiced
        # (the parser may hang the clause on the verb: "reiterated its demand today that ...")
        asked = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in VOICED_ASKS]
        clauses = [c for noun in asked for c in (*noun.children, *token.children) if c.dep_ in ("acl", "ccomp")]
        return [c for c in clauses if _named_subject(c) is not None and _mandative(c)]
    return [c for c in token.children if c.dep_ == "ccomp" and _named_subject(c) is not None and (
        _mandative(c) or (token.lemma_.lower() in WANTING and c in _infinitives(token))
    )]


def _mandative(verb: Token) -> bool:
    """A clause that says what must be done: a bare (subjunctive) verb ("that Beijing *commit*",
    "that control *be taken* away") or an obligation ("that Japan *should* open"). "Insisted that
    the sanctions *had* little effect" asserts, and asks no one."""
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    subject = _named_subject(verb)
    if verb.tag_ == "VBP" and subject is not None and subject.tag_ in ("NN", "NNP"):
        return True  # "that Beijing commit": a singular subject with the bare form, tagged as a present
    return any(c.dep_ in ("aux", "auxpass") and (
        c.lower_ in ("must", "should") or (c.lower_ == "be" and c.tag_ == "VB")
    ) for c in verb.children)


def wants_another(token: Token) -> bool:
    """Whether a verb of wanting or pushing asks a named other to act: "wants *the United States
    to cancel*" (a clause with its own subject) or "pushed *Beijing to open*" (an object and an
    infinitive). "Wants to expand cooperation" is the subject's own intention."""
    if not is_verb(token) or token.lemma_.lower() not in WANTING:
        return False
    infinitives = _infinitives(token)
    if any(c.dep_ == "ccomp" and _named(_named_subject(c)) for c in infinitives):
        return True
    return bool(infinitives) and any(c.dep_ == "dobj" and _named(c) for c in token.children)


#: Nouns that name a side by what it is ("the Chinese government", "Turkish officials").
_SIDE_NOUNS = frozenset(
    "government authorities officials leaders leadership administration ministry regime side country nation "
    "state cabinet".split()
)


def _named(phrase: Token | None) -> bool:
    """A phrase that names a side: a proper name ("the United States", "Tokyo") or a government
    noun with its nationality ("the Chinese government"); not a thing ("the Paris communique",
    "Taiwan's currency")."""
    if phrase is None:
        return False
    if phrase.pos_ == "PROPN":
        return True
    return phrase.lemma_.lower() in _SIDE_NOUNS and any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in phrase.subtree if t is not phrase
    )


def _named_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)


def refused_acts(token: Token) -> list[Token]:
    """What a refusal verb refuses to do ("refused *to extradite the suspects to Britain*"),
    unless it is to say something."""
    if not is_verb(token) or token.lemma_.lower() not in REFUSING:
        return []
    return [c for c in _infinitives(token) if c.lemma_.lower() not in _SAYING]


def complement_sides(token: Token, offset: int, index: ActorIndex) -> list[Side]:
    """The other side of a request or refusal named in its complement: the subject of a
    demanded clause, or the sides named in the act refused (countries, organisations and
    people of a country; not places)."""
    found: list[Side] = []
    for clause in demanded_clauses(token):
        subject = _named_subject(clause)
        if subject is not None:
            found.extend(phrase_sides(subject, offset, index)[0])
    for act in refused_acts(token):
        words = sorted(act.subtree, key=lambda t: t.i)
        found.extend(side for side, type_ in index.sides_in(offset + words[0].idx, offset + words[-1].idx + len(words[-1]))
                     if type_ != "PLACE")
    return list({side.country: side for side in found}.values())


def nested_in_complement(token: Token, other: Token) -> bool:
    """Whether trigger `token` lies in what the request or refusal `other` asks or refuses:
    asked of another side, or not done."""
    if not is_verb(other):
        return False
    lemma = other.lemma_.lower()
    if lemma in ASKING:
        heads = _infinitives(other) + demanded_clauses(other)
    elif lemma in REFUSING:
        heads = refused_acts(other)
    else:
        heads = demanded_clauses(other)  # "reiterated its demand that Israel ease ...": a demand voiced
    return any(token == head or head in token.ancestors for head in heads)


def imposing_sides(verb: Token, offset: int, index: ActorIndex, actors: list[Side]) -> list[Side] | None:
    """The sides that imposed the measure `verb` refuses, other than those who refuse it; None
    when `verb` refuses no measure."""
    measure = compliance.refused_measure(verb)
    if measure is None:
        return None
    known = {side.country for side in actors}
    found = [side for word in compliance.imposers(measure) for side in phrase_sides(word, offset, index)[0]]
    return [side for side in dict.fromkeys(found) if side.country not in known]
