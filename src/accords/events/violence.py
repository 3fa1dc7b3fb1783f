"""Whom force is aimed at when the verb names it with "at", "on" or "into": "Hamas fired rockets
*at Israel*", "troops opened fire *on* Palestinian protesters", "fired rockets *into* Israel";
and whose nationals it hits when its object names them ("Israeli forces killed *three
Palestinians*", "Chinese authorities detained *two Canadians*"). (The lexicon's "fire" and "open
fire" are ASSAULT; "clashed *with* police" takes its side from "with", as other verbs do.)

And whether a verb of force names an act of force at all (read by `accords.events.matching`): an
armed operation launched (`military_operation`), a shooting at someone rather than a film shot
(`shot_at_someone`), people wounded rather than pride (`people_hurt`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.actors import phrase_sides
from accords.events.sideindex import ActorIndex, Side
from accords.events.incidents import ATTACK_NOUNS
from accords.gazetteer.countries import country_by_alias

#: Verbs of force whose target follows "at" or "on", and nouns of an attack ("airstrikes *on* Gaza",
#: "the attack *against* the embassy": `accords.events.incidents`).
_AIMED = frozenset({"fire", "open"}) | ATTACK_NOUNS


def aimed_at(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """The sides named after "at" or "on" on a verb of firing, or at the end of its object
    ("fired rockets at Israel", parsed with "at Israel" on "rockets")."""
    if trigger.lemma_.lower() not in _AIMED:
        return []
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into")]
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        preps.extend(c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into"))
    return [side for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"
            for side in phrase_sides(pobj, offset, index, deep=True)[0]]


def struck(trigger: Token, offset: int, index: ActorIndex, actors: list[Side]) -> list[Side]:
    """Whom a verb of force or coercion hits, besides its object: the sides it is aimed at, those
    deported from a state, and the nationals it names."""
    return aimed_at(trigger, offset, index) + deported(trigger, offset, index) + nationals_hit(trigger, index, actors)


#: Words that count people before "of" ("dozens *of* Palestinians", "a group of Canadians").
_COUNTS = frozenset("dozens hundreds thousands scores number group groups".split())


def nationals_hit(trigger: Token, index: ActorIndex, actors: list[Side]) -> list[Side]:
    """The country of the nationals a verb of force names as its direct object ("Israeli forces
    *killed three Palestinians*", "Chinese authorities *detained two Canadians*", "arrested
    dozens of Syrians"), when a side of another country acts: people of a nation hit by another
    state are that nation's side (as "121 Palestinians have been killed by Israeli forces" is).
    Not with no one named acting ("gunmen killed three Palestinians" leaves it to the scene)."""
    if not actors:
        return []
    found: list[Side] = []
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if obj.lower_ in _COUNTS:
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), obj)
        alias = country_by_alias(obj.text)
        if alias is None or alias[1] != "demonym" or not obj.text.endswith("s") or obj.tag_ not in ("NNS", "NNPS"):
            continue  # "killed a Palestinian", "detained the Swiss": one person, or no plural noun
        side = index.country_side(alias[0])
        if side.country not in {a.country for a in actors} and side not in found:
            found.append(side)
    return found


#: Prepositions of what a dispute is about ("clashed *over* the budget").
_TOPICS = frozenset({"over", "about", "on", "regarding", "concerning"})


#: Who fights in a clash: armed and security forces, crowds and militants (a closed class).
FIGHTERS = frozenset(
    "police policeman policemen army troops troop forces force soldiers soldier guards guard militants militant rebels "
    "rebel fighters fighter insurgents insurgent protesters protester demonstrators demonstrator supporters supporter "
    "militias militia gunmen gunman settlers settler villagers crowds crowd mob mobs students officers security".split()
)


def verbal_clash(token: Token) -> bool:
    """A clash of words, no fighting: "Britain and France clashed *over* the EU budget",
    "clashed *on* policy", "a judge who has clashed with Trump". A clash is fighting only between
    forces or crowds named as such ("protesters clashed with police", "Azerbaijani and Armenian
    troops clashed"), and not over a topic."""
    if token.lemma_.lower() != "clash":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _TOPICS for c in token.children):
        return True
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    partners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    named = [subject] if subject is not None else []
    if token.dep_ == "relcl":
        named.append(token.head)  # "Judge X, who has clashed with Trump": the judge
    return not any(word.lower_ in FIGHTERS or word.lemma_.lower() in FIGHTERS
                   for head in named + partners for word in _conjoined(head))


def _conjoined(head: Token) -> list[Token]:
    """The head of a phrase and its conjuncts ("Armenian and Azerbaijani *forces*", "*police* and *troops*")."""
    found = [head]
    for child in head.children:
        if child.dep_ == "conj":
            found.extend(_conjoined(child))
    return found


def deported(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """Those deported "from" a named state ("More than 300 Indians were deported from Mexico"):
    the people deported are a side with the state that deports them (the rule for victims of a
    named attacker, `accords.events.actors`, with "from" naming who acts)."""
    if trigger.lemma_.lower() != "deport" or not any(
        c.dep_ == "prep" and c.lower_ == "from" and any(
            side for pobj in c.children if pobj.dep_ == "pobj" for side in phrase_sides(pobj, offset, index)[0]
        ) for c in trigger.children
    ):
        return []
    return [side for c in trigger.children if c.dep_ == "nsubjpass" for side in phrase_sides(c, offset, index)[0]]


#: People named by a common noun, of no nation ("murdered *1,400 people*", "killed *civilians*").
_NAMELESS_VICTIMS = frozenset("people person persons civilian civilians man men woman women child children".split())


def nameless_victims(type_: str, trigger: Token, actors: list[Side], recipients: list[Side]) -> bool:
    """Whether an ASSAULT names its attacker as its only side and hits people of no named nation:
    "Hamas gunmen breached the border and murdered 1,400 people" tells whom Hamas killed no more
    than a count does, and an attack on no one is no event between states (an analyst reads
    [PSE] alone as a laughable fact). Attacks on things ("attacks targeting commercial vessels")
    and on nationals ("killed three Palestinians", `nationals_hit`) are not this."""
    if type_ != "ASSAULT" or not actors or recipients or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        obj.lemma_.lower() in _NAMELESS_VICTIMS and not any(c.dep_ in ("amod", "compound", "poss") for c in obj.children)
        for obj in objects)


#: Adjectives of an armed operation ("a military operation", "a cross-border operation").
_ARMED = frozenset("military ground air naval armed cross-border counterterrorism counter-terrorism anti-terror "
                   "anti-terrorist".split())


def military_operation(verb: Token) -> bool:
    """Whether the verb launches an armed operation: an "operation" that is military or aimed
    "against" someone, or a named one ("Operation Olive Branch"), or a military campaign."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        named = any(c.dep_ == "compound" and c.lower_ == "operation" and c.pos_ == "PROPN" for c in child.children)
        armed = any(c.dep_ in ("amod", "compound") and c.lower_ in _ARMED for c in child.children)
        if child.lemma_.lower() == "campaign" and armed:
            return True  # "is launching a military campaign to occupy lands": no joint campaign
        if child.lemma_.lower() != "operation" and not named:
            continue
        against = any(c.dep_ == "prep" and c.lower_ == "against" for owner in (verb, child) for c in owner.children)
        if named or against or armed:
            return True
    return False


def shot_at_someone(token: Token) -> bool:
    """"Shot dead scores of protesters", "shot and killed two men": a killing, not a film shot,
    a rise to fame or a claim to have shot down an aircraft."""
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "dead":
        return True  # "shot dead" (the parser often hangs "dead" on the object)
    return any(c.dep_ == "conj" and c.lemma_.lower() == "kill" for c in token.children)


#: Who is hurt when "wound" is an act of force ("wounded two British soldiers", "dozens were wounded").
_HURT_PEOPLE = frozenset(
    """people person civilian civilians soldier soldiers troops officer officers policeman policemen police
    protester protesters demonstrator demonstrators fighter fighters militant militants child children
    woman women man men resident residents worker workers""".split()
)


def people_hurt(token: Token) -> bool:
    """"Wounded two British soldiers", "dozens were wounded": people hurt, counted or named by a
    noun of people (not "wounded his pride")."""
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.like_num or child.lemma_.lower() in _HURT_PEOPLE or child.lower_ in _HURT_PEOPLE:
            return True
        if any(c.dep_ == "nummod" for c in child.children):
            return True
    return False
