"""entities.v2: a bare surname the recogniser missed is a mention of the person named in full
(`accords.entities.surnames`). Sentences from Tehran Times articles (news id 416657;
CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, Tehran Times / Mehr News, via the
Tehran-Times-Dataset crawl; not in the gold set)."""

import pytest

from accords.ids import content_id
from accords.model import Article, Extraction
from accords.nlp import parse
from accords.stages.entities import entities

pytestmark = pytest.mark.slow

ROUHANI = ("TEHRAN – Iranian President Hassan Rouhani said on Saturday that independent countries should "
           "reinforce unity. Rouhani met separately with President of Kazakhstan Nursultan Nazarbayev.")


def _person_at(text: str, start: int) -> str | None:
    """The name of the entity the mention starting at `start` belongs to."""
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, parse(text), Extraction(article_id=article.id))
    names = {e.id: e.name for e in extraction.entities}
    return next((names.get(m.entity_id) for m in extraction.mentions if m.evidence[0].start == start), None)


@pytest.mark.parametrize(("text", "surname", "expected"), [
    pytest.param(ROUHANI, "Rouhani", "Hassan Rouhani", id="sentence-initial-surname"),
])
def test_bare_surname_is_the_person(text, surname, expected):
    assert _person_at(text, text.rindex(surname)) == expected
