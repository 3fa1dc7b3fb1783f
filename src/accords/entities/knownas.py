"""A second name the text gives a thing: "the Framework Convention for the Protection of the Marine
Environment of the Caspian Sea, known as the Tehran Convention", "Islamic Republic of Iran Railways
(known as RAI)", "the Joint Comprehensive Plan of Action, officially known as ...".

A name, a comma or an opening parenthesis, an adverb at most ("also", "officially", "commonly"),
"known as" and a second name of the same kind: the second is another name of the first, one entity
(its alias), not a thing of its own. So is a renamed thing's other name: "Nur-Sultan (the new name of
Astana)", "Nur-Sultan, formerly Astana", "Nur-Sultan (formerly Astana)", "Astana (now Nur-Sultan)".
Names of different kinds are left apart ("Iran, Russia and Turkey, known as the Astana Group": the
countries are no group), and so are two known names with different ids.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from accords.entities.candidates import Candidate

#: Adverbs between the comma and "known as".
_ADVERBS = frozenset({"also", "officially", "commonly", "formerly", "popularly", "widely", "locally"})


#: Words of "the new name of", "the former name of" between the bracket and a renamed thing's other name.
_RENAMED = frozenset({"new", "old", "former", "current", "previous", "present"})


def _renamed_start(doc: Doc, end: int) -> int | None:
    """The token of the other name after "(the new name of", ", formerly" or "(now" at `end`
    (the bracket or comma after a name), or None."""
    n = len(doc)
    j = end + 1
    if j + 1 < n and doc[j].lower_ in ("formerly", "previously") and doc[j + 1].lower_ != "known":
        return j + 1  # "formerly known as" is read as "known as"
    if j < n and doc[j].lower_ == "now" and doc[end].text == "(":
        return j + 1  # "Astana (now Nur-Sultan)"; not ", now the capital"
    if j + 3 < n and doc[j].lower_ == "the" and doc[j + 1].lower_ in _RENAMED and doc[j + 2].lower_ == "name" \
            and doc[j + 3].lower_ == "of":
        return j + 4
    return None


def _second_name_start(doc: Doc, end: int) -> int | None:
    """The token after ", (also) known as (the)", or a renamed thing's words (`_renamed_start`), that
    follows a name ending at `end`, or None."""
    n = len(doc)
    if end >= n or doc[end].text not in (",", "("):
        return None
    renamed = _renamed_start(doc, end)
    if renamed is not None:
        return renamed + 1 if renamed < n and doc[renamed].lower_ == "the" else renamed
    j = end + 1
    if j < n and doc[j].lower_ in _ADVERBS:
        j += 1
    if j + 1 >= n or doc[j].lower_ != "known" or doc[j + 1].lower_ != "as":
        return None
    j += 2
    if j < n and doc[j].lower_ == "the":
        j += 1
    return j


def with_known_as(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """`candidates` (resolved, in text order) with each name the text says a thing is "known as" among
    the aliases of the name before it, so that linking makes them one entity (module docstring)."""
    by_start = {c.start: c for c in candidates}
    renamed: dict[int, Candidate] = {}
    for i, cand in enumerate(candidates):
        start = _second_name_start(doc, cand.end)
        second = by_start.get(start) if start is not None else None
        if second is None or second.type != cand.type or cand.type == "COUNTRY" or (
                cand.canonical and second.canonical and cand.canonical != second.canonical):
            continue
        first = renamed.get(i, cand)
        renamed[i] = dataclasses.replace(first, aliases=(*first.aliases, second.name))
    return [renamed.get(i, cand) for i, cand in enumerate(candidates)]
