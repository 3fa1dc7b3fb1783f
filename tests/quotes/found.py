"""Shared by the quote sentence tests: every quote the pipeline finds in one text, in text order,
as (direct, speaker name, words) (`quotes_found`), and the check that they are the expected ones,
each given by its first words (`assert_quotes`)."""

from __future__ import annotations

from accords.model import Article
from accords.pipeline import run

Found = tuple[bool, str | None, str]


def quotes_found(text: str, *, published: str = "2019-11-19", article_id: str = "q",
                 source: str | None = None) -> list[Found]:
    extraction = run(Article(id=article_id, text=text, published=published, source=source))
    return [(q.direct, q.speaker_name, q.text) for q in extraction.quotes]


def assert_quotes(found: list[Found], expected: list[Found]) -> None:
    """The same (direct, speaker) in the same order, and each quote's words start as expected."""
    assert [(d, s) for d, s, _ in found] == [(d, s) for d, s, _ in expected]
    for (_, _, words), (_, _, start) in zip(found, expected):
        assert words.startswith(start)
