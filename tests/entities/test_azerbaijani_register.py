"""entities.v2 on the Azerbaijani and Central Asian register: patronymics, "his Azeri counterpart",
border rivers, districts named after towns, companies' units, country-pair names of one forum.

Tehran Times sentences (tehrantimes.com, news ids 405057, 409545, 417514, 425340, 472129, 473795,
474443; Mehr News / Tehran Times, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, via
../shared/corpora/tehrantimes-region) and two White House sentences (public domain, 2021 and 2022,
../shared/corpora/whitehouse-briefings). Each case names the error class it guards.
"""

import pytest

from accords.ids import content_id
from accords.model import Article, Extraction
from accords.nlp import parse
from accords.stages.entities import entities

pytestmark = pytest.mark.slow


def extracted(text: str):
    article = Article(id=content_id(text), text=text, source="Tehran Times")
    return entities(article, parse(text), Extraction(article_id=article.id)).entities


# (id, text, (type, name) that must be found, (type, name) that must not)
CASES = [
    ("patronymic-oghlu",
     "The official also held talks with his Azeri counterpart Khalaf Aly oghlu Khalafov.",
     {("PERSON", "Khalaf Aly oghlu Khalafov")}, {("PERSON", "Khalaf Aly")}),
    ("patronymic-oglu",
     "During his stay, the minister also met with his counterpart Ogtay Shiraliyev, Minister of Labor and Social "
     "Protection of the Population Sahil Rafig oglu Babayev, and President Ilham Aliyev.",
     {("PERSON", "Sahil Rafig oglu Babayev"), ("PERSON", "Ilham Aliyev")}, {("PERSON", "Sahil Rafig")}),
    ("border-river-bare",
     "The history of 50 years of cooperation between the two countries in exploiting Aras border river is full of "
     "pride, Mustafayev said and emphasized on the continuation of exploitation and protection of this river by the "
     "two countries.",
     {("PLACE", "Aras")}, {("PERSON", "Aras")}),
    ("border-river-named",
     "A document on cooperation between the two countries will be signed in the autonomous republic, Vaezi said, "
     "adding that the two sides will review the construction process of a dam over Aras River in Nakhchivan’s "
     "Ordubad, as well.",
     {("PLACE", "Aras"), ("PLACE", "Ordubad"), ("PLACE", "Nakhchivan")}, {("PERSON", "Aras")}),
    ("district-named-after-a-town",
     "TEHRAN – Iran-Azerbaijan joint car manufacturing project launched in Azerbaijan’s Neftchala Industrial "
     "District on Saturday, Islamic Republic News Agency (IRNA) reported.",
     {("PLACE", "Neftchala Industrial District")}, {("PLACE", "Neftchala")}),
    ("company-unit-after-parent",
     "Russian state-owned enterprises and entities: Sberbank, AlfaBank, Credit Bank of Moscow, Gazprombank, Russian "
     "Agricultural Bank, Gazprom, Gazprom Neft, Transneft, Rostelecom, RusHydro, Alrosa, Sovcomflot, and Russian "
     "Railways",
     {("ORG", "Gazprom"), ("ORG", "Gazprom Neft")}, set()),
    ("kazakh-railway-name",
     "RAI Head Miad Salehi and Nurlan Sauranbayev, head of Kazakhstan Temir Zholy (KTZ), which is the country’s "
     "national railway company, signed the MOU documents.",
     {("ORG", "Kazakhstan Temir Zholy"), ("COUNTRY", "Kazakhstan")}, {("PERSON", "Temir Zholy")}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_register(text, must, must_not):
    found = {(e.type, e.name) for e in extracted(text)}
    assert must <= found, must - found
    assert not (must_not & found), must_not & found


@pytest.mark.parametrize(("text", "name", "country"), [
    pytest.param("The official also held talks with his Azeri counterpart Khalaf Aly oghlu Khalafov.",
                 "Khalaf Aly oghlu Khalafov", "AZE", id="counterpart-demonym"),
    pytest.param("RAI Head Miad Salehi and Nurlan Sauranbayev, head of Kazakhstan Temir Zholy (KTZ), which is the "
                 "country’s national railway company, signed the MOU documents.",
                 "Kazakhstan Temir Zholy", "KAZ", id="railway-country"),
])
def test_country(text, name, country):
    assert {e.name: e.country for e in extracted(text)}.get(name) == country


def test_one_forum_named_with_its_countries_two_ways():
    """"Iran-Georgia business forum" and "Georgian-Iranian business forum" in one article: one event."""
    text = ("TEHRAN- Iran-Georgia business forum and the 6th meeting of the two countries joint economic committee "
            "was held in the Georgian capital, the portal of Iran Chamber of Commerce, Industries, Mines and "
            "Agriculture (ICCIMA) reported on Wednesday. An Iranian delegation comprised of the top managers of 30 "
            "Iranian companies arrived in Georgia on Tuesday to participate in the Georgian-Iranian business forum "
            "and strengthen economic relations between two countries.")
    forums = [e for e in extracted(text) if e.type == "EVENT_NAME" and "business forum" in e.name]
    assert len(forums) == 1
    assert {"Iran-Georgia business forum", "Georgian-Iranian business forum"} <= {forums[0].name, *forums[0].aliases}


def test_a_body_told_again_in_lower_case_is_the_body_named_in_full():
    """"the two countries joint economic committee" and "Iran-Georgia Joint Economic Committee": one
    committee (tt_417514, dev)."""
    text = ("TEHRAN- Iran-Georgia business forum and the 6th meeting of the two countries joint economic committee "
            "was held in the Georgian capital, the portal of Iran Chamber of Commerce, Industries, Mines and "
            "Agriculture (ICCIMA) reported on Wednesday. During the 6th meeting of Iran-Georgia Joint Economic "
            "Committee, where the authorities talked about how to improve cooperation in the fields of transport, "
            "trade, manufacturing, agriculture, food industry and financial sector, Rabiei and Gakharia signed the "
            "final document of the joint committee.")
    committees = [e for e in extracted(text) if e.type == "EVENT_NAME" and "committee" in e.name.lower()]
    assert [c.name for c in committees] == ["Iran-Georgia Joint Economic Committee"]


def test_a_grouping_named_after_a_city_is_no_place():
    """White House, 2021: "a virtual summit of the Bucharest Nine (B9) countries"."""
    text = ("President Biden spoke today with NATO’s eastern flank Allies in a virtual summit of the Bucharest Nine "
            "(B9) countries hosted by Presidents Klaus Iohannis of Romania and Andrzej Duda of Poland.")
    found = {(e.type, e.name) for e in extracted(text)}
    assert ("ORG", "Bucharest Nine") in found and ("PLACE", "Bucharest") not in found


@pytest.mark.parametrize(("name", "key"), [
    pytest.param("Georgian-Iranian business forum", (frozenset({"GEO", "IRN"}), "business forum"), id="demonyms"),
    pytest.param("Iran-Georgia business forum", (frozenset({"GEO", "IRN"}), "business forum"), id="names"),
    pytest.param("Azerbaijani-Iranian intergovernmental commission", (frozenset({"AZE", "IRN"}),
                 "intergovernmental commission"), id="other-pair"),
    pytest.param("Baku-Tbilisi-Kars railway", None, id="cities-no-pair"),
    pytest.param("Joint Georgian-Iranian Economic Commission", None, id="pair-not-first"),
])
def test_pair_key(name, key):
    """Names join only when they open with the same countries and go on alike."""
    from accords.entities.linking import _pair_key

    assert _pair_key(name) == key
