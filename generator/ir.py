"""The intermediate model: everything templates need, decided once, read-only.

Templates read only these classes, never the raw spec. Every name, rule and literal value is
decided here by :mod:`generator.build`; how a type is spelled in Python or Markdown is decided
on the render side (one template macro per kind of type), so the model holds data only.

Types form a small tree (:data:`~generator.typeref.TypeRef`, re-exported here): one frozen
class per kind of schema, each with a ``kind`` tag that templates dispatch on.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

from .typeref import (
    AliasType,
    AnyType,
    BytesType,
    ConstType,
    DateTimeType,
    DateType,
    Discriminator,
    EnumType,
    ListType,
    MapType,
    ModelType,
    NullableType,
    NullType,
    ScalarType,
    TupleType,
    TypeRef,
    UnionType,
    children,
    strip_null,
    walk,
)


class _NoDefault:
    """Marks a field without a spec default (``None`` is a legitimate default)."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


__all__ = [  # the type tree, re-exported: the model's users import from here
    "AliasType",
    "AnyType",
    "BytesType",
    "ConstType",
    "DateTimeType",
    "DateType",
    "Discriminator",
    "EnumType",
    "ListType",
    "MapType",
    "ModelType",
    "NullType",
    "NullableType",
    "ScalarType",
    "TupleType",
    "TypeRef",
    "UnionType",
    "children",
    "strip_null",
    "walk",
]


# -- models ------------------------------------------------------------------------------------
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
    required: bool
    default: Any  # the spec's default (documented, never sent) or NO_DEFAULT
    description: str
    secret: bool  # writeOnly or format: password: never shown
    read_only: bool  # never sent in a request
    write_only: bool  # never read from a response
    constraints: tuple[Constraint, ...]
    allowed_values: tuple[str, ...]  # enum values, for docs
    deprecated: bool = False  # `deprecated: true` on the property or its schema
    deprecation: str = ""  # why, and what to use instead (x-deprecation-message)

    @property
    def nullable(self) -> bool:
        return isinstance(self.type, NullableType)

    @property
    def value_type(self) -> TypeRef:
        """The type without its ``None``."""
        return strip_null(self.type)

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def is_file(self) -> bool:
        """A ``format: binary`` value (or a list of them): a file upload, sent as is."""
        t = self.value_type
        if isinstance(t, ListType):
            t = strip_null(t.item)
        return isinstance(t, BytesType) and t.binary

    @property
    def optional_in_class(self) -> bool:
        """Whether the dataclass attribute may be left out when constructing.

        Read-only fields are set by the server only, write-only fields never come back: both
        are optional attributes even when required on the wire.
        """
        return not self.required or self.read_only or self.write_only

    @property
    def uses_unset(self) -> bool:
        """Optional and nullable: ``UNSET`` (omit) is distinct from ``None`` (send null)."""
        return self.optional_in_class and self.nullable


@dataclass(frozen=True)
class Rule:
    """A conditional rule (if/then, dependentRequired) stated in plain words."""

    text: str


@dataclass(frozen=True)
class Model:
    name: str  # Python class name
    key: str  # where the schema is: a component name, or the JSON pointer of an inline schema
    description: str
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...]
    validator: str  # the compiled validation function of its request form
    extra: TypeRef | None  # typed additionalProperties, kept in ``extra_name``
    used_in_request: bool = False
    used_in_response: bool = False
    deprecated: bool = False
    deprecation: str = ""
    # has ``_from_json``: a response model, or one that a model no operation uses nests
    decoded_as_json: bool = True
    # the attribute keeping additional properties: ``extra``, unless a spec field is named so
    extra_name: str = "extra"
    # the schema allows properties it does not declare (additionalProperties: true or a schema,
    # patternProperties, unevaluatedProperties other than false)
    open: bool = False

    @property
    def strict_input(self) -> bool:
        """Whether ``from_dict`` refuses keys the model does not declare: it cannot send them
        (a response keeps them, for the fields an API adds later)."""
        return self.used_in_request and not self.open and self.extra is None

    @property
    def secret_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.secret)

    @property
    def keeps_extra(self) -> bool:
        """Whether the class has an ``extra_name`` dict: typed additionalProperties, or a response
        model keeping the fields the API added after generation."""
        return self.extra is not None or self.used_in_response

    @property
    def file_fields(self) -> tuple[str, ...]:
        """JSON names of the file fields (multipart parts with a filename)."""
        return tuple(f.name for f in self.fields if f.is_file)


