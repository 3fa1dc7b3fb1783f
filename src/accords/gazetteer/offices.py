"""Titles of a state's offices: the words that make a named person one who acts for a state
("President", "Minister", "King", "Ambassador", "Admiral").

`accords.entities.lexicon.TITLE_HEADS` (the words that end a title before a name, of any office,
private ones too) holds them; `accords.events.meetings` reads them to tell an official met from a
private person. The words are lower case; callers compare `token.lower_` or `token.lemma_`.
"""

from __future__ import annotations

#: Head words of the titles of a state's offices ("prime minister" by its head "minister", "crown
#: prince" by "prince"; Ireland's prime minister and deputy prime minister, "Taoiseach Leo Varadkar",
#: "Tánaiste Micheál Martin").
STATE_TITLES = frozenset(
    """president minister premier king queen emir sheikh prince sultan chancellor governor general admiral
    ambassador envoy senator taoiseach tánaiste tanaiste""".split()
)
