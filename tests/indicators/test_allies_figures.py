"""NATO's figures where its Allies act: a figure whose clause before it has "Allies" doing what it measures,
in a text that names NATO, is NATO's, not the topic's of the sentences before nor the text's home country's
(`pledges.allies`): "only nine Allies met the Vilnius defense investment commitments to spend at least two percent
of GDP" after a section on Ukraine, "many Allies now spend well above NATO's benchmark of 2 percent" after
"non-U.S. Allies"; money the Allies give keeps the receiver its sentence names after it ("€40 billion ... for
Ukraine": NATO-UKR). Where another side is named after "Allies" and before the figure, that side acts ("to ensure
the defense of our Allies, the United States deployed ... over 20,000 additional forces": the U.S.').

Texts: "FACT SHEET: The 2024 NATO Summit in Washington" (2024-07-10) and "FACT SHEET: The 2022 NATO Summit in
Madrid" (2022-06-29), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United
States government, public domain), with their line breaks.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WASHINGTON = (
    "Ukraine’s future is in NATO. \n"
    "Building on the historic decisions at the 2023 NATO Summit in Vilnius to\n"
    "adapt NATO to today’s security challenges, Allied leaders in Washington\n"
    "will advance the implementation of NATO’s new defense plans, ensuring\n"
    "Allies are prepared to deter threats and defend every inch of NATO\n"
    "territory.  NATO partner leaders including Ukraine, Australia, Japan,\n"
    "New Zealand, the Republic of Korea, and the European Union are joining\n"
    "Allies during the summit to advance collective efforts to strengthen\n"
    "international peace and security.  NATO Allies will also welcome the\n"
    "selection of Mark Rutte as the next NATO Secretary General and express\n"
    "their respect and appreciation for Jens Stoltenberg’s decade of\n"
    "commitment and service to the Alliance.  Key Summit Outcomes include:\n"
    "\n"
    "**A Stronger, Reinvigorated and More Robust Alliance: **\n"
    "\n"
    "Allied leaders will meet for the first time at 32, welcoming their\n"
    "newest member, Sweden, into the Alliance.  Under President Biden’s\n"
    "leadership, Finland and Sweden have joined NATO.  Both countries are\n"
    "highly capable Allies with strong militaries who share the Alliance’s\n"
    "democratic values and will strengthen its defense capabilities.  The\n"
    "United States looks forward to their further integration into NATO’s\n"
    "command structures.\n"
    "\n"
    "**Support for Ukraine:**\n"
    "\n"
    "The Washington Summit will strengthen NATO’s relationship with Ukraine,\n"
    "as Allies convene for the second meeting of the NATO-Ukraine Council at\n"
    "the Leaders level.  Ukrainian President Zelenskyy will sit with Allied\n"
    "leaders to discuss further Alliance support for Ukraine in its ongoing\n"
    "fight to defend its freedom, sovereignty and territorial integrity\n"
    "against Russian aggression.  Allies are announcing significant new\n"
    "measures of support for Ukraine that will bring Ukraine closer to NATO\n"
    "while laying the foundation to strengthen Ukraine’s ability to defend\n"
    "against Russian aggression, now and in the future.  Allies will also\n"
    "take tangible steps at the Summit to increase NATO’s role in building a\n"
    "resilient Ukrainian force with a credible defense and deterrence\n"
    "capability while also supporting ongoing reforms that further align\n"
    "Ukraine with NATO standards and values.  At the Summit Allies will\n"
    "announce new steps to advance military, political, and financial support\n"
    "to Ukraine.  These elements taken together with Allies’ bilateral\n"
    "support for Ukraine, form the bridge to Ukraine’s future NATO\n"
    "membership.\n"
    "\n"
    "-   NATO Security Assistance and Training for Ukraine (NSATU) – NSATU\n"
    "    will coordinate equipment, training and force development work to\n"
    "    support Ukraine on its path to full interoperability with NATO.  A\n"
    "    three-star general based in Germany will lead the effort, which will\n"
    "    be carried out in Allied countries.  Through its work, NSATU will\n"
    "    help Ukraine to defend against Russian aggression today and deter\n"
    "    aggression in the future.\n"
    "-   NATO Senior Representative in Kyiv – To further deepen Ukraine’s\n"
    "    institutional relationship with NATO, the Secretary General has\n"
    "    decided to appoint a senior civilian representative in Kyiv to act\n"
    "    as a focal point for NATO’s engagement with senior Ukrainian\n"
    "    officials.\n"
    "-   Financial Support – Allies will announce their intention to provide\n"
    "    a minimum baseline funding of €40 billion within the next year, and\n"
    "    to provide sustainable levels of security assistance for Ukraine to\n"
    "    prevail.  The United States is proud to support that effort.  Our\n"
    "    contributions to Ukraine for this pledge will come from the funds\n"
    "    already appropriated by Congress in the national security\n"
    "    supplemental, which President Biden signed into law in April. \n"
    "\n"
    "**Increased Defense Spending and Strengthened Defense Industrial\n"
    "Base:** \n"
    "\n"
    "The Alliance is spending more than ever on critical new defense\n"
    "procurement as well as research and development.  When the Biden-Harris\n"
    "Administration took office, only nine Allies met the Vilnius defense\n"
    "investment commitments to spend at least two percent of GDP on defense. \n"
    "Twenty-three Allies now meet or exceed their defense spending\n"
    "commitment.  This is important progress since 2014 when only three\n"
    "Allies were spending two percent of GDP on defense."
)
MADRID = (
    "2022 is projected to be the eighth consecutive year of\n"
    "increased defense spending by non-U.S. Allies, and many Allies now spend\n"
    "well above NATO’s benchmark of 2 percent of Gross Domestic Product\n"
    "(GDP), which is increasingly seen as a floor and not a ceiling."
)
FORCES = (
    "In response to Russia’s aggression against Ukraine, and in order to\n"
    "ensure the defense of our Allies, the United States deployed or extended\n"
    "over 20,000 additional forces to Europe, and there are currently\n"
    "approximately 100,000 U.S. forces providing defense and deterrence\n"
    "throughout Europe."
)


def _sides(text: str, value: float, unit: str, kind: str | None = None) -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, found_unit, found_kind, _qualifier
            in figures(text, published="2024-07-10", source="The White House")
            if found == value and found_unit == unit and kind in (None, found_kind)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "expected"),
    [
        pytest.param(WASHINGTON, 2, "percent", "target", [("NATO",)], id="nine-allies-met-two-percent-after-ukraine-section"),
        pytest.param(WASHINGTON, 2, "percent", "actual", [("NATO",)], id="three-allies-were-spending-two-percent"),
        pytest.param(WASHINGTON, 40e9, "EUR", None, [("NATO", "UKR")], id="allies-provide-funding-for-ukraine"),
        pytest.param(MADRID, 2, "percent", None, [("NATO",)], id="many-allies-spend-above-natos-benchmark"),
        pytest.param(FORCES, 20000, "count", None, [("USA",)], id="united-states-deployed-for-our-allies"),
    ],
)
def test_allies_figures(text: str, value: float, unit: str, kind: str | None, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value, unit, kind) == expected
