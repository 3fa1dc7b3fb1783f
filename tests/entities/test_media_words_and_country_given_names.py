"""Three readings of the entity stage, on real sentences and our own paraphrases.

- A word that ends names of news media ("Times") counts as the plural of a one-word name only
  where it stands outside a capitalised name: "Time" (the magazine) beside "the Tehran Times" stays
  an organisation (`accords.entities.plausible.people_word`), while "Nation" beside "United
  Nations" is still dropped.
- A country's name opening a person's name the model read ("Jordan Safadi") is the country when the
  text writes the same surname with another given name and names the country elsewhere
  (`accords.entities.countryfirst`); "Jordan Matsudaira", "Chad Williams" and "Chad Thomas" beside
  "Tavierre Thomas" stay people.
- Titles of office and nouns of things end no personal name ("Policy Advisor, Infrastructure
  Implementation Team"; "Tribal Lands"): `accords.entities.lexicon.NOT_NAME_ENDS`.

Tehran Times sentences: CC BY 4.0 (../shared/corpora/tehrantimes-region, article 463480); White
House sentences: public domain (../shared/corpora/whitehouse-briefings, 2021-2024); cases marked
"paraphrase" are written for the test.
"""

import pytest

from tests.entities.found import found

# (id, text, wanted (type, name), unwanted (type, name))
CASES = [
    ("time-beside-tehran-times",
     "Time magazine appeared with the cover \"Last Days of the Taliban\" on December 27, 2001, when the U.S. "
     "invaded Afghanistan.\n\n\u201cTurkey and Iran are important states in our region,\u201d Mehmet Perincek "
     "tells the Tehran Times.",
     {("ORG", "Time"), ("ORG", "Tehran Times")}, set()),
    # paraphrase: a people written in the plural and as an adjective is still no body
    ("people-word-still-dropped",
     "The Uyghurs have been held in camps for years. Uyghur workers were sent to factories in other provinces.",
     set(), {("ORG", "Uyghurs"), ("PLACE", "Uyghurs")}),
    # paraphrase: "Nations" inside "United Nations" still makes "Nation" a common word
    ("nation-beside-united-nations",
     "The plan will rid the Nation\u2019s drinking water of toxic chemicals, the United Nations said.",
     {("ORG", "United Nations")}, {("ORG", "Nation")}),
    # paraphrase: the surname written with another given name makes "Jordan" the country
    ("jordan-before-a-surname-written-with-its-given-name",
     "The Iranian foreign minister met Jordan Safadi in New York on Monday. Jordanian Foreign Minister "
     "Ayman Safadi said the talks were useful.",
     {("COUNTRY", "Jordan"), ("PERSON", "Ayman Safadi")}, {("PERSON", "Jordan Safadi")}),
    # paraphrase
    ("chad-before-a-surname-written-with-its-given-name",
     "Chad Deby was sworn in for a new term. Chadian President Mahamat Deby thanked the voters.",
     {("COUNTRY", "Chad"), ("PERSON", "Mahamat Deby")}, {("PERSON", "Chad Deby")}),
    # paraphrase: two players of one surname on a page that names no country Chad
    ("chad-a-given-name-beside-a-namesake",
     "Defensive end Chad Thomas and safety Tavierre Thomas both played for the Browns on Sunday.",
     {("PERSON", "Chad Thomas"), ("PERSON", "Tavierre Thomas")}, {("COUNTRY", "Chad")}),
    ("jordan-a-given-name",
     "Rachel Levy, Associate Chief Counsel, Internal Revenue Service  \nJordan Matsudaira, Chief Economist and "
     "Deputy Under Secretary, U.S.\nDepartment of Education  \nHelen Morrison, Benefits Tax Counsel",
     {("PERSON", "Jordan Matsudaira")}, {("COUNTRY", "Jordan")}),
    # the roster line is real; the second sentence is a paraphrase: the surname alone is the same man
    ("chad-a-given-name-surname-again",
     "Sam Altman, CEO, OpenAI  \nChad Williams, Chairman and CEO, Quality Technology Services (QTS)  \n\n"
     "Williams said the company would build two new data centers.",
     {("PERSON", "Chad Williams")}, {("COUNTRY", "Chad")}),
    ("title-and-team-end-no-name",
     "Anna Duffy, Policy Advisor, National Economic Council\n\nJordan Arnold, Policy Advisor, Infrastructure "
     "Implementation Team\n\n###",
     {("PERSON", "Jordan Arnold"), ("PERSON", "Anna Duffy")},
     {("PERSON", "Implementation Team"), ("PERSON", "Policy Advisor")}),
    ("tribal-lands-no-person",
     "-   The Federal Communications Commission launched the Affordable\n    Connectivity Program providing "
     "broadband subsidies of up to\n    $30/month for low-income households (up to $75/month for households\n"
     "    on Tribal Lands) and up to $100 towards the purchase of a desktop,\n    laptop or tablet computer.",
     {("ORG", "Federal Communications Commission")}, {("PERSON", "Tribal Lands")}),
]


@pytest.mark.parametrize("text, wanted, unwanted", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_media_words_and_given_names(text, wanted, unwanted):
    names = found(text)
    assert wanted <= names, f"missing {sorted(wanted - names)} in {sorted(names)}"
    assert not (names & unwanted), f"unwanted {sorted(names & unwanted)}"
