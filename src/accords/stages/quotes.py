"""quotes.v2: direct and indirect quotations with their speaker and reporting verb.

1. quotation spans from the marks of `Article.text` (`accords.quotes.marks`), quotes over
   several paragraphs joined into one;
2. the sentences with a reporting verb outside quotation marks get a dependency parse, and
   each reporting clause gives a subject and, for reported speech, a content
   (`accords.quotes.syntax`); the subject is resolved to a person, an organisation, an
   organisation's role or a group (`accords.quotes.sources`);
3. for every sentence in order, its subject outside quotation marks (`accords.quotes.speakers`):
   the running list of recent people and organisations that "he", "it" and titles resolve to;
4. each direct quote's speaker is the subject of the nearest reporting clause of its own
   sentences (`"…," said X.`, `X said: "…"`, `"…," X told reporters`), else of a bare
   reporting clause in the next sentence (`"…." X said.`), else of the clause before a
   colon that ends the previous sentence; else it carries over from the last source of the
   same or the previous paragraph, never past a sentence that names another person (or
   introduces one the entity stage did not know: `People.introduced_name`), and a spoken
   clause that closes a narrative sentence of the speaker's paragraph is theirs
   (`accords.quotes.layout.closes_sentence`); which clause reports a quote is
   `accords.quotes.clauses`' question;
5. reported speech ("X said that …", "X said the talks …", "According to X, …") becomes a
   quote with `direct=False`, its text the reported clause (`accords.quotes.reported`); a
   quote inside reported speech (`said he was “very moved” by the announcement`) is one
   direct quote of the whole clause, marks and all;
6. a quote over several paragraphs is one quote per paragraph, with the same speaker.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from accords.ids import fact_id
from accords.model import Article, Evidence, Extraction, Quote, Segment
from accords.nlp import doc_text, normalise_for_nlp, parse_sentence, parse_spans
from accords.pipeline import stage
from accords.quotes.antecedents import PERSON_NAME
from accords.quotes.clauses import (
    colon_clause,
    frames,
    mixed_clause,
    next_clause,
    own_clause,
    regex_clause,
    resolve_reference,
)
from accords.quotes.media import relays
from accords.quotes.layout import (
    REACTION,
    closes_sentence,
    free_quote_next,
    free_standing,
    glued_heading,
    has_quote,
    is_heading,
    is_title,
    join_abbreviation_splits,
    split_at_glued_marks,
    split_before_single_marks,
    named_next,
    paragraph_index,
    repeated_with_speaker,
    without_pull_quotes,
)
from accords.quotes.confidence import calibrated
from accords.quotes.interviews import (
    before_question,
    describes_interviewee,
    interviewee,
    not_the_outlet,
    other_voice_in,
)
from accords.quotes.headed import headed_speaker
from accords.quotes.groups import UNNAMED_CONFIDENCE, head_of, plural, private
from accords.quotes.last_source import Source, holds_office, last_voice, unlinked_source, unnamed_voice
from accords.quotes.marks import QuotedSpan, is_fragment, quoted_spans
from accords.quotes.named_voices import named_voices
from accords.quotes.reported import indirect_quote, reported_quotes
from accords.quotes.names import (
    family_name_in_full,
    given_name_in_full,
    titled_surname_in_full,
    written_as_surname,
)
from accords.quotes.records import quote_at, shown_name
from accords.quotes.sources import Context, Speaker, is_medium, resolve
from accords.quotes.speakers import ORGANISATION_NAME, People, Reference
from accords.quotes.persons import ORGANISATION_NOUNS
from accords.quotes.statements import statement_quotes
from accords.quotes.syntax import Attribution
from accords.quotes.sentence_clauses import sentence_attributions

STAGE = "quotes.v2"


@stage(STAGE)
def quotes(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Quotes of the article, speakers resolved against the entities found so far."""
    text = doc_text(doc) if doc is not None else normalise_for_nlp(article.text)
    paragraphs = extraction.paragraphs or _paragraphs(article.text)
    spans = quoted_spans(article.text, paragraphs)
    sentences = split_at_glued_marks(text, split_before_single_marks(
        text, join_abbreviation_splits(text, extraction.sentences or paragraphs)), spans)
    people = People(text, extraction)
    subjects = [_sentence_subject(people, sentence, spans) for sentence in sentences]
    named_later = [r.entity if r is not None and r.kind == "name" else None for r in subjects]
    introduced = [_introduced(people, text, sentence, ref, spans) for sentence, ref in zip(sentences, subjects)]
    paragraph_of = paragraph_index(sentences, paragraphs)
    clauses = _attributions(doc, text, sentences, spans)

    found: list[Quote] = []
    recent: list[str] = []  # resolved subjects, most recent first
    roles: list[Speaker] = []  # organisations' roles that spoke ("a Freedom Mobile spokesperson")
    described: list[Speaker] = []  # unnamed speakers so far ("an insider"), whom "the insider" means
    last: Source | None = None  # who spoke (or was the subject) last, and in which paragraph
    organisation: tuple[Speaker, int] | None = None  # the organisation that spoke last, and where
    topic: Speaker | None = None  # that organisation while no other subject came since ("it", "they")
    group: tuple[Speaker, int] | None = None  # a group that spoke ("residents said"), and in which sentence
    resolved: list[list[tuple[Attribution, Speaker | None]]] = []
    for index, (sentence, ref) in enumerate(zip(sentences, subjects)):
        later = [e for e in named_later[index + 1:] if e is not None]
        channel = next((a for a in clauses[index] if ref is not None and a.subject is not None and a.content is not None
                        and a.subject[0] <= ref.start < a.subject[1] and relays(a.cue_word, a.cue, a.content)), None)
        if channel is not None and channel.content is not None:  # "…, Erdogan condemned …, Al Waght reported"
            ref = people.subject(*channel.content)
        subject_speaker = resolve_reference(people, ref, recent=recent, later=later)
        if ref is not None and any(att.head in ("it", "they") and att.cue[0] < ref.start for att in clauses[index]):
            # "In a statement released November 5, …, it said it submitted a proposal … on an SLS
            # Block 1B": a name after the reporting verb of an "it" or "they" is no subject of that
            # speech; the pronoun still means the organisation spoken of before
            ref = subject_speaker = None
        if _near(organisation, paragraph_of[index]) is None or (
                ref is not None and ref.kind != "pronoun" and (topic is None or subject_speaker != topic.entity)):
            topic = None  # "Gov. Eric Holcomb and leaders … have avoided …": "they" is no longer the police
        if ref is not None and ref.kind != "pronoun":
            group = None  # "… Police said. | Mayor Jo Hart arrived. | They said …": no longer the police
        they = topic if topic is not None else _group_topic(group, index, paragraph_of)
        if subject_speaker is not None:
            recent = [subject_speaker] + [e for e in recent if e != subject_speaker]
        if (person := people.person(subject_speaker)) is None or person.type != "PERSON":
            # "Iranian Industry ... Minister Mohammad Shariatmadari called for ...": the subject
            # found is no person, but the person named freely in the sentence is whom "he" means
            named = _free_person_outside(people, sentence, spans, min(
                (a.content[0] for a in clauses[index] if a.content is not None), default=sentence.end))
            if named is not None:
                recent = [e for e in recent[:1] if e != named] + [named] + [e for e in recent[1:] if e != named]
        here = []
        # an organisation's voice that spoke last, unless this sentence names a person as its subject
        # ("“…,” said Nora Diaz, the union's treasurer, though she said …")
        subject_named = ref is not None and ref.kind == "name" and _is_person(people, subject_speaker)
        voice = None if subject_named else last_voice(people, last, paragraph_of[index])
        for att in clauses[index]:
            speaker = resolve(people, att, Context(recent, later, roles, unlinked_source(last, paragraph_of[index], text, people),
                                                   _near(organisation, paragraph_of[index]), they,
                                                   last.entity if last is not None else None, described,
                                                   voice))
            here.append((att, speaker))
            if speaker is not None and not att.nested:
                group = (speaker, index) if speaker.kind == "group" and plural(head_of(speaker.name)) else None
            if speaker is not None and (private(speaker.kind, speaker.name) or (
                    speaker.kind in ("group", "description") and not plural(head_of(speaker.name)))):
                described.append(speaker)  # (and one unnamed official: "an unnamed official told …")
            if speaker is not None and _is_organisation(people, speaker):
                organisation, topic = (speaker, paragraph_of[index]), speaker
            elif (speaker is None and ref is not None and ref.kind == "org" and att.subject is not None
                  and att.subject[0] <= ref.start < att.subject[1] and _unknown_source(att, speaker, spans)):
                # "The company flat-out denied … in a statement. | “…,” the statement read": an
                # organisation no one can tell speaks now, not the one that spoke before
                organisation = topic = None
            if speaker is not None and speaker.kind == "role":
                roles.append(speaker)
            if speaker is not None and speaker.entity is not None and not att.naming and not relays(
                    att.cue_word, att.cue, att.content):
                recent = [speaker.entity] + [e for e in recent if e != speaker.entity]
            if speaker is not None and voice is not None and speaker.name != voice.name:
                voice = None  # another speaker spoke since
        resolved.append(here)
        attributed = False  # a quote of this sentence found its speaker (through the words around it)
        declined: list[QuotedSpan] = []  # quoted words of this sentence that are no quote (a title, a scare phrase)
        told = interviewee(article.text, article.source, found)
        for span in spans:
            if not (sentence.start <= span.start - 1 < sentence.end or sentence.start <= span.start < sentence.end):
                continue
            quote = _direct(article, text, people, span, index, sentences, clauses, resolved, paragraph_of, last,
                            subject_speaker=subject_speaker, subject_ref=ref, introduced=introduced,
                            interviewee=None if told is None or (index > 0 and other_voice_in(found, sentences[index - 1], told)) else Speaker(
                                told.speaker, told.speaker_name or "", "interviewee", 0.5),
                            context=Context(recent, later, roles, unlinked_source(last, paragraph_of[index], text, people),
                                            _near(organisation, paragraph_of[index]), they,
                                            last.entity if last is not None else None, described))
            if quote is None:
                if is_fragment(text, span) or is_title(text, span):
                    declined.append(span)
                continue
            found.append(quote)
            if quote.speaker_name is not None:
                last = Source(quote.speaker, quote.speaker_name, paragraph_of[index], quote.confidence)
                attributed = True
        # reported speech holding quoted words that are no quote of their own ("says the minister's talk
        # of a “special relationship” is misplaced") is still reported speech
        indirect = reported_quotes(article, text, here, [s for s in spans if s not in declined], stage=STAGE)
        if not indirect:  # "He reported of …": reported speech the parse gives no clausal complement
            indirect = [q for q in [indirect_quote(article, text, people, sentence, spans, subject_speaker, stage=STAGE)] if q is not None]
        found.extend(indirect)
        spoke = [s for a, s in here if s is not None and not a.naming]  # "she described him as …" is no speech
        # the speaker of the sentence, not one inside what they said ("Nooshabadi went on to say
        # that in the meetings with … Ali Bagheri Kani, it was emphasized …")
        spoke = [s for (a, s) in here if s is not None and not a.naming and not a.nested] or spoke
        # "…, IRNA reported": the channel speaks for no one a quote after it may be carried on to
        channels = [t for a, t in here if t is not None and relays(a.cue_word, a.cue, a.content)]
        spoke = [s for s in spoke if not any(s is t for t in channels)]
        said = [(q.speaker, q.speaker_name, q.confidence) for q in indirect
                if q.speaker_name is not None and not any(q.speaker_name == t.name for t in channels)]
        # words in marks that are no quote ("has called the policy of “maximum pressure” bankrupt")
        # leave the sentence one without a quote: its subject is introduced as any other's
        quoted = has_quote(sentence, [s for s in spans if s not in declined])
        if spoke:
            last = Source(spoke[-1].entity, spoke[-1].name, paragraph_of[index], spoke[-1].confidence)
        elif said:  # "Farazmand said that Iran welcomes …" read without the parse's clause: a
            # source too, whose words in marks may follow with no verb ("“Tehran supports …”")
            last = Source(said[-1][0], said[-1][1], paragraph_of[index], min(said[-1][2], 0.5))
        elif not attributed and any(_unknown_source(att, s, spans) for att, s in here):
            # "“…,” an insider told the outlet": a source no one can name speaks now; a quote
            # after it is theirs, not the last named speaker's (unless a quote here found its
            # speaker where the parse did not: `"…," said co-ordinator Peter Facey.`)
            last = None
        elif (ref is not None and (ref.kind == "name" or holds_office(people, ref, subject_speaker))
              and (subject_entity := people.person(subject_speaker)) is not None
              and subject_entity.type == "PERSON" and not quoted
              and text[ref.end:ref.end + 2] not in ("'s", "’s")  # "Universal’s music division provided …": not Universal
              and not people.in_leading_phrase(sentence.start, sentence.end, ref)):  # "One year after Trump pulled …, Iran …"
            # a person introduced as the subject ("Dennis Brooks, who ..., has lived ...", or by
            # an office they hold: "The governor of Isfahan province expressed hope …") is
            # the one a following unattributed quote is most likely from, not the earlier source
            last = Source(subject_entity.id, subject_entity.name, paragraph_of[index], 0.5)
        elif not quoted and (voice := unnamed_voice(people, sentence, ref)) is not None:
            # "A spokeswoman for the port authority rejected the claim. She said: …": the
            # organisation's voice is the subject "he" means next, not a person named before
            last = Source(voice.entity, voice.name, paragraph_of[index], 0.6)
        elif not quoted and (name := people.introduced_name(
                sentence.start, sentence.end, pronoun_next=_pronoun_next(text, sentences, paragraph_of, index))):
            # "Joan Bailey is a union steward on the picket line …": a person the entity
            # stage did not know, introduced as the subject; "He said: …" next is theirs
            last = Source(None, name, paragraph_of[index], 0.5)
        elif not attributed and ref is not None and ref.kind == "name" and ref.entity is None:
            # a holder named after an office the entity stage did not link (`accords.quotes.titled`:
            # "Former Labour MP Lord Janner, who …, branded the act “stupid”. He told ITV: …")
            last = Source(None, text[ref.start:ref.end], paragraph_of[index], 0.5)
        elif (not quoted and not here and last is not None and free_quote_next(text, sentences, spans, index)
              and (named := _sole_person(people, sentence)) is not None and named != last.entity):
            # "“…,” said Mayor Tom Ruiz. | For Jane Lee, the issue is personal. | “…”": the one
            # person the sentence names, in whatever place, is whom a quote with no verb right after
            # it is from, not the source before them
            person = people.person(named)
            last = Source(named, person.name if person is not None else "", paragraph_of[index], 0.5)
    found.extend(statement_quotes(article, text, sentences, paragraphs, paragraph_of, resolved, found, stage=STAGE))
    unique: dict[str, Quote] = {}  # one quote per span: the first clause's speaker ("X said …, IRNA reported")
    for part in (part for quote in found for part in _per_paragraph(article, quote)):
        unique.setdefault(part.id, part)
    kept = named_voices(text, repeated_with_speaker(without_pull_quotes(article.text, list(unique.values()))),
                        sentences, paragraph_of)
    found = [calibrated(_in_full(text, quote, people)) for quote in not_the_outlet(article.text, article.source, kept)]
    return dataclasses.replace(extraction, quotes=extraction.quotes + tuple(found))


