"""News media as sources of words (quotes): the channel the words came through ("according to
the report", "IRNA reported"), which relays what others said rather than speaking for itself,
and so is neither a speaker an analyst looks for nor the organisation whose spokesman speaks next.
"""

from __future__ import annotations

from accords.gazetteer.media import MEDIA_NAME, names_medium

__all__ = ["MEDIA_NAME", "MEDIA_NOUNS", "names_medium"]

#: Heads of "according to" phrases that name the channel the words came through.
MEDIA_NOUNS = frozenset(
    "agency report reports website site media newspaper paper daily outlet channel tv television radio "
    "broadcaster portal press data figures statistics survey study poll estimates sources".split()
)
