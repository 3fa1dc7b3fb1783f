"""Known wrong sides of the nineteenth session's audit, fixed in the twentieth (prec25): names the
entities stage links that stand for no side (`accords.events.portfolios`: an official's portfolio,
the leader glued to an organisation's name, an organisation as the authority behind a mission or
as the capacity two states act in), and "the two officials" of a call of two, who condemn
whatever else their sentence names (`accords.events.completion.pair_subject`). Each rule keeps a
case that must still fire.

Texts: the White House briefings corpus (public domain) and the Tehran Times region corpus (CC BY
4.0), as published, or shortened where marked.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), [
    pytest.param("Today, Jennifer Klein, Assistant to the President and Director of the Gender Policy Council and "
                 "Nicholas Berliner, Special Assistant to the President and Senior Director for Russia and Central "
                 "Asia, met with Saida Mirziyoyeva, Head of the Presidential Administration of Uzbekistan.",
                 "RUS", ("CONSULT", "UZB"), id="portfolio-of-a-title"),
    pytest.param("National Security Advisor Jake Sullivan met today with Prime Minister Kaja Kallas of Estonia to "
                 "reaffirm the strength of the bilateral relationship and our close coordination as NATO Allies.",
                 "NATO", ("CONSULT", "EST"), id="as-nato-allies"),
    pytest.param("Mr. Finer underscored the Administration’s commitment to ensuring a better future for Haiti and "
                 "outlined the steps taken by the United States to work with Haitian stakeholders and international "
                 "partners to address instability in Haiti, including by supporting the UN-authorized Multinational "
                 "Security Support (MSS) mission to Haiti and lifting up Haitian-led solutions to the political "
                 "impasse.", "UN", ("SUPPORT", "HTI"), id="un-authorized-mission"),
    pytest.param("The Moscow-led Eurasian Economic Union aims to finalize a free trade deal with Iran by the end of "
                 "the year, in an attempt by Russia and its fellow members to deepen ties with Tehran.",
                 "RUS", ("AGREE", "IRN"), id="moscow-led-union"),
])
def test_names_that_stand_for_no_side(text: str, absent: str, present: tuple[str, str]) -> None:
    found = events_with_sides(text, published="2023-11-14")
    assert all(absent not in sides for _type, sides, _status in found)
    assert any(type_ == present[0] and present[1] in sides for type_, sides, _status in found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Vice President discussed our efforts to address the COVID-19 pandemic, including through "
                 "Tanzania’s participation in the U.S.-led Global VAX Initiative.",
                 ("TZA", "USA"), id="leader-of-an-initiative-stays"),
    pytest.param("The UN Special Envoy for Syria Geir Pedersen met with Syrian Foreign Minister Faisal Mekdad in "
                 "Damascus.", ("SYR", "UN"), id="envoy-meets-the-country-stays"),
    pytest.param("Iran has welcomed the Russian-brokered ceasefire agreement between Baku and Yerevan.",
                 ("ARM", "AZE", "IRN", "RUS"), id="broker-of-a-deal-stays"),
])
def test_sides_that_stay(text: str, expected: tuple[str, ...]) -> None:
    found = events_with_sides(text, published="2023-11-14")
    assert any(sides == expected for _type, sides, _status in found), found


#: A readout of a call of two (White House, 2024-01-09), as published (one space between sentences, as the readers give it).
_CALL = ("National Security Advisor Jake Sullivan held an introductory call with Director Chang Hojin, his new "
         "counterpart at the Republic of Korea’s National Security Office, on January 9 to discuss developments "
         "related to the Democratic People’s Republic of Korea (DPRK), including its increasing military cooperation "
         "with Russia and the provocative actions it has taken along the demilitarized zone. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CALL + "The two officials condemned in the strongest possible terms the DPRK’s transfer of "
                 "ballistic missiles to Russia and Russia’s use of these missiles against Ukraine.",
                 ("ACCUSE", ("KOR", "PRK", "USA"), "occurred"), id="two-officials-condemned"),
    # the second act condemned, of another state, is an ACCUSE of its own (`accords.events.censure`)
    pytest.param(_CALL + "The two officials condemned in the strongest possible terms the DPRK’s transfer of "
                 "ballistic missiles to Russia and Russia’s use of these missiles against Ukraine.",
                 ("ACCUSE", ("KOR", "RUS", "USA"), "occurred"), id="two-officials-condemned-second-act"),
    pytest.param("Vice President Kamala Harris today met with Prime Minister Ingrida Simonyte of Lithuania. The two "
                 "leaders condemned Russia’s continued brutal aggression against Ukraine and discussed our shared "
                 "unwavering support for the Ukrainian people.",
                 ("ACCUSE", ("LTU", "RUS", "USA"), "occurred"), id="two-leaders-condemned"),
    pytest.param("President Biden met with Prime Minister Kishida of Japan today. The two leaders condemned the recent "
                 "ballistic missile launches by the Democratic People’s Republic of Korea.",
                 ("ACCUSE", ("JPN", "PRK", "USA"), "occurred"), id="one-named-in-the-object-stays"),
])
def test_the_two_officials_act(text: str, expected: tuple) -> None:
    assert expected in events_with_sides(text, published="2024-01-09")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Heading a high-ranking delegation, the Iranian chief executive arrived in the Turkish capital, where "
                 "he is slated to sit down for talks with the country’s senior officials and attend the 5th Meeting of "
                 "High Council for Iran-Turkey Strategic Cooperation.",
                 [("AGREE", ("IRN", "TUR"), "intended")], id="slated-to-talk-and-attend"),
    pytest.param("A delegation of Iranian knowledge-based companies traveled to Bishkek. The delegation is scheduled to "
                 "attend meetings with Kyrgyz companies and visit some industrial and commercial organizations of the "
                 "country.", [("CONSULT", ("IRN", "KGZ"), "occurred"), ("AGREE", ("IRN", "KGZ"), "intended")],
                 id="scheduled-to-attend-and-visit"),  # the trip took place; the visits are scheduled
    pytest.param("A delegation of Iranian knowledge-based companies traveled to Bishkek. The delegation attended "
                 "meetings with Kyrgyz companies and visited some industrial and commercial organizations of the "
                 "country.", [("CONSULT", ("IRN", "KGZ"), "occurred")], id="attended-and-visited-stays"),
])
def test_a_second_scheduled_act_is_scheduled(text: str, expected: list) -> None:
    """The second of two acts that someone is scheduled or slated to do shares the first one's "to"
    (`accords.events.status._infinitive_head`); the tt_430909 and tt_428917 sentences (Tehran Times)."""
    assert [e for e in events_with_sides(text) if e[0] in ("AGREE", "CONSULT")] == expected
