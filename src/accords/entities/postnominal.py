"""The country a title after a name gives, where the title runs on past its first office:
"Simon Coveney, Minister for Foreign Affairs and Minister for Defense *of Ireland*", "Dr. Ibrahim
Kalin, Spokesperson and Chief Advisor *to the President of Turkey*", "Ali Sabry, *Sri Lanka's* Foreign
Minister". A country reached by "to" straight after an office is where the office is posted, not
whose it is ("Ambassador to Russia"), so it gives none. Used by `people._apposition`."""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.lexicon import TITLE_WORDS
from accords.entities.patterns import country_of, is_capitalised

#: How far past the title's head the scan goes (tokens).
_REACH = 14
#: The longest country name read (tokens): "Democratic People's Republic of Korea".
_LONGEST = 6


def _country_at(doc: Doc, i: int) -> tuple[int, str | None]:
    """The longest country name starting at token `i`: the index after it and its code."""
    for size in range(_LONGEST, 0, -1):
        if i + size <= len(doc) and not any(t.is_space or t.is_punct for t in doc[i:i + size]):
            found = country_of(doc[i:i + size].text)
            if found is not None:
                return i + size, found
    return i, None


def possessive_country(doc: Doc, j: int) -> tuple[int, str | None]:
    """"*Iran's* ambassador", "*Sri Lanka's* Foreign Minister" starting at `j`: the index after the
    possessive and the country, the longest name first; (`j`, None) when none starts there."""
    end, country = _country_at(doc, j)
    if country is not None and end < len(doc) and doc[end].tag_ == "POS":
        return end + 1, country
    return j, None


def tail_country(doc: Doc, i: int) -> str | None:
    """The country named in the rest of a post-name title from token `i` (just after the title's head or
    its "of ..." body): across "of", "for", "the", "and" and capitalised words, a country after "of" or
    in "to the <office> of <country>" (an aide's principal); none past a comma, a line's end or "to
    <country>" (a posting)."""
    n = len(doc)
    k = i
    principal = False  # inside "to the <office> ...": the office of a principal
    while k < n and k - i < _REACH:
        t = doc[k]
        if "\n" in t.text or (k > i and "\n" in doc[k - 1].whitespace_):
            return None
        lower = t.lower_
        if lower in ("of", "for", "the", "and"):
            if lower == "of":
                _, country = _country_at(doc, k + 2 if k + 1 < n and doc[k + 1].lower_ == "the" else k + 1)
                if country is not None:
                    return country
            k += 1
        elif lower == "to":
            j = k + 1  # "to the President of Turkey", "to the Turkish President": the principal's
            if j + 2 < n and doc[j].lower_ == "the" and is_capitalised(doc[j + 1]):
                if country_of(doc[j + 1].text) and doc[j + 2].lower_ in TITLE_WORDS:
                    return country_of(doc[j + 1].text)
                if doc[j + 1].lower_ in TITLE_WORDS:
                    principal = True
                    k = j + 2
                    continue
            return None  # "Ambassador to Russia": a posting
        elif is_capitalised(t) and t.tag_ in ("NNP", "NNPS", "NN", "JJ") and t.ent_type_ != "PERSON":
            if not principal and country_of(t.text) is not None:
                return None  # "Minister for Foreign Affairs Ireland": no "of", no claim
            k += 1
        else:
            return None
    return None
