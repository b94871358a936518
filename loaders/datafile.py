"""Read a vocabulary file (aliases, roles): YAML, with errors that name the file and the line."""

from __future__ import annotations

import yaml

from agencygraph.graph.errors import ParseError

__all__ = ["read_yaml"]


def read_yaml(path: str, what: str):
    """The parsed content of the YAML file at ``path``; ParseError (file, line) when missing or invalid."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        raise ParseError(path, None, f"{what} not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ParseError(path, mark.line + 1 if mark else None, f"not valid YAML ({exc.problem})") from None
