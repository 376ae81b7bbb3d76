"""Deduplication: which feed writes each article (docs/feeds.md, "Dedup").

``deduper`` (:class:`~pipeline.dedupe.deduper.DayDeduper`: claims in, a verdict out; it never
touches a run's counts) over the keys of an article (``keys``: canonical URL, article id, GUID key,
text hash, MinHash), the seen-index shards in the lake (``shards``) and the run's index over them
(``index``); ``retract`` corrects a date that wrote an article a better claim owns."""