@dataclass(frozen=True)
class EnumMember:
    python_name: str
    value: str | int | float


@dataclass(frozen=True)
class Enum:
    name: str
    key: str
    description: str
    members: tuple[EnumMember, ...]
    value_kind: Literal["str", "int", "float"]


@dataclass(frozen=True)
class Alias:
    """A named union, ``Pet: TypeAlias = Cat | Dog``, or a type that contains itself,
    ``Tree: TypeAlias = dict[str, "Tree"]`` (``recursive``: met as :class:`AliasType`)."""

    name: str
    key: str
    description: str
    type: TypeRef
    recursive: bool = False

    @property
    def forward(self) -> bool:
        """Whether its definition names a recursive alias, which may be defined after it: the
        insides of its brackets are then strings (``dict[str, "Tree"]``)."""
        return any(isinstance(t, AliasType) for t in walk(self.type))

    @property
    def bare_aliases(self) -> tuple[str, ...]:
        """The recursive aliases its definition names outside brackets (``Tree | int``):
        they must be defined before it."""
        t = strip_null(self.type)
        parts = t.variants if isinstance(t, UnionType) else (t,)
        return tuple(p.name for p in map(strip_null, parts) if isinstance(p, AliasType))


# -- operations ------------------------------------------------------------------------------
ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    name: str
    python_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str
    constraints: tuple[Constraint, ...]
    validator: str
    example: Any
    style: str  # simple, form, deepObject, spaceDelimited, pipeDelimited
    explode: bool
    secret: bool
    default: Any = NO_DEFAULT
    deprecated: bool = False
    deprecation: str = ""


BodyMedia = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class RequestBody:
    media: BodyMedia
    content_type: str
    type: TypeRef  # a model for form and multipart, bytes for binary, str for text
    required: bool
    description: str
    example: Any  # JSON value or None
    validator: str  # "" when the body is not validated as JSON (binary, text)
    rules: tuple[Rule, ...]  # of the body and nested models, with dotted paths


ResponseMedia = Literal["json", "text", "binary", "none"]


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX" or "default"
    media: ResponseMedia
    content_type: str
    type: TypeRef | None  # of the whole body; None without content
    payload: str  # the envelope field the method returns ("" for the whole body)
    result: TypeRef | None  # what the method returns for this status
    description: str
    exception: str = ""  # error responses: the exception class in the generated errors module


@dataclass(frozen=True)
class PathStep:
    """One attribute on the way to a value inside a response model (``paging`` of ``body``)."""

    python_name: str
    model: str  # the class holding the attribute
    type: TypeRef  # the attribute's type, as declared


@dataclass(frozen=True)
class Pagination:
    """How a paginated operation walks its pages (``x-sdk-pagination``, never guessed)."""

    page: Parameter  # the query parameter numbering pages
    per_page: Parameter | None  # the query parameter sizing pages
    first_page: int  # the page parameter's default, else its minimum, else 1
    body: str  # the response model holding one page
    items: PathStep  # the list of this page's items
    item_type: TypeRef
    total: tuple[PathStep, ...]  # to the total number of items; () when not reported
    total_wire: str  # the same path as declared, e.g. paging.total_count


@dataclass(frozen=True)
class Credential:
    """One client constructor argument of a security scheme, and its environment variable."""

    parameter: str  # e.g. api_token, username, client_secret
    env: str  # read when the argument is not given
    role: Literal["token", "key", "username", "password", "client_id", "client_secret"]
    description: str  # what it is, for docstrings and docs (spec text or ours)


