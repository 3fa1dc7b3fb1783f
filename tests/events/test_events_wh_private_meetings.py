"""White House meetings with people of no state (evwh44, twenty-ninth session): civil society
leaders, alumni of a programme, an actress and activist, an activist and her husband, Americans
named by their origin ("Cuban American leaders") are no state's counterpart, so no CONSULT of the
United States and the country their cause or origin names
(`accords.events.meetings.private_partners`); a head of state met with his wife (titled, or named
before with his title), an official met with civil society leaders, a state's officials, and a
bare name keep their meeting.

Sentences are from White House texts of 2021-2022 (whitehouse-briefings corpus, public domain):
dev files wh_20210813-finer-tunisia-travel, wh_20211021-nigeria-eg-mauritania-travel,
wh_20221014-harris-boniadi, wh_20220803-sullivan-alinejad-call and line 221 of the corpus (the first sentence of the
Mauritania case is ours, to name the trip); the controls are our own sentences.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Principal Deputy National Security Advisor Jon Finer traveled to Tunis and met today with President Kais "
                 "Saied of Tunisia. Principal Deputy National Security Advisor Finer also met with civil society leaders "
                 "and conveyed U.S. support for civil society’s active participation in building a democratic and "
                 "prosperous future for all Tunisians.",
                 [("CONSULT", ("TUN", "USA"), "occurred")], id="civil-society-leaders"),
    pytest.param("Principal Deputy National Security Advisor Jon Finer traveled to Mauritania. In Mauritania, Mr. Finer met "
                 "with President Mohamed Ould Ghazouani. He also met with alumni of the Young African Leaders Initiative "
                 "(YALI).",
                 [("CONSULT", ("MRT", "USA"), "occurred")], id="programme-alumni"),
    pytest.param("Vice President Kamala Harris met today with actress and activist Nazanin Boniadi to express her support "
                 "for the brave women and girls leading peaceful protests in Iran.",
                 [("SUPPORT", ("IRN", "USA"), "occurred")], id="actress-and-activist-named"),
    pytest.param("Today National Security Advisor Jake Sullivan spoke with Masih Alinejad and her husband Kambiz Foroohar "
                 "following the arrest of an armed individual outside their home in New York. Alinejad is a leading "
                 "American activist, journalist, and champion for human rights and women’s equality in Iran.",
                 [], id="named-with-her-husband"),
    pytest.param("National Security Advisor Jake Sullivan met today with Iranian-American journalist and activist Masih "
                 "Alinejad and her husband Kambiz Foroohar.",
                 [], id="journalist-and-activist-named-with-her-husband"),
    # Americans named by their origin: no state met, whatever the origin's adjective names (the
    # Cuban sentence is from dev file wh_20210722-cuba-measures-factsheet, the Indian one ours)
    pytest.param("The Administration will continue to meet with Cuban American leaders and stakeholders as they work "
                 "to help elevate the voices of demonstrators in Cuba.",
                 [], id="cuban-american-leaders"),
    pytest.param("The Vice President met with Indian American community leaders in Washington.",
                 [], id="indian-american-community-leaders"),
    # laugh47: where they live is no side (whitehouse-briefings corpus line 1913, 2024-10-02 readout)
    pytest.param("National Security Advisor to the Vice President Dr. Phil Gordon met\nvirtually today with Muslim, "
                 "Arab, and Palestinian American community\nleaders from across the United States.",
                 [], id="origin-americans-from-across-the-united-states"),
    # ... but a state's people, a leader named in the same phrase, leaders of a region stay
    pytest.param("Secretary Blinken met with Cuban officials in Havana.",
                 [("CONSULT", ("CUB", "USA"), "occurred")], id="cuban-officials-kept"),
    pytest.param("The President met with Prime Minister Modi of India and Indian American community leaders.",
                 [("CONSULT", ("IND", "USA"), "occurred")], id="leader-beside-indian-american-leaders-kept"),
    # controls (our own sentences): a titled head of state with his wife, a leader named before with his
    # title and met with his wife, an official listed with
    # civil society leaders, a bare name the text does not set apart
    pytest.param("Vice President Kamala Harris met today with President Lula of Brazil and his wife Janja Lula da Silva.",
                 [("CONSULT", ("BRA", "USA"), "occurred")], id="president-and-his-wife-kept"),
    pytest.param("President Volodymyr Zelenskyy of Ukraine arrived in Washington. President Biden met with Zelenskyy and "
                 "his wife Olena Zelenska.",
                 [("CONSULT", ("UKR", "USA"), "occurred")], id="leader-named-before-and-his-wife-kept"),
    pytest.param("Vice President Kamala Harris met today with Foreign Minister Mauro Vieira of Brazil and civil society "
                 "leaders.",
                 [("CONSULT", ("BRA", "USA"), "occurred")], id="minister-and-civil-society-kept"),
    pytest.param("Vice President Kamala Harris met today with Nazanin Boniadi to discuss the protests in Iran.",
                 [("CONSULT", ("IRN", "USA"), "occurred")], id="bare-name-unchanged"),
])
def test_meetings_with_people_of_no_state(text: str, expected: list) -> None:
    assert events_with_sides(text, "2022-10-14", source=_WH) == expected


# evwh46 (thirtieth session): a democratic opposition leader "of Belarus" (`venues.named_outsider`), the
# widow of a dissident, and his family named by bare names are no state's counterpart; the sentences are
# from lines 217, 1627 and 1841 of the whitehouse-briefings corpus (fresh dev file
# wh_20210720-sullivan-tsikhanouskaya for the first); the controls are our own sentences.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("National Security Advisor Jake Sullivan met today with democratic opposition leader Svyatlana "
                 "Tsikhanouskaya of Belarus.", [], id="opposition-leader-of-belarus"),
    pytest.param("Vice President Kamala Harris spoke today with Yulia Navalnaya, widow of Alexey Navalny, following the "
                 "release of 16 individuals from Russia.", [], id="widow-of-dissident"),
    pytest.param("President Biden met with Yulia and Dasha Navalnaya today in San Francisco to express his heartfelt "
                 "condolences for their terrible loss following the death of Aleksey Navalny in a Russian prison.",
                 [], id="family-named-bare"),
    pytest.param("Vice President Kamala Harris spoke today with Yulia Navalnaya, widow of Alexey Navalny. The Vice President "
                 "previously met with Navalnaya in February 2024 at the Munich Security Conference.",
                 [], id="bare-name-at-a-conference"),
    # controls: a state's titled leader, an opposition leader listed with a state's ministers
    pytest.param("National Security Advisor Jake Sullivan met today with President Alexander Lukashenko of Belarus.",
                 [("CONSULT", ("BLR", "USA"), "occurred")], id="titled-president-kept"),
    pytest.param("National Security Advisor Jake Sullivan met with Israeli Leader of the Opposition Yair Lapid and "
                 "Minister of Defense Yoav Gallant.", [("CONSULT", ("ISR", "USA"), "occurred")],
                 id="opposition-with-minister-kept"),
    # a group named as leaders is no private person (dev file wh_20220410-biden-modi-virtual-statement)
    pytest.param("President Joseph R. Biden, Jr. will meet virtually with Prime Minister Narendra Modi of India on "
                 "Monday. Biden last spoke to Prime Minister Modi with other Quad Leaders in March.",
                 [("CONSULT", ("IND", "USA"), "occurred")], id="with-quad-leaders-kept"),
])
def test_meetings_with_dissidents_and_their_families(text: str, expected: list) -> None:
    assert [e for e in events_with_sides(text, "2024-02-22", source=_WH) if e[0] == "CONSULT"] == expected
