"""Joint commissions written in lower case, which recur as meetings of two governments ("the
joint consular, border and customs commission", "Iran-Turkey joint banking committee"): an
EVENT_NAME pattern of the entities stage, beside the patterns of `accords.entities.patterns`
whose head words (`BODY_HEADS`, `JOINT`) and hyphen test (`joined`) it shares.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.patterns import BODY_HEADS, JOINT, MAX_NAME_TOKENS, country_of, joined
from accords.entities.tokens import TokenIds, string_ids, token_ids

_BODY_WORDS = frozenset({"NN", "NNS", "JJ"})


def joint_bodies(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """Joint commissions written in lower case, which recur as meetings of two governments:
    "the joint consular, border and customs commission", "Iran-Turkey joint banking committee",
    "Azerbaijani-Iranian intergovernmental commission on economic, trade and humanitarian issues"."""
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    for head in ids.where_lower(string_ids(BODY_HEADS)):
        token = doc[head]
        if not token.is_lower:
            continue
        i = token.i - 1
        start = None
        while i >= 0 and token.i - i <= MAX_NAME_TOKENS:
            t = doc[i]
            if t.lower_ in JOINT:
                start = i
                break
            if not (t.lower_ in ("and", ",") or (t.is_lower and t.tag_ in _BODY_WORDS)):
                break
            i -= 1
        if start is None or (start == token.i - 1 and not (start > 0 and country_of(doc[start - 1].text))):
            continue  # "a joint committee" names nothing
        # the countries in front: "Iran-Turkey", "Azerbaijani-Iranian"
        j = start - 1
        while j >= 0 and (country_of(doc[j].text) or joined(doc, j)):
            j -= 1
        if j + 1 < start and country_of(doc[j + 1].text):
            start = j + 1
        end = token.i + 1
        # what it is on: "on economic, trade and humanitarian issues"
        if end + 1 < len(doc) and doc[end].lower_ == "on":
            k, last = end + 1, None
            while k < len(doc) and k - end <= 8 and (
                    doc[k].lower_ in ("and", ",") or (doc[k].is_lower and doc[k].tag_ in _BODY_WORDS)):
                if doc[k].tag_ in ("NN", "NNS"):
                    last = k
                k += 1
            if last is not None:
                end = last + 1
        found.append(Candidate(start, end, "EVENT_NAME", doc[start:end].text, PATTERN,
                               source="pattern:joint-body"))
    return found
