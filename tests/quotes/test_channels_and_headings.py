"""Speakers a medium, a subheading or a described voice used to take (quotes.v2, issue 14):

- a clause closing a sentence to say which medium carried it ("…, Al Waght reported.") names the
  channel, never whom a "he" after it means, whatever the entity stage took the medium for
  (`accords.quotes.media.relays`);
- a subheading in quotation marks that lost its line break and runs into the next sentence
  ("“BRICS insists on strengthening multilateralism” Amir Abdollahian said BRICS is …") is no
  quote (`accords.quotes.layout.glued_heading`), but a quote its own bare clause follows
  ("“…” Rabiei said on Tuesday.") still is;
- "the expert", "the analyst", "the foreign policy analyst" speaking means the person spoken of
  lately, as "the professor" does (`accords.quotes.sources.PERSON_NOUNS`), and two capitalised
  words after "of" ending such a phrase end a body's name ("the professor … at the University of
  South Alabama"), no holder's (`accords.quotes.sources._IN_NAME`);
- "the Turkish official" is the country's person spoken of whatever office they hold ("Turkish Deputy
  Prime Minister Veysi Kaynak"; `accords.quotes.speakers.People.by_title`);
- a state body the reporting clause writes out itself ("the Iranian embassy in Baku said", "the Russian
  embassy said"), no organisation the entity stage knows, is that body as written, not no one
  (`accords.quotes.written_bodies.body_written_here`); a bare "the embassy" stays as before;
- a one-word name spelled one letter otherwise than a person's surname ("Entesar" after "Nader
  Entessar", a transliteration the text varies) is that person (`accords.quotes.names.spelled_person`)
  when the text writes the person's spelling more often; otherwise the text's own spelling stays.

Texts: Tehran Times (CC BY 4.0, tehrantimes-region), cut or lightly shortened, and paraphrases of
its register written for these tests. Each case lists every quote found, in text order, as
(direct, speaker name, first words).
"""

import pytest

