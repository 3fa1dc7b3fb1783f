"""More event words that name no act between sides (`accords.events.nonevents`, eighteenth
session's precision audit of unannotated Tehran Times and White House events): a message or
letter received is no reception of a visitor; a fact sheet's list item that opens with a bare
imperative ("Support the WHO's goal ...") reports no act; a visit that a travel advisory or a
guide addresses to travellers ("all Iranians who intend to visit Turkey", "combine your visit
with lunch") is tourism; "seized the opportunity" seizes nothing; "looking to boost ties" is a
general wish; "as promised" names an earlier promise. Each rule has cases that must still fire.

Sentences are from the Tehran Times region corpus (CC BY 4.0, Tehran Times) and White House
fact sheets (public domain), some shortened at a clause boundary."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a message received: no visitor received
    pytest.param("Earlier, Iranian President Ayatollah Seyed Ebrahim Raisi received a message from his Tajik "
                 "counterpart Emomali Rahmon on the 30th anniversary of the establishment of diplomatic relations.",
                 [], id="received-a-message"),
    pytest.param("TEHRAN – Iranian President Ayatollah Seyed Ebrahim Raisi has received a phone call from his Turkish "
                 "counterpart Recep Tayyip Erdogan.", [("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="received-a-phone-call-stays"),
    pytest.param("Iranian President Ebrahim Raisi received Tajik Foreign Minister Sirojiddin Muhriddin in Tehran on "
                 "Monday.", [("CONSULT", ("IRN", "TJK"), "occurred")], id="received-a-minister-stays"),
    # a list item opening with a bare imperative: a target or an ask, no act
    pytest.param("- **Vaccinate the world:** Support the WHO’s goal of at least 70 percent of the population fully "
                 "vaccinated with quality, safe, and effective vaccines in every country and income category by "
                 "UNGA 2022.", [], id="item-support-the-goal"),
    pytest.param("- Endorse the G7/S7 Carbis Bay Declaration to enhance global variant tracking and analyses "
                 "capabilities.", [], id="item-endorse-the-declaration"),
    pytest.param("- **Bringing Health and Finance Leaders Together:** The United States supports the G20 Presidency’s "
                 "call-to-action.", [("SUPPORT", ("G20", "USA"), "occurred")], id="item-with-a-subject-stays"),
    # travellers addressed by an advisory or a guide: tourism
    pytest.param("“Considering the security conditions in Turkey in recent months and concerns for safety of Iranian "
                 "citizens, all Iranians who intend to visit Turkey are strongly recommended to avoid making "
                 "unnecessary trips,” the statement read.", [], id="iranians-who-intend-to-visit"),
    pytest.param("Located in New Jolfa district of Isfahan, central Iran, the Cathedral harmoniously blends Islamic "
                 "motifs and elements with those of Armenians. Built in the first half of the 17th century, Kelisa-ye "
                 "Vank is a historic focal point of the Armenian Church in Iran. Combine your visit with lunch or "
                 "snacks at any of the several cafés and restaurant of nearby “Jolfa Square”.", [], id="your-visit"),
    pytest.param("Major General Mohammad Bagheri met Azeri Defense Minister Zakir Hasanov in Tehran. Bagheri told him: "
                 "“I hope your visit to Iran is a good opportunity for development and consolidation of relations.”",
                 [("CONSULT", ("AZE", "IRN"), "occurred")], id="your-visit-said-to-a-minister-stays"),
    pytest.param("Iranian President Hassan Rouhani, who visited Baku on Monday, met Azeri President Ilham Aliyev.",
                 [("CONSULT", ("AZE", "IRN"), "occurred")], id="who-visited-stays"),
    # a chance seized, a wish to boost ties, a promise referred to: no act
    pytest.param("With every Israeli-Palestinian flare-up, Turkish leaders quickly seized on the opportunity to "
                 "receive a standing ovation in the Arab world.", [], id="seized-the-opportunity"),
    pytest.param("Turkey imports large amounts of natural gas from Iran and the two countries are looking to boost "
                 "banking and trade ties in the coming years.", [], id="looking-to-boost-ties"),
    pytest.param("Iran and Turkey are looking to sign a preferential trade agreement next month.",
                 [("AGREE", ("IRN", "TUR"), "intended")], id="looking-to-sign-stays"),
    pytest.param("The U.S. has armed the YPG in Syria for years. Turkey's Defense Minister Hulusi Akar said, “We "
                 "expect U.S. to stop cooperation with the YPG terror group as promised.”", [], id="as-promised"),
    pytest.param("The United States promised Turkey to stop its cooperation with the YPG. Akar said, “We expect U.S. "
                 "to stop cooperation with the YPG terror group as promised.”",
                 [("AGREE", ("TUR", "USA"), "occurred")], id="promised-stays"),
])
def test_nonevents_items(text, expected):
    assert events_with_sides(text) == expected
