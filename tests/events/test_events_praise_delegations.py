"""events.v2 on the regional government press (issue #13, evtt22): a side named another's partner,
friend or ally is praise, SUPPORT of the two (`accords.events.praise`, CAMEO 051); a delegation or
envoy sent is a visit, and one to be sent an AGREE (`accords.events.triggers`: "send"); a summit
"on Syria between the leaders of Turkey, Russia and Iran" is not Syria's (`accords.events.groups.
named_as_topic`). Sentences from Tehran Times (CC BY 4.0, Tehran Times / Mehr News;
tehrantimes_region_dev) or written for this test in that register. Exact type, sides (actor and
recipient countries) and status of every event found. Also: a proposal told with "suggest" and what is
set up or allocated ("suggests allocation of $500 million", "suggested formation of a joint committee": AGREE)."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # tehrantimes_region_dev 412692 (tests/gold/dev/tt_412692.json)
    ("called-partner",
     "Turkmen Foreign Minister Rasit Meredow called Iran an “important business partner”.",
     [("SUPPORT", ("IRN", "TKM"), "occurred")]),
    # written for this test
    ("described-as-partner",
     "The Azeri minister described Iran as a reliable and strategic partner of Azerbaijan.",
     [("SUPPORT", ("AZE", "IRN"), "occurred")]),
    ("called-friend-brother",
     "Azerbaijani President Ilham Aliyev called Iran a friend and a brother of the Azerbaijani people.",
     [("SUPPORT", ("AZE", "IRN"), "occurred")]),
    # must stay: a name that is no praise, a negated one, one with no namer
    ("called-threat", "The US official called Iran a threat to the region.", []),
    ("unreliable-partner", "Pompeo described Turkey as an unreliable partner.", []),
    ("not-an-ally", "He did not consider Iran an ally.", []),
    ("passive-no-namer", "Iran is considered a reliable partner by Turkmenistan.", []),
    # tehrantimes_region_dev 438487 (tests/gold/dev/tt_438487.json)
    ("plans-to-send-delegation",
     "Iran Chamber of Commerce, Industries, Mines and Agriculture (ICCIMA) plans to send a trade delegation to "
     "attend Turkmenistan’s first Caspian Economic Forum (CEF) which is due to be held in Awaza on August 11-12.",
     [("AGREE", ("IRN", "TKM"), "intended")]),
    # written for this test
    ("will-send-delegation",
     "Iran will send a trade delegation to Kazakhstan next month.",
     [("AGREE", ("IRN", "KAZ"), "planned")]),
    ("sent-delegation",
     "Azerbaijan sent a high-ranking delegation to Tehran last week to discuss the railway project.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # must stay: what "send" sends that is neither aid nor a delegation
    ("sent-message", "Aliyev sent a message of congratulations to Raisi.", []),
    # must stay: tehrantimes_region_dev 475955, delegations sent with no destination or purpose
    ("sent-delegations-nowhere",
     "Now the situation is changing and some countries have opened their embassies and sent some delegations.",
     []),
    # tehrantimes_region_dev 440212 (tests/gold/dev/tt_440212.json)
    ("summit-on-topic-between-parties",
     "Ankara was set to host a trilateral summit on Syria between the leaders of Turkey, Russia and Iran later "
     "on Monday.",
     [("AGREE", ("IRN", "RUS", "TUR"), "intended")]),
    # tehrantimes_region_dev 402888 (tests/gold/dev/tt_402888.json): a suggestion of what is set up or allocated
    ("suggests-allocation",
     "TEHRAN- Azerbaijan suggests allocation of $500 million to finance the Rasht-Astara railway project in Iran, "
     "said Managing Director Ali Noorzad.",
     [("AGREE", ("AZE", "IRN"), "occurred")]),
    # written for this test
    ("suggested-formation",
     "To increase mutual industrial cooperation with Armenia, the Iranian minister suggested formation of a joint "
     "committee to study further cooperation.",
     [("AGREE", ("ARM", "IRN"), "occurred")]),
    # must stay: "suggest" of evidence or of an opinion is no proposal
    ("suggests-opinion",
     "The Turkish envoy to Iran suggests displacement of dollars in international trade may protect states’ "
     "national interests.",
     []),
    # must stay: talks on a country without a list of parties keep what the base gives
    ("talks-on-topic", "Iran and Turkey held talks on Syria.", [("CONSULT", ("IRN", "TUR"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_praise_and_delegations(text, expected):
    assert _events(text) == expected
