"""A subject that opens with a common noun and a preposition before an office and a name ("An
adviser to Turkish President Recep Tayyip Erdogan said", "An aide to Ontario Premier Doug Ford
said") is someone of that person's, not the person (`accords.quotes.subject_names.object_past_office`):
the speaker is left unnamed rather than given to the president or the premier. The parse may cut
such a subject before the office ("An aide to Ontario") and set the office and name beside it, so
the check reads the words up to the verb. A spokesperson's voice stays its principal's, as
`accords.quotes.sources._role` gives it ("a spokesman for Prime Minister Tony Blair"), and an
office of capitalised words of its own stays its holder's ("Iran's Ambassador to Baku Mohsen
Pakayeen", "the leader of the Conservative Party Pierre Poilievre").

tt_411525 (fresh dev, twenty-eighth session) opens "An adviser to Turkish President Recep Tayyip
Erdogan said Monday that …": on the code before this rule its reported clause and the "he said"
quote after it were Erdogan's. The sentences below are written for this test.
"""

import pytest

from accords.quotes.subject_names import object_past_office
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "adviser-to-a-president-then-named",
        "An adviser to Turkish President Recep Tayyip Erdogan said Monday that the operation will end soon. "
        "“The buffer zone is ready,” he said. “Ankara will stay there,” Ilnur Cevik said.",
        [(True, "Ilnur Cevik", "Ankara will stay there")],
    ),
    (
        "aide-to-a-premier",
        "An aide to Ontario Premier Doug Ford said the province would not comment on the report.",
        [],
    ),
    (
        "spokesman-for-a-prime-minister-is-his-voice",
        "A spokesman for Prime Minister Tony Blair said the talks would go ahead on Monday.",
        [(False, "Tony Blair", "the talks would go ahead")],
    ),
    (
        "ambassador-office-of-capitals",
        "Iran's Ambassador to Baku Mohsen Pakayeen said the ties between the two nations are strong.",
        [(False, "Mohsen Pakayeen", "the ties between the two nations")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_someone_of_a_titled_person(text, expected):
    assert_quotes(quotes_found(text), expected)


OBJECT = [
    ("adviser-to-president", "An adviser to Turkish President Recep Tayyip Erdogan said", "Recep", True),
    ("senior-aide-to-premier", "A senior aide to Ontario Premier Doug Ford said", "Doug", True),
    ("wife-of-prime-minister", "The wife of Prime Minister Justin Trudeau said", "Justin", True),
    ("party-words-are-no-office", "The leader of the Conservative Party Pierre Poilievre said", "Pierre", False),
    ("office-is-the-persons-voice", "The office of Senator Bob Ruiz said", "Bob", False),
    ("capitalised-head", "Iran's Ambassador to Baku Mohsen Pakayeen said", "Mohsen", False),
    ("place-is-no-office", "The former special envoy to Ukraine Kurt Volker said", "Kurt", False),
]


@pytest.mark.parametrize("text,name,expected", [c[1:] for c in OBJECT], ids=[c[0] for c in OBJECT])
def test_object_past_office(text, name, expected):
    assert object_past_office(text, 0, text.index(name)) is expected
