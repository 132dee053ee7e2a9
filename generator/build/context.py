"""What every step of the build shares: the spec, the problems found, and the named types.

Names are claimed here, once: a class name two schemas want goes to one of them, and the other
gets another (:mod:`.naming`, with a note), never a silent overwrite. Types are cached by the
schema's location, so a schema reached twice (a shared parameter, a component) becomes one class.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import names
from ..ir import Alias, AliasType, Enum, Model, Rename, TypeRef, Validator
from ..load import JsonPath, LoadedSpec
from ..problems import NOTE, WARNING, Problem
from ..schemas import component_name, lookup, pointer, ref_path

TypeParser = Callable[["Context", Mapping[str, Any], JsonPath, str], TypeRef]


class Context:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.doc = spec.data
        components = self.doc.get("components") or {}
        self.schemas: Mapping[str, Any] = components.get("schemas") or {}
        self.problems: list[Problem] = []
        self.models: dict[str, Model] = {}  # by class name
        self.model_order: list[str] = []  # class names in the order they were named
        self.model_schemas: dict[str, Mapping[str, Any]] = {}  # raw schema of each model
        self.enums: dict[str, Enum] = {}
        self.aliases: dict[str, Alias] = {}
        self.validators: dict[str, Validator] = {}
        self._types: dict[str, TypeRef] = {}  # by the pointer of the schema's location
        self.classes: dict[str, tuple[str, JsonPath]] = {}  # class name → (owner, location)
        self._class_of: dict[str, str] = {}  # the pointer of a schema → its class name
        self.reserved_classes: frozenset[str] = frozenset()  # the package's own names
        self.renames: list[Rename] = []  # every collision resolved (generator.build.naming)
        self._parsing: list[str] = []  # pointers of the schemas being parsed, innermost last
        self._recursive: dict[str, str] = {}  # pointer → alias name, for those met inside
        self._functions: set[str] = set()
        self.unsupported_schemes: set[str] = set()  # warned about once, at the scheme
        self.parse_type: TypeParser | None = None  # set by generator.build.kinds

    def fail(self, path: JsonPath, message: str, rule: str) -> None:
        """An error: no correct code can be generated from this part of the spec."""
        self.problems.append(self.spec.problem(path, message, rule))

    def warn(self, path: JsonPath, message: str, rule: str) -> None:
        """A spec defect the caller has a safe fallback for (its rule says which)."""
        self.problems.append(self.spec.problem(path, message, rule, WARNING))

    def note(self, path: JsonPath, message: str, rule: str) -> None:
        """A decision the builder made that a user should know of."""
        self.problems.append(self.spec.problem(path, message, rule, NOTE))

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, node: Any, at: JsonPath) -> tuple[Any, JsonPath]:
        """Follow ``$ref`` chains: the target and where it is (``None`` when dangling)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            target = ref_path(ref)
            if target is None or ref in seen:
                return None, at
            seen.add(ref)
            try:
                node, at = lookup(self.doc, target), target
            except KeyError:
                return None, at
        return node, at

    # -- types ----------------------------------------------------------------------------
    def type_of(self, schema: Any, at: JsonPath, hint: str) -> TypeRef:
        """The type of the schema at ``at``; ``hint`` names it if it needs a class."""
        key = pointer(at)
        if key in self._types:
            return self._types[key]
        assert self.parse_type is not None
        if not isinstance(schema, Mapping):
            schema = {} if schema is True or schema is None else {"not": {}}
        if key in self._parsing and self._no_class_since(key):
            return self._recursive_alias(key, schema, at, hint)
        self._parsing.append(key)
        try:
            result = self.parse_type(self, schema, at, hint)
        finally:
            self._parsing.pop()
        if key in self._recursive:
            result = self._close_alias(key, schema, result)
        self._types[key] = result
        return result

    def _no_class_since(self, key: str) -> bool:
        """Whether no model is being built between the outer parse of ``key`` and now: a
        model (remembered before its fields) already ends the recursion by its name."""
        start = self._parsing.index(key)
        return not any(k in self._types for k in self._parsing[start + 1 :])

    def _recursive_alias(
        self, key: str, schema: Mapping[str, Any], at: JsonPath, hint: str
    ) -> TypeRef:
        """A map, list or union met again inside itself: a named alias refers to it."""
        if key not in self._recursive:
            self._recursive[key] = self.class_name(schema, at, hint)
        return AliasType(self._recursive[key])

    def _close_alias(self, key: str, schema: Mapping[str, Any], result: TypeRef) -> TypeRef:
        name = self._recursive[key]
        description = text(schema.get("description"))
        self.aliases.pop(name, None)  # a named union registered itself: defined once, here
        self.aliases[name] = Alias(name, key, description, result, recursive=True)
        return AliasType(name)

    def remember(self, at: JsonPath, t: TypeRef) -> None:
        """Record ``t`` before its parts are built, so a recursive schema finds itself."""
        self._types[pointer(at)] = t

    # -- names ----------------------------------------------------------------------------
    def class_name(self, schema: Mapping[str, Any], at: JsonPath, hint: str) -> str:
        """The class for the schema at ``at``: ``x-sdk-name``, the component name, ``title``,
        else ``hint`` (parent class + field name). Claimed once; a name taken already is
        resolved by :func:`.naming.claim_class`."""
        owner = pointer(at)
        if owner in self._class_of:
            return self._class_of[owner]
        component = _component_of(at)
        sdk_name = schema.get("x-sdk-name")
        title = schema.get("title")
        from_title = False
        if isinstance(sdk_name, str) and sdk_name:
            source = sdk_name
        elif component is not None:
            source = component
        elif isinstance(title, str) and names.is_mappable(title):
            source, from_title = title, True
        else:
            source = hint
        from .naming import claim_class

        wanted = names.class_name(source) or "Model"
        name = claim_class(self, source, wanted, from_title, hint, at)
        self.classes[name] = (owner, at)
        self._class_of[owner] = name
        return name

    def function_name(self, base: str) -> str:
        """A unique validator function name starting with ``base``."""
        name, n = base, 2
        while name in self._functions:
            name, n = f"{base}_{n}", n + 1
        self._functions.add(name)
        return name

    def add_validator(self, key: str, function: str, schema: Any) -> str:
        if key not in self.validators:
            self.validators[key] = Validator(key, self.function_name(function), schema)
        return self.validators[key].function


def _component_of(at: JsonPath) -> str | None:
    if len(at) == 3 and at[:2] == ("components", "schemas"):
        return str(at[2])
    return None


def component_at(ref: str) -> JsonPath | None:
    name = component_name(ref)
    return ("components", "schemas", name) if name is not None else None


def text(value: Any) -> str:
    """A description on one line (the templates wrap it)."""
    return " ".join(str(value).split()) if value else ""
