"""Web news: a firm that "agreed to pay" a penalty settles a case, no AGREE of its country and
the one where the case arose (`accords.events.views.penalty_paid`); a spokesman who "conceded
that" something is so admits a point, no CONCEDE (`views.point_conceded`); violence by robbers or
thieves is crime news (`accords.events.nonstate.PRIVATE_PEOPLE`); in an article, the European Union
alone is its own policy, no relation (`accords.events.relations.relation`), but a meeting of its
members stays; a call for bids is no invitation of a side (`views.invited_bids`).

The passages are our own short paraphrases of the kind of business and crime story where the rules
fire (no corpus text), and one Tehran Times sentence (tehrantimes-region, CC BY 4.0, Mehr News /
Tehran Times) for what stays."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _of(types: tuple[str, ...], text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2005-01-20") if e[0] in types]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param("A US arms maker has agreed to pay $20m after admitting it bribed officials in Benin.",
                 ("AGREE",), [], id="pay-after-bribery-no-agree"),
    pytest.param("A Swiss bank active in Brazil agreed to pay $9m in criminal penalties and $4m to settle a civil "
                 "lawsuit.", ("AGREE",), [], id="pay-penalties-no-agree"),
    pytest.param("The French carmaker agreed to pay $30 million in a settlement with Indian regulators.",
                 ("AGREE",), [], id="pay-in-settlement-no-agree"),
    pytest.param("In 2016, Russia and Iran agreed to pay for bilateral supplies of products in national currencies.",
                 ("AGREE",), [("AGREE", ("IRN", "RUS"), "planned")], id="pay-for-supplies-stays"),
    pytest.param("Japan and China agreed to pay for the new bridge together.",
                 ("AGREE",), [("AGREE", ("CHN", "JPN"), "occurred")], id="pay-for-a-project-stays"),
    pytest.param("Shell said its licence was still valid, although Nigeria had invited new bids for the oil block.",
                 ("AGREE",), [], id="invited-bids-no-agree"),
    pytest.param("Kazakhstan is inviting offers for the pipeline contract, officials in Astana said.",
                 ("AGREE",), [], id="inviting-offers-no-agree"),
    pytest.param("Iran invited Turkey to the summit in Tehran next month.",
                 ("AGREE",), [("AGREE", ("IRN", "TUR"), "planned")], id="invited-a-state-stays"),
    pytest.param("A Commission spokeswoman in Brussels conceded that the French and German rules still had gaps.",
                 ("CONCEDE",), [], id="conceded-that-no-concede"),
    pytest.param("Germany's finance minister conceded there were problems with the Greek figures.",
                 ("CONCEDE",), [], id="conceded-there-no-concede"),
    pytest.param("A British lawmaker was beaten by robbers in Nairobi, Kenyan police said.",
                 ("ASSAULT",), [], id="beaten-by-robbers-no-assault"),
    pytest.param("Two thieves attacked a Chinese tourist in Rome, Italian police said.",
                 ("ASSAULT",), [], id="thieves-attack-no-assault"),
    pytest.param("Turkish troops attacked Kurdish positions in northern Iraq on Monday.",
                 ("ASSAULT",), [("ASSAULT", ("IRQ", "TUR"), "occurred")], id="troops-attack-stays"),
])
def test_settlements_admissions_crime(text, types, expected):
    assert _of(types, text) == expected


_AIRLINES = ("Airlines in Europe face new costs this year. Carriers say the rules are unclear, and some plan to go to "
             "court. ")
_AIRLINES_END = " Ryanair said it would fight the rules. Passenger groups welcomed the change."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_AIRLINES + "The EU decided last year to tighten its rules on refunds for cancelled flights."
                 + _AIRLINES_END, ("AGREE",), [], id="eu-decision-alone-no-agree"),
    pytest.param(_AIRLINES + "The European Commission has launched a campaign in airports to tell travellers of "
                 "their rights." + _AIRLINES_END, ("COOPERATE",), [], id="commission-campaign-alone-no-cooperate"),
    pytest.param(_AIRLINES + "EU transport ministers met in Brussels on Monday to discuss the rules."
                 + _AIRLINES_END, ("CONSULT",), [("CONSULT", ("EU",), "occurred")], id="eu-ministers-meeting-stays"),
    pytest.param(_AIRLINES + "The EU signed an aviation agreement with Morocco on Monday." + _AIRLINES_END,
                 ("SUPPORT",), [("SUPPORT", ("EU", "MAR"), "occurred")], id="eu-with-a-state-stays"),
])
def test_eu_alone_in_an_article(text, types, expected):
    assert _of(types, text) == expected
