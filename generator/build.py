"""Build the intermediate model (IR) from a validated spec.

Every naming decision and every literal a template needs is made here, once. Constructs the
generator cannot express are collected as problems (never skipped), so ``build`` either returns
a complete :class:`~generator.ir.Api` or the full list of what is unsupported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from . import __version__, names, reserved
from .examples import curl_example, error_example, python_example
from .ir import (
    NO_DEFAULT,
    Api,
    Constraint,
    Enum,
    EnumMember,
    ErrorResponse,
    Field,
    Model,
    Operation,
    Parameter,
    Rule,
    SecurityScheme,
    TypeKind,
    TypeRef,
)
from .load import JsonPath, LoadedSpec
from .problems import Problem, SpecError
from .rules import describe_rules
from .schemas import component_name, deref
from .validate import HTTP_METHODS
from .validators import compile_validators

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}

_PRIMITIVES: dict[str, TypeKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def build(spec: LoadedSpec) -> Api:
    """The IR of a spec that passed :func:`generator.validate.validate`."""
    builder = _Builder(spec)
    api = builder.api()
    builder.check_names(api)
    if builder.problems:
        raise SpecError(builder.problems)
    operations = tuple(
        dataclasses.replace(
            op, python_example=python_example(api, op), curl_example=curl_example(api, op)
        )
        for op in api.operations
    )
    api = dataclasses.replace(api, operations=operations)
    return dataclasses.replace(api, error_example=error_example(api))


class _Builder:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.doc = spec.data
        self.problems: list[Problem] = []
        components = self.doc.get("components") or {}
        self.schemas: Mapping[str, Any] = components.get("schemas") or {}
        self.request_side, self.response_side = self._usage()
        # Parameter schemas, compiled into validators next to the component schemas.
        self.param_schemas: dict[tuple[str, str], Any] = {}

    def fail(self, path: JsonPath, message: str) -> None:
        self.problems.append(self.spec.problem(path, message))

    # -- the whole API --------------------------------------------------------------------
    def api(self) -> Api:
        info = self.doc.get("info") or {}
        sdk = info.get("x-sdk") or {}
        if not isinstance(sdk, Mapping):
            self.fail(("info", "x-sdk"), "info.x-sdk must be a mapping (package, client, ...)")
            sdk = {}
        package = str(sdk.get("package") or names.snake(str(info.get("title", "api"))))
        client = str(sdk.get("client") or names.pascal(package))
        schemes = self._security_schemes()
        enums = tuple(self._enum(n, s) for n, s in self.schemas.items() if _is_enum(s))
        models = tuple(self._model(n, s) for n, s in self.schemas.items() if _is_object(s))
        for name, schema in self.schemas.items():
            if not _is_enum(schema) and not _is_object(schema):
                self.fail(
                    ("components", "schemas", name),
                    f"schema {name!r}: only object schemas and string enums become classes",
                )
        by_schema = {m.schema_name: m for m in models}
        operations = tuple(self._operations(by_schema, schemes))
        validator_schemas: dict[str, Any] = {n: s for n, s in self.schemas.items()}
        function_names = {n: _validator_name(n) for n in self.schemas}
        for op in operations:
            for param in op.params:
                key = f"{op.operation_id} {param.name}"
                validator_schemas[key] = self.param_schemas[(op.operation_id, param.name)]
                function_names[key] = param.validator
        servers = self.doc.get("servers") or [{}]
        if not str(servers[0].get("url", "")).startswith(("http://", "https://")):
            self.fail(("servers",), "the first server must have an absolute http(s) url")
        spec_file = self.spec.project_file or PurePath(self.spec.file).name
        error_models = sorted(set(self._error_models()))
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")).strip(),
            spec_file=spec_file,
            package=package,
            distribution=str(sdk.get("distribution") or package.replace("_", "-")),
            client=client,
            async_client="Async" + client,
            env_prefix=str(sdk.get("env-prefix") or package.upper()),
            server_url=str(servers[0].get("url", "")).rstrip("/"),
            operations=operations,
            models=models,
            enums=enums,
            security_schemes=tuple(schemes.values()),
            error_model=by_schema.get(error_models[0]) if error_models else None,
            validators_source=compile_validators(validator_schemas, function_names),
            generator_version=__version__,
        )

    def _usage(self) -> tuple[set[str], set[str]]:
        """Component names reachable from request bodies and from responses."""
        request: set[str] = set()
        response: set[str] = set()
        for _, _, op in self._each_operation():
            body = self._deref(op.get("requestBody"))
            for media in (body or {}).get("content", {}).values():
                self._reach(media.get("schema"), request)
            for resp in (op.get("responses") or {}).values():
                for media in (self._deref(resp) or {}).get("content", {}).values():
                    self._reach(media.get("schema"), response)
        return request, response

    def _reach(self, schema: Any, seen: set[str]) -> None:
        if isinstance(schema, Mapping):
            name = component_name(str(schema.get("$ref", "")))
            if name and name not in seen:
                seen.add(name)
                self._reach(self.schemas.get(name), seen)
            for value in schema.values():
                self._reach(value, seen)
        elif isinstance(schema, list):
            for value in schema:
                self._reach(value, seen)

    def _each_operation(self) -> list[tuple[str, str, Mapping[str, Any]]]:
        found = []
        for route, item in (self.doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), Mapping):
                    found.append((route, method, item[method]))
        return found

    def _deref(self, node: Any) -> Any:
        return deref(self.doc, node)

    def check_names(self, api: Api) -> None:
        """Every name the spec chose must be free in the generated code (see reserved)."""
        sdk_at: JsonPath = ("info", "x-sdk")
        problem = reserved.package_problem(api.package)
        if problem:
            self.fail((*sdk_at, "package"), problem + ": set info.x-sdk.package")
        classes = reserved.api_class_names(api)
        problem = reserved.client_problem(api.client, classes)
        if problem:
            self.fail((*sdk_at, "client"), problem + ": set info.x-sdk.client")
        for name in sorted(classes & reserved.MODULE_NAMES):
            schema = next(s for s in self.schemas if names.class_name(s) == name)
            self.fail(
                ("components", "schemas", schema),
                f"schema {schema!r} becomes class {name!r}, a name the generated code uses",
            )
        for scheme in api.security_schemes:
            problem = reserved.credential_problem(scheme.parameter, scheme.env)
            if problem:
                self.fail(("components", "securitySchemes", scheme.key), problem)
        for route, method, raw in self._each_operation():
            op = next(o for o in api.operations if o.operation_id == raw.get("operationId"))
            for problem in reserved.operation_problems(op):
                self.fail(("paths", route, method, "operationId"), problem)

    # -- models ---------------------------------------------------------------------------
    def _enum(self, name: str, schema: Mapping[str, Any]) -> Enum:
        values = [str(v) for v in schema["enum"]]
        members = tuple(
            EnumMember(n, v) for n, v in zip(names.enum_members(values), values, strict=True)
        )
        return Enum(names.class_name(name), name, _text(schema.get("description")), members)

    def _model(self, name: str, schema: Mapping[str, Any]) -> Model:
        at: JsonPath = ("components", "schemas", name)
        in_response = name in self.response_side
        required = set(schema.get("required") or [])
        fields = []
        for prop, sub in (schema.get("properties") or {}).items():
            fields.append(
                self._field((*at, "properties", prop), prop, sub, prop in required, in_response)
            )
        for prop in sorted(required - set(schema.get("properties") or {})):
            self.fail((*at, "required"), f"required property {prop!r} of {name!r} is not defined")
        rules = tuple(Rule(text) for text in describe_rules(schema))
        return Model(
            name=names.class_name(name),
            schema_name=name,
            description=_text(schema.get("description")),
            fields=tuple(fields),
            rules=rules,
            validator=_validator_name(name),
            used_in_request=name in self.request_side,
            used_in_response=in_response,
        )

    def _field(self, at: JsonPath, prop: str, schema: Any, required: bool, lenient: bool) -> Field:
        type_ref, nullable = self._type(at, schema)
        annotation = _annotation(type_ref, lenient)
        if nullable:
            annotation += " | None"
        if not required:
            annotation += " | Unset" if nullable else " | None"
        target = self._deref(schema) if isinstance(schema, Mapping) else {}
        items = schema.get("items") if isinstance(schema.get("items"), Mapping) else {}
        secret = any(
            isinstance(node, Mapping)
            and (node.get("writeOnly") or node.get("format") == "password")
            for node in (schema, target, items, self._deref(items))
        )
        return Field(
            name=prop,
            python_name=names.field_name(prop),
            type=type_ref,
            annotation=annotation,
            required=required,
            nullable=nullable,
            default=schema.get("default", NO_DEFAULT),
            description=_text(schema.get("description") or (target or {}).get("description")),
            secret=secret,
            constraints=_constraints(schema),
            allowed_values=tuple(str(v) for v in _enum_values(self._deref(schema))),
        )

    def _type(self, at: JsonPath, schema: Any) -> tuple[TypeRef, bool]:
        """The Python type of a property schema, and whether ``null`` is allowed."""
        if not isinstance(schema, Mapping):
            return TypeRef("any"), False
        if "$ref" in schema:
            name = component_name(str(schema["$ref"]))
            target = self.schemas.get(name or "")
            if name is None or target is None:
                self.fail((*at, "$ref"), "a property $ref must point to a component schema")
                return TypeRef("any"), False
            if _is_enum(target):
                values = tuple(str(v) for v in target["enum"])
                return TypeRef("enum", names.class_name(name), values=values), False
            return TypeRef("model", names.class_name(name)), False
        types = schema.get("type")
        type_list = [types] if isinstance(types, str) else list(types or [])
        nullable = "null" in type_list
        concrete = [t for t in type_list if t != "null"]
        if len(concrete) > 1:
            self.fail((*at, "type"), f"a property of several types {concrete} is not supported yet")
            return TypeRef("any"), nullable
        if not concrete:
            return TypeRef("any"), nullable
        kind = concrete[0]
        if kind == "string" and schema.get("format") == "date-time":
            return TypeRef("datetime", format="date-time"), nullable
        if kind in _PRIMITIVES:
            values = tuple(str(v) for v in schema.get("enum") or [] if isinstance(v, str))
            type_ref = TypeRef(
                _PRIMITIVES[kind], format=str(schema.get("format", "")), values=values
            )
            return type_ref, nullable
        if kind == "array":
            item, _ = self._type((*at, "items"), schema.get("items"))
            return TypeRef("list", item=item), nullable
        if kind == "object" and not schema.get("properties"):
            return TypeRef("any"), nullable
        self.fail(
            at,
            "an inline object schema is not supported: "
            "define it under components/schemas and $ref it",
        )
        return TypeRef("any"), nullable

    # -- operations -----------------------------------------------------------------------
    def _operations(
        self, models: Mapping[str, Model], schemes: Mapping[str, SecurityScheme]
    ) -> list[Operation]:
        result = []
        for route, method, op in self._each_operation():
            at: JsonPath = ("paths", route, method)
            op_id = str(op["operationId"])
            params = self._parameters(
                at,
                op_id,
                [
                    *((self.doc["paths"][route]).get("parameters") or []),
                    *(op.get("parameters") or []),
                ],
            )
            body_model, body_required, body_example = self._body(at, op, models)
            status, response_model = self._success(at, op, models)
            result_model, envelope = _unwrap(response_model, models)
            tags = op.get("tags") or ["default"]
            body_rules = self._body_rules(body_model)
            result.append(
                Operation(
                    operation_id=op_id,
                    python_name=names.snake(op_id),
                    slug=names.snake(op_id).replace("_", "-"),
                    method=method.upper(),
                    path=route,
                    summary=_text(op.get("summary")),
                    description=_text(op.get("description")),
                    tag=str(tags[0]),
                    path_params=tuple(p for p in params if p.location == "path"),
                    query_params=tuple(p for p in params if p.location == "query"),
                    body=body_model,
                    body_required=body_required,
                    body_example=body_example,
                    body_rules=body_rules,
                    success_status=status,
                    response_model=response_model,
                    result_model=result_model,
                    envelope_field=envelope,
                    errors=tuple(self._errors(op)),
                    idempotent=self._idempotent(at, op, method),
                    security=self._security(at, op, schemes),
                )
            )
        return result

    def _idempotent(self, at: JsonPath, op: Mapping[str, Any], method: str) -> bool:
        flag = op.get("x-idempotent", None)
        if flag is not None and not isinstance(flag, bool):
            self.fail((*at, "x-idempotent"), f"x-idempotent must be true or false, not {flag!r}")
            return False  # never turn on retries that could repeat a call by mistake
        return bool(flag) or method.upper() in IDEMPOTENT_METHODS

    def _body_rules(self, model: Model | None) -> tuple[Rule, ...]:
        """Rules of the body and of every nested model, with full dotted field paths."""
        if model is None:
            return ()
        texts: list[str] = []
        for prefix, name in self._nested_schemas(model.schema_name, "", frozenset()):
            texts += describe_rules(self.schemas[name], prefix)
        return tuple(Rule(t) for t in texts)

    def _nested_schemas(
        self, name: str, prefix: str, seen: frozenset[str]
    ) -> list[tuple[str, str]]:
        """``(field path prefix, schema name)`` for ``name`` and the objects nested in it."""
        found = [(prefix, name)]
        for prop, sub in (self.schemas[name].get("properties") or {}).items():
            target = component_name(str(sub.get("$ref", ""))) if isinstance(sub, Mapping) else None
            if target and target not in seen and _is_object(self.schemas.get(target)):
                found += self._nested_schemas(target, f"{prefix}{prop}.", seen | {name})
        return found

    def _parameters(self, at: JsonPath, op_id: str, raw: list[Any]) -> list[Parameter]:
        params: dict[tuple[str, str], Parameter] = {}
        for i, node in enumerate(raw):
            param = self._deref(node)
            where = (*at, "parameters", i)
            location = param.get("in")
            if location not in ("path", "query"):
                self.fail(where, f"{location} parameters are not supported yet")
                continue
            schema = param.get("schema") or {}
            type_ref, _ = self._type((*where, "schema"), schema)
            inner = type_ref.item if type_ref.kind == "list" and type_ref.item else type_ref
            if inner.kind in ("model", "any", "list") or "content" in param:
                self.fail(
                    where, "only scalar, enum and array-of-scalar parameters are supported yet"
                )
            name = str(param["name"])
            self.param_schemas[(op_id, name)] = schema
            python_name = names.field_name(name)
            params[(location, name)] = Parameter(
                name=name,
                python_name=python_name,
                location=location,
                type=type_ref,
                annotation=_annotation(type_ref, False),
                required=bool(param.get("required")) or location == "path",
                description=_text(param.get("description")),
                constraints=_constraints(schema),
                validator=f"_validate_{names.snake(op_id)}_{python_name}".replace("__", "_"),
                example=param.get("example", schema.get("example")),
            )
        return list(params.values())

    def _body(
        self, at: JsonPath, op: Mapping[str, Any], models: Mapping[str, Model]
    ) -> tuple[Model | None, bool, Any]:
        body = self._deref(op.get("requestBody"))
        if body is None:
            return None, False, None
        content = body.get("content") or {}
        if set(content) != {"application/json"}:
            self.fail(
                (*at, "requestBody", "content"),
                "only application/json request bodies are supported yet",
            )
            return None, False, None
        media = content["application/json"]
        name = component_name(str((media.get("schema") or {}).get("$ref", "")))
        if name is None or name not in models:
            self.fail(
                (*at, "requestBody", "content", "application/json", "schema"),
                "the request body must $ref an object component schema",
            )
            return None, False, None
        return models[name], bool(body.get("required")), media.get("example")

    def _success(
        self, at: JsonPath, op: Mapping[str, Any], models: Mapping[str, Model]
    ) -> tuple[int, Model | None]:
        responses = op.get("responses") or {}
        ok = sorted(s for s in responses if str(s).startswith("2") and str(s).isdigit())
        if len(ok) != 1:
            self.fail((*at, "responses"), "exactly one 2xx response is supported yet")
            return 200, None
        response = self._deref(responses[ok[0]]) or {}
        content = response.get("content") or {}
        if not content:
            return int(ok[0]), None
        media = content.get("application/json")
        name = component_name(str(((media or {}).get("schema") or {}).get("$ref", "")))
        if media is None or name is None or name not in models:
            self.fail(
                (*at, "responses", ok[0]),
                "a success response must be application/json "
                "with a $ref to an object component schema",
            )
            return int(ok[0]), None
        return int(ok[0]), models[name]

    def _errors(self, op: Mapping[str, Any]) -> list[ErrorResponse]:
        result = []
        for status, response in sorted((op.get("responses") or {}).items()):
            if not (str(status).isdigit() and int(status) >= 400):
                continue
            code = int(status)
            exception = ERROR_CLASSES.get(
                code, "InternalServerError" if code >= 500 else "APIStatusError"
            )
            result.append(
                ErrorResponse(
                    code, exception, _text((self._deref(response) or {}).get("description"))
                )
            )
        return result

    def _error_models(self) -> list[str]:
        found = []
        for _, _, op in self._each_operation():
            for status, response in (op.get("responses") or {}).items():
                if str(status)[:1] in "45":
                    media = ((self._deref(response) or {}).get("content") or {}).get(
                        "application/json"
                    ) or {}
                    name = component_name(str((media.get("schema") or {}).get("$ref", "")))
                    if name:
                        found.append(name)
        return found

    # -- security -------------------------------------------------------------------------
    def _security_schemes(self) -> dict[str, SecurityScheme]:
        result = {}
        raw = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for key, scheme in raw.items():
            at: JsonPath = ("components", "securitySchemes", key)
            parameter = str(scheme.get("x-sdk-parameter") or names.snake(key))
            env = str(scheme.get("x-sdk-env") or names.constant(key))
            description = _text(scheme.get("description"))
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                result[key] = SecurityScheme(
                    key, "bearer", "Authorization", parameter, env, description, True
                )
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                header = str(scheme["name"])
                secret = not header.lower().endswith("email")
                result[key] = SecurityScheme(
                    key, "header", header, parameter, env, description, secret
                )
            else:
                self.fail(
                    at,
                    f"security scheme {key!r}: "
                    "only http bearer and apiKey-in-header are supported yet",
                )
        return result

    def _security(
        self, at: JsonPath, op: Mapping[str, Any], schemes: Mapping[str, SecurityScheme]
    ) -> tuple[tuple[SecurityScheme, ...], ...]:
        requirements = op.get("security", self.doc.get("security")) or []
        result = []
        for requirement in requirements:
            group = []
            for key in requirement:
                if key not in schemes:
                    self.fail(
                        (*at, "security"), f"security requirement names unknown scheme {key!r}"
                    )
                    continue
                group.append(schemes[key])
            result.append(tuple(group))
        return tuple(result)


def _unwrap(model: Model | None, models: Mapping[str, Model]) -> tuple[Model | None, str]:
    """A ``{success, data}`` envelope returns its ``data``; other bodies are returned whole."""
    if model is None:
        return None, ""
    by_class = {m.name: m for m in models.values()}
    field_names = {f.name for f in model.fields}
    data = next((f for f in model.fields if f.name == "data"), None)
    if "success" in field_names and data is not None and data.type.kind == "model":
        return by_class[data.type.name], "data"
    return model, ""


def _annotation(type_ref: TypeRef, lenient: bool) -> str:
    """The Python annotation; ``lenient`` (response) enums also accept unknown strings."""
    kind = type_ref.kind
    if kind == "enum":
        if lenient:
            return f"{type_ref.name} | str"
        literals = ", ".join(repr(v) for v in type_ref.values)
        return f"{type_ref.name} | Literal[{literals}]"
    if kind == "model":
        return type_ref.name
    if kind == "list":
        assert type_ref.item is not None
        return f"list[{_annotation(type_ref.item, lenient)}]"
    if kind == "any":
        return "object"
    return kind


def _constraints(schema: Mapping[str, Any]) -> tuple[Constraint, ...]:
    """Documented rules on a value, with bounds pairs merged: "60 to 86400"."""
    result: list[Constraint] = []
    for low, high, unit in (
        ("minimum", "maximum", ""),
        ("minLength", "maxLength", " characters"),
        ("minItems", "maxItems", " items"),
    ):
        if low in schema and high in schema:
            text = f"{schema[low]} to {schema[high]}{unit}"
            result.append(Constraint(f"{low}/{high}", (schema[low], schema[high]), text))
        elif low in schema:
            result.append(Constraint(low, schema[low], f"at least {schema[low]}{unit}"))
        elif high in schema:
            result.append(Constraint(high, schema[high], f"at most {schema[high]}{unit}"))
    words = {
        "exclusiveMinimum": "greater than {}",
        "exclusiveMaximum": "less than {}",
        "multipleOf": "a multiple of {}",
        "pattern": "matches `{}`",
        "const": "exactly {!r}",
        "format": "format {}",
    }
    result += [Constraint(k, schema[k], words[k].format(schema[k])) for k in words if k in schema]
    return tuple(result)


def _enum_values(schema: Any) -> list[Any]:
    return list(schema.get("enum") or []) if isinstance(schema, Mapping) else []


def _is_enum(schema: Any) -> bool:
    return (
        isinstance(schema, Mapping)
        and isinstance(schema.get("enum"), list)
        and schema.get("type") == "string"
    )


def _is_object(schema: Any) -> bool:
    return (
        isinstance(schema, Mapping)
        and (schema.get("type") == "object" or "properties" in schema)
        and "enum" not in schema
    )


def _validator_name(schema_name: str) -> str:
    return "validate_" + names.snake(schema_name)


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""
