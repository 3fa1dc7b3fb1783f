"""Wire copy (issue 13, eighth session): what a news agency's story tells as still to come, and a
lead that the next paragraphs tell again.

The agency stories these rules were found on (Reuters 1987, read from ../shared at benchmark time)
may not be copied into the project, so the sentences below are written in their register and
marked as such; each rule keeps a case that must still fire."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # written in the register of Reuters wire copy (not copyable)
    pytest.param("Brazilian Finance Minister Dilson Funaro will extend his international tour, flying to Japan for "
                 "talks with government officials and representatives of banks, Finance Ministry sources said.",
                 "1987-03-05", [("AGREE", "planned")], id="will-extend-flying-for-talks"),
    pytest.param("The Commissioners, led by President Jacques Delors, will pay a two-day visit to Bonn on April 1-2 "
                 "when they were due for a meeting with the principal West German cabinet members.", "1987-03-17",
                 [("AGREE", "planned")], id="due-for-a-meeting"),
    pytest.param("Iranian President Hassan Rouhani left Tehran on Monday, flying to Baku for talks with Azerbaijani "
                 "President Ilham Aliyev.", None, [("CONSULT", "occurred")],
                 id="left-flying-for-talks-stays"),
])
def test_participle_shares_the_tense_of_its_verb(text, published, expected):
    """A participle clause with no subject of its own ("will extend his tour, flying to Japan for
    talks") is as future as its verb; a meeting one is "due for" is scheduled. A past trip stays."""
    assert [(kind, status) for kind, _sides, status in events_with_sides(text, published=published)] == expected


# written in the register of Reuters wire copy (not copyable): a lead, then the same act told
# again with detail; and a lead followed by "also", one more act.
_FLIGHTS = (
    "Britain and Japan agreed to operate 12 flights a week over Siberia including eight non-stop services from "
    "May 31, officials of the Transport Ministry said.\n    The officials said both countries reached agreement at "
    "their civil aviation talks here enabling British airline companies to begin regular air service on the "
    "trans-Siberian route between London and Tokyo."
)
_OFFERS = (
    "Venezuelan president Hugo Chavez has offered China wide-ranging access to the country's oil reserves. "
    "Venezuela has also offered to supply 120,000 barrels of fuel oil a month to China."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_FLIGHTS, [("AGREE", ("GBR", "JPN"))], id="lead-told-again"),
    pytest.param(_OFFERS, [("AGREE", ("CHN", "VEN")), ("AGREE", ("CHN", "VEN"))], id="also-offered-stays-two"),
])
def test_a_lead_told_again_is_one_event(text, expected):
    """The lead's act told again in the next two sentences is one event; "also" adds another."""
    assert [(kind, sides) for kind, sides, _status in events_with_sides(text, published="1987-03-14")] == expected
