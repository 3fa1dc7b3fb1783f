"""Scanning helpers shared by the rule-based extractors (times, quantities): where a rule's
matches can start (`starts.StartIndex`), which spans are already taken (`spans.SpanSet`) and what
opens a list item's line (`items`: the text's layout, read by the cleaning and the figures alike).
No extraction rules and no word lists here: those belong to the extractors."""
