"""Who issued the statement that "the statement said" means (issue #14: speakers named by an
organisation's voice).

"“…,” the statement said" after "Azerbaijan’s Ministry of Defense issued a statement" or
"according to a separate statement issued by the Iranian Foreign Ministry": a definite noun
refers back to the statement the text introduced last, and its speaker is whoever that
introduction names as issuing it, not the person or body spoken of last (a statement often
tells of a meeting in the third person: "Zarif then pointed to …, the statement said" is the
ministry's, not Zarif's). The introduction names the issuer after "statement … by/from", or as
the subject right before "issued a statement", "said in a statement", "in a statement". A joint
statement has several issuers and none here; an introduction whose issuer is no linked person
or organisation gives none either (the quote stage then decides as before), unless it is a
body described by its office as the subject ("The Iranian embassy in Baku has issued a statement",
"Iran’s embassy in Dushanbe issued a statement"): that description, as written, speaks
(`statement_body`).
"""

from __future__ import annotations

import re

from accords.quotes.speakers import People

#: A statement introduced with its issuer after it: "a (separate) statement (issued) by X".
_ISSUER_AFTER = re.compile(
    r"\b(?:a|an)\s+(?P<kind>(?:[\w-]+\s+){0,2})statement\s+(?:(?:was\s+)?(?:issued|released|put\s+out|published|posted)"
    r"\s+(?:on\s+\w+\s+)?)?(?:by|from)\s+"
)
#: A statement introduced after its issuer: "X issued a statement", "X said in a statement".
_ISSUER_BEFORE = re.compile(
    r"\b(?:(?:issued|released|put\s+out|published)\s+|in\s+)(?:a|an)\s+(?P<kind>(?:[\w-]+\s+){0,2})statement\b"
)
#: A body described by its office, a capitalised word first: "Iranian embassy in Baku", "Iran’s
#: embassy in Dushanbe", "Armenian prime minister’s office", "Turkish presidency".
_BODY = (r"(?P<body>(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+\s+){0,2}?(?:[a-z]+[’']s\s+)?"
         r"(?:embassy|presidency|office|ministry|consulate|mission)(?:\s+in\s+[A-Z][\w’'-]*)?)")
_BODY_BEFORE = re.compile(_BODY + r"(?:\s+(?:has|have|had|also|on\s+\w+))*\s+$")
#: How far back an introduction may be, and how near its issuer's name.
_REACH = 1500
_NEAR = 80


#: The subject of a reporting verb that is a statement with its issuer after it, up to the verb:
#: "A statement put out by the Armenian premiership [said]" (the parse's subject is "A statement").
_ISSUED_BY = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?statement\s+(?:(?:was\s+)?(?:issued|released|put\s+out|published|posted)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?(?P<issuer>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s*(?:,\s*)?$", re.IGNORECASE)


def issued_by(people: People, start: int, cue: int) -> tuple[str | None, str] | None:
    """The issuer a statement as a reporting verb's subject names after "by" or "from", up to the
    verb ("A statement put out by the Armenian premiership said"): the linked entity whose name
    is all of it, else None for the entity and the issuer as written where it ends on a lower-case
    noun (a body described: "Armenian premiership"); None where the words say no issuer (the
    speaker is then not the person or body spoken of last, nor one named in the reported words)."""
    match = _ISSUED_BY.match(people.text, start, cue)
    if match is None or not match.group("issuer")[:1].isupper():
        return None
    issuer = match.group("issuer")
    whole = [r for r in people.references(match.start("issuer"), match.end("issuer"))
             if r.entity is not None and r.start == match.start("issuer") and r.end == match.end("issuer")]
    if whole:
        return whole[0].entity, issuer
    if issuer.split()[-1].islower():
        return None, issuer
    return None


def statement_issuer(people: People, position: int) -> str | None:
    """The entity id of the person or organisation that issued the statement the text introduced
    last before `position`, or None where that introduction names no single linked issuer."""
    found = _last_introduction(people.text, position)
    return _issuer(people, position, *found) if found is not None else None


def statement_body(text: str, position: int) -> str | None:
    """The body described by its office that issued the statement introduced last before
    `position`, as the subject of "issued a statement" or "in a statement" ("Iranian embassy in
    Baku"), without its article; or None. Not one named after "a statement issued by": such a
    statement often relays another's words ("Hajiyev told the ambassador that …, according to a
    statement issued by the Iranian embassy in Baku. “As we have previously stated …”")."""
    found = _last_introduction(text, position)
    if found is None or found[0] != "before":
        return None
    match = found[1]
    sentence = max(text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1)
    body = _BODY_BEFORE.search(text, sentence, match.start())
    return re.sub(r"^The\s+", "", body.group("body")) if body is not None else None


def _last_introduction(text: str, position: int) -> tuple[str, re.Match[str]] | None:
    """The last statement introduced before `position` (which side names its issuer, and where),
    or None when there is none or it is a joint statement."""
    lower = max(0, position - _REACH)
    found = [(m.start(), "after", m) for m in _ISSUER_AFTER.finditer(text, lower, position)]
    found += [(m.start(), "before", m) for m in _ISSUER_BEFORE.finditer(text, lower, position)]
    if not found:
        return None
    _, side, match = max(found, key=lambda f: f[0])
    if "joint" in match.group("kind").lower():
        return None
    return side, match


def _issuer(people: People, position: int, side: str, match: re.Match[str]) -> str | None:
    text = people.text
    if side == "after":
        refs = [r for r in people.references(match.end(), min(position, match.end() + _NEAR))
                if r.entity is not None and r.start - match.end() <= 12]
        return refs[0].entity if refs else None
    sentence = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - _NEAR)
    refs = [r for r in people.references(sentence + 1, match.start()) if r.entity is not None]
    if not refs or not re.fullmatch(r"[\s,]*(?:\w+\s+){0,5}?", text[refs[-1].end:match.start()]):
        return None  # "X issued a statement": X right before it, a few words between at most
    return refs[-1].entity
