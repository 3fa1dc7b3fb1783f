"""Speakers of direct quotes in hard places, on sentences of Tehran Times articles (quotes.v2)."""

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    (
        "bare-surname-unlinked",
        "Iran’s Energy Minister Reza Ardakanian met Armenian Deputy Prime Minister Mher Grigoryan in Yerevan on Monday. "
        "In the industry, mining and trade sector, it was agreed to form a joint working group. "
        "“It was decided to hold joint business conferences in accordance with the Eurasian Economic Agreement "
        "to discuss trade,” Ardakanian said.",
        ["Reza Ardakanian"],
    ),
    (
        "the-official-is-the-last-speaker",
        "ICCIMA Head Gholam Hossein Shafeie met Kazakh Vice Minister Kairat Torebayev in Tehran.\n"
        "“Our relations with neighboring countries have a special priority for the government,” Shafeie said.\n"
        "“Especially given the active presence of Kazakhstan in global interactions, the potential for the development "
        "of trade relations between the two countries is more than before,” the official said. "
        "Further in the forum, Torebayev stated that Kazakhstan is the largest economy in Central Asia.",
        ["Gholam Hossein Shafeie", "Gholam Hossein Shafeie"],
    ),
    (
        "country-adjective-picks-the-minister",
        "According to IRNA, the ceremony was attended by Azerbaijani Minister of Economic development and Co-chairman "
        "of Iran-Azerbaijan Joint Economic Committee Shahin Mustafayev and Iranian Minister of Industry, Mining and "
        "Trade Mohammad Reza Nematzadeh.\n"
        "The memorandum was signed during Iranian Communications and Information Technology Minister Mahmoud Vaezi’s "
        "visit to Baku.\n"
        "Speaking at the ceremony, Azeri minister mentioned Iran as a major economic partner for Azerbaijan and said, "
        "“The volume of trade between the two countries increased by 66 percent in the first six months of the current year”.",
        ["Shahin Mustafayev"],
    ),
    (
        "sentence-split-inside-brackets",
        "Iranian Transport Minister Rostam Qasemi called Azerbaijan the closest neighbor to Iran. "
        "He pointed to the development of relations with neighbors and, referring to Iran's participation in the "
        "implementation of projects in Azerbaijan’s liberated territories [in Karabakh], said: \"Cooperation between "
        "the two countries in this area can accelerate the reconstruction of these regions.”",
        ["Rostam Qasemi"],
    ),
    (
        "he-after-an-org-subject",
        "Economic Affairs Minister Masoud Karbasian met his Azeri counterpart on Monday.\n"
        "In a Tuesday meeting with Mustafayev, Iranian Industry, Mining and Trade Minister Mohammad Shariatmadari "
        "called for boosting trade between the two countries. “During the upcoming Iranian president’s visit to "
        "Azerbaijan, Iran will be ready to start talks on joint fields for cooperation,” he said.",
        ["Mohammad Shariatmadari"],
    ),
    (
        "titles-in-quotes-are-no-speech",
        "President Hassan Rouhani attended the book fair in Tehran. “A book is thought, by which we can transfer "
        "whatever has flourished in our minds to others,” Rouhani said. The prize went to “In the Middle Path of "
        "Moderation in Islam” and “Secrets of God’s Mystical Oneness” this year.",
        ["Hassan Rouhani"],
    ),
    (
        "unlinked-name-was-quoted",
        "Georgian Prime Minister Giorgi Gakharia addressed the forum in Tbilisi.\n"
        "“We try to overcome all challenges in order to have more effective communication [with Iran],” Gakharia "
        "was quoted saying by the Georgian website.",
        ["Giorgi Gakharia"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_direct_quote_speakers(text, speakers):
    extraction = run(Article(id="q", text=text, published="2021-12-01"))
    assert [q.speaker_name for q in extraction.quotes if q.direct] == speakers
