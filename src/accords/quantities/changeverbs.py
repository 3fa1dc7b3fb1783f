"""The verbs that say a figure moved ("rose 5 percent", "fell by $2 billion", "a growth of 3 percent"),
each with its forms: one table for the regexes that read a change right before an amount
(`extract.MOVED_BEFORE`, `indicators.changes`) or anywhere in its clause (`indicators.clauses`: the growth,
fall and multiple patterns), so a verb or a form added here reaches each of them that names it."""

from __future__ import annotations

#: The forms a rule may ask for, in the order `CHANGE_VERBS` writes them.
FORMS = ("base", "s", "past", "participle", "ing")

#: Each change verb's forms, as `FORMS` orders them.
CHANGE_VERBS: dict[str, dict[str, str]] = {verb: dict(zip(FORMS, forms.split(), strict=True)) for verb, forms in {
    "increase": "increase increases increased increased increasing",
    "decrease": "decrease decreases decreased decreased decreasing",
    "rise": "rise rises rose risen rising",
    "fall": "fall falls fell fallen falling",
    "grow": "grow grows grew grown growing",
    "shrink": "shrink shrinks shrank shrunk shrinking",
    "expand": "expand expands expanded expanded expanding",
    "decline": "decline declines declined declined declining",
    "drop": "drop drops dropped dropped dropping",
    "jump": "jump jumps jumped jumped jumping",
    "climb": "climb climbs climbed climbed climbing",
    "surge": "surge surges surged surged surging",
    "soar": "soar soars soared soared soaring",
    "plunge": "plunge plunges plunged plunged plunging",
    "slump": "slump slumps slumped slumped slumping",
    "slip": "slip slips slipped slipped slipping",
    "gain": "gain gains gained gained gaining",
    "lose": "lose loses lost lost losing",
    "add": "add adds added added adding",
    "shed": "shed sheds shed shed shedding",
    "reduce": "reduce reduces reduced reduced reducing",
    "tumble": "tumble tumbles tumbled tumbled tumbling",
    "slide": "slide slides slid slid sliding",
    "sink": "sink sinks sank sunk sinking",
    "dip": "dip dips dipped dipped dipping",
    "ease": "ease eases eased eased easing",
    "boost": "boost boosts boosted boosted boosting",
    "raise": "raise raises raised raised raising",
    "multiply": "multiply multiplies multiplied multiplied multiplying",
    "plummet": "plummet plummets plummeted plummeted plummeting",
}.items()}
#: The nouns of a rise ("a 14 percent increase", "a fivefold jump in exports").
RISE_NOUNS = "increase|rise|growth|jump|hike|surge"
#: The nouns of a change named right after a figure ("a 20 percent decline", "14 percent growth").
CHANGE_NOUNS = RISE_NOUNS + "|decrease|decline|fall|drop|reduction"


def change_words(verbs: str, forms: tuple[str, ...] = FORMS) -> str:
    """A regex alternation (no group) of the `forms` of the change verbs named in `verbs` (space-separated
    `CHANGE_VERBS` keys): `change_words("rise fall", ("past",))` is "rose|fell"."""
    words = dict.fromkeys(CHANGE_VERBS[verb][form] for verb in verbs.split() for form in forms)
    return "|".join(words)


#: A change told in the past right before its figure ("has risen by", "grew", "fell"): the past forms of the verbs
#: of growth and fall that `indicators.named` and `indicators.counted` read before a figure.
CHANGED = change_words("grow increase rise jump surge soar climb expand fall decline decrease drop shrink plunge",
                       ("past", "participle"))
