"""One list of the titles of a state's offices (prec29): `accords.gazetteer.offices.STATE_TITLES`,
read by the entities (`accords.entities.lexicon.TITLE_HEADS`, which adds titles of any office) and by
the meetings (`accords.events.meetings`, which tells an official met from a private person, and adds
the Pope, whose title stays in the name). The two modules once held a copy each."""

from __future__ import annotations

import pytest

from accords.entities.lexicon import TITLE_HEADS
from accords.events import meetings
from accords.gazetteer.offices import STATE_TITLES


@pytest.mark.parametrize("word", ["president", "minister", "king", "prince", "ambassador", "envoy", "admiral", "senator"])
def test_state_title(word):
    assert word in STATE_TITLES
    assert word in TITLE_HEADS
    assert word in meetings._TITLES


@pytest.mark.parametrize(("word", "title_head", "official"), [
    pytest.param("ceo", True, False, id="ceo-a-title-no-official"),
    pytest.param("founder", True, False, id="founder-a-title-no-official"),
    pytest.param("pope", False, True, id="pope-official-kept-in-name"),
    pytest.param("prime", False, False, id="prime-by-its-head-minister"),
])
def test_other_titles(word, title_head, official):
    assert (word in TITLE_HEADS) is title_head
    assert (word in meetings._TITLES) is official


def test_entities_hold_every_state_title():
    assert STATE_TITLES <= TITLE_HEADS
    assert meetings._TITLES == STATE_TITLES | {"pope"}
