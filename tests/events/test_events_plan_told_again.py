"""A planned trip told several times is one plan (twenty-fourth session, evtt35).

"Zarif's planned trips to Russia and the Azerbaijan Republic have been postponed ... Zarif will be
visiting Moscow and Baku ... Lavrov was scheduled to have a meeting with his Iranian counterpart in
Moscow": one AGREE per host, not one per mention (`accords.events.dedup.same_plan`). A later plan
of the same trip (same traveller, same host), or of a meeting of the same two countries, is that
trip; a visit back, another trip, a numbered commission's session, a plan to build, and readiness
for regular talks stay events of their own.

The Tehran Times sentences are from shared/corpora/tehrantimes-region (Tehran Times / Mehr News
Agency, CC BY 4.0); the cases marked "paraphrase" are our own wording.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _plans(text: str, pair: tuple[str, str]) -> int:
    """How many AGREEs between the pair are found."""
    return sum(1 for type_, sides, _status in events_with_sides(text) if type_ == "AGREE" and sides == pair)


_POSTPONED = (
    "TEHRAN — Foreign Minister Mohammad Javad Zarif's planned trips to Russia and the Azerbaijan Republic have been "
    "postponed to a later date, according to Iran’s Foreign Ministry spokesman. In a statement on Saturday, Saeed "
    "Khatibzadeh said the trips, which were planned for the coming days, have been postponed because of the Iranian "
    "cabinet's extraordinary plan to hold meetings both in the morning and in the afternoon within the coming days to "
    "discuss the country's budget. Khatibzadeh announced in a tweet on Thursday that Zarif will be visiting Moscow and "
    "Baku on Monday and Tuesday to discuss a variety of bilateral and regional issues such as the crisis in the "
    "Nagorno-Karabakh region. “The Minister of Foreign Affairs of the Islamic Republic of Iran will pay a visit to "
    "Russia and Azerbaijan on Monday and Tuesday next week, November 23-24, with the aim of holding talks with the "
    "regional parties.” Russia’s Foreign Ministry spokeswoman Maria Zakharova also announced on Thursday that Foreign "
    "Minister Sergei Lavrov was scheduled to have a meeting with his Iranian counterpart in Moscow on November 23."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair"), [
    # tt_454943 (fresh dev of this session): the trips, the visit, the talks, Lavrov's meeting
    pytest.param(_POSTPONED, ("IRN", "RUS"), id="postponed-russia"),
    pytest.param(_POSTPONED, ("AZE", "IRN"), id="postponed-azerbaijan"),
    # tehrantimes-region 454037 (unannotated): the tour's stop, then its day
    pytest.param("TEHRAN – Seyed Abbas Araghchi, the Iranian deputy foreign minister for political affairs, has begun "
                 "a regional tour of four capitals to help end the deadly war in the disputed region of "
                 "Nagorno-Karabakh. After Azerbaijan, Araghchi is expected to visit Russia and Armenia as well as "
                 "Turkey. Russia’s Foreign Ministry announced on Wednesday that Araghchi would be visiting Moscow on "
                 "Thursday.", ("IRN", "RUS"), id="tour-stop-then-day"),
    # paraphrase: the trip, the visit, the talks on it
    pytest.param("TEHRAN – Iranian President Ebrahim Raisi will travel to Baku next week, the presidential office said "
                 "on Sunday. The president is scheduled to visit the Azerbaijan Republic. During the trip, Raisi is "
                 "expected to hold talks with Aliyev on bilateral ties.", ("AZE", "IRN"), id="trip-visit-talks"),
])
def test_one_plan(text, pair):
    assert _plans(text, pair) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair"), [
    # paraphrase: a visit back is another trip
    pytest.param("TEHRAN – Iranian President Ebrahim Raisi will visit Baku next week. Azerbaijani President Ilham "
                 "Aliyev is expected to pay a return visit to Tehran in the spring.", ("AZE", "IRN"), id="return-visit"),
    # paraphrase: a plan to build is no meeting
    pytest.param("TEHRAN – Iranian President Ebrahim Raisi will visit Baku next week. Iran and the Azerbaijan Republic "
                 "have agreed to build a new railway bridge over the Astara river.", ("AZE", "IRN"), id="railway"),
    # paraphrase: a numbered commission's session is its own plan
    pytest.param("TEHRAN – Iranian President Ebrahim Raisi will visit Baku next week. Iran and the Azerbaijan Republic "
                 "will hold the 15th meeting of their joint economic commission in Tehran in December.", ("AZE", "IRN"),
                 id="commission"),
    # tehrantimes-region 71411 (unannotated): readiness for regular talks is not the president's visit
    pytest.param("Azeri President Heydar Aliyev is to visit Iran in second half of September. Kharrazi announced "
                 "Iran's readiness to hold regular negotiations with Azerbaijan in all levels in order to remove "
                 "misunderstandings.", ("AZE", "IRN"), id="regular-negotiations"),
    # tehrantimes-region 416837 (unannotated): another traveller's trip before the president's
    pytest.param("TEHRAN – Turkish President Recep Tayyip Erdogan will make an official visit to Tehran on October 4 "
                 "for talks on bilateral and regional issues, Turkish media reported. “Prior to my trip, Chief of the "
                 "General Staff Hulusi Akar will travel to Tehran to hold talks with Iranian officials,” he added.",
                 ("IRN", "TUR"), id="another-traveller"),
])
def test_plans_kept_apart(text, pair):
    assert _plans(text, pair) == 2
