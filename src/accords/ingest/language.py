"""A cheap, dependency-free language guess, good enough to route articles.

Non-Latin scripts decide by themselves (Cyrillic -> ru, Arabic script -> fa when the
Persian letters پ چ ژ گ ک ی appear, else ar; Hangul -> ko, kana -> ja, Han alone -> zh). Latin-script text is scored against short
stopword profiles; a language needs a few hits and a clear lead, else the answer is None.
The English stages only run on ``en`` (and on None), so a wrong guess costs little.
"""

from __future__ import annotations

import re
import unicodedata

#: Fewer words than this and there is too little text to say.
MIN_WORDS = 5

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is was for that on with by as at from has have are were it this be which said will".split()),
    "de": frozenset("der die das und ist nicht mit von den dem des sich auf für ein eine im zu auch wird wurde sind bei".split()),
    "fr": frozenset("le la les des et est une un du dans pour que qui sur au avec par pas sont été aux ce cette".split()),
    "es": frozenset("el la los las y de que en es un una del por con para se al su lo como más fue ha".split()),
    "tr": frozenset("ve bir bu ile için da de olarak olan çok daha gibi ise ancak kadar sonra ne ya mi".split()),
    "az": frozenset("və bir bu ilə üçün da də olan çox daha kimi isə lakin qədər sonra edib ki həm".split()),
    "pt": frozenset(("não uma os do da em para com dos das ao pelo pela mais mas foi são também seu sua nos na "
                     "neste nesta você muito isso está já até ele ela").split()),
    "it": frozenset("il di che è non per una della del nel alla anche più sono gli questo come ma delle dei".split()),
    "id": frozenset("yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada kita bisa".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_PERSIAN_LETTERS = set("پچژگکی")
#: Scripts that say the language by themselves (Japanese when kana appear among the Han characters).
_EAST_ASIAN = {"HANGUL": "ko", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja"}


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for `text` (en, de, fr, es, pt, it, id, tr, az, ru, fa, ar, ko, ja, zh), or None if unsure."""
    script = _script(text)
    if script in _EAST_ASIAN and sum(ch.isalpha() for ch in text) >= 2 * MIN_WORDS:
        # written without spaces: the letters count, not the words
        kana = any(unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA")) for ch in text)
        return "ja" if kana else _EAST_ASIAN[script]
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return None
    if script == "CYRILLIC":
        return "ru"
    if script == "ARABIC":
        return "fa" if any(ch in _PERSIAN_LETTERS for ch in text) else "ar"
    if script != "LATIN":
        return None
    scores = {lang: sum(1 for word in words if word in stops) for lang, stops in _STOPWORDS.items()}
    if "ə" in text.casefold():
        scores["az"] += len(words) // 10 + 2  # the schwa letter is all but unique to Azerbaijani
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top < 0.1 * len(words) or top <= second:
        return None
    return best


def _script(text: str) -> str | None:
    """The script most letters of `text` are written in (LATIN, CYRILLIC, ARABIC, ...)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
