"""What a statement announcing a meeting lists for it is no event of its own
(`accords.events.agenda`): "The leaders will discuss ...", "They will discuss ...", "will
reaffirm the partnership" after a coming visit told, and "looks forward to this important visit";
a general "desire to further strengthen ties" is a wish (`accords.events.wishes`). Sentences from
White House statements (public domain, whitehouse-briefings corpus), some shortened."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("President Biden looks forward to welcoming Prime Minister Kyriakos Mitsotakis of Greece to the White "
                 "House on May 16, 2022. The leaders will discuss ongoing efforts with Allies and partners to support "
                 "the people of Ukraine and impose economic costs on Russia for its unprovoked aggression. They will "
                 "discuss our close cooperation on global challenges, including climate change and energy security.",
                 "2022-04-21", [("AGREE", ("GRC", "USA"), "intended")], id="the-leaders-will-discuss"),
    pytest.param("On March 17, President Joe Biden will host Micheál Martin, Taoiseach of Ireland, for a bilateral "
                 "meeting at the White House. The leaders will reaffirm the close and historic partnership between the "
                 "United States and Ireland. In addition, they will discuss their continued support for the Good Friday "
                 "Agreement.", "2022-03-13", [("AGREE", ("IRL", "USA"), "planned")], id="will-reaffirm-and-discuss"),
    pytest.param("President Biden looks forward to welcoming Amir Tamim bin Hamad Al Thani of Qatar to the White House "
                 "on January 31, 2022. The President looks forward to this important visit and affirming the strong "
                 "partnership between the United States and Qatar.", "2022-01-25",
                 [("AGREE", ("QAT", "USA"), "intended")], id="looks-forward-to-this-visit"),
    pytest.param("National Security Advisor Jake Sullivan spoke by phone today with Karin Wallensteen, State Secretary to "
                 "Prime Minister Stefan Löfven of Sweden. He underscored the desire to further strengthen transatlantic "
                 "ties.", "2021-04-13", [("CONSULT", ("SWE", "USA"), "occurred")], id="desire-to-strengthen-ties"),
    # named speakers, a meeting planned, an agreement to discuss and a summit looked forward to stay
    pytest.param("President Biden and President Lula will discuss the climate crisis at the White House on February 10.",
                 "2023-02-01", [("AGREE", ("BRA", "USA"), "planned")], id="named-leaders-will-discuss"),
    pytest.param("President Biden spoke with President Yoon of the Republic of Korea. They will meet in Washington next "
                 "month.", "2023-03-01", [("CONSULT", ("KOR", "USA"), "occurred"), ("AGREE", ("KOR", "USA"), "planned")],
                 id="they-will-meet"),
    pytest.param("President Biden spoke with Prime Minister Kishida of Japan. The leaders agreed to discuss the matter "
                 "further at the G7 Summit.", "2023-03-01",
                 [("CONSULT", ("JPN", "USA"), "occurred"), ("AGREE", ("JPN", "USA"), "occurred")],
                 id="agreed-to-discuss"),
    # the meeting told first, what its named speakers will discuss, reiterate or build on there is its content
    pytest.param("Vice President Harris will welcome President Bernardo Arévalo of Guatemala to the White House on March "
                 "25. The Vice President and President Arévalo will discuss additional efforts to address the drivers of "
                 "irregular migration from northern Central America.", "2024-03-18",
                 [("AGREE", ("GTM", "USA"), "planned")], id="named-speakers-after-the-visit-told"),
    pytest.param("President Biden looks forward to welcoming Prime Minister Kishida Fumio of Japan to the White House on "
                 "Friday, January 13th to further deepen ties between our governments, economies, and our people. "
                 "President Biden and Prime Minister Kishida will build on these efforts. President Biden will reiterate "
                 "his full support for Japan’s recently released National Security Strategy.", "2023-01-03",
                 [("AGREE", ("JPN", "USA"), "intended")], id="will-build-on-and-reiterate"),
    pytest.param("On July 10, President Joseph R. Biden Jr. will host Prime Minister Keir Starmer of the United Kingdom for "
                 "a bilateral meeting at the White House. The leaders will have the opportunity to discuss in depth U.S.-UK "
                 "cooperation across a range of issues, including support to Ukraine, advancing a free and open "
                 "Indo-Pacific, reaching a ceasefire and hostage release deal in Gaza.", "2024-07-08",
                 [("AGREE", ("GBR", "USA"), "planned")], id="will-have-the-opportunity-to-discuss"),
    # another pair's talks, or a meeting not yet told, stay
    pytest.param("On July 10, President Joseph R. Biden Jr. will host Prime Minister Keir Starmer of the United Kingdom for "
                 "a bilateral meeting at the White House. President Biden and President Macron of France will discuss "
                 "the Olympic Games in Paris on July 26.", "2024-07-08",
                 [("AGREE", ("GBR", "USA"), "planned"), ("AGREE", ("FRA", "USA"), "planned")], id="another-pair-stays"),
])
def test_agenda(text, published, expected):
    assert events_with_sides(text, published=published) == expected
