"""The reporting verbs: which lemmas report speech, how strongly, and in which written forms.

`accords.quotes.syntax` reads attribution clauses with these word lists; `CANDIDATE` picks the
sentences worth a parse (a word that may be a speech verb, or "according to").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of the give and take of talk (`“…,” Alito interjected`, `“Then why …?” he rejoined`):
#: they report the quote set right against them, as manner verbs do, and never reported
#: speech ("interrupted the meeting", "demanded his resignation", "wondered whether …").
#: Without them the quote was carried over to the last speaker, the one interrupted.
EXCHANGE_LEMMAS = frozenset(
    "interject rejoin interrupt mutter murmur scoff snap sneer groan grumble gripe marvel wonder tease cry scream "
    "demand inquire".split())
#: Reporting verbs of two words, a verb and its particle: "pointed out", and the retorts `“…,”
#: Horwath shot back`, "fired back", "hit back", "chimed in", "pushed back", "lashed out". The verb
#: alone reports nothing ("shot the suspect", "fired tear gas", "hit the wall", "pushed the cart");
#: a retort reports the quote set right against it, as `EXCHANGE_LEMMAS` do, never reported speech
#: ("hit back with air strikes", "pushed back the vote", "lashed out at Ottawa over the cuts").
PARTICLE_VERBS = {"point": "out", "shoot": "back", "fire": "back", "hit": "back", "chime": "in", "push": "back",
                  "lash": "out"}
RETORT_LEMMAS = frozenset(PARTICLE_VERBS) - {"point"}


def particle_of(token: Token) -> Token | None:
    """The particle of a reporting verb of two words (`PARTICLE_VERBS`) right after the verb
    ("shot | back", "pointed | out"), which the parse tags "prt" (or "advmod" right after it); None without one."""
    particle = PARTICLE_VERBS.get(token.lemma_.lower())
    return next((c for c in token.children if c.lower_ == particle and (
        c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1))), None) if particle else None
#: Lemmas of verbs that report speech. Each one introduces direct quotes; with a clausal
#: complement ("said the talks would resume") each one reports indirect speech too.
SPEECH_LEMMAS = frozenset(
    "say tell add state note stress emphasise emphasize explain announce declare warn insist argue claim "
    "write reply respond confirm acknowledge admit suggest predict recall remark reiterate affirm assert "
    "maintain contend concede deny testify caution complain allege reveal disclose tweet underline "
    "underscore highlight observe comment conclude continue ask urge vow promise pledge report "
    "mention describe estimate recount quip joke boast exclaim shout yell whisper answer counter retort lament "
    "plead proclaim laugh chuckle sigh muse gush voice repeat echo blurt chant advise rule reason rant elaborate".split()
) | frozenset("believe think feel hope fear worry agree hint indicate".split()) | EXCHANGE_LEMMAS
#: Verbs of belief and view: they give a speaker to the quoted words they frame (`“…,” he
#: believes`, `he believes the plan is “doomed to fail”`), but their content alone is no
#: reported speech: "Police believe the fire was set" is what is held, not said (tried as
#: reported speech, they added 29 false quotes and one hit on the GGT set). Weak verbs too.
VIEW_LEMMAS = frozenset("believe think feel hope fear worry agree hint indicate".split())
#: Verbs of manner that report speech only set right against the quote (`“…,” McDowell
#: laughed`), never a sentence away ("“…” The cabinet members gathered around him laughed").
MANNER_LEMMAS = frozenset("laugh chuckle sigh muse gush".split()) | EXCHANGE_LEMMAS | RETORT_LEMMAS
#: Heads that carry an organisation's or a person's words: "a statement from the ministry said",
#: "“…,” the letter read".
CARRIER_NOUNS = frozenset("statement release letter report post tweet communique communiqué".split())
#: Speech verbs that only report speech with a clausal complement or a quote right next to them
#: ("continued to grow", "asked for help", "described the plan", "elaborated on it" are no speech).
#: ("repeated the call", "echoed the concern", "advised residents to stay inside", "ruled out a
#: return" report nothing; "repeated that …", "advised that …", "ruled that …" do.)
WEAK_LEMMAS = frozenset(
    "continue ask urge describe report mention estimate promise vow pledge voice repeat echo advise rule elaborate".split()
) | VIEW_LEMMAS | EXCHANGE_LEMMAS | RETORT_LEMMAS
#: Verbs that name a thing in someone's words: "Noem called the campaign a “bold, innovative
#: effort”", "she described this as the “worst case scenario”". They report only the quoted
#: words of their predicate (the words after the object), never a clause of their own.
NAMING_LEMMAS = frozenset("call describe dub label brand term".split())
#: Verbs of judgement that name a thing in someone's words only through "as": "Cooperman blasted
#: the payout as “morally wrong”", "hailed the ruling as “a victory”" (never their object alone).
AS_NAMING_LEMMAS = frozenset(
    "blast slam dismiss denounce decry deride praise hail laud tout criticise criticize condemn characterise "
    "characterize portray".split())
_IRREGULAR = {"say": ("said",), "echo": ("echoes",), "tell": ("told",), "write": ("wrote", "written"), "testify": ("testified", "testifies"),
              "think": ("thought",), "feel": ("felt",), "shoot": ("shot",),
              "lash": ("lashes", "lashed", "lashing"), "push": ("pushes",)}


def _forms(lemma: str) -> set[str]:
    """The inflected forms of a speech verb ("say" → say, says, saying, said)."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


