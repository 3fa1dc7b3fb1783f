"""Speakers named one sentence after their words, and speakers relayed by a channel.

- An unnamed voice that the next sentence names (`accords.quotes.named_voices`): a lede's
  reported summary by "a senior Iranian lawmaker" followed by a quote "said Hossein
  Noushabadi" is Noushabadi's, and so are the description's later words ("According to the
  lawmaker"); "said the spokesman for the Iranian Foreign Ministry" followed by "Saeed
  Khatibzadeh added" is Khatibzadeh's. Not where the named person is someone else speaking in
  turn (an organisation's voice, then a person with an office of their own), or was named before.
- "they" before a reporting verb is no one person the sentence named before it (a fragment after
  "… met envoy Staffan de Mistura in Geneva, they said …" is not de Mistura's;
  `accords.quotes.clauses.regex_clause`).
- A past verb the parse joins to an auxiliary verb inside a relative clause on an object ("called
  Iran and Armenia as good neighbors who have been enjoying … and said …") is the sentence
  subject's, not the relative clause's antecedent's (`accords.quotes.syntax._subject`).
- A channel closing the sentence (`…, Reuters reported`) relays the reporting clause before it:
  "Kremlin spokesman Dmitry Peskov told reporters … that …" is Peskov's reported speech, not the
  channel's (`accords.quotes.syntax`, `accords.quotes.reported`).

The first, second, fifth, sixth and seventh cases are Tehran Times text (tt_453220, tt_453555,
tt_445801, tt_433513, tt_430856; Tehran Times / Mehr News Agency, CC BY 4.0), cut short; the others
are written for these tests in the register of wire copy. Each case lists every quote found, in text order, as (direct, speaker
name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-lede-description-named-in-the-next-sentence",
        "TEHRAN – Conflict between Azerbaijan and Armenia over the disputed Nagorno-Karabakh region cannot be "
        "resolved militarily, a senior Iranian lawmaker has said. “Negotiation and dialogue are the only solutions "
        "to the Nagorno-Karabakh conflict and this conflict cannot be settled militarily,” said Hossein Noushabadi, "
        "the head of the Parliament’s International Diplomacy and National Interests faction.\n\n"
        "According to the lawmaker, Iran’s policy toward the Nagorno-Karabakh region has always been based on the "
        "principle of non-interference in internal affairs.",
        [(False, "Hossein Noushabadi", "Conflict between Azerbaijan"),
         (True, "Hossein Noushabadi", "Negotiation and dialogue"),
         (False, "Hossein Noushabadi", "Iran’s policy toward")],
    ),
    (
        "a-spokesman-named-when-he-adds",
        "Iran has recently offered an initiative to end the conflict, which broke out on September 27. “Iran has "
        "prepared a detailed plan, which will be pursued through making consultations with the two sides [of the "
        "conflict],” said the spokesman for the Iranian Foreign Ministry on October 8. “We have prepared a plan, "
        "and we hope that we would be able to end this war as soon as possible,” Saeed Khatibzadeh added.",
        [(True, "Saeed Khatibzadeh", "Iran has prepared"), (True, "Saeed Khatibzadeh", "We have prepared")],
    ),
    (
        "an-organisations-voice-then-a-person-in-turn",
        "“The contract was approved by our board,” said a Metrolinx spokesman. “Nobody asked the drivers,” "
        "said Nora Diaz, the union's treasurer.",
        [(True, "Metrolinx spokesman", "The contract was"), (True, "Nora Diaz", "Nobody asked")],
    ),
    (
        "a-person-named-before-is-someone-else",
        "Mayor Tom Ruiz opened the new bridge on Monday. The bridge will carry 20,000 cars a day, a senior "
        "city engineer said. “It was a long wait,” said Ruiz.",
        [(False, "senior city engineer", "The bridge will carry"), (True, "Tom Ruiz", "It was a long wait")],
    ),
    (
        "a-channel-relays-the-clause-before-it",
        "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that discussions were ongoing about a possible "
        "summit on Syria between the leaders of Russia, Iran, and Turkey, Reuters reported.",
        [(False, "Dmitry Peskov", "discussions were ongoing")],
    ),
    (
        "a-verb-joined-to-a-relative-clause-on-an-object",
        "TEHRAN – Leader of the Islamic Revolution Ayatollah Ali Khamenei on Wednesday called Iran and Armenia as "
        "good neighbors who have been enjoying good relationship during the history and said in contrast to "
        "opposition by the United States both Iran and Armenia should make their relations “strong, durable and "
        "amicable”.",
        [(True, "Ali Khamenei", "strong, durable and amicable")],
    ),
    (
        "they-is-no-one-person-named-before-it",
        "Russia, Iran and Turkey, supporters of the main sides in Syria's complex civil war, on Tuesday "
        "failed to agree on the makeup of a UN-sponsored Syrian Constitutional Committee but called for it to "
        "convene early next year to kick off a viable peace process. In a joint statement read out by Russian "
        "Foreign Minister Sergei Lavrov after the trio met UN Syria peace envoy Staffan de Mistura in Geneva, "
        "they said the new initiative should be guided \"by a sense of compromise and constructive "
        "engagement.\" The foreign ministers of the three nations had hoped to seal their joint proposal on a "
        "committee — which could usher in elections — and win UN blessing for it. But the statement by the "
        "three made no mention of the composition of the panel, pointing to lingering disagreement over lists "
        "of candidates submitted by Syrian President Bashar al-Assad and his rebel adversaries. Mevlut "
        "Cavusoglu, speaking to Turkish state media, said only that the three powers had made \"important "
        "contributions\" to the creation of the panel and that suggested names were assessed. \"The UN will of "
        "course carry out necessary work on the nominated names in the coming process,\" Cavusoglu said. De "
        "Mistura, addressing a separate news conference, made clear the three powers had not nailed down a "
        "workable political forum yet, after years of abortive attempts at ending a war that has killed "
        "hundreds of thousands of people and displaced around half of Syria's pre-war 22 million population.",
        [(True, "Mevlut Cavusoglu", "only that the three powers"), (True, "Mevlut Cavusoglu", "The UN will")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_named_voice(text, expected):
    assert_quotes(quotes_found(text), expected)
