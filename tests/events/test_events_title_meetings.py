"""The meeting a remarks transcript's title names (`accords.events.titlemeetings`): "Remarks by
President Biden and <office> <name> of <country> Before Bilateral Meeting" gives one CONSULT
between the United States and that country, dated the text's day, when the body gives none.
Titles and body excerpts are White House texts of 2021-2024 (public domain)."""

from __future__ import annotations

import pytest

import accords
from accords.events.titlemeetings import counterpart

_MACRON = "Remarks by President Biden and President Macron of the French Republic Before Bilateral Meeting"
_CASTRO = "Remarks by Vice President Harris and President Xiomara Castro of the Republic of Honduras Before Bilateral Meeting"
_SCHOLZ = "Remarks by President Biden and Chancellor Scholz of the Federal Republic of Germany Before Bilateral Meeting"
_ZELENSKYY = "Remarks by Vice President Harris and President Volodymyr Zelenskyy of Ukraine Before Bilateral Meeting"


@pytest.mark.parametrize(("title", "published", "expected"), [
    pytest.param(_MACRON, "2021-06-12", ("FRA", "Macron"), id="president-of-the-french-republic"),
    pytest.param(_CASTRO, "2022-01-27", ("HND", "Castro"), id="vice-president-and-president-of-honduras"),
    pytest.param(_SCHOLZ, "2022-02-07", ("DEU", "Scholz"), id="chancellor-of-germany"),
    pytest.param(_ZELENSKYY, "2024-06-15", ("UKR", "Zelenskyy"), id="president-of-ukraine"),
    pytest.param(_SCHOLZ.replace("Before Bilateral Meeting", "in Joint Press Conference"), "2022-02-07",
                 ("DEU", "Scholz"), id="joint-press-conference"),
    # not a transcript of the two leaders: a statement about the meeting (its body reports it)
    pytest.param("Statement by White House Press Secretary Jen Psaki on the Bilateral Meeting between President Joe "
                 "Biden and Prime Minister Kyriakos Mitsotakis of Greece", "2022-04-21", None, id="statement-on-meeting"),
    pytest.param("Remarks by First Lady Jill Biden at TEAM USA Olympic and Paralympic Athletes Visit", "2022-05-04", None,
                 id="remarks-at-a-visit"),
    pytest.param("Remarks by President Biden Before Meeting with His Cabinet", "2021-07-20", None, id="no-counterpart"),
    # the counterpart heads an organisation, not a country
    pytest.param("Remarks by President Biden and Secretary General Stoltenberg of the North Atlantic Treaty "
                 "Organization Before Bilateral Meeting", "2021-06-14", None, id="secretary-general-of-an-organisation"),
    pytest.param(None, "2021-06-12", None, id="no-title"),
])
def test_counterpart(title, published, expected):
    assert counterpart(title, published) == expected


# the opening of the 2021-06-12 transcript: the body names France but reports no meeting
_MACRON_OPENING = (
    "PRESIDENT BIDEN:  I’m well.  The sun is shining.  We’re almost on the beach.  I’m well.  And I’m with the "
    "President of France; that makes me even feel better.  (Laughs.)"
)
# a 2022-04-21 White House text that reports a meeting with Ukraine itself
_MET_UKRAINE = "President Biden met with Prime Minister Shmyhal of Ukraine this morning."


def _consults(text: str, title: str | None, published: str) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    """The CONSULT events of `text` under `title`: sides, date, trigger word (none for the
    title's) and evidence."""
    extraction = accords.extract(text, published=published, title=title, source="The White House",
                                 url="https://www.whitehouse.gov/briefing-room/")
    return [(tuple(sorted({*e.actor_countries, *e.recipient_countries})), e.date, e.trigger,
             text[e.evidence[0].start:e.evidence[0].end])
            for e in extraction.events if e.type == "CONSULT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "title", "published", "expected"), [
    pytest.param(_MACRON_OPENING, _MACRON, "2021-06-12",
                 [(("FRA", "USA"), "2021-06-12", None, "And I’m with the President of France; that makes me even feel better.")],
                 id="title-gives-the-meeting"),
    pytest.param(_MACRON_OPENING, "Remarks by President Biden Before Air Force One Departure", "2021-06-12", [],
                 id="other-title-no-meeting"),
    pytest.param(_MET_UKRAINE, _ZELENSKYY, "2024-06-15",
                 [(("UKR", "USA"), "2024-06-15", "met", _MET_UKRAINE)], id="body-meeting-no-second"),
])
def test_title_meeting(text, title, published, expected):
    assert _consults(text, title, published) == expected


# the 2024-06-15 transcript (its line breaks undone): the first sentence that names Ukraine is the
# title meeting's evidence, and its sectors are read as every event's are (`accords.events.sectors`)
_SECURITY_AGREEMENT = (
    "First, I would like to thank the United States and the President Biden, his team for our security agreement — "
    "thank you so much — between Ukraine and America.  We signed it in Italy."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "title", "expected"), [
    pytest.param(_SECURITY_AGREEMENT, _ZELENSKYY, [("security and defence",)], id="evidence-sentence-gives-the-sectors"),
    pytest.param(_MACRON_OPENING, _MACRON, [()], id="no-sector-word-no-sector"),
])
def test_title_meeting_sectors(text, title, expected):
    extraction = accords.extract(text, published="2024-06-15", title=title, source="The White House",
                                 url="https://www.whitehouse.gov/briefing-room/")
    assert [e.sectors for e in extraction.events if e.type == "CONSULT" and e.trigger is None] == expected
