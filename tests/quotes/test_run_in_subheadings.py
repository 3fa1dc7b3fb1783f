"""A subheading in single marks run into the text between two sentences (quotes.v2): the sentence
splitter left "… Saudi Arabia. ‘Trump does not want a war with Iran’ Zarif also said …" one
sentence, whose subject was the person of the sentence before (Imran Khan), and "he said" after it
was Khan's. The quotes stage splits it into the sentence before, the marked words and the sentence
after (`accords.quotes.layout.split_before_single_marks`).

Texts: Tehran Times articles (Tehran Times / Mehr News Agency, CC BY 4.0, via the
Tehran-Times-Dataset crawl; tests/gold/articles tt_441077, tt_448943), cut short. Each case lists
every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "subheading-between-a-person-scheduled-and-the-speaker",  # tt_441077
        "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif said on Tuesday that Iran has always been open "
        "to talks with Saudi Arabia. Pakistani Prime Minister Imran Khan is scheduled to make a trip to Tehran on "
        "Sunday for mediation between Iran and Saudi Arabia. ‘Trump does not want a war with Iran’ Zarif also said "
        "that he believes that U.S. President Donald Trump does not want a war with Iran. “I believe President "
        "Trump does not want to go to war and he does not want to escalate tension,” he said.",
        [(False, "Mohammad Javad Zarif", "Iran has always been open"),
         (False, "Mohammad Javad Zarif", "he believes that U.S."),
         (True, "Mohammad Javad Zarif", "I believe President Trump")],
    ),
    (
        "subheading-after-reported-speech",  # tt_448943
        "TEHRAN – Foreign Minister Mohammad Javad Zarif met his Turkish counterpart Mevlut Cavusoglu in Ankara. "
        "The foreign minister also said that the two countries will cooperate in fighting the coronavirus. "
        "‘Turkey is against sanctions on Iran’ Cavusoglu, for his part, said that Turkey is against sanctions on "
        "Iran. “Iran’s stability and peace is important for us,” Cavusoglu said.",
        [(False, "Mohammad Javad Zarif", "the two countries will cooperate"),
         (False, "Mevlut Cavusoglu", "Turkey is against sanctions"),
         (True, "Mevlut Cavusoglu", "Iran’s stability")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_run_in_subheading(text, expected):
    assert_quotes(quotes_found(text), expected)
