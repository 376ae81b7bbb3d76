"""Who's who: the actor knowledge base built from the Phoenix dictionaries (MIT).

Public API (see docs/entities.md)::

    from pipeline.nlp.actors import load_kb

    kb = load_kb()                                   # cached per process
    link = kb.lookup("Vladimir Putin", "PERSON", on=datetime.date(2017, 12, 11))
    link.actor_id, link.country, link.sector, link.role_status   # 'phx:vladimir_putin', 'RUS', 'GOV', ...
    kb.agent("Iranian police")                       # AgentLink(code='COP', sector='COP', country='IRN', ...)
    kb.split_title("President Vladimir Putin")       # ('President', 'Vladimir Putin')

The table is built by ``scripts/build_actor_kb.py``; ``data/NOTICE.phoenix.txt`` carries the
licence and provenance.
"""

from pipeline.nlp.actors.kb import ActorKB, ActorLink, AgentLink, load_kb
from pipeline.nlp.actors.names import name_key

__all__ = ["ActorKB", "ActorLink", "AgentLink", "load_kb", "name_key"]
