"""Where a diplomat is posted is not whom the diplomat stands for.

State press names envoys by their posting: "Iranian Ambassador to the Republic of Azerbaijan
Seyed Abbas Mousavi met ... with Foreign Minister Hossein Amir Abdollahian" is an Iranian
meeting an Iranian (a briefing at home, no relation between states), and "Iran's ambassador to
Baku met with the Azeri deputy foreign minister" is Iran meeting Azerbaijan once, through the
minister. The country of the "to" phrase of a diplomat noun (ambassador, envoy, embassy, ...)
counts as a side of the phrase only when the phrase names no other ("the ambassador to Baku"
alone still points at the pair). So does the "in" phrase that says where a diplomat or mission
sits: "Iran's embassy in Dushanbe issued a statement dismissing ...", "The embassy of the
Islamic Republic of Iran in Baku has denied reports ..." are Iran's acts, not Tajikistan's or
Azerbaijan's (the twenty-first session's audit: 3 of 280 Tehran Times events took the host
city as a side). Pure: reads the parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of a diplomat or mission whose "to" phrase names where it is posted.
DIPLOMAT_NOUNS = frozenset("ambassador envoy embassy representative consul consulate attache attaché emissary".split())


#: Prepositions of a posting: "ambassador *to* Baku", "embassy *in* Dushanbe".
_POSTING_PREPS = frozenset({"to", "in"})


def posted_at(phrase: Token) -> frozenset[int]:
    """Indexes of the tokens of the postings inside the phrase ("Ambassador *to the Republic of
    Azerbaijan*", "envoy *to Tehran*", "embassy *in Dushanbe*"), an "in" phrase the parser hung
    on the mission's owner included ("the embassy of Iran *in Baku*")."""
    found: set[int] = set()
    for token in phrase.subtree:
        if token.lemma_.lower() not in DIPLOMAT_NOUNS and token.lower_ not in DIPLOMAT_NOUNS:
            continue
        owners = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _POSTING_PREPS:
                found.update(t.i for t in prep.subtree)
        for prep in (child for owner in owners for child in owner.children):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                found.update(t.i for t in prep.subtree)
    return frozenset(found)
