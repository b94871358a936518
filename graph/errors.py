"""The exceptions agencygraph raises; cli.py turns them into one-line errors."""

__all__ = [
    "AgencyGraphError",
    "ParseError",
    "UnreadableInput",
    "StoreUnavailable",
    "StoreCorrupt",
    "WriteRefused",
    "UnknownQuery",
    "NotFound",
    "AmbiguousUnit",
    "WriteFailed",
    "BadValue",
]


class AgencyGraphError(Exception):
    """Base class of every error agencygraph raises on purpose."""


class ParseError(AgencyGraphError):
    """A document could not be parsed; names the file, the line and the clause."""

    def __init__(self, path, line, message, clause=None):
        self.path = str(path)
        self.line = line
        self.clause = clause
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        text = f"{where}: {message}"
        if clause:
            text += f' in "{clause[:60]}"'
        super().__init__(text)


class UnreadableInput(ParseError):
    """A file is not a document we can read at all (empty, binary, undecodable, missing)."""


class StoreUnavailable(AgencyGraphError):
    """The store cannot be opened or reached."""


class StoreCorrupt(StoreUnavailable):
    """The store file exists but is not a valid agencygraph store."""


class WriteRefused(AgencyGraphError):
    """A write was refused (read-only mode, or it would leave the store inconsistent)."""


class UnknownQuery(AgencyGraphError):
    """A named query does not exist or was given the wrong parameters."""


class NotFound(AgencyGraphError):
    """A filter value (document, domain, unit) matches nothing in the store."""


class AmbiguousUnit(NotFound):
    """A unit name (市财政局) that names units of several places in the store: the message lists them."""

    def __init__(self, message: str, choices: list[str]):
        super().__init__(message)
        self.choices = choices


class WriteFailed(AgencyGraphError):
    """The store could not write a document (the server refused it or went away); names the document and
    says which documents of the batch were written before it."""


class BadValue(AgencyGraphError, ValueError):
    """An argument outside its allowed values (a flag, a --by); names the value and the choices."""