from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "he-after-a-medium-the-entity-stage-took-for-a-person",
        "TEHRAN - Turkish president continued his war of words with Europe, media reports said. Speaking at a "
        "meeting with members of the Anatolian Publishers Association at the presidential palace in Ankara Recep "
        "Tayyip Erdogan condemned again the ban over Turkish political rallies in Europe, Al Waght reported. "
        "“Turkey is not a country whose ministers can be kicked out, and whose citizens can be kicked around,” "
        "he said.",
        [(False, "Al Waght", "Speaking at a meeting"), (True, "Recep Tayyip Erdogan", "Turkey is not a country")],
    ),
    (
        "a-subheading-in-marks-run-into-a-reporting-sentence",
        "TEHRAN – Iran’s Foreign Minister Hossein Amir Abdollahian says the policy of isolating Iran has failed. "
        "“We enjoy a whole range of advantages and facilities, and the other parties benefit from this "
        "interaction, too,” he said. “BRICS insists on strengthening multilateralism” Amir Abdollahian said "
        "BRICS is a group that aims to strengthen multilateralism.",
        [(False, "Hossein Amir Abdollahian", "the policy of isolating"), (True, "Hossein Amir Abdollahian", "We enjoy")],
    ),
    (
        "a-subheading-in-marks-before-a-narrative-sentence",
        "Azerbaijan also reportedly imposed a staggering tax on Iranian commercial trucks which drew criticism "
        "from Iranian merchants. “Beware of the devil's costly traps” Since then, tensions have been on the rise "
        "between the two neighbors. “Ignoring the neighborhood principles can’t be a sign of a tact,” Shamkhani "
        "said on Twitter.",
        [(True, "Shamkhani", "Ignoring the neighborhood")],
    ),
    (
        "a-quote-without-its-comma-before-a-bare-clause-stays",
        "The two ministers met in Tehran on Monday. “The talks went well” Rabiei said on Tuesday.",
        [(True, "Rabiei", "The talks went well")],
    ),
    (
        "the-foreign-policy-analyst-is-the-expert-spoken-of",
        "A professor of political science at the University of South Alabama says Iran's membership will not in "
        "itself have a decisive impact. \"Most of the SCO member states have good relations with the West,\" "
        "Nader Entessar told IRNA. Asked to what extent the admission to the SCO could balance Iran's foreign "
        "relations, the foreign policy analyst said: \"The president of Iran has said that the focus of Iran's "
        "foreign policy is on cooperation with its neighbors.\"",
        [(True, "Nader Entessar", "Most of the SCO"), (True, "Nader Entessar", "The president of Iran")],
    ),
    (
        "the-professor-at-a-university-is-no-university",
        "\"Most of the SCO member states have good relations with the West,\" Nader Entessar told IRNA in an "
        "interview. \"Being a member of the Shanghai pact does not in itself bring benefits to member states,\" said "
        "the professor of political science and international relations at the University of South Alabama.",
        [(True, "Nader Entessar", "Most of the SCO"), (True, "Nader Entessar", "Being a member")],
    ),
    (
        "the-countrys-official-holding-another-office",
        "“By accusing others and repeating fictitious claims, they are trying to justify their meddlesome "
        "policies,” Iranian Foreign Ministry spokesman Bahram Qassemi said. Elsewhere, he dismissed comments made by "
        "Turkish Deputy Prime Minister Veysi Kaynak. The Turkish official claimed that some three million refugees, "
        "mostly Afghans, were living in Iran.",
        [(True, "Bahram Qassemi", "By accusing others"), (False, "Veysi Kaynak", "some three million refugees")],
    ),
    (
        "a-quote-with-no-verb-after-a-medium-closing-the-sentence",
        "“Once the peace process in Astana learns how to manage challenges ahead, the Syrian crisis will arrive at "
        "the finish line,” Hossein Jaberi Ansari said on Tuesday, Fars reported. “The trilateral consultations of "
        "Iran, Russia and Turkey on the Syrian situation has been a turning point for the crisis.”",
        [(True, "Hossein Jaberi Ansari", "Once the peace"), (True, "Hossein Jaberi Ansari", "The trilateral")],
    ),
    (
        "an-embassy-written-out-where-it-speaks",
        "TEHRAN – The Iranian embassy in Baku has congratulated Azerbaijan on the liberation of the strategic city "
        "of Shusha. “The embassy of the Islamic Republic of Iran in Baku expresses congratulations on the liberation "
        "of the historical and cultural city of Shusha,” the Iranian embassy in Baku said in a statement on its "
        "official Telegram channel.",
        [(True, "Iranian embassy in Baku", "The embassy of the Islamic")],
    ),
    (
        "a-countrys-embassy-in-lower-case",
        "“We expect the talks to resume next week,” the Russian embassy said on Sunday.",
        [(True, "Russian embassy", "We expect the talks")],
    ),
    (
        "a-bare-embassy-stays-as-before",
        "“We expect the talks to resume next week,” the embassy said on Sunday.",
        [(True, "the embassy", "We expect the talks")],
    ),
    (
        "a-surname-spelled-one-letter-otherwise",
        "\"Most of the SCO member states have good relations with the West,\" Nader Entessar told IRNA in an "
        "interview. On the position of the SCO, Entessar said it is a relatively young institution. "
        "“Therefore, it still does not have a high position in the world compared to some old organizations,” "
        "Entesar highlighted.",
        [(True, "Nader Entessar", "Most of the SCO"), (False, "Nader Entessar", "it is a relatively"),
         (True, "Nader Entessar", "Therefore, it still")],
    ),
    (
        "a-spelling-written-as-often-as-the-entitys-stays",
        "Foreign Ministry spokesman Saeed Katibzadeh on Monday warned against any violation of Iran's borders. "
        "“The Islamic Republic of Iran will by no means tolerate any violation against its borders and soil,” "
        "Khatibzadeh said.",
        [(True, "Khatibzadeh", "The Islamic Republic")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_channels_headings_and_described_voices(text, expected):
    assert_quotes(quotes_found(text), expected)
