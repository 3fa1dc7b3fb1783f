"""Interviews (`accords.quotes.interviews`): in an article printing an outlet's own interview with
one person ("…, Ahmad Shahidov tells the Tehran Times. … The following is the text of the interview:
Q: … A: …"), quoted words no clause gives to anyone and a clause whose subject only describes a
person ("the American analyst notes", "according to the Syrian politician", "ANKASAM international
relations expert argues") are the interviewee's; the outlet never speaks there. Not in an article
printing no interview, not for a quote right after another person's quote, and not where the
hearer is another outlet than the article's.

The cases are Tehran Times text (tt_461024, tt_464655, tt_463280, tt_462896; Tehran Times, CC BY
4.0), cut short, and variants of it. Each lists every quote found, in text order, as (direct,
speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

SHAHIDOV = (
    "TEHRAN - Head of the Azerbaijan Institute for Democracy and Human Rights says that the United States "
    "exercises double standards in the world extensively. \"U.S. policy consists of double standards. Not only on "
    "the Karabakh issue but also on other conflicts in the world, Washington's position is aimed at ensuring its own "
    "interests,\" Ahmad Shahidov tells the Tehran Times. While many had expected U.S. President Biden to follow a "
    "softer foreign policy and marginalize hawkish politicians in the White House, it seems that Biden pursues a more "
    "aggressive approach. “Iran-Azerbaijan relations continue to develop. In the 44-day war, official Tehran's "
    "position was also fair, and the Islamic Republic of Iran officially supported the territorial integrity of "
    "Azerbaijan. This was what we expected from Iran.” "
)
TRANSCRIPT = (
    "The following is the text of the interview: Q: How do you evaluate Iran-Azerbaijan's economic ties? Is there "
    "any development after Tehran declared that it is ready to contribute to the reconstruction of Karabakh? A: "
    "Iran-Azerbaijan relations continue to develop. “The project (China's Belt and Road Initiative) worries the "
    "imperialist circles of the West.”Economic relations between the two countries continue."
)
LOVE = (
    "TEHRAN - Martin Love, an American political analyst, believes that an initiative like the Astana process can "
    "be an efficient mechanism to restore peace in Afghanistan. “Spitefulness won’t help anyone, not even the U.S. "
    "and its allies. Something like Astana could be a positive move,” Love tells the Tehran Times. U.S. exit from "
    "Afghanistan has raised concerns about the stability of this country as a pivotal point in the region. While "
    "some political observers predict that the Taliban will commit violence against its people, others believe that "
    "the Taliban have changed. “Peace in Afghanistan is in my view entirely a function of whether the Taliban holds "
    "to its assertions that it is not the same Taliban of 20 years ago,” the American analyst notes. Following is "
    "the text of the interview: Q: How do you evaluate the U.S. withdrawal from Afghanistan after a two-decade war? "
    "A: The sole upside of this debacle is that the U.S. may think more than twice about invading another country "
    "again. \"Afghanistan exit is an absolute stain on "
    "perceptions of the U.S., worse even than the exit from Vietnam in 1975.\"Q: Do you think Afghanistan's "
    "neighbors can present an effective initiative to restore peace in the country? A: This of course remains to "
    "be seen."
)

CASES = [
    (
        "words-after-a-sentence-on-biden-are-the-interviewees",
        SHAHIDOV + TRANSCRIPT, "Tehran Times",
        [(False, "Ahmad Shahidov", "the United States exercises"), (True, "Ahmad Shahidov", "U.S. policy consists"),
         (True, "Ahmad Shahidov", "Iran-Azerbaijan relations"), (True, "Ahmad Shahidov", "The project")],
    ),
    (
        "the-american-analyst-and-a-display-line-before-a-question",
        LOVE, "Tehran Times",
        [(True, "Martin Love", "Spitefulness"),
         (False, "political observers", "the Taliban will commit"), (True, "Martin Love", "Peace in Afghanistan"),
         (True, "Martin Love", "Afghanistan exit")],
    ),
    (
        "according-to-the-syrian-politician",
        "TEHRAN - A member of the National Reconciliation Committee in Syria stresses that Turkey-Israel ties are "
        "profound. \"The Turkish-Israeli- relations are strategic and deep-rooted,” Omar Rahmoun tells the Tehran "
        "Times. “Erdogan's claims about supporting the Palestinian cause are nonsense,” Rahmoun remarks. "
        "“Turkish-Israeli ties are not subject to the mood of their leaders. It is a well-established and strong "
        "relationship,” according to the Syrian politician. Following is the text of the interview: Q: How do you "
        "evaluate the ties? A: They are strategic.",
        "Tehran Times",
        [(False, "National Reconciliation Committee", "Turkey-Israel ties"),
         (True, "Omar Rahmoun", "The Turkish-Israeli- relations"), (True, "Omar Rahmoun", "Erdogan's claims"),
         (True, "Omar Rahmoun", "Turkish-Israeli ties are not")],
    ),
    (
        "an-expert-described-before-the-quote",
        "TEHRAN - Dogacan Basharan, a Turkish researcher, says the pullout of U.S. forces from Afghanistan shows "
        "that Washington has lost its cards in the country. “The U.S. wants to get rid of the military cost of its "
        "existence in this country by withdrawing from Afghanistan,” Basharan tells the Tehran Times. While some "
        "American commentators talk about U.S. efforts to stabilize Afghanistan, ANKASAM international relations "
        "expert argues that “the USA is not disturbed by the scenario that the power vacuum will form after the "
        "withdrawal.” Following is the text of the interview: Q: How do you assess the pullout? A: It is a loss.",
        "Tehran Times",
        [(False, "Dogacan Basharan", "the pullout of U.S. forces"), (True, "Dogacan Basharan", "The U.S. wants"),
         (True, "Dogacan Basharan", "the USA is not disturbed")],
    ),
]

#: (id, text, source, the first words of a quote, a speaker it must not have)
NOT_THE_INTERVIEWEES = [
    ("no-interview-printed", SHAHIDOV.replace("tells the Tehran Times", "told reporters"), "Tehran Times",
     "Iran-Azerbaijan relations", "Ahmad Shahidov"),
    ("told-another-outlet", SHAHIDOV.replace("tells the Tehran Times", "tells Reuters") + TRANSCRIPT, "Tehran Times",
     "Iran-Azerbaijan relations", "Ahmad Shahidov"),
    ("another-persons-quote-carries-on",
     "TEHRAN - Turkey is turning east, a Turkish analyst says. “Turkey has no way out but to turn towards Asia,” "
     "Mehmet Yilmaz tells the Tehran Times. “We will not accept pressure from anyone,” Erdogan said on Monday. "
     "“Turkey is a free nation.” Following is the text of the interview: Q: How do you see Turkey? A: It is "
     "turning east.",
     "Tehran Times", "Turkey is a free nation", "Mehmet Yilmaz"),
]


@pytest.mark.parametrize(("text", "source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_interviewee(text, source, expected):
    assert_quotes(quotes_found(text, source=source), expected)


@pytest.mark.parametrize(("text", "source", "words", "speaker"), [c[1:] for c in NOT_THE_INTERVIEWEES],
                         ids=[c[0] for c in NOT_THE_INTERVIEWEES])
def test_not_the_interviewee(text, source, words, speaker):
    found = [s for _, s, w in quotes_found(text, source=source) if w.startswith(words)]
    assert found and speaker not in found
