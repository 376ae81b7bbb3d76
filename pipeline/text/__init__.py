"""Text restoration for lowercased, tokenized wire text (casing, detokenization, datelines).

Modules, in the order an article passes through them (each imports only those above it):
``lexicon`` (word lists, prior codes), ``tokens``, ``sentences``, ``detokenize``, ``dateline``,
``offsets``, ``acronyms``, ``names``, ``truecase``, ``component`` (the spaCy component) and
``normalize``, the public API re-exported here.
"""

from pipeline.text.normalize import *  # noqa: F403  (the public API: exactly normalize.__all__)
from pipeline.text.normalize import __all__ as __all__
