"""A real Neo4j server for the tests: $AGENCYGRAPH_TEST_NEO4J_URI when set, else a local server started here.

The tests empty the database they use, so they never read NEO4J_URI (which may name a server with real
data): point them at a scratch server with AGENCYGRAPH_TEST_NEO4J_URI / _USER / _PASSWORD.

Import the fixtures into a test module with ``from neo4j_fixtures import neo4j_server, neo4j_store``.
When no server can be had the tests fail under CI=true (a skipped Neo4j test is a failure there) and
skip elsewhere, saying why.
"""

from __future__ import annotations

import os
import socket

import pytest

from graph.errors import StoreUnavailable
from graph.neo4j_conn import neo4j_settings

PREFIX = "AGENCYGRAPH_TEST_NEO4J_"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"Neo4j tests need a server and CI=true: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j server: {reason}")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """Neo4jSettings of a server that answers: the scratch server named by the environment, or a local one
    started (and stopped) here."""
    env = os.environ
    settings = neo4j_settings({}, uri=env.get(f"{PREFIX}URI"), user=env.get(f"{PREFIX}USER"),
                              password=env.get(f"{PREFIX}PASSWORD"))
    if settings.configured:
        yield settings
        return
    from graph.neo4j_local import start, stop

    home = tmp_path_factory.mktemp("neo4j-home")
    try:
        info = start(home, port=_free_port(), heap="512m")
    except StoreUnavailable as exc:
        _unavailable(str(exc))
    try:
        yield neo4j_settings({}, uri=info["uri"], user=info["user"], password=info["password"])
    finally:
        stop(home)


@pytest.fixture
def neo4j_store(neo4j_server):
    """A Neo4jStore on an emptied database (tests share the server, never their data)."""
    from graph.neo4j_store import Neo4jStore

    try:
        store = Neo4jStore(neo4j_server)
    except StoreUnavailable as exc:
        _unavailable(str(exc))
    store.clear()
    yield store
    store.close()