#: Speech verbs whose clausal complement is no statement of the speaker's: an indirect question
#: or a request ("asked whether the talks would resume", "asked why …"), a hint or an inference
#: ("suggested he might leave some partners behind", "the work suggested that …"), an estimate (a
#: figure, the indicators stage's: "estimates that could be more like 300 miles") or a court's
#: ruling. They report direct quotes (`“Why now?” she asked`), never reported speech. (Blind GGT:
#: 4 such reported quotes of "ask", none an annotated quote; of "suggest", "estimate" and "rule",
#: fourteenth session, 14, one an annotated quote.)
NO_STATEMENT_LEMMAS = frozenset("ask suggest estimate rule".split()) | EXCHANGE_LEMMAS | RETORT_LEMMAS


def no_statement(cue_word: str) -> bool:
    """Whether a reporting verb's form is one of `NO_STATEMENT_LEMMAS`' ("asked", "rules", "shot back")."""
    words = cue_word.lower().split()
    if len(words) == 2 and words[0] in _NO_STATEMENT_FORMS:
        return True
    return cue_word.lower() in _NO_STATEMENT_FORMS


#: A word that may be a speech verb, or "according to": the sentences worth a parse.
CANDIDATE = re.compile(
    r"\b(?:" + "|".join(sorted({f for lemma in SPEECH_LEMMAS | NAMING_LEMMAS | AS_NAMING_LEMMAS for f in _forms(lemma)}, key=len, reverse=True))
    + "".join(rf"|(?:{'|'.join(sorted(_forms(verb), key=len, reverse=True))})\s+{particle}" for verb, particle in PARTICLE_VERBS.items())
    + r"|according\s+to|read)\b",
    re.IGNORECASE,
)


_NO_STATEMENT_FORMS = frozenset(f for lemma in NO_STATEMENT_LEMMAS for f in _forms(lemma))

def finite_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The finite written forms of verbs (say → say, says, said; no -ing): a clause's verb."""
    return frozenset(f for lemma in lemmas for f in _forms(lemma) if not f.endswith("ing"))


#: The finite forms of the speech verbs (said, says, told, adds, …; no -ing): the verb of a clause.
_FINITE_SPEECH = finite_forms(SPEECH_LEMMAS)
#: A finite speech verb right after a phrase, an adverb between allowed (", the official also said").
_SPEECH_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|further\s+)?([a-z]+)\b")


def speech_verb_next(text: str, end: int) -> bool:
    """Whether a finite speech verb follows `end` ("…, the official | said"): the phrase before
    it is the clause's subject, not an apposition of a name before it."""
    match = _SPEECH_NEXT.match(text, end)
    return match is not None and match.group(1) in _FINITE_SPEECH
