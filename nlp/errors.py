"""Exceptions a user can act on. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class InspectionNLPError(Exception):
    """Base class: every error the library raises on purpose."""

    exit_code = 1


class NotAReleaseError(InspectionNLPError):
    """An input cannot be read as a release: missing, empty, binary, too large, undecodable."""

    exit_code = 2


class AnnotationFormatError(InspectionNLPError):
    """A line of an annotation file is malformed; the message names the file and line."""

    exit_code = 3


class ModelError(InspectionNLPError):
    """A model file is missing, truncated, tampered with or of the wrong kind."""

    exit_code = 4


class NotAProjectError(InspectionNLPError):
    """A command that works on a project (corpus/ and annotations/) was run outside one."""

    exit_code = 2
