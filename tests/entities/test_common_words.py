"""A one-word name only the small model found, that the text also writes in lower case, is a common
word (`accords.entities.commonwords`): "Households", "Corridor", "Tools" in fact sheets' lead-ins and
headings. Names linked to a full name ("Power" after "Samantha Power") and names never written in
lower case ("Microsoft") stay.

White House sentences: public domain (../shared/corpora/whitehouse-briefings, 2022-08-11, 2024-06-13
and 2022-11-08 fact sheets); cases marked "paraphrase" are written for the test.
"""

import pytest

from tests.entities.found import found

# (id, text, wanted (type, name), unwanted (type, name))
CASES = [
    ("households-beside-households",
     "While millions of households across the country have signed up to\n    save, many more are eligible. "
     "**Households can check their\n    eligibility, find a fully-covered plan, and sign up at**\n    GetInternet.gov.",
     set(), {("ORG", "Households")}),
    ("corridor-beside-economic-corridor",
     "-   Supporting the Corridor\u2019s expansion, the United States signed a MoU\n    with the three African "
     "governments, the EU, the African Development Bank and the Africa Finance Corporation.\n\nAdditionally, the "
     "United States accelerated support to develop the\n**Lobito Economic Corridor**, the PGI flagship economic "
     "corridor\nannounced by President Biden at the 2023 G7 Summit.",
     {("PROJECT", "Lobito Economic Corridor"), ("ORG", "African Development Bank")}, {("PLACE", "Corridor")}),
    ("tools-beside-tools",
     "The Nature-Based Solutions Resource Guide: Compendium of\nFederal Examples, Guidance, Resource Documents, "
     "Tools and Technical\nAssistance is available here. Nature-based solutions are powerful tools that the "
     "world needs\nnow.",
     set(), {("ORG", "Tools")}),
    # paraphrase: the surname alone is linked to the full name, so the common word "power" drops nothing
    ("surname-linked-to-full-name",
     "Ambassador Samantha Power met the minister in Nairobi. Power said the agency would send power generators "
     "to the region.",
     {("PERSON", "Samantha Power")}, set()),
    # paraphrase: a company the text never writes in lower case
    ("company-never-lower-case",
     "Microsoft committed to invest $1.7 billion in new cloud and AI infrastructure, and Microsoft said the "
     "investment would be made in phases.",
     {("ORG", "Microsoft")}, set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_common_words(text, wanted, unwanted):
    names = found(text)
    assert wanted <= names, f"missing {sorted(wanted - names)} in {sorted(names)}"
    assert not (names & unwanted), f"unwanted {sorted(names & unwanted)}"