def _in_full(text: str, quote: Quote, people: People) -> Quote:
    """The quote with its speaker's given name written in full where the article gives the
    surname (`accords.quotes.names.given_name_in_full`: "Dale" → "Dale Ford"), and a family name
    written first in full where one person's name opens with it, or where several do the one
    named last before the quote (`family_name_in_full`: "Meng" → "Meng Wanzhou"); never an
    organisation's name."""
    if quote.speaker_name is None:
        return quote
    entity = people.person(quote.speaker)
    person = (entity is None or entity.type == "PERSON") and not any(  # "Turkey" is never a given name
        e.type != "PERSON" and quote.speaker_name in (e.name, *e.aliases) for e in people.entities.values())
    name = titled_surname_in_full(text, given_name_in_full(text, quote.speaker_name, person=person,
                                                       people=people.person_names()))
    if entity is None or (entity.type == "PERSON" and not (" " not in entity.name and written_as_surname(text, name))):
        # (a person of their own the entity stage knows as "Mr Howard" is not "Howard Flight")
        name = family_name_in_full(name, people.person_names(), text, quote.evidence[0].start if quote.evidence else 0)
    return quote if name == quote.speaker_name else dataclasses.replace(quote, speaker_name=name)


def _per_paragraph(article: Article, quote: Quote) -> list[Quote]:
    """A direct quote over several paragraphs as one quote per paragraph, each with the same
    speaker and cue: the newspaper convention reopens the marks with each paragraph, and an
    analyst (as the gold guidelines say) records each paragraph's words as a quote."""
    if not quote.direct or len(quote.evidence) < 2:
        return [quote]
    return [dataclasses.replace(quote, id=fact_id(article.id, "quote", ev.start, ev.end),
                                text=article.text[ev.start:ev.end].strip().rstrip(","), evidence=(ev,))
            for ev in quote.evidence]


