"""Module-level names for values a generated function would otherwise build on every call.

A model's ``_from_json`` used to build its decoders (``object_decoder(Caller._from_json)``,
``enum_decoder(Status)``) and its set of known fields on each call: about a fifth of decoding a
response. A template asks :class:`ModuleConstants` for a name instead, uses the name in the
function, and writes the assignments at the end of the module, once every use is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .aside import spelled
from .literals import py_literal
from .names import constant, snake

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONST = re.compile(r"const_decoder\(([^()]*)\)")
# Words a decoder expression's functions add to its name; other helpers add none.
_WRAPPER_WORDS = {
    "const_decoder": "const",
    "list_decoder": "list",
    "tuple_decoder": "tuple",
    "dict_decoder": "dict",
    "nullable_decoder": "nullable",
    "strict_enum_decoder": "strict",
    "_from_input": "input",
}
_MAX_WORDS = 6
_MAX_NAME = 60


@dataclass(frozen=True)
class RecursiveDecoder:
    """A function of the module decoding recursive alias ``alias`` (it calls itself, by name,
    through the decoders of its parts): one per way of decoding (``lenient``, ``method``)."""

    name: str
    alias: str
    lenient: bool
    method: str


class ModuleConstants:
    """The constants one generated module needs, in the order of first use (deterministic)."""

    def __init__(
        self, decoder_prefix: str = "_decode_", uniform: frozenset[str] = frozenset()
    ) -> None:
        self._decoder_prefix = decoder_prefix
        self._uniform = uniform  # recursive aliases decoded alike whatever the way
        self._by_key: dict[str, tuple[str, str, str]] = {}  # key: (name, annotation, expression)
        self._taken: set[str] = set()
        self._recursive: dict[tuple[str, bool, str], RecursiveDecoder] = {}

    def reserve(self, *names: str) -> str:
        """Keep ``names`` (the module's own functions) from being given to a constant.

        Returns ``""``, so that a template can call it where it renders nothing.
        """
        self._taken.update(names)
        return ""

    def decoder(self, expression: str, annotation: str = "") -> str:
        """A name for decoder ``expression``; a plain function's name is returned as it is.

        Two kinds of expression are named only with the ``annotation`` of what they decode,
        from which mypy reads their type: one with a ``const_decoder``, which an unannotated
        name would widen from ``Literal["task"]`` to ``str``, and one of files
        (``list[FileContent]``, where ``list[bytes]`` would be inferred). Without an annotation
        they are returned as they are, for mypy to read the type where they are used.
        """
        if _IDENTIFIER.fullmatch(expression):
            return expression
        wanted = self._decoder_prefix + _decoder_words(expression)
        if "const_decoder(" in expression or "FileContent" in annotation:
            if not annotation:
                return expression
            const = _CONST.search(expression)  # its value names it: _decode_const_email
            value = snake(const.group(1)).strip("_")[:24].strip("_") if const else ""
            wanted += "_" + value if value.isascii() and value else ""
            typed = f"{spelled('Callable')}[[object, str], {annotation}]"
            return self.name(expression, wanted, key=f"{expression}: {typed}", annotation=typed)
        return self.name(expression, wanted)

    def recursive_decoder(self, alias: str, lenient: bool, method: str) -> str:
        """The name of the function decoding recursive ``alias`` (defined by the template's
        loop over :meth:`recursive_decoders`)."""
        if alias in self._uniform:
            lenient, method = True, "_from_json"
        key = (alias, bool(lenient), str(method))
        if key not in self._recursive:
            words = [snake(alias).strip("_")]
            words += [] if lenient else ["strict"]
            words += ["input"] if method == "_from_input" else []
            name = self._free("_read_" + "_".join(words))
            self._recursive[key] = RecursiveDecoder(name, alias, bool(lenient), str(method))
        return self._recursive[key].name

    def recursive_decoders(self) -> Iterator[RecursiveDecoder]:
        """Every recursive decoder asked for, also those asked for while the template writes
        the ones before (the loop ends when the last one written asked for no new one)."""
        done = 0
        while done < len(self._recursive):
            yield list(self._recursive.values())[done]
            done += 1

    def known_fields(self, model: str, names: list[str]) -> str:
        """A name for the frozenset of ``model``'s declared JSON property names (annotated:
        a model without properties has ``frozenset([])``, which mypy cannot type alone)."""
        expression = f"frozenset({py_literal(list(names))})"
        wanted = f"_{constant(model)}_FIELDS"
        return self.name(expression, wanted, key=f"fields of {model}", annotation="frozenset[str]")

    def name(
        self, expression: str, wanted: str, key: str | None = None, annotation: str = ""
    ) -> str:
        """The module-level name bound to ``expression`` (one per ``key``, by default itself):
        ``wanted``, or it with a number when another name took it."""
        key = str(expression) if key is None else key
        if key in self._by_key:
            return self._by_key[key][0]
        name = self._free(wanted)
        self._by_key[key] = (name, annotation, str(expression))
        return name

    def _free(self, wanted: str) -> str:
        """``wanted``, or it with a number when another name took it; now taken."""
        # One leading underscore: "__x" used inside a class body would be name-mangled. At most
        # _MAX_NAME characters: words of long class names would make lines no format can break.
        wanted = "_" + wanted.lstrip("_")[: _MAX_NAME - 1].rstrip("_")
        name, number = wanted, 1
        while name in self._taken:
            number += 1
            name = f"{wanted}_{number}"
        self._taken.add(name)
        return name

    def assignments(self) -> list[tuple[str, str]]:
        """``(target, expression)`` pairs, each written as ``target = expression``; a target
        is a name, or a name with its annotation."""
        return [
            (f"{name}: {annotation}" if annotation else name, expression)
            for name, annotation, expression in self._by_key.values()
        ]


# String literals (discriminator values, property names) and constants name nothing.
_LITERALS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\b(?:True|False|None)\b""")


def _decoder_words(expression: str) -> str:
    words: list[str] = []
    for token in _IDENTIFIER.findall(_LITERALS.sub(" ", expression)):
        if token in _WRAPPER_WORDS:
            words.append(_WRAPPER_WORDS[token])
        elif not token.islower():  # a class (functions are snake_case): Pet, _3dModel
            words.append(snake(token).strip("_"))
    return "_".join(words[:_MAX_WORDS]) or "value"
