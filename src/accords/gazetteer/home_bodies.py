"""The bodies of a government that its own texts name without their country: the White House writes "the
Department of State", "the Millennium Challenge Corporation (MCC)", "DFC" and "Treasury" for the United
States' own (a body of another government it names with its country: "Vietnam's Ministry of Health").

One list per home country (`accords.knowledge.home_country` gives a text's), read by the events (a body
as the home country's side, `accords.events.home`) and by the figures (the money a body gives is the
home country's, `accords.indicators.subjects`); each reader frames the names for its use: a whole
entity name there, a name in running text here.
"""

from __future__ import annotations

#: The names of the home government's departments and agencies, per home country, as one regular
#: expression alternation (no groups that capture, no anchors): the cabinet departments in both
#: orders ("Department of State", "State Department"), the foreign-assistance and trade-finance
#: agencies and their acronyms. Longer names come before the shorter ones they start with
#: ("Treasury Department" before "Treasury"), so a search takes the whole name.
HOME_BODY_NAMES: dict[str, str] = {
    "USA": (
        r"Department\s+of\s+(?:State|Defen[cs]e|War|Commerce|(?:the\s+)?Treasury|Energy|Agriculture|Homeland\s+Security|"
        r"Justice|Labor|Health\s+and\s+Human\s+Services|Housing\s+and\s+Urban\s+Development|Transportation|"
        r"(?:the\s+)?Interior|Education|Veterans\s+Affairs)|"
        r"(?:State|Defen[cs]e|Commerce|Treasury|Justice|Energy)\s+Department|"
        r"(?:International\s+)?Development\s+Finance\s+Corporation|Export-Import\s+Bank(?:\s+of\s+the\s+United\s+States)?|"
        r"Millennium\s+Challenge\s+Corporation|Agency\s+for\s+International\s+Development|"
        r"Trade\s+and\s+Development\s+Agency|Peace\s+Corps|Treasury|MCC|DFC|USTDA|EXIM"
    ),
}