_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\b")


def _pronoun_next(text: str, sentences: Sequence[Segment], paragraph_of: Sequence[int], index: int) -> bool:
    """Whether the next sentence of the same paragraph opens with "He" or "She"."""
    following = index + 1
    return (following < len(sentences) and paragraph_of[following] == paragraph_of[index]
            and _PRONOUN_OPENING.match(text, sentences[following].start) is not None)


def _group_topic(group: tuple[Speaker, int] | None, index: int, paragraph_of: Sequence[int]) -> Speaker | None:
    """The group "they" means in sentence `index`: one that spoke in this sentence or the one
    before, in this paragraph or the one before ("Residents said … | They said …", "Teachers
    said … | “We were lucky,” they said."), while no sentence since named another subject."""
    if group is None or index - group[1] > 1 or paragraph_of[index] - paragraph_of[group[1]] > 1:
        return None
    return group[0]


#: How many paragraphs back "it", "they" and "the company" may reach for the organisation that
#: spoke last (no other organisation speaking since: a person in between is no candidate).
ORGANISATION_REACH = 3


def _near(organisation: tuple[Speaker, int] | None, paragraph: int) -> Speaker | None:
    """The organisation that spoke last, when it spoke at most `ORGANISATION_REACH` paragraphs back."""
    if organisation is None or organisation[1] < paragraph - ORGANISATION_REACH:
        return None
    return organisation[0]


