"""Scanning helpers shared by the rule-based extractors (times, quantities): where a rule's
matches can start (`starts.StartIndex`) and which spans are already taken (`spans.SpanSet`).
No rules and no word lists here: those belong to the extractors."""
