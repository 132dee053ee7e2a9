"""The meta-schema checks of ``validate``, fast: every check as before, each answered quickly.

Validating a spec means three meta-schema passes: the whole document against the OpenAPI
meta-schema (``_structure``), each schema object against JSON Schema 2020-12
(``_schema_objects``), and openapi-spec-validator's keyword checks, which check every schema
object against the OpenAPI 3.1 dialect. In pure-Python jsonschema these took most of the time of
``generate`` (82% of a 1,000-operation spec under cProfile), for two reasons fixed here:

1. **Crawling.** jsonschema registers a validator's root schema *uncrawled*, and ``referencing``
   crawls every uncrawled resource again on each anchor lookup: each ``$dynamicRef: "#meta"``
   of the meta-schemas re-walked the whole OpenAPI meta-schema. :func:`crawled` puts the
   meta-schema in a registry crawled once and makes the root a plain ``{"$ref": <its $id>}``
   (no dynamic anchor, so ``#meta`` resolves as before): same class, schema, errors and
   instance paths.
2. **Answering "valid?" first.** A valid spec is the common case. When ``jsonschema-rs`` (a
   compiled JSON Schema validator) says an instance is valid against the same meta-schema, the
   Python validator would find nothing either; when it finds anything (or cannot run), the
   Python validator runs as before and gives the located messages, so an invalid spec's
   problems are word for word what they were. The two agree on every spec under ``tests/specs``
   (``tests/test_metaschema.py``). Formats: the Python passes assert none (no format checker)
   and neither does the fast one; the dialect check asserts the OpenAPI format checker's, and
   the fast one asserts its own formats, which is stricter or equal where Python checks one at
   all (``regex`` patterns are also compiled by Python in ``validate._patterns``).

openapi-spec-validator's first step, the whole document against the OpenAPI meta-schema with the
same schema and validator class as ``_structure``, is not repeated: ``_structure`` has passed.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError, ValidationError
from jsonschema.validators import SPECIFICATIONS  # type: ignore[attr-defined]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import library_settings

Check = Callable[[Any], bool]  # True: valid for sure; False: ask the Python validator


def crawled(
    cls: type[jsonschema.Validator],
    schema: Mapping[str, Any],
    registry: Registry[Any] | None = None,
    **kwargs: Any,
) -> jsonschema.Validator:
    """A ``cls`` validator for ``schema`` (which has an ``$id``), its references pre-resolved.

    ``registry`` (crawled) already holds ``schema`` under its ``$id``; else it is added to
    jsonschema's own registry of the standard meta-schemas, and crawled.
    """
    uri = str(schema["$id"])
    if registry is None:
        resource = DRAFT202012.create_resource(dict(schema))
        registry = SPECIFICATIONS.combine(Registry().with_resource(uri, resource)).crawl()
    validator: jsonschema.Validator = cls({"$ref": uri}, registry=registry, **kwargs)
    return validator


def structure_errors(data: Mapping[str, Any], openapi30: bool) -> Iterator[ValidationError]:
    """``data`` against the OpenAPI meta-schema of its version (openapi-spec-validator's copy)."""
    if openapi30:
        if not _fast("3.0")(data):
            yield from jsonschema.Draft4Validator(openapi_schema("3.0")).iter_errors(data)
    elif not _fast("3.1")(data):
        yield from _openapi31().iter_errors(data)


def schema_errors(schema: Any) -> Iterator[ValidationError]:
    """One schema object against the JSON Schema 2020-12 meta-schema."""
    if not _fast("2020-12")(schema):
        yield from _draft202012().iter_errors(schema)


@functools.cache
def openapi_schema(version: str) -> dict[str, Any]:
    """openapi-spec-validator's OpenAPI meta-schema (``schema_v30``, ``schema_v31``), read from
    its file: importing the package costs ~300 ms of settings libraries, and only its keyword
    checks need them (they run in :mod:`generator.spec_validator`'s child process)."""
    spec = importlib.util.find_spec("openapi_spec_validator")  # does not import it
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "resources" / "schemas" / f"v{version}" / "schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@functools.cache
def _openapi31() -> jsonschema.Validator:
    return crawled(jsonschema.Draft202012Validator, openapi_schema("3.1"))


@functools.cache
def _draft202012() -> jsonschema.Validator:
    meta = jsonschema.Draft202012Validator.META_SCHEMA
    return crawled(jsonschema.Draft202012Validator, meta, registry=SPECIFICATIONS)


@functools.cache
def _fast(which: str) -> Check:
    """A compiled "is it valid?" for meta-schema ``which``; never True when unsure."""
    try:
        import jsonschema_rs
    except ImportError:  # no wheel for this platform: the Python validators answer alone
        return _unsure
    validator: Any
    if which == "3.0":
        validator = jsonschema_rs.Draft4Validator(openapi_schema("3.0"), validate_formats=False)
    elif which == "3.1":
        schema = openapi_schema("3.1")
        validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=False)
    elif which == "2020-12":
        meta = jsonschema.Draft202012Validator.META_SCHEMA
        validator = jsonschema_rs.Draft202012Validator(meta, validate_formats=False)
    else:  # "oas-dialect": the OpenAPI 3.1 dialect, formats asserted as its check_schema does
        from openapi_schema_validator import OAS31Validator
        from openapi_schema_validator._specifications import REGISTRY

        meta = OAS31Validator.META_SCHEMA
        resources = [(uri, REGISTRY.contents(uri)) for uri in _oas_resources(REGISTRY)]
        validator = jsonschema_rs.Draft202012Validator(
            meta, validate_formats=True, registry=jsonschema_rs.Registry(resources)
        )

    def check(instance: Any) -> bool:
        try:
            return bool(validator.is_valid(instance))
        except Exception:  # a value it cannot read (a huge integer...): ask Python
            return False

    return check