def _is_organisation(people: People, speaker: Speaker) -> bool:
    """Whether a speaker is an organisation or its voice ("Freedom Mobile spokesperson"), or a
    name that is no person's ("UFCW Local 832"), rather than a person or a group."""
    entity = people.person(speaker.entity)
    if entity is not None:
        # (a firm named after its founder the entity stage typed a person: "Dick Clark Productions")
        return entity.type == "ORG" or (entity.type == "PERSON" and entity.name.split()[-1].lower() in ORGANISATION_NOUNS)
    if any(e.type == "ORG" and speaker.name in (e.name, *e.aliases) for e in people.entities.values()):
        return True  # a name read from the text that is an organisation's
    return speaker.kind in ("org", "role") or (speaker.kind == "name" and (
        not PERSON_NAME.fullmatch(speaker.name) or ORGANISATION_NAME.search(speaker.name) is not None))


#: Subjects that name no source of their own: a relative pronoun's source is its antecedent.
_NO_SOURCE = frozenset("who which that it they this i we you".split())


def _unknown_source(att: Attribution, speaker: Speaker | None, spans: Sequence[QuotedSpan]) -> bool:
    """Whether a reporting clause has a speaker of its own that no one can name ("an insider",
    "a doctor"): not a channel ("according to a statement"), words inside reported speech, or a
    subject the parse took from inside quotation marks (`“… My photos, my clothes,” said Jane
    Wright.`: "photos" is no one; the quote's speaker, found around the marks, goes on speaking)."""
    return (speaker is None and att.subject is not None and not att.nested and not att.according
            and att.head not in _NO_SOURCE
            and not any(s <= att.subject[0] and att.subject[1] <= e for span in spans for s, e in span.pieces))


