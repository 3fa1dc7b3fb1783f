"""Two quotes the parse leaves without their speaker (quotes.v2, twenty-third session, qggt32).

- A copy of a reported quote that the page glued, with no verb, to the next paragraph is the same
  speaker's (`accords.quotes.layout.repeated_with_speaker`), not whoever was the subject last.
- A long quote can throw the parse off its closing clause `,” a spokesperson for the Armenian
  defense ministry said in a statement`: the organisation's voice the words before the cue name
  speaks (`accords.quotes.clauses.regex_clause`), as the parse would have read it.

The texts are Tehran Times copy (CC BY 4.0; tt_477844, shortened). Each case lists every quote
found, in text order, as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-glued-copy-of-a-reported-quote-is-the-same-speakers",
        "Concluding his speech, foreign minister Hossein Amir Abdollahian said, “Long live Armenia, long Live Iran, "
        "long live the friendship of the two countries.” This clearly shows Armenia’s importance for Iran. However, "
        "what Baku must note is that Tehran’s support will not remain exclusive. “Long live Armenia, long Live Iran, "
        "long live the friendship of the two countries.”During the exercises, the IRGC Ground Forces practiced how to "
        "set up pontoon bridges.",
        [(True, "Hossein Amir Abdollahian", "Long live Armenia"), (True, "Hossein Amir Abdollahian", "Long live")],
    ),
    (
        "a-spokesperson-for-a-ministry-after-a-long-quote",
        "Armenia denied it fired at Azerbaijani forces. “Units of the Armenian Armed Forces did not open fire in the "
        "direction of the Azerbaijani positions, and the daily dissemination of such misinformation by the ministry "
        "of defense of Azerbaijan is nothing but an attempt to artificially create tension on the border,” a "
        "spokesperson for the Armenian defense ministry said in a statement.",
        [(False, "Armenia", "it fired"), (True, "Armenian defense ministry spokesperson", "Units of the Armenian")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_repeated_and_voiced(text, expected):
    assert_quotes(quotes_found(text), expected)
