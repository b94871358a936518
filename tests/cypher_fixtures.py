"""The bundled corpus in both stores, for the named-query and console tests.

``neo4j_corpus`` loads both plans into the test Neo4j server once per test module (``neo4j_server``
from neo4j_fixtures: a scratch server, or a local one started for the session; a missing server fails
under CI=true). ``nx_corpus`` is the embedded store with the same two plans.
"""

from __future__ import annotations

import pytest

from neo4j_fixtures import _unavailable, neo4j_server  # noqa: F401  (a fixture, used by name)

__all__ = ["neo4j_server", "neo4j_corpus", "nx_corpus", "neo4j_env"]


@pytest.fixture(scope="module")
def neo4j_corpus(neo4j_server, result_2018, result_2023):  # noqa: F811
    """A Neo4jStore holding the two bundled plans (the database is emptied first)."""
    from graph.errors import StoreUnavailable
    from graph.neo4j_store import Neo4jStore

    try:
        store = Neo4jStore(neo4j_server)
    except StoreUnavailable as exc:
        _unavailable(str(exc))
    store.clear()
    store.write([result_2018, result_2023])
    yield store
    store.close()


@pytest.fixture(scope="module")
def nx_corpus(result_2018, result_2023):
    from graph.nx_store import NetworkxStore

    store = NetworkxStore(None)
    store.write([result_2018, result_2023])
    return store


def neo4j_env(settings) -> dict:
    """Environment that points the CLI at the test server."""
    return {"NEO4J_URI": settings.uri, "NEO4J_USER": settings.user, "NEO4J_PASSWORD": settings.password or "",
            "AGENCYGRAPH_BACKEND": "neo4j"}