@dataclass(frozen=True)
class SecurityScheme:
    key: str  # components/securitySchemes key
    # bearer: http bearer, and oauth2 / openIdConnect without a client credentials flow;
    # basic: http basic; oauth2: a client credentials flow (or a bearer token given directly).
    kind: Literal["bearer", "header", "query", "cookie", "basic", "oauth2"]
    header: str  # the HTTP header (or query parameter, cookie) it sets
    parameter: str  # client constructor argument of its first credential, e.g. api_token
    env: str  # environment variable read when that argument is not given
    description: str
    secret: bool
    # Every argument, ``parameter`` first (basic: username, password; oauth2: token,
    # client_id, client_secret). Empty means the one ``parameter``.
    credentials: tuple[Credential, ...] = ()
    token_url: str = ""  # oauth2: the clientCredentials tokenUrl, as written (may be relative)
    scopes: tuple[str, ...] = ()  # oauth2: the scopes requested (those the spec requires)

    @property
    def arguments(self) -> tuple[Credential, ...]:
        if self.credentials:
            return self.credentials
        role: Literal["token", "key"] = "token" if self.kind == "bearer" else "key"
        return (Credential(self.parameter, self.env, role, self.description),)

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        """The alternative sets of arguments that satisfy this scheme, preferred first."""
        names = tuple(c.parameter for c in self.arguments)
        if self.kind == "oauth2":
            return (names[:1], names[1:])  # a token given directly, or the client's id + secret
        return (names,)

    def argument(self, role: str) -> str:
        """The argument of ``role`` (``username``, ``client_id``...), or ""."""
        return next((c.parameter for c in self.arguments if c.role == role), "")


@dataclass(frozen=True)
class Operation:
    operation_id: str  # as in the spec ("" when it has none)
    python_name: str
    slug: str  # file name of its docs page
    method: str  # upper case
    path: str
    summary: str
    description: str
    tag: str  # the first of its tags, "" for none
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    header_params: tuple[Parameter, ...]
    cookie_params: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]  # the 2xx ones, in status order
    result: TypeRef | None  # what the method returns (a union when 2xx answers differ)
    errors: tuple[Response, ...]  # declared 4xx/5xx/default answers
    idempotent: bool
    # Alternatives of security requirements; each is a tuple of schemes used together.
    security: tuple[tuple[SecurityScheme, ...], ...]
    pagination: Pagination | None = None
    deprecated: bool = False
    deprecation: str = ""  # why, and what to use instead (x-deprecation-message)

    @property
    def deprecation_message(self) -> str:
        """What the client's DeprecationWarning says."""
        return f"{self.python_name} is deprecated" + (
            f": {self.deprecation}" if self.deprecation else ""
        )

    @property
    def success_status(self) -> int:
        """The first declared 2xx status (what the mock answers)."""
        return int(self.responses[0].status) if self.responses else 200

    @property
    def keyword_params(self) -> tuple[Parameter, ...]:
        return self.query_params + self.header_params + self.cookie_params

    @property
    def params(self) -> tuple[Parameter, ...]:
        return self.path_params + self.keyword_params

    @property
    def accepts_json(self) -> bool:
        """Whether the (first) success answer is JSON: the request then asks for JSON."""
        return bool(self.responses) and self.responses[0].media == "json"

    @property
    def query_auth(self) -> bool:
        """Whether a credential of this operation travels in the query string."""
        return any(s.kind == "query" for group in self.security for s in group)

    @property
    def sends_query(self) -> bool:
        return bool(self.query_params) or self.query_auth

    @property
    def body_model(self) -> str:
        """The class name of a model body, else ""."""
        body = self.body
        return body.type.name if body and isinstance(body.type, ModelType) else ""

    @property
    def auth_groups(self) -> tuple[tuple[str, ...], ...]:
        """Client credential names for each alternative security requirement.

        A scheme satisfied in several ways (an OAuth 2 token, or a client id + secret) makes
        one alternative of each way, in the requirement's order.
        """
        result: list[tuple[str, ...]] = []
        for group in self.security:
            combos: list[tuple[str, ...]] = [()]
            for scheme in group:
                combos = [combo + way for combo in combos for way in scheme.groups]
            result += [combo for combo in combos if combo not in result]
        return tuple(result)

    @property
    def fetches_token(self) -> bool:
        """Whether a credential of this operation may be an OAuth 2 token fetched at send time."""
        return any(s.kind == "oauth2" for group in self.security for s in group)

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
class ServerVariable:
    name: str
    python_name: str
    default: str
    values: tuple[str, ...]  # allowed values ("" when any)
    description: str


@dataclass(frozen=True)
class Validator:
    """One compiled validation function: ``function(value, path, errors)`` for ``schema``.

    Schemas are JSON Schema data whose ``$ref`` s name other validators' keys as
    ``#/components/schemas/<key>``; the render side compiles them into Python.
    """

    key: str
    function: str
    schema: Any


