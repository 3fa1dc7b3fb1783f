"""A person described as serving a principal takes the principal's country from the office's
demonym ("an advisor to the Iranian president"); a principal named without one gives none.
Sentences from the Tehran Times region corpus (CC BY 4.0)."""

from __future__ import annotations

import pytest

from accords.ids import content_id
from accords.model import Article, Extraction
from accords.nlp import parse
from accords.stages.entities import entities


def country_of_person(text: str, name: str) -> str | None:
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, parse(text), Extraction(article_id=article.id))
    found = [e for e in extraction.entities if e.type == "PERSON" and e.name == name]
    assert found, [e.name for e in extraction.entities]
    return found[0].country


@pytest.mark.parametrize(("text", "name", "expected"), [
    # tt_483971
    ("Ali Asghar Khaji, senior advisor to the Iranian foreign minister for special political affairs, who had "
     "traveled to Moscow at the head of a delegation to attend the four-way meeting, met separately with the deputy "
     "foreign ministers of Russia, Syria, and Turkey.", "Ali Asghar Khaji", "IRN"),
    # tt_455619
    ("Hesameddin Ashena, an advisor to the Iranian president, blamed Erdogan’s poem on the Center for Iranian "
     "Studies (IRAM), an Ankara-based think tank.", "Hesameddin Ashena", "IRN"),
    # tt_473826
    ("Baku has good economic and political ties with Tehran, Alizadeh said in a meeting with Mahmoud Shalouei, the "
     "assistant to the Iranian culture minister, state news agency IRNA reported.", "Mahmoud Shalouei", "IRN"),
    # tt_465451
    ("Mousavi pointed to his two recent meetings with Hikmet Hajiyev, assistant to the Azeri President and chief of "
     "the Foreign Policy Department of the Office of the President.", "Hikmet Hajiyev", "AZE"),
    # tt_404823: the principal has no demonym; nothing here says whose
    ("The coup attempt helped Turkey to recognize which country is a “friend” and which country is an “enemy”, Ali "
     "Akbar Velayati, a senior foreign policy advisor to the Leader, said on Sunday.", "Ali Akbar Velayati", None),
], ids=["advisor-to-minister", "advisor-to-president", "assistant-to-minister", "assistant-to-president-capital",
        "leader-without-demonym"])
def test_aide_takes_the_principals_country(text, name, expected):
    assert country_of_person(text, name) == expected
