"""News media as sources of words (quotes): the channel the words came through ("according to
the report", "IRNA reported"), which relays what others said rather than speaking for itself,
and so is neither a speaker an analyst looks for nor the organisation whose spokesman speaks next.
"""

from __future__ import annotations

from accords.gazetteer.media import MEDIA_NAME, names_medium

__all__ = ["MEDIA_NAME", "MEDIA_NOUNS", "names_medium", "relays"]

#: Heads of "according to" phrases that name the channel the words came through.
MEDIA_NOUNS = frozenset(
    "agency report reports website site media newspaper paper daily outlet channel tv television radio "
    "broadcaster portal press data figures statistics survey study poll estimates sources".split()
)


#: Forms of "report" whose subject, closing a sentence after what it reports, is the channel.
_REPORT_FORMS = frozenset({"reported", "reports", "reporting"})


def relays(cue_word: str, cue: tuple[int, int], content: tuple[int, int] | None) -> bool:
    """Whether a reporting clause closes a sentence to say which medium carried it (`Speaking at
    … Recep Tayyip Erdogan condemned …, Al Waght reported.`): its subject is the channel,
    whoever the entity stage took it for, and never whom a "he" or "she" after it means."""
    return cue_word.lower() in _REPORT_FORMS and content is not None and content[1] <= cue[0]
