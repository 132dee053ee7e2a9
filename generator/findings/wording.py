"""How a jsonschema error becomes a finding's words: shared by the structure and value checks."""

from __future__ import annotations

from jsonschema.exceptions import ValidationError, relevance


def deepest(error: ValidationError) -> ValidationError:
    """The most specific error inside an anyOf/oneOf failure: the one that names the key.

    One branch of an anyOf/oneOf is enough, so the branch that failed deepest in the instance is
    the one the author meant (3.0's "Schema or Reference" would otherwise always blame the
    missing ``$ref``). This is jsonschema's own descent, without its stop on ties.
    """
    while error.context:
        error = min(error.context, key=relevance)
    return error


def shorten(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"
