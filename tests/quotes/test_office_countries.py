"""A title reference ("Iran's chief diplomat said", "the Iranian diplomat stressed") never goes to
another country's person (`accords.quotes.speakers.People.by_title`):

- the country a person is introduced with is read from the words before the name, never from the
  quoted words before it (`“Turkish people's brave defense …,” Zarif wrote` does not make Zarif a
  Turk: `People._context_country`);
- "the next person named" stands in for a title no one holds only when the country agrees;
- "diplomat" is the office of a foreign ministry's spokesman, an ambassador, an envoy, a consul or
  a foreign minister (`accords.quotes.titles.diplomatic_office`).

The texts are Tehran Times region articles (tests/gold/articles tt_404297, tt_411153), cut to the
sentences that matter, undated as the region corpus is.
"""

import pytest

from tests.quotes.found import quotes_found

CASES = [
    (
        "quoted-words-give-no-country",
        "TEHRAN – The Iranian foreign minister has praised the Turkish people for their bravery in aborting military "
        "coup in Turkey. “Turkish people's brave defense of democracy & their elected government proves that coups "
        "have no place in our region and are doomed to fail,” Zarif wrote on his tweeter.\n"
        "Zarif also said he is “deeply concerned about the crisis in Turkey.”\n"
        "The military coup appeared to crumble in the early hours of Saturday after crowds answered President Tayyip "
        "Erdogan's call to take to the streets to support him.\n"
        "Erdogan, who had been holidaying on the southwest coast when the coup was launched by a faction in the armed "
        "forces, flew into Istanbul before dawn on Saturday.\n"
        "Iran’s chief diplomat said, “Stability, democracy & safety of Turkish people are paramount. Unity & prudence "
        "are imperative.”",
        "Stability, democracy", "Zarif",
    ),
    (
        "a-spokesman-is-the-diplomat",
        "TEHRAN – Iran’s Foreign Ministry rejected on Wednesday the accusations by the Turkish President that it was "
        "meddling in Iraq, calling the remarks “sensationally charged”. “It seems that the remarks by Mr. Erdogan are "
        "sensationally charged and influenced by the context,” Foreign Ministry spokesman Bahram Qassemi commented. "
        "Reportedly, Erdogan had accused Iran of influence peddling in Iraq and Syria, and promoting Persian "
        "nationalism in those countries during an appearance with Bahraini officials in Manama on Sunday. “Stability "
        "and security are Iran’s top priorities in the region,” the Iranian diplomat stressed.",
        "Stability and security", "Bahram Qassemi",
    ),
]


@pytest.mark.parametrize("text, words, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_countries(text, words, speaker):
    found = [s for _, s, w in quotes_found(text, published=None) if w.startswith(words)]
    assert found == [speaker]
