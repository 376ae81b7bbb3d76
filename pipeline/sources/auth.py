"""Feed credentials, resolved at fetch time from what the registry names.

The registry's ``auth:`` mapping (validated by :func:`pipeline.sources.registry.parse_auth`) says *where*
a feed's secret is — environment variables, or an Airflow connection — never the secret itself.
:func:`credentials_for` turns it into :class:`~pipeline.sources.fetch.Credentials` just before the fetch.

Connections are looked up by a :data:`ConnectionLookup`: inside Airflow tasks, ``dags/_wirelake.py``
passes one that asks Airflow (any secrets backend); elsewhere :func:`env_connection` reads
``AIRFLOW_CONN_<ID>`` (JSON or URI form), the same variable Airflow itself reads.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from urllib.parse import unquote, urlsplit

from pipeline.errors import ConfigError
from pipeline.sources.fetch import Credentials
from pipeline.sources.registry import Feed

# conn_id -> (login, password); raises ConfigError when the connection does not exist
ConnectionLookup = Callable[[str], tuple[str | None, str | None]]


def env_connection(conn_id: str, env: Mapping[str, str] | None = None) -> tuple[str | None, str | None]:
    """Login and password of ``AIRFLOW_CONN_<CONN_ID>`` (JSON ``{"login": ..., "password": ...}`` or
    a URI ``scheme://login:password@host``)."""
    e = os.environ if env is None else env
    var = "AIRFLOW_CONN_" + conn_id.upper().replace("-", "_").replace(".", "_")
    raw = e.get(var)
    if not raw:
        raise ConfigError(f"connection {conn_id!r} is not defined ({var} is not set)",
                          fix=f"create the Airflow connection {conn_id!r} (login/password), or export {var}")
    raw = raw.strip()
    if raw.startswith("{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{var} is not valid JSON: {exc.msg}", fix='use {"login": "...", "password": "..."}') from exc
        return data.get("login"), data.get("password")
    parts = urlsplit(raw)
    return (unquote(parts.username) if parts.username else None,
            unquote(parts.password) if parts.password else None)


def credentials_for(feed: Feed, *, env: Mapping[str, str] | None = None,
                    connections: ConnectionLookup | None = None) -> Credentials | None:
    """The credentials ``feed.auth`` names (None for feeds without ``auth``). Raises
    :class:`~pipeline.errors.ConfigError` naming the missing variable or connection."""
    auth = feed.auth
    if not auth:
        return None
    e = os.environ if env is None else env
    if "connection" in auth:
        login, secret = (connections or (lambda c: env_connection(c, e)))(auth["connection"])
        where = f"connection {auth['connection']!r}"
    else:
        login = e.get(auth["username_env"]) if "username_env" in auth else None
        secret = e.get(auth["secret_env"])
        where = f"${auth['secret_env']}"
        if "username_env" in auth and not login:
            raise ConfigError(f"feed {feed.name!r}: ${auth['username_env']} is not set",
                              fix=f"export {auth['username_env']} (the feed's user name) where the feed is fetched")
    if not secret:
        raise ConfigError(f"feed {feed.name!r}: {where} holds no password or token",
                          fix="set the secret there (environment variable, or the connection's password)")
    kind = auth["type"]
    if kind == "basic":
        if not login:
            raise ConfigError(f"feed {feed.name!r}: {where} has no login for basic auth", fix="set the connection's login")
        return Credentials.basic(login, secret)
    if kind == "bearer":
        return Credentials.bearer(secret)
    if kind == "header":
        return Credentials(headers={auth["header"]: secret})
    return Credentials(query={auth["param"]: secret})
