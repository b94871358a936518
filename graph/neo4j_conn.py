"""Connection settings for a Neo4j server (from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD) and the driver.

The settings are resolved by a pure function, so they can be tested with a dict; the password is kept
out of ``repr`` and of every error message.

Examples
--------
>>> s = neo4j_settings({"NEO4J_URI": "neo4j://db.example:7687", "NEO4J_PASSWORD": "s3cret"})
>>> s.uri, s.user, s.database
('neo4j://db.example:7687', 'neo4j', None)
>>> "s3cret" in repr(s)
False
>>> neo4j_settings({}).configured
False

Credentials written into the address (``bolt://user:secret@host``, which the driver does not take) become the
user and password, and leave the address, so no message can show them; ``redact_uri`` hides them anyway:

>>> s = neo4j_settings({"NEO4J_URI": "bolt://alice:s3cret@db.example:7687"})
>>> s.uri, s.user, s.password
('bolt://db.example:7687', 'alice', 's3cret')
>>> redact_uri("neo4j://alice:s3cret@db.example")
'neo4j://alice:***@db.example'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .errors import StoreUnavailable

__all__ = ["Neo4jSettings", "neo4j_settings", "connect", "redact_uri", "SCHEMES", "URI_ENV", "USER_ENV", "PASSWORD_ENV", "DATABASE_ENV",
           "START_HINT"]

URI_ENV, USER_ENV, PASSWORD_ENV, DATABASE_ENV = "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"
START_HINT = 'start a local one with: eval "$(agencygraph neo4j start)"'
RETRY_SECONDS = 3  # transient errors are retried this long: a server gone mid-load is reported in seconds, not 33
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")  # what the Bolt driver connects to


def _userinfo(uri: str):
    """(address without credentials, user or None, password or None)."""
    from urllib.parse import unquote, urlsplit, urlunsplit

    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri, None, None
    if "@" not in parts.netloc:
        return uri, None, None
    info, host = parts.netloc.rsplit("@", 1)
    user, colon, password = info.partition(":")
    return urlunsplit(parts._replace(netloc=host)), unquote(user) or None, unquote(password) if colon else None


def redact_uri(uri: str | None) -> str | None:
    """``uri`` with any password in it replaced by ``***`` (for messages and logs)."""
    if not uri or "@" not in uri:
        return uri
    bare, user, password = _userinfo(uri)
    if password is None:
        return uri
    scheme, sep, rest = bare.partition("://")
    return f"{scheme}{sep}{user or ''}:***@{rest}" if sep else "***"


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str | None
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.uri)


def neo4j_settings(env: Mapping[str, str], uri: str | None = None, user: str | None = None,
                   password: str | None = None, database: str | None = None) -> Neo4jSettings:
    """Explicit values first, then the environment; the user defaults to ``neo4j``. Credentials inside the
    address are taken out of it, and used when no user or password is given otherwise."""
    uri = uri or env.get(URI_ENV) or None
    uri_user = uri_password = None
    if uri and "@" in uri:
        uri, uri_user, uri_password = _userinfo(uri)
    if password is None:
        password = env.get(PASSWORD_ENV) if env.get(PASSWORD_ENV) is not None else uri_password
    return Neo4jSettings(uri=uri, user=user or env.get(USER_ENV) or uri_user or "neo4j", password=password,
                         database=database or env.get(DATABASE_ENV) or None)


def connect(settings: Neo4jSettings):
    """A verified driver, or StoreUnavailable saying which setting to fix (never showing the password)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    if not settings.configured:
        raise StoreUnavailable(f"no Neo4j server configured: set {URI_ENV} (and {USER_ENV}, {PASSWORD_ENV}), "
                               f"or {START_HINT}")
    shown = redact_uri(settings.uri)
    scheme = settings.uri.partition("://")[0].lower() if "://" in settings.uri else ""
    if scheme not in SCHEMES:
        raise StoreUnavailable(f"{URI_ENV}={shown!r} is not a Neo4j Bolt address: use one of "
                               f"{', '.join(s + '://' for s in SCHEMES)} (e.g. bolt://127.0.0.1:7687), or "
                               f"{START_HINT}")
    uri, user, password = _userinfo(settings.uri)
    import logging

    # the driver logs each retry ("Transaction failed and will be retried …") at WARNING: with no logging set
    # up, Python would print those raw lines on stderr; the one error we raise says it. Configured logging
    # (a handler on the root logger) still gets them.
    if not logging.getLogger("neo4j").handlers:
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        driver = GraphDatabase.driver(uri, auth=(settings.user if user is None else user,
                                                 settings.password or password or ""),
                                      connection_timeout=10, max_transaction_retry_time=RETRY_SECONDS,
                                      notifications_min_severity="OFF")
    except (ConfigurationError, ValueError, ImportError) as exc:
        detail = str(exc).replace(settings.uri, shown or "")
        raise StoreUnavailable(f"{URI_ENV}={shown!r} is not a Neo4j address: {detail}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreUnavailable(f"Neo4j at {shown} refused user {settings.user!r}: check {USER_ENV} and "
                               f"{PASSWORD_ENV}") from None
    except (ServiceUnavailable, DriverError, OSError) as exc:
        driver.close()
        raise StoreUnavailable(f"cannot reach Neo4j at {shown} ({URI_ENV}): {type(exc).__name__}; "
                               f"{START_HINT}") from None
    except Neo4jError as exc:
        driver.close()
        raise StoreUnavailable(f"Neo4j at {shown} answered with an error: {exc.code}") from None
    return driver
