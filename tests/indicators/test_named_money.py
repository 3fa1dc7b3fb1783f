"""Money named by its own words right after it ("$60 billion in funding to support Ukraine", "a $698
million MCC Compact", "this $100 million, three-year pilot program") or by a verb of funding before it
("Congress appropriated", "authorizes", "has requested", "a package of"), money an agency of the home
country invests abroad in its own text ("the DFC will invest $30 million ... in Brazil"), a giver
named before an aside in dashes ("The UAE – home to ... – will invest"), money in another
country's currency in a White House text (the UK's, no US gift), and a fact sheet's headed list
item, which takes no countries from the item before it.

Texts: White House remarks and fact sheets of 2022-2024 (tests/gold/README.md, White House, and the
fresh dev files of the fourteenth session), works of the United States government; line breaks of
the corpus kept. Sentences marked "ours" are written for these tests in the register. Each expected
record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

#: Headed items of a fact sheet (the end of wh_20221115-g20-pgii-projects, as the corpus has it): the last
#: names no country, and the one before's countries (a cable "to the Cote d’Ivoire and Guinea borders") are
#: not its own.
HEADED_ITEMS = (
    '-   **Bolstering Care Infrastructure and Economy:**\xa0Since the Invest in\n'
    '    Childcare Initiative was launched as a flagship PGII project at the\n'
    '    G7 Summit, the World Bank stands to generate at least $180 million\n'
    '    in funding for the initiative, including $50 million from the United\n'
    '    States, with additional funds from Germany, Canada, and Australia.\n'
    '    The Initiative has shortlisted 27 proposals and awarded the first\n'
    '    grant of $2 million to a project in Somalia that is expected to\n'
    '    benefit almost 30,000 young women and 3,000 young men and their\n'
    '    children primarily from marginalized populations.  \n'
    '    \xa0\n'
    '-   **Expanding Digital Access:\xa0**Since Digital Invest was launched by\n'
    '    USAID and State as a PGII flagship project in June 2022, the blended\n'
    '    finance program has attracted private sector partners and capital\n'
    '    and advanced two key projects that will connect currently un- or\n'
    '    under-served communities to digital access in emerging markets:  \n'
    '    \xa0\n'
    '    -   **CSquared Liberia Fiber Backbone:**\xa0$1.15 million of support\n'
    '        under Digital Invest is leveraging nearly $2.5 million of\n'
    '        financing from CSquared to establish a 350-kilometer national\n'
    '        fiber network backbone in Liberia. The new backbone will extend\n'
    '        from Monrovia to the Cote d’Ivoire and Guinea borders, provide\n'
    '        transformative network connectivity capacity to internet service\n'
    '        providers (ISPs) and mobile network operators, and, as a result,\n'
    '        serve approximately one million Liberians.  \n'
    '        \xa0\n'
    '    -   **Microsoft Airband ISP Incentive Fund:**\xa0A Digital Invest grant\n'
    '        of $500,000 will leverage $1.5 million from Microsoft to\n'
    '        establish an incentive fund for ISPs providing digital access to\n'
    '        community institutions, such as health clinics, schools, and\n'
    '        local government facilities. This initiative will include the\n'
    '        establishment and piloting of an Incentive Fund, managed by\n'
    '        Resonance, to catalyze investment for and expansion of internet\n'
    '        networks in hard-to-reach communities.'
)

CASES = [
    pytest.param(
        "As a demonstration of that support, President Joe Biden recently\nsigned into law, as you mentioned, $60 "
        "billion in funding to support\nUkraine.", None,
        [("funding", ("UKR", "USA"), 60e9, "USD", "actual", None)],
        id="money-in-funding",
    ),
    pytest.param(
        "-   **Indonesia Millennium Challenge Corporation (MCC) Compact: ** The\n    United States and Indonesia have "
        "successfully concluded negotiations\n    to launch a $698 million MCC Compact.", None,
        [("funding", ("IDN", "USA"), 698e6, "USD", "actual", None)],
        id="money-named-by-its-compact",
    ),
    pytest.param(
        "Working with Congress, this\n    $100 million, three-year pilot program, will support U.S. and\n    African "
        "partners to coordinate, share, and support solutions to\n    security challenges.", None,
        [("funding", ("USA",), 100e6, "USD", "actual", None)],
        id="money-named-by-its-programme-after-a-comma",
    ),
    pytest.param(
        "MCC plans to seek board approval of a **$125 million compact in Belize to increase the quality of\n    "
        "education** and **reduce high electricity costs,** both which are\n    recognized as key development "
        "challenges.", None,
        [("funding", ("BLZ", "USA"), 125e6, "USD", "target", None)],
        id="a-compact-is-no-cost-named-later-in-its-clause",
    ),
    pytest.param(  # wh_20210625-afghanistan-support
        "Congress appropriated over $3 billion to ASFF in 2021 and the Administration has requested over $3.3 "
        "billion for 2022.", None,
        [("funding", ("USA",), 3e9, "USD", "actual", "lower"), ("funding", ("USA",), 3.3e9, "USD", "target", "lower")],
        id="money-appropriated-and-requested",
    ),
    pytest.param(  # wh_20220714-palestinian-relationship
        "MEPPA authorizes up to $250 million dollars over five years for programs that build peace.", None,
        [("funding", ("USA",), 250e6, "USD", "actual", "upper")],
        id="money-authorized",
    ),
    pytest.param(  # ours, after wh_20220428-ukraine-supplemental-request
        "The President is asking Congress for $5 billion in additional drawdown authority for Ukraine.", None,
        [("funding", ("UKR", "USA"), 5e9, "USD", "actual", None)],
        id="money-in-drawdown-authority",
    ),
    pytest.param(  # ours, after wh_20220714-palestinian-relationship
        "This includes more than half a billion dollars the United States has provided to the Palestinian people "
        "since 2021.", None,
        [("funding", ("PSE", "USA"), 5e8, "USD", "actual", "lower")],
        id="money-a-named-giver-has-provided",
    ),
    pytest.param(  # wh_20240516-canada-ettf
        "The Department of Energy is reauthorizing up to US$800 million (C$1.08 billion) for two small modular "
        "reactor deployments.", None,
        [("funding", ("USA",), 800e6, "USD", "actual", "upper"), ("funding", ("USA",), 1.08e9, "CAD", "actual", "upper")],
        id="money-reauthorized-and-its-conversion",
    ),
    pytest.param(  # ours, after wh_20241203-angola-meeting
        "President Biden highlighted more than $3 billion in U.S. commitments to Angola.", None,
        [("commitments", ("AGO", "USA"), 3e9, "USD", "actual", "lower")],
        id="money-in-commitments-named-by-an-abbreviation",
    ),
    pytest.param(  # ours, after wh_20240711-nato-indo-pacific-factsheet
        "Australia announced its largest single military support package of $250 million for Ukraine. It follows "
        "Australia’s $30 million commitment to provide drones to Ukraine.", None,
        [("funding", ("AUS", "UKR"), 250e6, "USD", "actual", None), ("funding", ("AUS", "UKR"), 30e6, "USD", "target", None)],
        id="a-package-of-money-and-a-money-commitment",
    ),
    pytest.param(  # wh_20240611-sids-support
        "This includes more than **$16 million delivered through the\n        President’s Emergency Plan for "
        "Adaptation and Resilience (PREPARE)** to co-develop and strengthen climate information and\n        early "
        "warning systems in the Pacific.", None,
        [("funding", ("USA",), 16e6, "USD", "actual", None)],
        id="money-delivered-through-a-plan",
    ),
    pytest.param(
        "The company requested $2 billion in damages from the government.", None,  # ours
        [("fine", ("USA",), 2e9, "USD", "target", None)],
        id="a-lexicon-word-after-decides-over-requested",
    ),
    pytest.param(
        "The ministry allocated $5 million for the new program, the official said.", None,  # ours
        [("budget", ("USA",), 5e6, "USD", "actual", None)],
        id="a-lexicon-word-before-names-a-programmes-money",
    ),
    pytest.param(
        "-   **Securing Critical Minerals Supply Chains in Brazil: **Building on\n    previous support, the DFC will "
        "invest $30 million of equity in\n    TechMet Limited for the development of a critical minerals mining\n    "
        "platform of nickel and cobalt in Brazil.", None,
        [("investment", ("BRA", "USA"), 30e6, "USD", "target", None)],
        id="an-agency-of-the-home-country-invests-abroad",
    ),
    pytest.param(
        "-   **Investments in India’s Health Infrastructure:  **The DFC will\n    invest over $15 million in India’s "
        "health infrastructure.", None,
        [("investment", ("IND", "USA"), 15e6, "USD", "target", "lower")],
        id="invests-in-a-countrys-sector",
    ),
    pytest.param(
        "Japanese companies will invest $2 billion in India over the next five years.", None,  # ours
        [("investment", ("IND", "JPN"), 2e9, "USD", "target", None)],
        id="a-named-investor-is-the-giver-not-the-home-country",
    ),
    pytest.param(
        "Foreign direct investment in Mexico reached $36 billion in 2023.", None,  # ours
        [("investment", ("MEX",), 36e9, "USD", "actual", None)],
        id="investment-with-no-investing-verb-stays-the-hosts",
    ),
    pytest.param(
        "-   **Food Security:** The UAE – home to the International Renewable Energy Agency (IRENA) and host of "
        "COP28 in 2023 – will invest $2 billion USD to develop a series of integrated food parks across India.",
        None,
        [("investment", ("ARE", "IND"), 2e9, "USD", "target", None)],
        id="a-giver-before-an-aside-in-dashes",
    ),
    pytest.param(
        "The UK will establish a new Energy Efficiency Taskforce. The £1.5 billion Help to Heat programme provides "
        "energy efficiency upgrades to low-income households.", None,
        [("funding", ("GBR",), 1.5e9, "GBP", "actual", None)],
        id="money-in-another-countrys-currency-is-no-home-gift",
    ),
]


@pytest.mark.parametrize(("text", "title", "expected"), CASES)
def test_named_money(text: str, title: str | None, expected: list[tuple]) -> None:
    assert figures(text, source=WH, title=title, published="2022-11-15") == expected


def test_a_headed_item_takes_no_countries_from_the_item_before_it() -> None:
    found = figures(HEADED_ITEMS, source=WH, published="2022-11-15")
    last = [f for f in found if f[2] in (5e5, 1.5e6)]
    assert len(last) == 2
    assert all("CIV" not in f[1] and "GIN" not in f[1] for f in last)
