"""The intermediate model: everything templates need, decided once, read-only.

Templates read only these classes, never the raw spec. Every name, literal and rule a template
prints is precomputed here by :mod:`generator.build`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

TypeKind = Literal["str", "int", "float", "bool", "datetime", "model", "enum", "list", "any"]


class _NoDefault:
    """Marks a field without a spec default (``None`` is a legitimate default)."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


@dataclass(frozen=True)
class TypeRef:
    """A field's type. ``name`` is the class name for models and enums."""

    kind: TypeKind
    name: str = ""
    item: TypeRef | None = None
    format: str = ""
    # The enum's values when kind == "enum" (for Literal[...] alternatives in requests).
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Constraint:
    """One documented rule on a value, e.g. ``minimum`` 60."""

    keyword: str
    value: Any
    text: str  # plain words, e.g. "at least 60"


@dataclass(frozen=True)
class Field:
    name: str  # the JSON property name
    python_name: str
    type: TypeRef
    annotation: str  # the Python annotation in the dataclass (request or response flavour)
    required: bool
    nullable: bool
    default: Any  # the spec's default (documented, never sent) or NO_DEFAULT
    description: str
    secret: bool  # writeOnly or format: password: never shown
    constraints: tuple[Constraint, ...]
    allowed_values: tuple[str, ...]  # enum values, for docs

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def uses_unset(self) -> bool:
        """Optional and nullable: ``UNSET`` (omit) is distinct from ``None`` (send null)."""
        return not self.required and self.nullable


@dataclass(frozen=True)
class Rule:
    """A conditional rule (if/then, dependentRequired) stated in plain words."""

    text: str


@dataclass(frozen=True)
class Model:
    name: str  # Python class name
    schema_name: str  # components/schemas key
    description: str
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...]
    validator: str  # name of the compiled validation function
    used_in_request: bool
    used_in_response: bool

    @property
    def secret_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.secret)

    @property
    def keeps_unknown_fields(self) -> bool:
        """Response models keep fields the API added after generation, in ``extra``."""
        return self.used_in_response


@dataclass(frozen=True)
class EnumMember:
    python_name: str
    value: str


@dataclass(frozen=True)
class Enum:
    name: str
    schema_name: str
    description: str
    members: tuple[EnumMember, ...]


@dataclass(frozen=True)
class Parameter:
    name: str
    python_name: str
    location: Literal["path", "query", "header"]
    type: TypeRef
    annotation: str
    required: bool
    description: str
    constraints: tuple[Constraint, ...]
    validator: str
    example: Any


@dataclass(frozen=True)
class ErrorResponse:
    status: int
    exception: str  # class name in the generated errors module
    description: str


@dataclass(frozen=True)
class SecurityScheme:
    key: str  # components/securitySchemes key
    kind: Literal["bearer", "header"]
    header: str  # the HTTP header it sets
    parameter: str  # client constructor argument, e.g. api_token
    env: str  # environment variable read when the argument is not given
    description: str
    secret: bool


@dataclass(frozen=True)
class Operation:
    operation_id: str
    python_name: str
    slug: str  # file name of its docs page
    method: str  # upper case
    path: str
    summary: str
    description: str
    tag: str
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    body: Model | None
    body_required: bool
    body_example: Any  # JSON value or None
    body_rules: tuple[Rule, ...]  # of the body and nested models, with dotted paths
    success_status: int
    response_model: Model | None  # the whole success body
    result_model: Model | None  # what the method returns (unwrapped from the envelope)
    envelope_field: str  # "" when the body is returned as is
    errors: tuple[ErrorResponse, ...]
    idempotent: bool
    # Alternatives of security requirements; each is a tuple of schemes used together.
    security: tuple[tuple[SecurityScheme, ...], ...]
    python_example: str = ""  # filled in once the whole API is built (see generator.examples)
    curl_example: str = ""

    @property
    def params(self) -> tuple[Parameter, ...]:
        return self.path_params + self.query_params

    @property
    def auth_groups(self) -> tuple[tuple[str, ...], ...]:
        """Client credential names for each alternative security requirement."""
        return tuple(tuple(s.parameter for s in group) for group in self.security)

    @property
    def path_segments(self) -> tuple[tuple[str, str], ...]:
        """The path as ``("text", literal)`` and ``("param", python_name)`` pieces, in order."""
        by_name = {p.name: p.python_name for p in self.path_params}
        pieces: list[tuple[str, str]] = []
        rest = self.path
        while "{" in rest:
            before, _, after = rest.partition("{")
            name, _, rest = after.partition("}")
            if before:
                pieces.append(("text", before))
            pieces.append(("param", by_name[name]))
        if rest:
            pieces.append(("text", rest))
        return tuple(pieces)


@dataclass(frozen=True)
class FlatField:
    """A field reached through nested models, for reference tables: ``a.b.c``."""

    path: str  # JSON names, as on the wire: a.b.user_Id
    python_path: str  # attribute names, as in code: a.b.user_id
    field: Field


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    spec_file: str  # display path of the spec, for "generated from" headers
    package: str  # import name of the generated package
    distribution: str  # pip name of the generated package
    client: str  # sync client class name
    async_client: str
    env_prefix: str  # e.g. REALTIMEKIT for REALTIMEKIT_BASE_URL
    server_url: str
    operations: tuple[Operation, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    security_schemes: tuple[SecurityScheme, ...]
    error_model: Model | None
    validators_source: str  # compiled validation functions (see generator.validators)
    generator_version: str
    error_example: str = ""  # filled in once the whole API is built (see generator.examples)

    def model(self, name: str) -> Model:
        return next(m for m in self.models if m.name == name)

    def enum(self, name: str) -> Enum:
        return next(e for e in self.enums if e.name == name)

    def flat_fields(
        self, model: Model, prefix: tuple[str, str] = ("", "")
    ) -> tuple[FlatField, ...]:
        """Every field of ``model`` and of the models nested in it, depth first."""
        result: list[FlatField] = []
        for f in model.fields:
            path, python_path = prefix[0] + f.name, prefix[1] + f.python_name
            result.append(FlatField(path, python_path, f))
            inner = f.type.item if f.type.kind == "list" else f.type
            if inner is not None and inner.kind == "model" and inner.name != model.name:
                suffix = "[]." if f.type.kind == "list" else "."
                nested = self.model(inner.name)
                inner_prefix = (path + suffix, python_path + suffix)
                result.extend(self.flat_fields(nested, inner_prefix))
        return tuple(result)

    @property
    def auth_alternatives(self) -> tuple[tuple[str, ...], ...]:
        """Distinct groups of client credentials that operations accept, in spec order."""
        groups: list[tuple[str, ...]] = []
        for op in self.operations:
            for group in op.auth_groups:
                if group not in groups:
                    groups.append(group)
        return tuple(groups)
