"""Deduplication: the keys of an article (``keys``: canonical URL, article id, GUID key, text hash,
MinHash), the seen-index shards in the lake (``shards``) and the run's index over them (``index``). The
decision itself (which claim owns an article) is made in :mod:`pipeline.ingest` with these."""
