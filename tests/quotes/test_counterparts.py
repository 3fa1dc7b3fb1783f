"""A counterpart holds the office of the person whose counterpart they are (quotes.v2, issue 14):
"Iranian President Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev … The
Azerbaijani president, in turn, said …" is Aliyev, not a person of another country named before
or after; "Azerbaijan's foreign minister" is not Aliyev, and is no Iranian either
(`accords.quotes.counterparts`, `accords.quotes.speakers.People.titles`).

The first case is Tehran Times text (tt_477666, Tehran Times / Mehr News Agency, CC BY 4.0), cut
short, with the Azerbaijani president's words written for this test; the others are written for
these tests in its register. Each case lists every quote found, in text order, as (direct,
speaker name, first words).
"""

import pytest

from accords.quotes.counterparts import borrowed_titles, is_counterpart_title
from tests.quotes.found import assert_quotes, quotes_found

_MEETING = (
    "Iranian President Ayatollah Seyed Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev on the "
    "sidelines of the CICA Summit in Astana on Thursday. “Any change in the transit status of Iran and Armenia is "
    "rejected,” President Raisi said. "
)

CASES = [
    (
        "the-counterparts-country-and-the-office-of-the-one-he-met",
        _MEETING + "The Azerbaijani president, in turn, said, “Azerbaijan respects the international borders of "
        "Iran.” On Saturday, Iranian Foreign Minister Hossein Amir Abdollahian held a phone call with his "
        "Azerbaijani counterpart.",
        [(True, "Seyed Ebrahim Raisi", "Any change"), (True, "Ilham Aliyev", "Azerbaijan respects")],
    ),
    (
        "another-office-of-the-counterparts-country-is-not-him",
        "Iranian President Ayatollah Seyed Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev in Astana "
        "on Thursday. Azerbaijan's foreign minister said the talks were useful.",
        [(False, "Azerbaijan's foreign minister", "the talks were useful")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counterpart_speaker(text, expected):
    assert_quotes(quotes_found(text), expected)


BORROWED = [
    ("country-adjective-dropped", ["Iranian Foreign Minister"], ["Foreign Minister"]),
    ("possessive-country-dropped", ["Iran's President"], ["President"]),
    ("counterpart-titles-dropped", ["his Turkish counterpart", "President"], ["President"]),
    ("only-a-country-word-leaves-nothing", ["Iranian"], []),
]


@pytest.mark.parametrize("titles,expected", [c[1:] for c in BORROWED], ids=[c[0] for c in BORROWED])
def test_borrowed_titles(titles, expected):
    assert borrowed_titles(titles, {"Iranian": "IRN", "Iran": "IRN", "Turkish": "TUR"}) == expected


@pytest.mark.parametrize("title,expected", [
    ("counterpart", True), ("his Azerbaijani counterpart", True), ("Foreign Minister", False),
    ("counterpart for trade", False)])
def test_is_counterpart_title(title, expected):
    assert is_counterpart_title(title) is expected
