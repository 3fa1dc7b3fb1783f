"""events.v2 on real sentences: seed and Tehran Times sentences (CC BY 4.0, Mehr News / Tehran
Times), PLOVER gold sentences (CC BY-SA 4.0, Open Event Data Alliance); exact type, sides,
status and date."""

from __future__ import annotations

import pytest

import accords
from accords.events.dedup import Located, dates_compatible, deduplicate
from accords.events.sectors import sectors_of
from accords.model import Event

pytestmark = pytest.mark.slow

STAGES = ["segment.v2", "entities.v2", "times.v2", "quantities.v1", "events.v2"]


def _events(text: str, published: str | None = "2021-09-15"):
    extraction = accords.extract(text, published=published, stages=STAGES)
    return [
        (e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries))), e.status, e.date)
        for e in extraction.events
    ]


CASES = [
    ("sign-roadmap",
     "Azerbaijan's Transport, Communications and High Technologies Ministry and Turkey's Digital "
     "Transformation Office have signed a roadmap for the Azerbaijani-Turkish working group on digital transformation.",
     [("SUPPORT", ("AZE", "TUR"), "occurred", None)]),
    ("sign-count-two-countries",
     "Azerbaijan and Turkey are close allies. Eleven agreements were signed between the two countries within "
     "the Azerbaijani-Turkish business forum held in Ankara on February 18.",
     [("SUPPORT", ("AZE", "TUR"), "occurred", "2021-02-18")]),
    ("agree-parties-month",
     "Azerbaijan and Turkey work together. It should be noted that the parties reached an agreement on the "
     "establishment of a working group at a meeting held in Turkey in February 2021.",
     [("AGREE", ("AZE", "TUR"), "occurred", "2021-02"), ("CONSULT", ("AZE", "TUR"), "occurred", "2021-02")]),
    ("cooperate-jointly-completed-not-generic",
     "Azerbaijan and Turkey cooperate in various fields of economy and have jointly completed giant energy "
     "and infrastructure projects such as Baku-Tbilisi-Ceyhan, Baku-Tbilisi-Kars and TANAP.",
     [("COOPERATE", ("AZE", "TUR"), "occurred", None)]),
    ("generic-relations-no-event",
     "Iran and Azerbaijan have good relations and the two countries cooperate in many fields.",
     []),
    ("will-sign-is-agree-planned",
     "Iran and Turkey will sign a memorandum of understanding on energy cooperation.",
     [("AGREE", ("IRN", "TUR"), "planned", None)]),
    ("did-not-sign-denied",
     "Iran and Turkey did not sign the gas contract.",
     [("SUPPORT", ("IRN", "TUR"), "denied", None)]),
    ("may-visit-hypothetical",
     "The Iranian president may visit Azerbaijan next month.",
     [("CONSULT", ("AZE", "IRN"), "hypothetical", "2021-10")]),
    ("intend-is-intended",
     "Iran and Armenia intend to expand cooperation in the energy sector.",
     [("AGREE", ("ARM", "IRN"), "intended", None)]),
    ("invite-nests-visit",
     "Ilham Aliyev invited Hassan Rouhani to visit Azerbaijan. Iran and Azerbaijan are neighbours.",
     [("AGREE", ("AZE", "IRN"), "occurred", None)]),
    ("tourists-visit-not-state",
     "Iran and Azerbaijan are neighbours. Almost one million Azeri tourists have visited Iran.",
     []),
    ("meet-the-demand-not-meeting",
     "The gas extracted will meet Turkey's gas demands, Iran said.",
     []),
    ("plover-consult-phone",
     "U.S. Secretary of State Warren Christopher telephoned Russian Foreign Minister Andrei Kozyrev on Tuesday "
     "to discuss efforts to forge a peace settlement in former Yugoslavia.",
     [("CONSULT", ("RUS", "USA"), "occurred", "2021-09-14")]),
    ("plover-future-grant-is-agree",
     "Finland will give Tanzania a grant of 580 million shillings over the next three years to finance several projects.",
     [("AGREE", ("FIN", "TZA"), "planned", None)]),
    ("plover-sign-treaty",
     "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of friendship and cooperation.",
     [("SUPPORT", ("BGR", "LBY"), "occurred", "2021-09-15")]),
    ("plover-reject",
     "Iran rejected the proposal of the United States on the nuclear deal.",
     [("REJECT", ("IRN", "USA"), "occurred", None)]),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_events_on_sentences(text, expected):
    assert _events(text) == expected


def test_signing_during_meeting_takes_the_meeting_date_and_merges():
    text = (
        "Azerbaijan's ministry and Turkey's Digital Transformation Office have signed a roadmap on digital transformation.\n\n"
        "The document was signed during the meeting held at Azerbaijan's ministry with a delegation led by Turkey's "
        "Digital Transformation Office President Ali Taha Koch on September 14."
    )
    extraction = accords.extract(text, published="2021-09-15", stages=STAGES)
    signed = [e for e in extraction.events if e.type == "SUPPORT"]
    assert [(e.date, e.document_kind, len(e.evidence)) for e in signed] == [("2021-09-14", "roadmap", 2)]
    assert [e.mode for e in extraction.events if e.type == "CONSULT"] == ["visit"]


def test_eleven_agreements_count_and_place():
    text = ("Azerbaijan and Turkey are allies. Eleven agreements were signed between the two countries within the "
            "Azerbaijani-Turkish business forum held in Ankara on February 18.")
    (event,) = accords.extract(text, published="2021-09-15", stages=STAGES).events
    assert (event.count, event.document_kind, event.location) == (11, "agreement", "Ankara")


def test_future_dated_meeting_is_planned_agree():
    text = ("Iran and Azerbaijan are neighbours. Underscoring the December 26th and 27th dates for the joint commission, "
            "he said that the talks go well.")
    events = accords.extract(text, published="2017-12-05", stages=STAGES).events
    assert [(e.type, e.status, e.date) for e in events] == [("AGREE", "planned", ("2017-12-26", "2017-12-27"))]


def _event(type_, countries, date, obj, sentence_text="x"):
    return Event(id=obj, type=type_, evidence=(), actor_countries=countries, date=date, object=obj)


DEDUP_CASES = [
    ("same-day-merges", [(_event("SUPPORT", ("AZE", "TUR"), None, "a roadmap"), 0),
                         (_event("SUPPORT", ("AZE", "TUR"), "2021-09-14", "The document"), 1)], ["a roadmap"]),
    ("different-dates-kept", [(_event("SUPPORT", ("AZE", "TUR"), "2021-02-18", "Eleven agreements"), 0),
                              (_event("SUPPORT", ("AZE", "TUR"), "2021-06-15", "a Shusha Declaration"), 1)],
     ["Eleven agreements", "a Shusha Declaration"]),
    ("different-objects-kept", [(_event("AGREE", ("AZE", "IRN"), None, "joint cooperation with ICT companies"), 0),
                                (_event("AGREE", ("AZE", "IRN"), None, "the data transit project"), 1)],
     ["joint cooperation with ICT companies", "the data transit project"]),
    ("other-actors-kept", [(_event("CONSULT", ("AZE", "TUR"), None, "meeting"), 0),
                           (_event("CONSULT", ("AZE", "IRN"), None, "meeting"), 0)], ["meeting", "meeting"]),
]


@pytest.mark.parametrize("items, expected", [(c[1], c[2]) for c in DEDUP_CASES], ids=[c[0] for c in DEDUP_CASES])
def test_deduplicate(items, expected):
    merged = deduplicate([Located(event, sentence) for event, sentence in items])
    assert [item.event.object for item in merged] == expected


@pytest.mark.parametrize(
    "first, second, expected",
    [("2021-09-14", "2021-09", True), ("2021-09-14", "2021-02-18", False), (None, "2021", True),
     (("2017-12-26", "2017-12-27"), "2017-12-27", True), ("2021", ("2020-01-01", "2020-12-31"), False),
     ("2021-Q3", "2021-08-05", True), ("2021-H1", "2021-08", False), ("2021-09-14T10:30", "2021-09-14", True),
     ("PRESENT_REF", "PRESENT_REF", True), ("PRESENT_REF", "2021-09", False)],
    ids=["day-in-month", "other-day", "unknown", "in-interval", "other-year", "day-in-quarter", "month-after-half",
         "datetime-its-day", "same-non-date", "non-date-and-date"],
)
def test_dates_compatible(first, second, expected):
    assert dates_compatible(first, second) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("the parties discussed cyber security, protection of personal data and the government cloud",
      ("cyber security", "data protection", "e-government and cloud")),
     ("a roadmap for the working group on digital transformation", ("digital transformation",)),
     ("completion of the Rasht-Astara railroad", ("transport and transit",)),
     ("good relations", ())],
    ids=["cyber-data-cloud", "digital", "railway", "none"],
)
def test_sectors(text, expected):
    assert sectors_of(text) == expected