@dataclass(frozen=True)
class Rename:
    """A Python name other than the spec's name would give: two names of the spec (or one of
    the spec and one of the generated package) that would otherwise be one."""

    kind: str  # class, field, parameter, method or attribute (the model's extra properties)
    at: str  # JSON pointer of what was renamed
    spec_name: str  # as in the spec (the generator's own name, for an attribute)
    python_name: str  # the name it gets
    reason: str  # why, in words


@dataclass(frozen=True)
class TagGroup:
    """A section of the docs' navigation: an operation tag, or for untagged operations the
    first segment of their path; a tag's 3.2 ``parent`` nests it."""

    name: str  # as shown: the tag's summary or x-displayName, else its name
    description: str
    operations: tuple[str, ...]  # python names, in spec order
    children: tuple[TagGroup, ...] = ()


@dataclass(frozen=True)
class ModelPage:
    """A page of the docs' models: all of them, or for an API in several sections, those
    the section's operations are the first to use."""

    stem: str  # its path without .md: "models", or "models/chat"
    title: str
    names: frozenset[str]  # the models, enums and aliases it shows
    # The same classes, in the API's order: a page's template loops over its own classes, not
    # over every class of the API (a thousand pages of four thousand classes).
    models: tuple[Model, ...] = ()
    aliases: tuple[Alias, ...] = ()
    enums: tuple[Enum, ...] = ()


@dataclass(frozen=True)
class PackageMeta:
    """What the spec says about the package itself, for pyproject.toml and the README."""

    license: str = ""  # an SPDX expression (PEP 639): info.license.identifier, or its name
    license_name: str = ""  # info.license.name as written
    license_url: str = ""  # info.license.url, when an absolute http(s) URL
    authors: tuple[tuple[str, str], ...] = ()  # (name, email): info.contact
    urls: tuple[tuple[str, str], ...] = ()  # (label, absolute URL), pyproject's [project.urls]
    docs_url: str = ""  # info.x-sdk.docs-url: the published docs site


