"""The errors of the Cypher side (all AgencyGraphError, so the CLI shows them as one line)."""

from agencygraph.graph.errors import AgencyGraphError, UnknownQuery, WriteRefused

__all__ = ["CypherError", "QueryTimeout", "QueryCancelled", "UnsupportedCypher", "UnknownQuery", "WriteRefused"]


class CypherError(AgencyGraphError):
    """A statement failed: a syntax error, an unknown function, a type error … (one line, no traceback)."""


class QueryTimeout(CypherError):
    """A statement ran longer than the timeout and was stopped."""


class QueryCancelled(CypherError):
    """The analyst pressed Ctrl-C while a statement ran."""


class UnsupportedCypher(CypherError):
    """The embedded engine cannot run this statement; the message names the clause or construct."""
