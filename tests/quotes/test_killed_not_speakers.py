"""A person the article reports killed is not whom a later role noun means (quotes.v2,
`accords.quotes.victims`): "the top Iranian commander denounced …" after the assassination of
"Iranian commander … Qassem Soleimani" is the chief of staff in the conversation, though only the
dead man's mention carries the word "commander"; a name still names the dead man ("Soleimani
said"). The killing must govern the name, its titles between, never a name after a preposition
or a comma ("the killing of civilians by police chief …").

The article text is Tehran Times copy (CC BY 4.0; tt_444252, a dev gold file); the last case and
the unit rows are paraphrases written for these tests. The first two tests list every direct
quote found, in text order, as (direct, speaker name, first words).
"""

import pytest
from tests.quotes.found import assert_quotes, quotes_found

from accords.quotes.victims import killed_people

CONVERSATION = (
    "TEHRAN — Turkish Defense Minister Hulusi Akar has voiced concerns over regional tensions in the aftermath of "
    "the U.S. assassination of Iranian commander Lieutenant General Qassem Soleimani, calling for concerted action "
    "to preserve stability and calm. He made the remarks in a phone conversation with Major General Mohammad "
    "Hossein Baqeri, Iran’s Armed Forces Chief of Staff. “Unfortunately, the assassination and martyrdom of General "
    "Soleimani triggered successive and delicate incidents in the region, which could be greatly worrying,” the "
    "Turkish defense minister added. For his part, the top Iranian commander denounced the American assassination "
    "of General Soleimani as an “inhumane, unfair and immoral” move that violated all legal and international "
    "regulations. “While the Americans themselves had pushed the region to the brink of a broad skirmish, they were "
    "sending messages to prevent an escalation of tensions,” General Baqeri stated. He emphasized that Iran does not "
    "favor escalating tensions. “We hope that disorder and conflicts would be eradicated with the retreat of the "
    "U.S. from the region,” the senior Iranian commander added."
)

NAMED = (
    "Iranian commander Lieutenant General Qassem Soleimani was killed in a U.S. drone strike in January. Months "
    "before the assassination of General Soleimani, he had warned Washington. “The Americans know our "
    "capabilities,” Soleimani said in a speech."
)

CASES = [
    (
        "role-noun-means-the-living-commander-not-the-one-killed",
        CONVERSATION,
        [
            (True, "Hulusi Akar", "Unfortunately, the assassination"),
            (True, "Mohammad Hossein Baqeri", "inhumane, unfair and immoral"),
            (True, "Mohammad Hossein Baqeri", "While the Americans"),
            (True, "Mohammad Hossein Baqeri", "We hope that disorder"),
        ],
    ),
    ("a-name-still-names-the-one-killed", NAMED, [(True, "Qassem Soleimani", "The Americans know")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_killed_person_and_role_nouns(text, expected):
    assert_quotes([q for q in quotes_found(text) if q[0]], expected)


UNITS = [
    ("noun-of-killing-with-titles-between", "the U.S. assassination of Iranian commander Lieutenant General Qassem Soleimani",
     "Qassem Soleimani", True),
    ("martyrdom-of-a-titled-name", "the assassination and martyrdom of General Soleimani triggered", "Soleimani", True),
    ("participle-before-the-name", "the case of murdered journalist Jamal Khashoggi", "Jamal Khashoggi", True),
    ("name-after-by-is-the-killer-side", "the killing of protesters by police chief John Marsh", "John Marsh", False),
    ("name-after-a-comma", "he condemned the killing of civilians, Netanyahu said", "Netanyahu", False),
    ("no-killing-word", "the visit of Foreign Minister Hossein Amir Abdollahian", "Hossein Amir Abdollahian", False),
]


@pytest.mark.parametrize("text, name, killed", [u[1:] for u in UNITS], ids=[u[0] for u in UNITS])
def test_killed_people(text, name, killed):
    start = text.index(name)
    assert killed_people(text, [(start, start + len(name), "p")]) == (frozenset({"p"}) if killed else frozenset())
