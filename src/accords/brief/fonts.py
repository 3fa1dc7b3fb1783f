"""The Unicode TrueType font a PDF brief is set in, found without a manual step.

The core PDF fonts cover Latin-1 only, and briefs name "Şuşa", "Türkiye", "Baku–Ankara".
`brief_font` picks, in this order:

1. DejaVu Sans from the system (Debian's ``fonts-dejavu-core``, which `.ci/run` installs):
   Latin, Greek, Cyrillic and more;
2. Source Sans Pro from the pinned PyPI dependency ``font-source-sans-pro`` (SIL OFL), so
   ``pip install`` alone is enough on any machine: every Latin script, Azerbaijani and
   Turkish letters included.

A character the chosen font has no glyph for is written as ``?`` (`covered`), never dropped
in silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from accords.errors import AccordsError

#: Where Debian's fonts-dejavu-core puts DejaVu Sans (regular, bold).
DEJAVU = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


class FontError(AccordsError):
    """No Unicode font for the PDF: neither DejaVu Sans nor the pinned Source Sans Pro."""


@dataclass(frozen=True)
class BriefFont:
    """A font family for the PDF: its name and the TrueType files of its two weights."""

    family: str
    regular: Path
    bold: Path


def _packaged() -> tuple[Path, Path] | None:
    """Source Sans Pro's files in the installed ``font_source_sans_pro`` package (located,
    not imported: its ``__init__`` globs the folder)."""
    spec = find_spec("font_source_sans_pro")
    if spec is None or not spec.submodule_search_locations:
        return None
    files = Path(next(iter(spec.submodule_search_locations))) / "files"
    found = (files / "SourceSansPro-Regular.ttf", files / "SourceSansPro-Bold.ttf")
    return found if all(p.is_file() for p in found) else None


@lru_cache(maxsize=1)
def brief_font() -> BriefFont:
    """DejaVu Sans where the system has it, else the packaged Source Sans Pro; `FontError`
    when neither is installed (``pip install accords`` installs the second)."""
    if all(p.is_file() for p in DEJAVU):
        return BriefFont("DejaVuSans", *DEJAVU)
    packaged = _packaged()
    if packaged is not None:
        return BriefFont("SourceSansPro", *packaged)
    raise FontError(
        "no Unicode font for the PDF: install fonts-dejavu-core (Debian) or the Python package font-source-sans-pro"
    )


@lru_cache(maxsize=4)
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # a dependency of fpdf2

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def covered(text: str, path: Path) -> str:
    """`text` with every character the font at `path` has no glyph for written as ``?``
    (line breaks and spaces kept)."""
    have = _cmap(path)
    return "".join(c if ord(c) in have or c in "\n\t" else "?" for c in text)
