"""A verb capitalised inside its sentence is a headline's, not a report's.

Fact sheets open with a bold subtitle in title case ("**Arrangement Will Remove European Union
tariffs and lower costs for American families**"): it names what the text below reports, as a
headline does; the event, if any, is the report's. A verb of running prose is never capitalised
after the sentence's first word, so such a verb triggers nothing. A capitalised word that is part
of a name ("the Build Back Better World partnership") is no verb of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token


def headline_verb(token: Token) -> bool:
    """Whether `token` is a verb written in title case after the first word of its sentence
    with its auxiliary ("Arrangement Will Remove ... tariffs")."""
    if token.pos_ != "VERB" or not token.is_title or token.ent_type_:
        return False
    words = [t for t in token.sent if t.is_alpha]
    # its auxiliary capitalised too ("Will Remove"): a title, not a name nor a misread noun
    return bool(words) and words[0] != token and any(c.dep_ == "aux" and c.is_title for c in token.children)
