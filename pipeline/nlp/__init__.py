"""spaCy-based NLP: entity grouping, geo lookup, date resolution and PLOVER events."""
