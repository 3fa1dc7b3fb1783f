"""entities.v2: a bare surname the recogniser missed is a mention of the person named in full
(`accords.entities.surnames`). Sentences from Tehran Times articles (news id 416657;
CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, Tehran Times / Mehr News, via the
Tehran-Times-Dataset crawl; 416657 has been in the gold dev part since the ninth session,
68783 is not in the gold set)."""

import pytest

from accords.ids import content_id
from accords.model import Article, Extraction
from accords.nlp import parse
from accords.stages.entities import entities

pytestmark = pytest.mark.slow

ROUHANI = ("TEHRAN – Iranian President Hassan Rouhani said on Saturday that independent countries should "
           "reinforce unity. Rouhani met separately with President of Kazakhstan Nursultan Nazarbayev.")

ASSAD = ("Syrian President Bashar al-Assad has demanded a complete halt to Turkey's operation against Kurdish "
         "forces in northeastern Syria. During a meeting with a Russian delegation headed by the Kremlin’s special "
         "envoy on Syria, Alexander Lavrentiev, in Damascus on Friday, Assad said efforts must be directed at ending "
         "Operation Peace Spring.")


def _person_at(text: str, start: int) -> str | None:
    """The name of the entity the mention starting at `start` belongs to."""
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, parse(text), Extraction(article_id=article.id))
    names = {e.id: e.name for e in extraction.entities}
    return next((names.get(m.entity_id) for m in extraction.mentions if m.evidence[0].start == start), None)


@pytest.mark.parametrize(("text", "surname", "expected"), [
    pytest.param(ROUHANI, "Rouhani", "Hassan Rouhani", id="sentence-initial-surname"),
    # tehrantimes 441260 (gold dev since the 26th session): "al-Assad" in full, "Assad" alone
    pytest.param(ASSAD, "Assad", "Bashar al-Assad", id="surname-without-joined-article"),
    # the same article, further on: the recogniser marks "Assad" as a name of its own; it is his
    pytest.param(ASSAD + " The Syrian people are entitled to resistance by all available means, Assad said.",
                 "Assad", "Bashar al-Assad", id="recognised-surname-joins-its-bearer"),
])
def test_bare_surname_is_the_person(text, surname, expected):
    assert _person_at(text, text.rindex(surname)) == expected


# tehrantimes 68783: the honorific read as a given name leaves "Hojjatoleslam Rouhani" a person
# apart from Hassan Rouhani; named with his surname, it takes his country (the events read it as
# a side). A surname that people of two countries bear places no one.
@pytest.mark.parametrize(("text", "name", "country"), [
    pytest.param("Sarkisyan in a meeting with the Iran's Supreme National Security Council (SNSC) Hojjatoleslam "
                 "Hassan Rouhani stressed stability and security on the borders of Iran and Armenia. Also, "
                 "Hojjatoleslam Rouhani declared that friendly relations between Iran and Armenia is not against "
                 "a third country and Iran aims for stability, peace and security in the region.",
                 "Hojjatoleslam Rouhani", "IRN", id="namesake-takes-the-bearer-country"),
    pytest.param("Iranian minister Ali Karimi and Afghan minister Hamid Karimi attended a forum in Kabul on Monday. "
                 "Later, Hojjatoleslam Karimi spoke first.", "Hojjatoleslam Karimi", None,
                 id="bearers-of-two-countries-place-no-namesake"),
])
def test_namesake_country(text, name, country):
    article = Article(id=content_id(text), text=text)
    extraction = entities(article, parse(text), Extraction(article_id=article.id))
    people = {e.name: e.country for e in extraction.entities if e.type == "PERSON"}
    assert name in people
    assert people[name] == country

