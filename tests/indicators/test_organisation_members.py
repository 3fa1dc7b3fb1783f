"""An organisation's count of members that the state press gives by its acronym or as "the organization"
(`indicators.memberships.body_members`): "the SCO's eight members", "the nine main members of the
organization", "a diplomatic organization with eight members", "the eight member countries", "the organization
was expanded to include seven new members". The count is the organisation's alone: the one its acronym names,
else the last one the text named before it; "the" before the count is no reference back here
(`clauses.is_reference_count`, `memberships.counts_members`). Members of a parliament, a delegation or a joint
committee, and "the two member states" (the sides named before), are no such count.

Texts: Tehran Times (tehrantimes-region, CC BY 4.0), the sentences as the corpus gives them (tt_486418, tt_465250,
tt_406641; the OSCE sentence from news_id 458027, shortened), each after an opening sentence written for the test where the corpus names the organisation earlier
in the article; sentences written for these tests in the register of the regional state press where marked. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "TEHRAN- The Shanghai Cooperation Organization (SCO) secretary-general, Zhang Ming, met with Iran’s recently "
        "appointed ambassador to China to discuss ways to strengthen economic ties with the SCO’s eight members.",
        [("member_countries", ("SCO",), 8.0, "count", "actual", None)],
        id="acronym-possessive-eight-members",
    ),
    pytest.param(
        "The Shanghai Cooperation Organization (SCO) chief met Iran's envoy. “During this meeting, we exchanged views "
        "on Iran’s active participation in the organization and the strengthening of economic cooperation with the "
        "eight member countries, including China,” Bakhtiar added.",
        [("member_countries", ("SCO",), 8.0, "count", "actual", None)],
        id="the-eight-member-countries-after-the-organization-named",
    ),
    pytest.param(
        "The SCO, which has its headquarters in China, is a diplomatic organization with eight members: China, "
        "Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Russia, India, and Pakistan.",
        [("member_countries", ("SCO",), 8.0, "count", "actual", None)],
        id="an-organization-with-eight-members",
    ),
    pytest.param(
        "The SCO is the largest Eurasian political, economic and security alliance. Today, two of the nine main "
        "members of the organization (China and Russia) have veto power in the UN Security Council.",
        [("member_countries", ("SCO",), 9.0, "count", "actual", None)],
        id="main-members-of-the-organization",
    ),
    pytest.param(
        "The Economic Cooperation Organization (ECO) was founded in 1985 by Iran, Pakistan and Turkey. In 1992, the "
        "organization was expanded to include seven new members.",
        [("member_countries", ("ECO",), 7.0, "count", "actual", None)],
        id="the-organization-expanded-to-include-new-members",
    ),
    pytest.param(  # written for this test
        "The Iranian delegation to Baku includes eight members of parliament.", [], id="members-of-parliament",
    ),
    pytest.param(  # the corpus sentence (news_id 474678), its money figures aside: the flow's partners, no size
        "Iran joined the Shanghai Cooperation Organization (SCO) in 2023. Latifi said the country has traded 12.34 "
        "million tons of non-oil goods with the 11 member states of SCO.",
        [("trade_turnover", ("IRN", "SCO"), 12340000.0, "t", "actual", None)],
        id="a-flow-with-the-member-states-is-no-size",
    ),
    pytest.param(  # written for this test
        "Iran and Turkey agreed that the eight members of the joint committee will meet in Ankara.", [],
        id="members-of-a-joint-committee",
    ),
    pytest.param(  # written for this test
        "Iran and Armenia are ECO observers. The two member states discussed transit.", [], id="the-two-member-states-refer-back",
    ),
    pytest.param(
        "The whole world supports the territorial integrity of Azerbaijan, but two members of the OSCE Minsk Group "
        "opposed Azerbaijan.", [], id="a-part-of-an-organ-s-members",
    ),
    pytest.param(  # written for this test
        "Iran and Turkey discussed trade; the organization has eight members of staff in Tehran.", [],
        id="no-organisation-named",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_organisation_members(text: str, wanted: list[tuple]) -> None:
    assert figures(text, source=TT) == wanted