#: Words that introduce a quoted name rather than speech: "The tagline?", "the slogan:", "its
#: motto —"; not a sentence that ends on such a word ("… in the next titles. “Players …”": a
#: quote of its own after a full stop).
_NAMED_THING = re.compile(
    r"\b(?:tagline|slogan|motto|headline|title|caption|hashtag|banner|chant)s?\s*[?:,—–-]?\s*$", re.IGNORECASE)
#: A sentence that names whose words the quote before it were: "That was the reaction of …".
def _introduced(people: People, text: str, sentence: Segment, ref: Reference | None,
                spans: Sequence[QuotedSpan]) -> str | None:
    """The person a sentence without quotation marks introduces as the source of the words
    before it: its subject named there for the first time in the article ("Dennis Brooks, who
    runs a bakery nearby, has lived …"), or the person of "That was the reaction of …"."""
    if has_quote(sentence, spans):
        return None
    if (reaction := REACTION.match(text, sentence.start, sentence.end)) is not None:  # "the words of X": X, despite "of"
        owner = next((r.entity for r in people.references(sentence.start, reaction.end()) if r.kind == "name"
                      and re.match(r"['’]s?\s", text[r.end:r.end + 3]) and _is_person(people, r.entity)), None)
        if owner is not None:
            return owner  # "Those were Dennis Brooks's words to CBC's Nadia Jamil": the owner's, not the listener's
        of = re.match(r"\s+(?:of|from|by|to)\s+(?:[A-Z][\w.-]*\s+)*", text[reaction.end():reaction.end() + 60])
        return next((r.entity for r in people.references(reaction.end(), sentence.end) if r.kind == "name" and r.start <= reaction.end()
                     + of.end() and text[r.end:r.end + 2] not in ("'s", "’s") and _is_person(people, r.entity)), None) if of else \
            people.free_person(sentence.start, sentence.end)
    if ref is None or ref.kind != "name" or not _is_person(people, ref.entity):
        return None
    first = min((r.start for r in people.names if r.entity == ref.entity), default=ref.start)
    return ref.entity if first >= sentence.start else None


