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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .errors import StoreUnavailable

__all__ = ["Neo4jSettings", "neo4j_settings", "connect", "URI_ENV", "USER_ENV", "PASSWORD_ENV", "DATABASE_ENV",
           "START_HINT"]

URI_ENV, USER_ENV, PASSWORD_ENV, DATABASE_ENV = "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"
START_HINT = 'start a local one with: eval "$(agencygraph neo4j start)"'


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
    """Explicit values first, then the environment; the user defaults to ``neo4j``."""
    return Neo4jSettings(uri=uri or env.get(URI_ENV) or None, user=user or env.get(USER_ENV) or "neo4j",
                         password=password if password is not None else env.get(PASSWORD_ENV),
                         database=database or env.get(DATABASE_ENV) or None)


def connect(settings: Neo4jSettings):
    """A verified driver, or StoreUnavailable saying which setting to fix (never showing the password)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    if not settings.configured:
        raise StoreUnavailable(f"no Neo4j server configured: set {URI_ENV} (and {USER_ENV}, {PASSWORD_ENV}), "
                               f"or {START_HINT}")
    try:
        driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password or ""),
                                      connection_timeout=10, max_transaction_retry_time=30,
                                      notifications_min_severity="OFF")
    except (ConfigurationError, ValueError) as exc:
        raise StoreUnavailable(f"{URI_ENV}={settings.uri!r} is not a Neo4j address: {exc}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreUnavailable(f"Neo4j at {settings.uri} refused user {settings.user!r}: check {USER_ENV} and "
                               f"{PASSWORD_ENV}") from None
    except (ServiceUnavailable, DriverError, OSError) as exc:
        driver.close()
        raise StoreUnavailable(f"cannot reach Neo4j at {settings.uri} ({URI_ENV}): {type(exc).__name__}; "
                               f"{START_HINT}") from None
    except Neo4jError as exc:
        driver.close()
        raise StoreUnavailable(f"Neo4j at {settings.uri} answered with an error: {exc.code}") from None
    return driver
