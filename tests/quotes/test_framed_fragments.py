"""Short quoted fragments framed by a naming, a demand or a statement (quotes.v2, issue 14).

- "…, describing Syria as a “strategic ally”": a naming participle set off by a comma is the
  speaker naming, not a naming inside their reported words; the fragment is a quote of its own
  with that verb as cue, and the reported clause before it ends at the comma
  (`accords.quotes.syntax._naming`, `participle`).
- "with Secretary-General Antonio Guterres calling for “maximum restraint”": what is called for
  is the caller's words (`accords.quotes.syntax._calling_for`); so is what someone is called on to
  do ("called on the province to “…”", thirty-second session), never an unquoted request.
- "A statement put out by the Armenian premiership said Azerbaijan launched “aggressive
  actions” …": the statement's issuer, named after "by", speaks, not an organisation named in the
  reported words (`accords.quotes.issuers.issued_by`).
- "environmentalist Mitra Alborzimanesh", typed ORG by the entity stage, is a person when "she"
  or "he" speaks soon after (`accords.quotes.persons.occupied_speaker`).

The pipeline cases are Tehran Times text (tt_455553, tt_440981, tt_476717, tt_421867, CC BY 4.0),
cut short; the last pipeline cases and the table of `occupied_speaker` are written for this test.
On the code before these rules Rouhani's whole reported clause was one direct quote, Guterres's
fragment was lost, the statement went to the Collective Security Treaty Organization, and
Alborzimanesh's quotes after "she said" were lost. Each case lists every quote found, in text
order, as (direct, speaker name, first words).
"""

import pytest

from accords.quotes.persons import occupied_speaker
from tests.quotes.found import assert_quotes, quotes_found

CASES = [
    (
        "a-naming-participle-after-reported-speech",
        "TEHRAN — President Hassan Rouhani on Tuesday hailed the Astana peace talks. Rouhani pledged that the "
        "Islamic Republic will stand by the Syrian people and government wholeheartedly, describing Syria as a "
        "“strategic ally”.",
        [(True, "Hassan Rouhani", "strategic ally"), (False, "Hassan Rouhani", "the Islamic Republic will")],
    ),
    (
        "a-fragment-called-for",
        "Ankara’s plan for an extensive ground and air operation in northeastern Syria has also concerned the United "
        "Nations, with Secretary-General Antonio Guterres calling for “maximum restraint” and the protection of "
        "civilians. “The secretary-general is following with great concern recent statements regarding northeastern "
        "Syria,” Stephane Dujarric, the UN chief's spokesperson, said in a statement on Tuesday.",
        [(True, "Antonio Guterres", "maximum restraint"), (True, "Stephane Dujarric", "The secretary-general")],
    ),
    (
        "a-statement-with-its-issuer-after-it",
        "Armenian Prime Minister Nikol Pashinyan convened a security meeting of the country’s high-level officials "
        "early in the morning on Tuesday. A statement put out by the Armenian premiership said Azerbaijan launched "
        "“aggressive actions” against Armenia’s sovereign territory, a move that prompted Yerevan to officially apply "
        "to the Russian Federation, to the Collective Security Treaty Organization and the UN Security Council.",
        [(True, "Armenian premiership", "Azerbaijan launched “aggressive actions”")],
    ),
    (
        "an-occupation-before-a-name-she-speaks",
        "In an interview with the Persian service of ISNA, environmentalist Mitra Alborzimanesh challenged the idea "
        "saying that growing sabzeh does not have any contradiction with environment. “Growing sabzeh is considered "
        "as an environmental activity,” she said. “These seeds do not grow in all climates,” she explained.",
        [(False, "Mitra Alborzimanesh", "growing sabzeh"), (True, "Mitra Alborzimanesh", "Growing sabzeh"),
         (True, "Mitra Alborzimanesh", "These seeds")],
    ),
    (
        "called-on-someone-to-quoted-words",
        "Councillor Tom Reid called on the province to “come to the table with real money for transit.” "
        "Mayor Olivia Chow called on residents to conserve water.",
        [(True, "Tom Reid", "come to the table with real money")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_framed_fragment(text, expected):
    assert_quotes(quotes_found(text), expected)


OCCUPIED = [
    ("occupation-and-she-said", "environmentalist Mitra Alborzimanesh challenged it. “It grows,” she said.", True),
    ("occupation-and-he-added", "economist Omid Nouri disagrees. He added that the plan fails.", True),
    # any finite form of a speech verb, as `accords.quotes.verbs` spells them (not only a hand-made list)
    ("occupation-and-she-wrote", "environmentalist Mitra Alborzimanesh challenged it. She wrote that the plan fails.", True),
    ("occupation-and-he-warned", "economist Omid Nouri disagrees. “It fails,” he warned.", True),
    ("occupation-and-he-went-on", "economist Omid Nouri disagrees. He went on to call it a failure.", True),
    ("occupation-and-a-view-is-no-speech", "economist Omid Nouri disagrees. He believes that the plan fails.", False),
    ("occupation-no-pronoun-speaking", "environmentalist Mitra Alborzimanesh challenged it. The plan fails.", False),
    ("pronoun-but-no-occupation", "the charity Mitra Alborzimanesh challenged it. “It grows,” she said.", False),
    ("capitalised-title-is-no-occupation", "Professor Mitra Alborzimanesh challenged it. “It grows,” she said.", False),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in OCCUPIED], ids=[c[0] for c in OCCUPIED])
def test_occupied_speaker(text, expected):
    start = text.index("Mitra") if "Mitra" in text else text.index("Omid")
    end = text.index(" ", text.index(" ", start) + 1)
    assert occupied_speaker(text, start, end) is expected
