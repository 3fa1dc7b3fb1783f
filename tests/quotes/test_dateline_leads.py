"""A lede after a dateline, and a lede's description named in apposition (quotes.v2).

- A dateline opening the sentence ("TEHRAN –", "OTTAWA —") is parsed apart from the sentence after
  it (`accords.stages.quotes._attributions`): the parser took the capitalised place for the subject
  of the reporting verb at the sentence's end, and the lede's reported speech was lost.
- "The lawmaker, Mojtaba Zolnouri, who …, said": a definite description that names its person in
  apposition is that person, not the unnamed "senior Iranian lawmaker" of the lede
  (`accords.quotes.groups.again`).
- "A senior Iranian diplomat has said … | The official, Alireza Enayati, who …, spoke about …":
  an indefinite description of the lede that one of the next two sentences names in apposition
  is the person whose quotes follow (`accords.quotes.named_voices`), also with a nationality
  before the noun ("An Iranian lawmaker").

Texts: Tehran Times articles (Tehran Times / Mehr News Agency, CC BY 4.0, via the
Tehran-Times-Dataset crawl; tests/gold/articles tt_417300, tt_461022, tt_485328, tt_477178), cut
short. Each case lists every quote found, in text order, as (direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "dateline-lede-with-said-that",  # tt_417300
        "TEHRAN – Iranian Defense Minister Amir Hatami said on Tuesday that Iran and Turkey, as two influential "
        "countries in the Mideast region, will stop new scenario of the Zionist regime of Israel.\n"
        "“The U.S. and Israel have put strategy of disintegrating the regional countries on agenda after failure "
        "of Daesh scenario, but Iran and Turkey, as two important and influential regional countries, will not let "
        "them enact the new scenario,” he said during a meeting with Turkish Chief of General Staff Hulusi Akar in "
        "Tehran.",
        [(False, "Amir Hatami", "Iran and Turkey, as two"),
         (True, "Amir Hatami", "The U.S. and Israel")],
    ),
    (
        "lede-description-named-in-apposition-as-the-subject",  # tt_461022
        "TEHRAN – A senior Iranian lawmaker has warned against any effort to change international borders in the "
        "South Caucasus region, saying Iran will not accept such a thing after border tensions soared between "
        "Armenia and the Republic of Azerbaijan. The lawmaker, Mojtaba Zolnouri, who serves as the head of the "
        "Iranian Parliament’s National Security and Foreign Policy Committee, said Tehran has made it clear that "
        "it will not accept any change in international borders in the region. “The position of the Islamic "
        "Republic of Iran is very clear, unequivocal, and decisive,” Zolnouri told Russian state news, Sputnik.\n"
        "“We support the position of Azerbaijan in preserving the territorial integrity of this country,” the "
        "lawmaker noted.",
        [(False, "Mojtaba Zolnouri", "Iran will not accept"),
         (False, "Mojtaba Zolnouri", "Tehran has made it clear"),
         (True, "Mojtaba Zolnouri", "The position of the Islamic"),
         (True, "Mojtaba Zolnouri", "We support the position")],
    ),
    (
        "lede-description-named-in-apposition-two-sentences-on",  # tt_485328
        "TEHRAN – A senior Iranian diplomat has said that Iran discussed with Oman the activation of a transit "
        "route connecting Oman to a number of Central Asian countries.  The official, Alireza Enayati, who is the "
        "head of the Persian Gulf Bureau at the Iranian Foreign Ministry, spoke about the trade corridor as part "
        "of explaining the achievements of the Sultan of Oman’s two-day trip to Tehran.  “Relations between Iran "
        "and Oman have accelerated compared to the past,” Enayati said in remarks to IRNA.  “In the field of "
        "transportation and shipping, we also saw progress between the two sides,” the senior diplomat noted.",
        [(False, "Alireza Enayati", "Iran discussed with Oman"),
         (True, "Alireza Enayati", "Relations between Iran"),
         (True, "Alireza Enayati", "In the field of transportation")],
    ),
    (
        "lede-description-with-a-nationality-named-in-apposition",  # tt_477178
        "TEHRAN – An Iranian lawmaker has lauded Iran’s membership in the Shanghai Cooperation Organization "
        "(SCO), saying that led to the Western pressures on Iran.  The lawmaker, Jalil Rahimi Jahan Abadi, said "
        "in remarks to IRNA that Iran’s membership in the SCO amounted to the failure of the West’s policy of "
        "pressure and isolation against Iran.  “Iran's membership in Shanghai means breaking the policy of "
        "isolation and Western pressure,” he said.  “The Shanghai Organization can provide banking exchanges for "
        "Iran,” the lawmaker added.",
        [(False, "Jalil Rahimi Jahan Abadi", "led to the Western"),
         (True, "Jalil Rahimi Jahan Abadi", "Iran's membership in Shanghai"),
         (True, "Jalil Rahimi Jahan Abadi", "The Shanghai Organization")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dateline_lede(text, expected):
    assert_quotes(quotes_found(text), expected)