@dataclass(frozen=True)
class Api:
    title: str
    version: str  # info.version as written
    package_version: str  # PEP 440: info.x-sdk.package-version, else mapped from version
    description: str
    spec_file: str  # display path of the spec (and its overlays), for "generated from" headers
    package: str  # import name of the generated package
    distribution: str  # pip name of the generated package
    client: str  # sync client class name
    async_client: str
    env_prefix: str  # e.g. REALTIMEKIT for REALTIMEKIT_BASE_URL
    server_url: str  # the default base URL: absolute, or "" (then base_url is required)
    server_template: str  # the first server's URL as written, e.g. https://{region}.x.com
    server_variables: tuple[ServerVariable, ...]
    operations: tuple[Operation, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    security_schemes: tuple[SecurityScheme, ...]
    error_model: Model | None
    validators: tuple[Validator, ...]
    generator_version: str
    request_id_header: str = ""  # info.x-sdk.request-id-header: errors carry its value
    renames: tuple[Rename, ...] = ()  # every collision resolved, in the order decided
    tag_groups: tuple[TagGroup, ...] = ()  # the docs' navigation, in spec order
    model_pages: tuple[ModelPage, ...] = ()
    meta: PackageMeta = PackageMeta()

    def model_page(self, name: str) -> str:
        """The stem of the docs page that shows class ``name`` ("models" if none does)."""
        return self._model_page_of.get(name, "models")

    @functools.cached_property
    def _model_page_of(self) -> dict[str, str]:
        return {name: page.stem for page in self.model_pages for name in page.names}

    def operation(self, python_name: str) -> Operation:
        return self._operations_by_name[python_name]

    @functools.cached_property
    def _operations_by_name(self) -> dict[str, Operation]:
        return {op.python_name: op for op in self.operations}

    def model(self, name: str) -> Model:
        return self._models_by_name[name]

    def enum(self, name: str) -> Enum:
        return self._enums_by_name[name]

    def alias(self, name: str) -> Alias:
        return next(a for a in self.aliases if a.name == name)

    # Templates ask for models by name thousands of times on a large spec. (cached_property
    # writes the instance's __dict__ directly, so it works on a frozen dataclass.)
    @functools.cached_property
    def _models_by_name(self) -> dict[str, Model]:
        return {model.name: model for model in self.models}

    @functools.cached_property
    def _enums_by_name(self) -> dict[str, Enum]:
        return {enum.name: enum for enum in self.enums}

    @functools.cached_property
    def uniform_aliases(self) -> frozenset[str]:
        """Recursive aliases with no model or enum inside: decoded alike in requests and
        responses, so one decoding function serves both."""
        return frozenset(a.name for a in self.aliases if a.recursive and self._uniform(a.name))

    def _uniform(self, name: str) -> bool:
        todo, seen = [name], {name}
        while todo:
            for t in walk(self.alias(todo.pop()).type):
                if isinstance(t, ModelType | EnumType):
                    return False
                if isinstance(t, AliasType) and t.name not in seen:
                    seen.add(t.name)
                    todo.append(t.name)
        return True

    @property
    def class_names(self) -> tuple[str, ...]:
        """Every class and alias of the models module, sorted."""
        found = [m.name for m in self.models] + [e.name for e in self.enums]
        return tuple(sorted(found + [a.name for a in self.aliases]))

    @property
    def body_media(self) -> frozenset[str]:
        """The kinds of request body the operations send (json, form, multipart, ...)."""
        return frozenset(op.body.media for op in self.operations if op.body is not None)

    @property
    def param_locations(self) -> frozenset[str]:
        """Where the operations' parameters go (path, query, header, cookie)."""
        return frozenset(p.location for op in self.operations for p in op.params)

    @property
    def showcase(self) -> Operation | None:
        """The operation quick starts show: the first that sends a body, else the first."""
        with_body = [op for op in self.operations if op.body is not None]
        return next(iter(with_body or self.operations), None)

    @property
    def paginated(self) -> bool:
        """Whether any operation is paginated (the package then has its page classes)."""
        return any(op.pagination is not None for op in self.operations)

    @functools.cached_property
    def uses_tuples(self) -> bool:
        """Whether any type is a tuple (``prefixItems``): the package then has ``tuple_decoder``."""
        roots: list[TypeRef | None] = [f.type for m in self.models for f in m.fields]
        roots += [m.extra for m in self.models] + [a.type for a in self.aliases]
        for op in self.operations:
            roots += [p.type for p in op.params] + [op.body.type if op.body else None]
            roots += [r.type for r in (*op.responses, *op.errors)] + [op.result]
        return any(isinstance(t, TupleType) for root in roots if root for t in walk(root))

    @property
    def uses_files(self) -> bool:
        """Whether any call uploads a file (the package then has ``File``)."""
        binary_body = any(
            op.body is not None and op.body.media == "binary" for op in self.operations
        )
        return binary_body or any(f.is_file for m in self.models for f in m.fields)

    def flat_fields(
        self, model: Model, prefix: tuple[str, str] = ("", ""), seen: frozenset[str] = frozenset()
    ) -> tuple[FlatField, ...]:
        """Every field of ``model`` and of the models nested in it, depth first."""
        result: list[FlatField] = []
        seen = seen | {model.name}
        for f in model.fields:
            path, python_path = prefix[0] + f.name, prefix[1] + f.python_name
            result.append(FlatField(path, python_path, f))
            inner = strip_null(f.type)
            suffix = "."
            if isinstance(inner, ListType):
                inner, suffix = strip_null(inner.item), "[]."
            if isinstance(inner, ModelType) and inner.name not in seen:
                nested = self.model(inner.name)
                inner_prefix = (path + suffix, python_path + suffix)
                result.extend(self.flat_fields(nested, inner_prefix, seen))
        return tuple(result)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """Every credential argument of the client, scheme by scheme."""
        return tuple(c for scheme in self.security_schemes for c in scheme.arguments)

    @property
    def oauth2(self) -> tuple[SecurityScheme, ...]:
        """The schemes whose token the client fetches (client credentials flow)."""
        return tuple(s for s in self.security_schemes if s.kind == "oauth2")

    @property
    def basic(self) -> tuple[SecurityScheme, ...]:
        """The http basic schemes."""
        return tuple(s for s in self.security_schemes if s.kind == "basic")

    @property
    def auth_alternatives(self) -> tuple[tuple[str, ...], ...]:
        """Distinct groups of client credentials that operations accept, in spec order."""
        groups: list[tuple[str, ...]] = []
        for op in self.operations:
            for group in op.auth_groups:
                if group not in groups:
                    groups.append(group)
        return tuple(groups)
