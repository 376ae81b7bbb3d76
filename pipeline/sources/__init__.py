"""Acquisition: everything from the feed registry to the raw zone (docs/feeds.md, docs/pages.md).

``registry`` (feeds.yaml, validated) → ``fetch`` (``fetch`` / ``fetch_url``: conditional GET with
``validators``, retries, caps, credentials from ``auth``; ``safety``: SSRF guard, XML pre-check) →
``landing`` (content-addressed raw payloads and fetch records; ``inbox`` for pushed payloads), and
for teaser entries the linked ``pages`` (robots.txt, per-host politeness) and their main text
(``extract``).
"""