def _unsure(instance: Any) -> bool:
    return False


def _oas_resources(registry: Registry[Any]) -> list[str]:
    """The URIs of the OpenAPI 3.1 dialect and the meta-schemas it refers to."""
    return [
        uri
        for uri in registry
        if uri.startswith(
            ("https://spec.openapis.org/oas/3.1/", "https://json-schema.org/draft/2020-12/")
        )
        and uri.rstrip("#") == uri
    ]


def openapi_spec_validator_errors(data: Mapping[str, Any], openapi30: bool) -> list[Any]:
    """openapi-spec-validator's findings on ``data`` beyond its meta-schema pass.

    That pass (``schema_validator.iter_errors``) is the one ``_structure`` has already run and
    passed; its keyword checks (operations, parameters, responses, every schema object against
    its JSON Schema dialect, defaults, tags) run as the library runs them.
    """
    validator = _spec_validator_classes()[0 if openapi30 else 1](data)
    return list(validator.root_validator(validator.schema_path))


@functools.cache
def _spec_validator_classes() -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    library_settings.install()  # before the library's first import: see that module
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_ID
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation.keywords import (
        OpenAPIV30SchemaValidator,
        OpenAPIV31SchemaValidator,
        SchemaValidator,
    )

    class QuickIds(SchemaValidator):
        """The library's schema object check, with the schemas it has seen kept in :class:`_Ids`."""

        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = _Ids()
            self.meta_checked_schema_ids = _Ids()

    class Schema30(QuickIds, OpenAPIV30SchemaValidator):
        pass

    class Schema31(QuickIds, OpenAPIV31SchemaValidator):
        """Its check of a schema object against the OpenAPI 3.1 dialect, made fast."""

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
            dialect = self._get_schema_dialect_id(schema, schema_value)
            if dialect != OAS31_BASE_DIALECT_ID:  # another dialect: the library's own check
                checker: Callable[[Any], None] = super()._get_schema_checker(schema, schema_value)
                return checker
            return _oas31_checker(self.schema_validator_format_checker)

    class Spec30(OpenAPIV30SpecValidator):
        keyword_validators = {  # noqa: RUF012 (the library's own attribute)
            **OpenAPIV30SpecValidator.keyword_validators,
            "schema": Schema30,
        }

    class Spec31(OpenAPIV31SpecValidator):
        keyword_validators = {  # noqa: RUF012 (the library's own attribute)
            **OpenAPIV31SpecValidator.keyword_validators,
            "schema": Schema31,
        }

    return Spec30, Spec31


class _Ids(list[int]):
    """The library's registry of the schema objects it has visited: a list it appends to and
    asks ``id in ...`` of for every schema, a scan of all before it (0.7 of the 1.7 s its
    checks took at 1,000 operations). The same list, with a set answering ``in``."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


@functools.cache
def _oas31_checker(format_checker: Any) -> Callable[[Any], None]:
    """``OAS31Validator.check_schema``: raise the first error against the dialect."""
    from openapi_schema_validator import OAS31Validator
    from openapi_schema_validator._specifications import REGISTRY

    meta = OAS31Validator.META_SCHEMA
    validator_class = jsonschema.validators.validator_for(meta, default=OAS31Validator)
    validator = crawled(validator_class, meta, registry=REGISTRY, format_checker=format_checker)
    fast = _fast("oas-dialect")

    def check(schema: Any) -> None:
        if fast(schema):
            return
        for error in validator.iter_errors(schema):
            raise SchemaError.create_from(error)

    return check
