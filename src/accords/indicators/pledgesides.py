"""The subjects of a pledge, a gift or a tariff: the chain of `accords.indicators.pledges` and its
neighbours that the indicators stage runs on a figure's subjects when it refers back to no
earlier figure (a meeting's venue out, NATO for "Allies", the pledging person's country, a
government's own text's home country as the giver of money or a side of a tariff, the one
foreign partner of a government's text about a pair).
"""

from __future__ import annotations

import re

from accords.commitments import GIVING
from accords.indicators import (
    background, donors, foreigngivers, funds, lenders, pledges, polls, recipients, sanctions, sections, sidewords, welcomed,
    worldshares,
)
from accords.indicators.owners import ArticleCountries, at_home
from accords.indicators.subjects import about_the_pair, is_country
from accords.model import Segment
from accords.quantities.units import is_money


def pledge_subjects(
    text: str, sentence: Segment, figure: tuple[int, int], window: tuple[int, int], lead: str,
    subjects: tuple[str, ...], *, metric: str, unit: str, kind: str, context: ArticleCountries,
) -> tuple[str, ...]:
    """The subjects of a pledge, a gift or a tariff as `accords.indicators.pledges` reads them:
    no meeting's venue, NATO for "Allies", the pledging person's country, and in a government's
    own text its home country as the giver of money or a side of a tariff."""
    subjects = pledges.without_venues(text, (sentence.start, sentence.end), subjects, context.countries)
    subjects = background.without_background(text, (sentence.start, sentence.end), subjects, metric=metric,
                                             money=is_money(unit), countries=context.countries,
                                             goods=unit == "count" and donors.goods_given(lead))
    subjects = pledges.national_share(subjects, metric=metric, sentence_start=sentence.start, figure_start=figure[0],
                                      countries=context.countries)
    subjects = worldshares.world_share_holders(text, figure, subjects, sentence_start=sentence.start,
                                           countries=context.countries)
    subjects = polls.polled_country(text, figure, subjects, metric=metric, sentence=(sentence.start, sentence.end),
                                    countries=context.countries)
    subjects = pledges.allies(lead, subjects, kind=kind, home=context.home, countries=context.countries,
                              sentence=(sentence.start, sentence.end), figure=figure)
    subjects = pledges.owned_goal(text, sentence.start, figure[0], subjects, home=context.home, countries=context.countries)
    subjects = pledges.with_pledger(text, sentence.start, figure[0], subjects, kind=kind, people=context.people)
    actor = sections.section_actor(text, (sentence.start, sentence.end), context.countries, context.official)
    subjects = pledges.with_giver(text, (sentence.start, sentence.end), figure, subjects, metric=metric,
                                  money=is_money(unit), countries=context.countries, home=context.official, unit=unit,
                                  actor=actor)
    subjects = pledges.with_levier(subjects, metric=metric, home=context.official)
    subjects = sanctions.sides(text, (sentence.start, sentence.end), figure, subjects, metric=metric,
                               home=context.official, countries=context.countries, actor=actor)
    subjects = pledges.with_partner(text, figure, subjects, metric=metric, money=is_money(unit), home=context.official,
                                    partner=_partner(context, text, sentence), unit=unit, lead=lead)
    subjects = pledges.with_pair_programme(text, (sentence.start, sentence.end), figure, subjects, metric=metric,
                                           money=is_money(unit), home=context.official, countries=context.countries)
    subjects = funds.with_fund(text, figure, subjects, metric=metric, money=is_money(unit),
                             sentence=(sentence.start, sentence.end), countries=context.countries)
    given = GIVING.search(metric) is not None if is_money(unit) else unit in ("count", "percent") and donors.GOODS.search(metric) is not None
    subjects = pledges.with_institution(text, figure, subjects, given=given, home=context.official,
                                        sentence=(sentence.start, sentence.end), institutions=context.institutions,
                                        countries=context.countries)
    subjects = donors.with_home_giver(text, sentence, figure, subjects, metric, unit, context.official, context.countries)
    subjects = sidewords.worded_sides(text, (sentence.start, sentence.end), figure[0], subjects, metric=metric, unit=unit,
                                      home=context.official, countries=context.countries)  # "CAD $1.5 billion", "seized"
    subjects = welcomed.without_welcomer(text, (sentence.start, sentence.end), figure, subjects, money=is_money(unit),
                                         countries=context.countries, institutions=context.institutions)
    subjects = recipients.with_receiver(text, (sentence.start, sentence.end), figure, subjects, metric=metric,
                                        money=is_money(unit), home=context.official, countries=context.countries)
    subjects = lenders.loan_sides(text, (sentence.start, sentence.end), figure, subjects, metric=metric,
                                  countries=context.countries)  # "an American loan of ... to enable Ecuador"
    return foreigngivers.without_compared_home(text, (sentence.start, sentence.end), figure, subjects,  # "after the U.S."
                                               money=is_money(unit), home=context.official, countries=context.countries)


#: Receivers named as many or as a region: "to improve capacity in countries in the lower Mekong region".
_MANY_RECEIVERS = re.compile(r"\b(?:countries|nations|regions?|regional|economies)\b", re.IGNORECASE)


def _partner(context: ArticleCountries, text: str, sentence: Segment) -> str | None:
    """The one foreign partner of a government's own text about a pair (`about_the_pair`) whose
    title names that partner (`ArticleCountries.titled`), for a sentence that does not spend at home
    (`at_home`) nor name many receivers or a region (`_MANY_RECEIVERS`); None otherwise: a domestic
    fact sheet naming a country twice has no partner."""
    home, pair = context.official, context.pair
    if home is None or pair is None or home not in pair or not about_the_pair(context.countries, pair) \
            or at_home(text, sentence) or _MANY_RECEIVERS.search(text, sentence.start, sentence.end):
        return None
    partner = next(c for c in pair if c != home)
    return partner if partner in context.titled and is_country(partner) else None