def _named_after(people: People, text: str, span: QuotedSpan, index: int, closing: int,
                 sentences: Sequence[Segment], paragraph_of: Sequence[int],
                 introduced: Sequence[str | None], *, first_voice: bool = False) -> Speaker | None:
    """ `"…." Dennis Brooks, who runs a bakery nearby, has lived there for 30 years.`: a quote
    that opens its paragraph, followed in the paragraph by a sentence introducing a person,
    is that person's, not the last speaker's. With `first_voice` (no one spoke before it) a
    quote that is its whole paragraph is the person's who opens the next one the same way."""
    following = closing + 1  # (or the sentence opening the next paragraph, pointing back: `named_next`)
    if following >= len(introduced) or (paragraph_of[following] != paragraph_of[closing] and not named_next(
            text, span, sentences, paragraph_of, closing) and not (
            first_voice and paragraph_of[following] == paragraph_of[closing] + 1
            and not re.search(r"\w", text[span.end:sentences[closing].end]))):
        return None
    if index > 0 and paragraph_of[index - 1] == paragraph_of[index]:
        return None  # the quote does not open its paragraph: it continues what came before
    if not free_standing(text, span, sentences, index, closing):
        return None
    entity = people.person(introduced[following])
    if entity is None:
        return None
    return Speaker(entity.id, entity.name, "person", 0.5)


#: How many paragraphs back a free-standing quote (a paragraph or sentence of quoted words with no
#: reporting clause) may reach for the last speaker: one paragraph of narrative between a speaker's
#: quotes ("“…,” she said. | The plant employs 300 people. | “…”") names no one new, and news
#: copy names a new speaker when one speaks. (GGT, blind: reach 1 -> 2 found 25 more direct
#: quotes with their speakers and 4 wrong ones; 3 or more found nothing further.)
CARRY_REACH = 2


