"""civility's exceptions. Each seam has its own subclass; only the CLI turns them into exit codes.

Messages say what went wrong, where (file and line or record), and what to do about it.
"""

from __future__ import annotations


class CivilityError(Exception):
    """Base of every error civility raises on purpose. The CLI exits 2 on these."""


class InputError(CivilityError):
    """An input file or dataset cannot be read at all (missing, binary, wrong format, no text column)."""


class ConfigError(CivilityError):
    """A configuration file, threshold or option is invalid."""


class ModelError(CivilityError):
    """The model file is missing, corrupt, untrusted or from an incompatible version."""


class BaselineError(CivilityError):
    """A baseline file is corrupt, from a future version, or belongs to other files."""
