"""quotes.v2 through the default pipeline on seed 004 (18 quotes, two alternating speakers)."""

from pathlib import Path

import pytest

from accords.model import Article
from accords.pipeline import run

ARTICLES = Path(__file__).parents[1] / "gold" / "articles"

AZARI, ALIYEV = "Azari Jahromi", "Ilham Aliyev"
SEED_004 = [
    (AZARI, "stating", "We are enjoying good cooperation in all sectors, especially in ICT where we have good capacity and facilities."),
    (AZARI, "stating", "Dr. Rouhani warmly acknowledges your message of condolence"),
    (AZARI, "including", "There is a strong will to strengthen relations, in both parties."),
    (AZARI, "said", "We have already coordinated mutual issues like Khoda-Afarin dam"),
    (AZARI, "adding", "Nowadays, the latest talking point around the globe is digital economy"),
    (AZARI, "stressed", "Old telecommunication systems and organizations are fading from memory"),
    (AZARI, "saying", "To develop Digital Economy, we have to look into cooperation opportunities"),
    (AZARI, "say", "There are nine Iranian start-up firms present in Bakutel"),
    (AZARI, "stating", "Instead of contending, we should focus on extending our cooperation."),
    (AZARI, "adding", "The south-north transit has begun via Iran"),
    (AZARI, "including", "We are also interested to further develop cooperation in the cyber security sector"),
    (ALIYEV, "expressing", "I have visited Iran twice, and we have met 10 times altogether"),
    (ALIYEV, "added", "In my last visit to Iran, I invited President Rouhani to visit Azerbaijan"),
    (ALIYEV, "emphasized", "The topic of exchanging cooperation agreements is progressing nicely"),
    (ALIYEV, "saying", "I\u2019m interested in witnessing the implementation of all our infrastructure agreements."),
    (ALIYEV, "adding", "I can state that good measures have been taken in health care and pharmaceuticals"),
    (ALIYEV, "saying", "Almost one million Azeri tourists have visited Iran"),
    (ALIYEV, "stating", "I am glad that you are our guest in Azerbaijan"),
]

INDIRECT = [
    (AZARI, "emphasized", "communication and information technology has brought about a revolution in the world"),
    (AZARI, "stated", "Iran is looking for joint cooperation with ICT companies in Azerbaijan"),
    (AZARI, "reported", "Iran\u2019s preparedness for cooperation regarding the data transit project"),
    (ALIYEV, "Stating", "both countries can exchange bilateral cooperation agreements in various economic and political areas"),
]


@pytest.fixture(scope="module")
def seed_004():
    text = (ARTICLES / "seed_004.txt").read_text(encoding="utf-8")
    return text, run(Article(id="s4", text=text, published="2017-12-05"))


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(SEED_004)), ids=[f"quote-{i + 1:02d}" for i in range(len(SEED_004))])
def test_direct_quote(seed_004, index):
    text, extraction = seed_004
    direct = [q for q in extraction.quotes if q.direct]
    assert len(direct) == len(SEED_004)
    speaker, cue, start = SEED_004[index]
    quote = direct[index]
    assert (quote.speaker_name, quote.cue) == (speaker, cue)
    assert quote.text.startswith(start)
    ev = quote.evidence[0]
    assert text[ev.start:ev.end] == quote.text  # evidence is the quoted words, marks excluded


@pytest.mark.slow
def test_indirect_quotes(seed_004):
    _, extraction = seed_004
    indirect = [(q.speaker_name, q.cue, q.text) for q in extraction.quotes if not q.direct]
    assert indirect == INDIRECT
