"""Redaction: secrets (URL user and password, ``apikey=``-like query parameters, a feed's own
credentials) replaced by ``REDACTED`` wherever a URL or an error message is stored, logged or shown.

:class:`Redactor` carries a feed's secrets; :func:`redact_url` / :func:`redact_text` use the
name-based rules only. A base module (like :mod:`pipeline.errors`): fetching, state, the quarantine
and the report all use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

REDACTED = "REDACTED"
# Query parameters whose values are secrets by name (compared lower-case, '-' read as '_').
SECRET_PARAMS = frozenset({
    "apikey", "api_key", "access_token", "auth", "auth_token", "authorization", "token", "secret", "client_secret",
    "password", "passwd", "pwd", "signature", "x_amz_signature", "x_amz_credential", "x_amz_security_token",
    "x_goog_signature", "x_goog_credential", "jwt", "private_token", "subscription_key", "app_key", "appkey",
    "license_key", "access_key", "secret_key",
})
_USERINFO = re.compile(r"(?i)\b((?:https?|ftp)://)[^/\s@:]*(?::[^/\s@]*)?@")
_URL_IN_TEXT = re.compile(r"(?i)\bhttps?://[^\s'\"<>]+")


@dataclass(frozen=True)
class Redactor:
    """Removes secrets: URL user info is dropped, the values of query parameters named like secrets
    (or named in ``params``) and every occurrence of the literal ``secrets`` (a feed's credentials)
    become ``REDACTED``."""

    secrets: tuple[str, ...] = ()
    params: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, secrets: Iterable[str | None] = (), params: Iterable[str] = ()) -> Redactor:
        # longest first, so a secret that contains another is replaced whole; very short values
        # (under 4 characters) would blank out ordinary text and are left to the URL rules
        kept = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        return cls(tuple(kept), frozenset(p.lower() for p in params))

    def _secret_param(self, name: str) -> bool:
        n = name.lower().replace("-", "_")
        return n in SECRET_PARAMS or n in self.params

    def url(self, url: str | None) -> str | None:
        """``url`` without user info and with secret query values replaced."""
        if url is None:
            return None
        try:
            parts = urlsplit(url)
        except ValueError:
            return self.text(url)
        netloc = parts.netloc.rsplit("@", 1)[-1]
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if any(self._secret_param(k) for k, _ in pairs):
                query = "&".join(f"{quote(k, safe='')}={REDACTED if self._secret_param(k) else quote(v, safe='')}"
                                 for k, v in pairs)
        return self._literal(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))

    def text(self, text: str | None) -> str | None:
        """A message with every URL in it redacted, and the literal secrets removed."""
        if text is None:
            return None
        text = _URL_IN_TEXT.sub(lambda m: self.url(m.group(0)) or "", text)
        return self._literal(_USERINFO.sub(lambda m: m.group(1), text))

    def _literal(self, text: str) -> str:
        for s in self.secrets:
            if s in text:
                text = text.replace(s, REDACTED)
            q = quote(s, safe="")
            if q != s and q in text:
                text = text.replace(q, REDACTED)
        return text


_DEFAULT = Redactor()


def redact_url(url: str | None) -> str | None:
    """``url`` with user info and secret-named query values replaced (no feed-specific secrets)."""
    return _DEFAULT.url(url)


def redact_text(text: str | None) -> str | None:
    """Every URL in ``text`` redacted (no feed-specific secrets)."""
    return _DEFAULT.text(text)
