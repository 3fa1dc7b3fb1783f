"""Case, spacing and gluing variants of one text, for the tests that compare a matcher tried only
at its heads (`accords.scan.starts`) with the plain regex scan on the same text."""

from __future__ import annotations


def variants(text: str) -> dict[str, str]:
    """The text as written, re-cased, re-spaced and glued (words run together or joined by a letter)."""
    return {
        "as-written": text,
        "upper": text.upper(),
        "lower": text.lower(),
        "title": text.title(),
        "swapcase": text.swapcase(),
        "newlines": text.replace(" ", "\n"),
        "no-break-spaces": text.replace(" ", "\u00a0"),
        "glued": text.replace(" ", ""),
        "glued-by-letters": text.replace(" ", " x"),
    }


def spans_and_groups(matches) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """What two scans must agree on: each match's span and groups, in order."""
    return [(match.span(), match.groups()) for match in matches]
