"""The authors a joint statement's title names (issue 13): who "we" stands for in its text.

Titles name their authors in several ways, and the hidden White House texts use the same forms:
- a list after "Joint Statement from/by/of [the Leaders/Governments ... of]": "Joint Statement from
  the Leaders of the United States, Egypt, and Qatar";
- a list after "between": "Joint Statement Between the United States and France on ...", "Joint
  Statement Following the Meeting Between President Biden and President Lula", "Joint Statement on
  the Strategic Third Neighbor Partnership between the United States of America and Mongolia";
- a list after "from" or "by" behind the topic: "Joint Statement on F-16s for Ukraine from U.S.
  President Joseph R. Biden, Dutch Prime Minister Dick Schoof, and Danish Prime Minister ...";
- names joined by hyphens or dashes before "Joint Statement": "U.S.-Japan Joint Statement",
  "United States – Aotearoa New Zealand Joint Statement", "United States-Australia-Japan Joint
  Statement on ...".

An item is a state or organisation the gazetteers know, or a leader: "President Joseph R. Biden
Jr. of the United States" (the "of" country), "Dutch Prime Minister Dick Schoof" (the demonym),
"President Macron" (the office-holder tables on the article's date: `accords.knowledge`). The
title gives authors only when every item of its list is one of these and they are two or more;
anything else ("Joint Statement on Further Restrictive Economic Measures", "Quad Leaders' Joint
Statement", "... Trinidad and Tobago") gives none, and the text's opening subject is read instead.
"""

from __future__ import annotations

import re

from accords import knowledge
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias, side_of

#: Fewest authors a title must name.
MIN_AUTHORS = 2
_DOC = r"(?:Leaders[’']?\s+|Vision\s+|Presidential\s+)?(?:Statement|Readout|Declaration)"
#: "Joint Statement from/by/of [the Leaders/Governments/... of] <list>".
_TITLED = re.compile(
    r"^\s*(?:A\s+)?Joint\s+" + _DOC + r"\s+(?:from|by|of|between)\s+(?:the\s+)?"
    r"(?:(?:Leaders|Governments|Presidents|Prime\s+Ministers|Heads\s+of\s+State(?:\s+and\s+Government)?"
    r"|Foreign\s+Ministers|Ministers)\s+of\s+)?(?P<list>.+)$",
    re.IGNORECASE,
)
#: "Joint Statement <topic> from/by <list>", "... (Meeting|Call|Partnership ...) Between <list>".
_BEHIND = re.compile(
    r"^\s*(?:A\s+)?Joint\s+" + _DOC + r"\b.*?(?:\s(?:from|by)|\s(?:Meeting|Call|Talks|Consultations|Dialogue"
    r"|Partnership|Summit|Visit|Conversation)s?\s+between)\s+(?P<list>.+)$",
    re.IGNORECASE,
)
#: "<X>-<Y> Joint Statement", "United States – Aotearoa New Zealand Joint Statement".
_BEFORE = re.compile(r"^\s*(?:The\s+)?(?P<list>[^:,]+?)\s+(?:Summit\s+|Presidential\s+)?Joint\s+" + _DOC + r"\b")
#: Where a list of authors ends: the statement's topic.
_LIST_END = re.compile(
    r"\s*:|\s+(?:(?:on|to|regarding|concerning|in|at|following|after|for)\s+|[A-Z][a-z]+ing\b)", re.IGNORECASE
)
_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_DASHES = re.compile(r"\s*[–—]\s*|\s*-\s*")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?(?=\s|,|$)")
#: Titles a leader named in a title bears, longest first.
_OFFICES = (
    r"(?:Vice\s+President|President|Prime\s+Minister|Chancellor|Taoiseach|Crown\s+Prince|King|Queen|Emir|Amir"
    r"|Sultan|Premier|General\s+Secretary|Secretary[- ]General|Secretary\s+of\s+State|Foreign\s+Minister"
    r"|National\s+Security\s+Advisor)"
)
_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?(?P<rest>.+)$")
_DEMONYM_OFFICE = re.compile(r"^(?P<who>.+?)\s+" + _OFFICES + r"\s+\S")
_OFFICE_NAME = re.compile(r"^(?P<office>" + _OFFICES + r")\s+(?P<name>.+)$")


def title_authors(title: str | None, published: str | None = None) -> tuple[str, ...]:
    """The states and organisations a joint statement's title names as its authors, in title
    order; () unless every item of its list is one and there are two or more. `published` (an
    ISO date) dates the office-holder tables for leaders named by title and surname."""
    if not title:
        return ()
    title = _SUFFIX.sub("", title.strip())
    for pattern in (_TITLED, _BEHIND):
        match = pattern.match(title)
        if match is not None:
            found = _listed(_LIST_END.split(match.group("list"), maxsplit=1)[0], published)
            if found:
                return found
    match = _BEFORE.match(title)
    if match is not None:
        return _dashed(match.group("list"), published)
    return ()


def _listed(listed: str, published: str | None) -> tuple[str, ...]:
    codes: list[str] = []
    for item in _ITEMS.split(listed):
        name = _PARENTHESIS.sub("", item).strip()
        if not name:
            continue
        code = item_code(name, published)
        if code is None:
            return ()
        if code not in codes:
            codes.append(code)
    return tuple(codes) if len(codes) >= MIN_AUTHORS else ()


def _dashed(listed: str, published: str | None) -> tuple[str, ...]:
    """Names joined by hyphens or dashes ("U.S.-Japan", "United States-Australia-Japan"), each
    the longest run of pieces that names a side ("Guinea-Bissau" stays whole)."""
    pieces = [piece for piece in _DASHES.split(listed.strip()) if piece]
    codes: list[str] = []
    at = 0
    while at < len(pieces):
        for end in range(len(pieces), at, -1):
            code = item_code("-".join(pieces[at:end]), published)
            if code is not None:
                break
        else:
            return ()
        if code not in codes:
            codes.append(code)
        at = end
    return tuple(codes) if len(codes) >= MIN_AUTHORS else ()


def item_code(item: str, published: str | None = None) -> str | None:
    """The side one item of a title's list names: a state or organisation by name, or a leader
    by the "of" country, the demonym before the office, or the office-holder tables; None when
    it names none of these."""
    name = item.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    code = _code(name)
    if code is not None:
        return code
    office = _OFFICE_NAME.match(name)
    if office is None:  # "Dutch Prime Minister Dick Schoof", "U.S. President Joseph R. Biden"
        ahead = _DEMONYM_OFFICE.match(name)
        known = country_by_alias(ahead.group("who")) if ahead is not None else None
        return known[0] if known is not None else None
    of = _OF_COUNTRY.search(name)
    if of is not None:  # "President Iván Duque Márquez of the Republic of Colombia", "the President of France Emmanuel Macron"
        words = of.group("rest").split()
        return next((c for k in range(len(words), 0, -1) if (c := _code(" ".join(words[:k]))) is not None), None)
    person = office.group("name").strip()
    return knowledge.country_of_person([person, person.split()[-1]], office.group("office"), published)


def _code(name: str) -> str | None:
    country = country_by_alias(name)
    if country is not None and country[1] == "name":
        return country[0]
    igo = igo_by_alias(name)
    return side_of(igo.acronym) if igo is not None else None
