"""Reporting verbs ("said", "stating", "adding that:") and where they sit around a quote."""

from __future__ import annotations

import re

_STEMS = (
    r"sa(?:y|ys|id|ying)", r"stat(?:e|es|ed|ing)", r"add(?:s|ed|ing)?", r"emphasi[sz](?:e|es|ed|ing)",
    r"stress(?:es|ed|ing)?", r"not(?:e|es|ed|ing)", r"underlin(?:e|es|ed|ing)", r"underscor(?:e|es|ed|ing)",
    r"express(?:es|ed|ing)?", r"referr?(?:s|ed|ing)?", r"mention(?:s|ed|ing)?", r"t(?:ell|ells|old|elling)",
    r"announc(?:e|es|ed|ing)", r"declar(?:e|es|ed|ing)", r"point(?:s|ed|ing)?\s+out", r"remark(?:s|ed|ing)?",
    r"highlight(?:s|ed|ing)?", r"explain(?:s|ed|ing)?", r"continu(?:e|es|ed|ing)", r"insist(?:s|ed|ing)?",
    r"warn(?:s|ed|ing)?", r"assert(?:s|ed|ing)?", r"reiterat(?:e|es|ed|ing)", r"affirm(?:s|ed|ing)?",
    r"confirm(?:s|ed|ing)?", r"wr(?:ite|ites|ote|iting)", r"quot(?:e|es|ed|ing)", r"ask(?:s|ed|ing)?",
    r"repl(?:y|ies|ied|ying)", r"respond(?:s|ed|ing)?", r"urg(?:e|es|ed|ing)", r"describ(?:e|es|ed|ing)",
    r"recall(?:s|ed|ing)?", r"acknowledg(?:e|es|ed|ing)", r"argu(?:e|es|ed|ing)", r"clarif(?:y|ies|ied|ying)",
    r"comment(?:s|ed|ing)?", r"observ(?:e|es|ed|ing)", r"report(?:s|ed|ing)?", r"tweet(?:s|ed|ing)?",
    r"maintain(?:s|ed|ing)?", r"believ(?:e|es|ed|ing)", r"stipulat(?:e|es|ed|ing)", r"includ(?:e|es|ed|ing)",
    r"conclud(?:e|es|ed|ing)", r"predict(?:s|ed|ing)?", r"vow(?:s|ed|ing)?", r"promis(?:e|es|ed|ing)",
    r"admit(?:s|ted|ting)?", r"suggest(?:s|ed|ing)?", r"told", r"hop(?:e|es|ed|ing)",
)
CUE = re.compile(r"\b(?:" + "|".join(_STEMS) + r")\b", re.IGNORECASE)
#: Cues that only introduce speech when followed by "that" or a colon ("including that:").
_WEAK = re.compile(r"^(?:includ|hop|believ|predict|promis|suggest|admit|express|continu)", re.IGNORECASE)
_INTRO_TAIL = re.compile(r"(?:\bthat\s*)?[:,]?\s*$", re.IGNORECASE)


#: A determiner before a cue word or a possessive after it makes it a noun ("the state’s launch",
#: "his report", "a note"), not a reporting verb ("her" and "that" left out: "told her", "that said").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|its|their|our|my|your)\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _noun(clause: str, match: re.Match[str]) -> bool:
    return bool(_DETERMINER_BEFORE.search(clause, 0, match.start()) or _POSSESSIVE_AFTER.match(clause, match.end()))


def cue_before(clause: str) -> re.Match[str] | None:
    """The reporting verb nearest the end of `clause` (the words before an opening mark).

    A weak cue ("including", "expressing") counts only when "that" or a colon follows it.
    """
    last = None
    for match in CUE.finditer(clause):
        if _WEAK.match(match.group(0)) and not re.match(r"\s+that\b|\s*:", clause[match.end():], re.IGNORECASE):
            continue
        if _noun(clause, match):
            continue
        last = match
    return last


def cue_after(clause: str) -> re.Match[str] | None:
    """The first reporting verb of the words after a closing mark (`," he said.`)."""
    for match in CUE.finditer(clause):
        if _WEAK.match(match.group(0)) or _noun(clause, match):
            continue
        return match
    return None


def introduces(clause: str) -> bool:
    """Whether the words before a quote end like an introduction: `said that:`, `saying:`, `:`."""
    return bool(re.search(r"(?::|,|\bthat)\s*$", clause))