def _direct(
    article: Article,
    text: str,
    people: People,
    span: QuotedSpan,
    index: int,
    sentences: Sequence[Segment],
    clauses: Sequence[Sequence[Attribution]],
    resolved: list[list[tuple[Attribution, Speaker | None]]],
    paragraph_of: Sequence[int],
    last: Source | None,
    *,
    subject_speaker: str | None,
    subject_ref: Reference | None,
    context: Context,
    introduced: Sequence[str | None] = (),
    interviewee: Speaker | None = None,
) -> Quote | None:
    """One direct quote with its speaker (see the module docstring, step 4), or None for
    quoted words that are no speech (a title, a subheading)."""
    if glued_heading(text, span):
        return None  # “BRICS insists on strengthening multilateralism” Amir Abdollahian said …: a subheading
    closing = next((j for j in range(index, len(sentences)) if sentences[j].start <= span.end < sentences[j].end + 1), index)
    speaker, cue, clause = own_clause(people, span, index, closing, sentences, clauses, resolved, context)
    if (headed := headed_speaker(people, text, span.start)) is not None:
        speaker, cue, clause = headed, None, None  # "**Senator X (D-PA):** “…” [[Tweet](…)]": the heading's,
        # whatever the words around it (`accords.quotes.headed`)
    sentence_of_its_own = free_standing(text, span, sentences, index, closing) and re.search(
        r"[.!?…]\W*$", text[span.start:span.end]) is not None  # “They deserve better.”
    if is_fragment(text, span) and not sentence_of_its_own and (
            speaker is None or clause is None or is_title(text, span) or not frames(text, clause, span)):
        return None  # "very moved": a fragment is speech only when its own sentence's clause says whose
    if is_title(text, span):
        return None  # “Recover Together, Recover Stronger”: a theme, slogan or title, not speech
    if speaker is None and cue is not None:  # a clause whose subject the parse missed: the words around the marks
        speaker = regex_clause(text, people, span, sentences[index], sentences, subject_speaker, subject_ref,
                               context)[0]
        if speaker is not None and is_medium(speaker):
            speaker = None  # "IRNA quoted the ambassador as saying": the agency only relays
    if speaker is None and cue is None:
        speaker, cue = next_clause(people, span, closing, sentences, clauses, paragraph_of, context)
    if speaker is None and cue is None:
        speaker, cue = colon_clause(text, index, sentences, resolved)
    if speaker is None and cue is None and not any(clauses[j] for j in range(index, closing + 1)):
        speaker, cue = regex_clause(text, people, span, sentences[index], sentences, subject_speaker, subject_ref,
                                    context)
    if cue is None and headed is None:
        if is_heading(text, span, sentences, index, closing) or is_title(text, span):
            return None  # “In the Middle Path of Moderation in Islam”: a title no verb reports, not speech
        if _NAMED_THING.search(text, max(0, span.start - 40), max(0, span.start - 1)):
            return None  # “The tagline? “Meth. We're on it.”": a slogan no one is quoted saying
        after = _named_after(people, text, span, index, closing, sentences, paragraph_of, introduced,
                             first_voice=last is None or last.paragraph < paragraph_of[index] - CARRY_REACH)
        if after is not None:
            speaker = after
        elif interviewee is not None and free_standing(text, span, sentences, index, closing):
            speaker = interviewee  # a display line of an interview: the interviewee's (`accords.quotes.interviews`)
        elif last is not None and last.paragraph >= paragraph_of[index] - CARRY_REACH and free_standing(
                text, span, sentences, index, closing):
            carry = 0.5 if last.paragraph >= paragraph_of[index] - 1 else 0.4
            # an unnamed group's words carried on stay as unsure as its own (`UNNAMED_CONFIDENCE`)
            speaker = Speaker(last.entity, last.name, "carried",
                              last.confidence if last.confidence <= UNNAMED_CONFIDENCE else carry)
        elif last is not None and last.paragraph == paragraph_of[index] and closes_sentence(
                text, span, sentences, index, closing) and (
                subject_ref is None or subject_ref.kind != "name" or subject_speaker == last.entity):
            # "… Howitt says. Just because …, “that doesn’t mean …”": theirs, unless the sentence
            # names another subject ("Buckley … had a similar experience: “…”")
            speaker = Speaker(last.entity, last.name, "carried", min(last.confidence, 0.4))
    if speaker is None and interviewee is not None and (before_question(text, span.end) or describes_interviewee(
            text, span.end, clause.subject if clause is not None else None, clause.head if clause is not None else "")):
        # "“…,” the American analyst notes.", a display line before "Q:": the one person interviewed
        speaker, cue = interviewee, None if before_question(text, span.end) else cue
    if speaker is None:
        return None  # words in quotation marks that no one is known to have said: not who-said-what
    mixed = mixed_clause(text, span, clause)
    if mixed is not None:
        # `Boesky said Epstein was still "a high risk for suicide" because of …`: a partial quote
        # inside reported speech; the statement is the whole reported clause, marks and all
        return quote_at(article, *mixed, speaker, cue, direct=True, stage=STAGE, ceiling=1.0)
    return Quote(
        id=fact_id(article.id, "quote", span.start, span.end),
        text=" ".join(article.text[s:e].strip() for s, e in span.pieces).rstrip(","),
        evidence=tuple(Evidence(article.id, s, e) for s, e in span.pieces),
        speaker=speaker.entity if speaker is not None else None,
        speaker_name=shown_name(speaker),
        cue=cue,
        direct=True,
        stage=STAGE,
        confidence=speaker.confidence if speaker is not None else 0.3,
    )


