"""Which reporting clause reports a direct quote, and what the clause says about it.

The quotes stage (`accords.stages.quotes`) asks, for each quotation: the nearest reporting
clause of the quote's own sentences (`own_clause`: `"…," said X.`, `X said: "…"`), a bare
`X said.` in the next sentence (`next_clause`), `X said:` closing the sentence before
(`colon_clause`), and where the parse found no clause, the cue words around the marks
(`regex_clause`). `frames` tells whether a clause reports the quoted words themselves, and
`mixed_clause` whether the quote is only part of the clause's reported speech (`said he was
“very moved” by the announcement`: the statement is the whole clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.model import Segment
from accords.quotes.cues import cue_after, cue_before, introduces
from accords.quotes.marks import QuotedSpan, past_closing_mark
from accords.quotes.media import MEDIA_NOUNS, relays
from accords.quotes.records import reference_speaker
from accords.quotes.sources import Context, Speaker, is_channel, is_medium, resolve
from accords.quotes.speakers import DATELINE, People, Reference
from accords.quotes.syntax import Attribution
from accords.quotes.verbs import CARRIER_NOUNS



#: How many words a reported clause must hold besides a quote inside it to be a mixed quote.
_MIXED_WORDS = 3


def mixed_clause(text: str, span: QuotedSpan, clause: Attribution | None) -> tuple[int, int] | None:
    """The reported clause (start, end) a one-paragraph quote lies inside with at least
    `_MIXED_WORDS` more words (`said he was “very moved” by the announcement`), else None:
    the quoted words are part of what the clause reports, not the whole of it."""
    if clause is None or clause.content is None or clause.naming or clause.nested or len(span.pieces) != 1:
        return None
    start, end = clause.content
    dateline = DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    while end > start and text[end - 1] in " ,;":
        end -= 1
    that = re.match(r"that\s+", text[start:end])
    if that is not None:
        start += that.end()  # the complementiser is no part of what was said
    if not (start <= span.start - 1 and span.end <= end + 2):
        return None
    if text[max(start, span.start - 4):span.start - 1].rstrip().endswith(":"):
        return None  # `she was only half-surprised: “It made sense …”`: a quote of its own after a colon
    outside = text[start:max(start, span.start - 1)] + " " + text[min(end, span.end + 1):end]
    if len(re.findall(r"\w+", outside)) < _MIXED_WORDS:
        return None
    return start, past_closing_mark(text, start, max(end, span.end + 1))  # a quote ending the clause keeps its closing mark


def own_clause(people: People, span: QuotedSpan, index: int, closing: int, sentences: Sequence[Segment],
               clauses: Sequence[Sequence[Attribution]], resolved: Sequence[Sequence[tuple[Attribution, Speaker | None]]],
               context: Context) -> tuple[Speaker | None, str | None, Attribution | None]:
    """The nearest reporting clause outside the quote in the sentences the quote spans."""
    best = None
    relay = None  # the nearest "according to a statement from …" clause, used when no other is found
    for j in range(index, closing + 1):
        for att in clauses[j]:
            if span.start - 1 <= att.cue[0] < span.end + 1:
                continue
            if att.nested and not (0 <= span.start - att.cue[1] <= 4 or _right_after(span, att)):
                continue  # a clause inside reported speech names the speaker of a quote right after it
                # only, or of one right before it ("“…,” he told reporters, The National Interest reported")
            if att.naming and not (att.content is not None and att.content[0] <= span.start <= att.content[1]):
                continue  # "called the campaign a “…”" reports the quoted words of its predicate only
            if att.according and is_channel(people, att):
                if att.head in CARRIER_NOUNS and relay is None and not (
                        (att.cue[0] >= span.end and j != closing) or (att.cue[0] < span.start and j != index)):
                    relay = (j, att)
                continue  # "“…,” he told settlers, according to the agency": the agency relays
            if att.manner and att.cue[0] >= span.end and _SENTENCE_BREAK.match(people.text, span.end - 2, att.cue[0]):
                continue  # "“… very simple.’” The cabinet members gathered around Mr. Trump laughed": a reaction
            if (att.cue[0] >= span.end and j != closing) or (att.cue[0] < span.start and j != index):
                continue
            gap = att.cue[0] - span.end if att.cue[0] >= span.end else span.start - att.cue[1]
            distance = (att.according, gap)  # "According to IRNA, X said: “…”": X speaks
            if best is None or distance < best[0]:
                best = (distance, j, att)
    if best is None and relay is not None:
        # "“…,” according to a statement from Health Canada": with no other clause, the words a
        # statement carries are its issuer's, unless the issuer is a news medium that relays them
        j, att = relay
        speaker = next((s for a, s in resolved[j] if a == att), None) if j < len(resolved) else None
        if speaker is not None and not is_medium(speaker):
            return speaker, att.cue_word, att
    if best is None:
        return None, None, None
    _, j, att = best
    att = _inner_frame(clauses[j], att, span)
    speaker = next((s for a, s in resolved[j] if a == att), None) if j < len(resolved) else None
    if att.according and speaker is None:
        return None, None, None  # "according to the agency": no speaker said, the words around the marks may
    if speaker is None and j >= len(resolved):
        speaker = resolve(people, att, context)
    return speaker, att.cue_word, att


def _inner_frame(sentence: Sequence[Attribution], att: Attribution, span: QuotedSpan) -> Attribution:
    """The clause inside `att`'s reported words whose own reported words hold the quote:
    "Kazakhstan's Foreign Ministry said on Tuesday that the top diplomats will meet … “without
    observers or Syrian sides”, Anadolu Agency reported." is the ministry's, the agency (or "media
    reports") relays it, while a speaker's own clause holds whatever it reports;
    but "told reporters he hoped the meeting would bring “badly needed peace”" is told: a view
    ("hoped", "believes") is not what brought the words out."""
    if att.content is None or not (att.content[0] <= span.start and span.end <= att.content[1] + 2):
        return att
    if not (relays(att.cue_word, att.cue, att.content) or att.head in MEDIA_NOUNS):
        return att  # "The foreign minister added Iran has been … and called for more “strategic ties”": his
    inner = [a for a in sentence if a is not att and a.subject is not None and a.content is not None
             and att.content[0] <= a.cue[0] < att.content[1] and a.content[0] <= span.start
             and span.end <= a.content[1] + 2 and not (a.according or a.view or a.manner or a.passive)]
    return max(inner, key=lambda a: a.cue[0]) if inner else att


def _right_after(span: QuotedSpan, att: Attribution) -> bool:
    """Whether a clause's subject (or its verb, where it has none) follows the quote's closing
    mark with at most a comma and a space between (`“…,” he told`)."""
    return 0 <= (att.subject[0] if att.subject is not None else att.cue[0]) - span.end <= 2


#: A sentence end right after a quote's last words: `… simple.’” The cabinet …`.
_SENTENCE_BREAK = re.compile(r".?[.!?…][’'\"”»]*\s+[A-Z]")


def frames(text: str, att: Attribution, span: QuotedSpan) -> bool:
    """Whether a reporting clause reports the quoted words themselves: they lie in its reported
    clause ("said he was “very moved”"), or nothing but the speaker's words and punctuation
    stands between them and the verb (`“That’s perfect,” Boudreau said`, `X said: “…”`),
    rather than in some other phrase of the sentence ("described the “physical fight”")."""
    if att.content is not None and att.content[0] <= span.start and (span.end <= att.content[1] + 1 or att.naming):
        return True  # (a naming verb's predicate may be parsed shorter than the quote it opens)
    if att.cue[0] >= span.end:
        between = text[span.end:att.cue[0]]
    else:
        between = text[att.cue[1]:span.start]
    if att.subject is not None:
        s, e = att.subject
        lo, hi = (span.end, att.cue[0]) if att.cue[0] >= span.end else (att.cue[1], span.start)
        if lo <= s and e <= hi:
            between = text[lo:s] + text[e:hi]
    if att.cue[0] < span.start and re.fullmatch(r"[^.;!?\"\u201c\u201d]{0,60}:\W*", between):
        return True  # `Ford told reporters: “Get it done.”`: the clause's own words end in a colon right before the quote
    return not re.search(r"\w", between)


#: A sentence opening with a subordinate clause: a reporting verb there reports nothing before it.
_SUBORDINATE = re.compile(
    r"\s*(?:When|Whenever|If|As|While|Because|After|Before|Although|Though|Since|Until|Once|Unless|Where)\b")


def next_clause(people: People, span: QuotedSpan, closing: int, sentences: Sequence[Segment],
                clauses: Sequence[Sequence[Attribution]], paragraph_of: Sequence[int],
                context: Context) -> tuple[Speaker | None, str | None]:
    """ `"…." X said on Monday.`: a reporting clause with no content of its own right after."""
    following = closing + 1
    if following >= len(sentences) or paragraph_of[following] != paragraph_of[closing]:
        return None, None
    for att in clauses[following]:
        opening = min(att.cue[0], att.subject[0] if att.subject is not None else att.cue[0])
        if _SUBORDINATE.match(people.text, sentences[following].start, opening):
            continue  # "When his editors would ask him to explain himself, he'd respond, “…”": no `X said.`
        if _OBJECT_AFTER.match(people.text, att.cue[1]) and not _TELL.match(att.cue_word):
            continue  # "The Leader also stressed the need for …": a statement of its own, no `X said.`
        if att.content is None and not att.according and not att.manner and att.cue[0] - sentences[following].start < 160:
            return resolve(people, att, context), att.cue_word
    return None, None


#: A noun phrase right after a reporting verb: its object ("stressed the need for …"); "told the
#: press" and "told reporters" name whom the words were told, and stay bare `X said.` clauses.
_OBJECT_AFTER = re.compile(r"(?:\s+out)?\s+(?:the|a|an|his|her|its|their|our|this|these|those)\s", re.IGNORECASE)
_TELL = re.compile(r"(?i)t(?:old|ell|ells|elling)\b")


def colon_clause(text: str, index: int, sentences: Sequence[Segment],
                 resolved: Sequence[Sequence[tuple[Attribution, Speaker | None]]]) -> tuple[Speaker | None, str | None]:
    """ `X said:` closing the previous sentence or paragraph, the quote following."""
    if index == 0 or not text[sentences[index - 1].start:sentences[index - 1].end].rstrip().endswith(":"):
        return None, None
    if not resolved[index - 1]:
        return None, None
    att, speaker = resolved[index - 1][-1]
    return speaker, att.cue_word


#: How far past a quote's closing mark a speaker's name and a long title set off by commas may
#: put the reporting verb.
_TITLE_REACH = 160


def _after_title(people: People, post: str, offset: int) -> re.Match[str] | None:
    """ `“…,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space
    & Security, said`: a reporting verb further than the usual reach when a person's name opens
    the words after the mark and a comma closes the title before the verb."""
    cue = cue_after(post[:_TITLE_REACH])
    if cue is None or not post[:cue.start()].rstrip().endswith(","):
        return None
    ref = people.subject(offset, offset + cue.start())
    named = people.person(ref.entity) if ref is not None else None
    if ref is None or ref.kind != "name" or post[:ref.start - offset].strip(" ,\"”") or (
            named is not None and named.type != "PERSON"):
        return None
    return cue


def regex_clause(text: str, people: People, span: QuotedSpan, sentence: Segment, sentences: Sequence[Segment],
                 subject_speaker: str | None, subject_ref: Reference | None,
                 context: Context) -> tuple[Speaker | None, str | None]:
    """The cue words around the marks, for sentences the parse found no reporting clause in."""
    pre = text[sentence.start:max(sentence.start, span.start - 1)]
    cue = cue_before(pre)
    if pre.strip() and (cue is not None or introduces(pre)):
        if cue is not None and _PLURAL_SUBJECT.search(pre, 0, cue.start()) and (
                subject_ref is None or subject_ref.kind != "pronoun"):
            # "In a joint statement read out by … Lavrov after the trio met … de Mistura, they said the
            # initiative should be guided “…”": "they" is no one person the sentence names before it
            return None, cue.group(0)
        return reference_speaker(people, subject_ref, subject_speaker), cue.group(0) if cue is not None else None
    closing = next((s for s in sentences if s.start <= span.end < s.end), None)
    post = text[span.end + 1:closing.end] if closing is not None else ""
    after_cue = cue_after(post[:80])
    if after_cue is None:
        after_cue = _after_title(people, post, span.end + 1)
    if after_cue is None:
        return None, None
    ref = people.subject(span.end + 1, closing.end) if closing is not None else None
    speaker = reference_speaker(people, ref, resolve_reference(people, ref, recent=context.recent, later=context.later))
    if (speaker is None or ref is None or ref.kind == "org") and closing is not None:
        unlinked = people.unlinked_name(span.end + 1, closing.end)
        if unlinked is not None:
            speaker = Speaker(None, unlinked, "name", 0.6)
    if speaker is None:
        speaker = _voice_before_cue(people, post, span.end + 1, after_cue, context)
    return speaker, after_cue.group(0)


#: "they" or "we" as the subject right before a cue ("they said", "they also stressed").
_PLURAL_SUBJECT = re.compile(r"(?i)\b(?:they|we)\s+(?:[a-z]+ly\s+|also\s+|have\s+|had\s+)?$")


#: The words between a closing mark and its cue that name an organisation's voice (`,” a
#: spokesperson for the Armenian defense ministry said in a statement`): a long quote can throw
#: the parse off that clause, and the organisation's role speaks as the parse would have read it.
_VOICE_SUBJECT = re.compile(
    r"[\s,”\"]*((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(spokesperson|spokesman|spokeswoman|representative)"
    r"\s+(?:for|of|from|at|with)\s+[^,;:“”\"]+?)\s*$")


def _voice_before_cue(people: People, post: str, offset: int, cue: re.Match[str], context: Context) -> Speaker | None:
    """The organisation's voice the words before the cue after a quote name, or None."""
    match = _VOICE_SUBJECT.match(post, 0, cue.start())
    if match is None:
        return None
    attribution = Attribution(cue=(offset + cue.start(), offset + cue.end()), cue_word=cue.group(0),
                              subject=(offset + match.start(1), offset + match.end(1)), head=match.group(2).lower())
    return resolve(people, attribution, context)


def resolve_reference(people: People, ref: Reference | None, *, recent: Sequence[str], later: Sequence[str]) -> str | None:
    """The entity a sentence subject found by `People.subject` means: a linked name itself, a
    pronoun the most recent person it agrees with, a title or an organisation noun as
    `People.by_title` and `People.by_org` read them."""
    if ref is None:
        return None
    if ref.entity is not None:
        return ref.entity
    if ref.kind == "pronoun":
        word = people.text[ref.start:ref.end]
        return people.pronoun_person(word, recent)
    if ref.kind == "title":
        return people.by_title(ref, recent=recent, later=later)
    if ref.kind == "org":
        return people.by_org(ref, recent=recent)
    return None
