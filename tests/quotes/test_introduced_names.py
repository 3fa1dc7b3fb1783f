"""People the entity stage did not know, introduced as a sentence's subject (`People.introduced_name`).

A name opening a sentence ("Leif Dahleen, the blogger …", "Hawk Sawyer said …") is a person
introduced when its first word is a known given name, or when the next sentence opens with
"He" or "She" (its antecedent); sentence openers, dates, determiners and titles never are. Sentences from pages of the article-extraction-benchmark (MIT licence, "Copyright (c)
2020 Scrapinghub"; page content copyright of the publishers): businessinsider.com (how to
retire early), usatoday.com (news_c58aa507c4), latimes.com (news_098bb3e96c), cbssports.com
(news_08f7937627). The article's entities are left out, as the entity stage missed them.
"""

import pytest

from accords.model import Extraction
from accords.quotes.speakers import People

CASES = [
    ("given-name-and-apposition", "Leif Dahleen, the blogger behind the Physician on FIRE, retired from anesthesiology "
     "at age 43.", False, "Leif Dahleen"),
    ("unknown-given-name-before-he", "Montell Figgins, who represents Thomas, said his client chose not to accept a "
     "plea agreement offered by prosecutors.", True, "Montell Figgins"),
    ("unknown-given-name-alone", "Montell Figgins, who represents Thomas, said his client chose not to accept a "
     "plea agreement offered by prosecutors.", False, None),
    ("a-title-opens", "Attorney General William Barr put Kathleen Hawk Sawyer in charge and ordered multiple "
     "investigations into the 66-year-old's suicide, focusing on operations at the Manhattan facility where Epstein "
     "was held.", True, None),
    ("a-group-opens", "Wall Street analysts are trying to assess which media companies are best positioned for "
     "success, and how many streaming services consumers will sign up for.", True, None),
    ("a-day-opens", "Tuesday, prosecutors asserted that Noel and Thomas were the only officers assigned to "
     "Epstein's housing unit, and no inmate checks were conducted for at least eight hours.", True, None),
    ("a-determiner-opens", "The company struggled to contend with the more than 10 million users who activated "
     "their accounts last Tuesday.", True, None),
    ("one-given-name-set-off-before-who", "Tommy — who only goes by his first name online — retired nearly 10 years "
     "ago at age 51, after a more than three-decade career in telecom.", True, "Tommy"),
    ("one-word-before-which", "Telecom, which employs thousands, retired its oldest network in 2019.", True, None),
    ("a-team-name", "Browns DL Sheldon Richardson, however, decided to weigh in on Thursday's fight on Monday, "
     "saying that Rudolph should be disciplined by the league for his role in the fight.", True, None),
]


@pytest.mark.parametrize("text,pronoun_next,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_introduced_name(text, pronoun_next, expected):
    people = People(text, Extraction(article_id="t"))
    assert people.introduced_name(0, len(text), pronoun_next=pronoun_next) == expected