def _sole_person(people: People, sentence: Segment) -> str | None:
    """The one person the sentence names (never in the possessive: "Jane Lee's bakery"), or None."""
    named = {r.entity for r in people.references(sentence.start, sentence.end)
             if r.kind == "name" and _is_person(people, r.entity)
             and people.text[r.end:r.end + 2] not in ("'s", "\u2019s")}
    return named.pop() if len(named) == 1 else None


def _free_person_outside(people: People, sentence: Segment, spans: Sequence[QuotedSpan], stop: int) -> str | None:
    """The first person named freely in the sentence's words outside quotation marks and before
    `stop` (where reported words begin): a name inside a quote ("My husband [actor Ted Danson] and
    I …") or inside reported speech ("said that President Putin defended …") is the speaker's
    topic, never the one "he" means next."""
    start = sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        for s, e in span.pieces:
            if e < sentence.start or s > stop:
                continue
            if s - 1 > start and (named := people.free_person(start, min(s - 1, stop))) is not None:
                return named
            start = max(start, e + 1)
    return people.free_person(start, stop) if start < stop else None


def _sentence_subject(people: People, sentence: Segment, spans: Sequence[QuotedSpan]) -> Reference | None:
    """The subject of the sentence's first stretch outside quotation marks."""
    start = sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        for s, e in span.pieces:
            if e < sentence.start or s > sentence.end:
                continue
            if s - 1 > start:
                ref = people.subject(start, s - 1)
                if ref is not None:
                    return ref
            start = max(start, e + 1)
    if start < sentence.end:
        return people.subject(start, sentence.end)
    return None


def _attributions(doc: Doc | None, text: str, sentences: Sequence[Segment],
                  spans: Sequence[QuotedSpan]) -> list[tuple[Attribution, ...]]:
    """The reporting clauses of each sentence (`accords.quotes.sentence_clauses`), with the parser."""
    return sentence_attributions(doc, text, sentences, spans, parse_spans=parse_spans, parse_sentence=parse_sentence)


def _is_person(people: People, entity_id: str | None) -> bool:
    entity = people.person(entity_id)
    return entity is not None and entity.type == "PERSON"


def _paragraphs(text: str) -> tuple[Segment, ...]:
    from accords.stages.segment import paragraphs

    return paragraphs(text)
