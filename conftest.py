"""Lets tests written against the folders (``from graph import …``, ``from cli import cli``) get the very
modules the package uses (``agencygraph.graph …``): one module per file, so classes and errors match."""

import importlib
import importlib.abc
import importlib.util
import sys

_NAMES = ("graph", "loaders", "cypher", "viz", "cli")


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in _NAMES:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        module = importlib.import_module(f"agencygraph.{spec.name}")
        spec.loader_state = module.__spec__  # the import system sets __spec__ to this alias spec: put it back
        return module

    def exec_module(self, module):
        module.__spec__ = module.__spec__.loader_state


sys.meta_path.insert(0, _Alias())
