"""Warnings: each rule's exact line, its fallback carried out in the spec the builder reads,
and how ``--strict``, ``--rule`` and ``[tool.sdkgen]`` raise or lower it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent, indent
from typing import Any, NamedTuple

import pytest

from generator.build import build
from generator.cli import main
from generator.findings import all_rules
from generator.ir import AnyType, Api, Field, ListType, ModelType, Operation, ScalarType
from generator.load import load_spec
from generator.validate import check

ROOT = Path(__file__).resolve().parent.parent
HEAD = "openapi: 3.1.0\ninfo: {title: Demo, version: '1'}\n"
HEAD30 = HEAD.replace("3.1.0", "3.0.3")
SPEC = "openapi.yaml"
ONE_WARNING = "1 warning (`--strict` makes warnings errors)."
ONE_ERROR = "1 error; nothing was generated."

Capsys = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: our own pyproject.toml (strict = true) is not read."""
    monkeypatch.chdir(tmp_path)


def schemas(body: str, head: str = HEAD) -> str:
    """A document with no paths and ``body`` as its components.schemas."""
    return head + "paths: {}\ncomponents:\n  schemas:\n" + indent(dedent(body), "    ")


def at(text: str, fragment: str, nth: int = 0) -> str:
    """``LINE:COL`` where the ``nth`` occurrence of ``fragment`` starts."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    line = text.count("\n", 0, start) + 1
    return f"{line}:{start - text.rfind(chr(10), 0, start)}"


def write(text: str, name: str = SPEC) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


def run(capsys: Capsys, *argv: str) -> tuple[int, list[str]]:
    """Exit code and stderr lines of one in-process command."""
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()


def fixed(path: str) -> tuple[Api, dict[str, Any]]:
    """The IR and the document the builder reads: every warning's fallback carried out."""
    report = check(load_spec(Path(path)))
    assert report.spec is not None
    return build(report.spec, []), report.spec.data


def field(api: Api, model: str, name: str) -> Field:
    return next(f for f in api.model(model).fields if f.name == name)


def op(api: Api, name: str) -> Operation:
    return next(o for o in api.operations if o.python_name == name)


def prop(doc: dict[str, Any], model: str, name: str) -> Any:
    return doc["components"]["schemas"][model]["properties"][name]


def thing(**props: str) -> str:
    """Component ``Thing``: an object with the given properties (YAML blocks)."""
    body = "".join(f"{name}:\n{indent(dedent(p), '  ')}" for name, p in props.items())
    return schemas("Thing:\n  type: object\n  properties:\n" + indent(body, "    "))


def operation(body: str, extra: str = "") -> str:
    """``GET /things`` (method ``list_things``) with ``body`` added to it, then ``extra``."""
    op_text = "operationId: listThings\n" + dedent(body) + "responses: {'204': {description: x}}\n"
    return HEAD + "paths:\n  /things:\n    get:\n" + indent(op_text, "      ") + dedent(extra)


class Case(NamedTuple):
    rule: str
    spec: str
    where: str | tuple[str, int]  # the fragment the finding points at (and its occurrence)
    message: str
    got: Callable[[Api, dict[str, Any]], Any]  # what the fallback made of it...
    want: Any  # ...and what it should be


HEADER_PARAM = "{kind} parameter name {name!r} is not a valid HTTP {kind} name " + (
    "(letters, digits and !#$%&'*+-.^_`|~ only): the parameter is left out"
)
DISCRIMINATOR = (
    "a discriminator needs every variant to be a $ref to an object schema: "
    "responses are decoded by the compiled validators instead"
)
PETS = """\
Pet:
  oneOf:
    - $ref: '#/components/schemas/Cat'
    - {variant}
  discriminator:
    propertyName: kind{mapping}
Cat:
  type: object
  properties:
    kind: {{type: string}}
Dog:
  type: object
  properties:
    kind: {{type: string}}
Name:
  type: string
"""
MAPPING = "\n    mapping:\n      cat: '#/components/schemas/Cat'\n      name: Name"
UNKNOWN_SCHEME = (
    "security requirement names scheme {!r}, which components.securitySchemes does not "
    "define: left out wherever it is named"
)


def discriminator(api: Api) -> Any:
    return next(a for a in api.aliases if a.name == "Pet").type.discriminator


def typed(value: Any) -> tuple[Any, type]:
    return value, type(value)


def lookup(doc: Any, *path: str) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def security(api: Api) -> list[list[str]]:
    return [[s.key for s in group] for group in op(api, "list_things").security]


CASES = [
    Case(
        "operation-ref",
        HEAD
        + "paths:\n  /things:\n    get:\n      $ref: '#/x-operations/list'\n"
        + "x-operations:\n  list:\n    operationId: listThings\n"
        + "    responses: {'204': {description: x}}\n",
        "$ref",
        "an operation given as a $ref ('#/x-operations/list') is not OpenAPI (only path items, "
        "parameters, bodies, responses... may be refs): read as the operation it points to",
        lambda api, doc: (op(api, "list_things").python_name, doc["paths"]["/things"]["get"]),
        ("list_things", {"operationId": "listThings", "responses": {"204": {"description": "x"}}}),
    ),
    Case(
        "unknown-keyword",
        thing(name="type: string\nmax_length: 3\n"),
        "max_length",
        "unknown schema keyword 'max_length' is ignored (did you mean maxLength?)",
        lambda api, doc: (field(api, "Thing", "name").constraints, prop(doc, "Thing", "name")),
        ((), {"type": "string"}),
    ),
    Case(
        "openapi30-keyword",
        thing(size="type: integer\nnullable: true\n"),
        "nullable",
        "`nullable: true` is OpenAPI 3.0: read as 3.0 means it",
        lambda api, doc: field(api, "Thing", "size").nullable,
        True,
    ),
    Case(
        "openapi30-keyword",
        thing(count="type: integer\nminimum: 0\nexclusiveMinimum: true\n"),
        "exclusiveMinimum",
        "`exclusiveMinimum: true` is OpenAPI 3.0: read as 3.0 means it",
        lambda api, doc: prop(doc, "Thing", "count"),
        {"type": "integer", "exclusiveMinimum": 0},
    ),
    Case(
        "openapi31-keyword",
        schemas("Kind:\n  type: string\n  const: cat\n", HEAD30),
        "const",
        "`const` is not OpenAPI 3.0: read as `enum: ['cat']`",
        lambda api, doc: [m.value for m in api.enum("Kind").members],
        ["cat"],
    ),
    Case(
        "draft2019-keyword",
        schemas(
            "Node:\n  $recursiveAnchor: true\n  type: object\n  properties:\n    children:\n"
            "      type: array\n      items:\n        $recursiveRef: '#'\n"
        ),
        "$recursiveRef",
        "`$recursiveRef: '#'` is JSON Schema 2019-09: read as `$ref: '#/components/schemas/Node'`",
        lambda api, doc: field(api, "Node", "children").type,
        ListType(ModelType("Node")),
    ),
    Case(
        "default-mismatch",
        thing(flag="type: boolean\ndefault: 'True'\n"),
        "default",
        "default 'True' does not match its schema; read as True",
        lambda api, doc: typed(field(api, "Thing", "flag").default),
        (True, bool),
    ),
    Case(
        "default-mismatch",
        thing(size='type: integer\ndefault: "1"\n'),
        "default",
        "default '1' does not match its schema; read as 1",
        lambda api, doc: typed(field(api, "Thing", "size").default),
        (1, int),
    ),
    Case(
        "default-mismatch",
        thing(size="type: integer\ndefault: many\n"),
        "default",
        "default does not match its schema: 'many' is not of type 'integer' "
        "(left out: the server applies its own)",
        lambda api, doc: (field(api, "Thing", "size").has_default, prop(doc, "Thing", "size")),
        (False, {"type": "integer"}),
    ),
    Case(
        "example-mismatch",
        thing(size="type: integer\nexample: big\n"),
        "example",
        "example does not match its schema: 'big' is not of type 'integer' (left out)",
        lambda api, doc: prop(doc, "Thing", "size"),
        {"type": "integer"},
    ),
    Case(
        "example-mismatch",
        thing(size="type: integer\nexamples: [3, wrong]\n"),
        "wrong",
        "example does not match its schema: 'wrong' is not of type 'integer' (left out)",
        lambda api, doc: prop(doc, "Thing", "size")["examples"],
        [3],
    ),
    Case(
        "example-mismatch",
        HEAD + "paths:\n  /things:\n    get:\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {type: integer}\n              examples:\n"
        "                good: {value: 3}\n                bad:\n                  value: nope\n",
        "value: nope",
        "example does not match its schema: 'nope' is not of type 'integer' (left out)",
        lambda api, doc: list(
            lookup(
                doc,
                "paths",
                "/things",
                "get",
                "responses",
                "200",
                "content",
                "application/json",
                "examples",
            )
        ),
        ["good"],
    ),
    Case(
        "empty-enum",
        thing(none="type: string\nenum: []\n"),
        "enum",
        "`enum: []` allows no value: left out, the schema's type alone applies",
        lambda api, doc: (field(api, "Thing", "none").type, api.enums),
        (ScalarType("str"), ()),
    ),
    Case(
        "duplicate-enum",
        thing(color="type: string\nenum: [red, red, blue]\n"),
        ("red", 1),
        "enum value 'red' is listed twice (first at item 0)",
        lambda api, doc: [m.value for m in api.enums[0].members],
        ["red", "blue"],
    ),
    Case(
        "duplicate-required",
        schemas("Thing:\n  type: object\n  required: [size, size]\n  properties:\n    size: {}\n"),
        ("size", 1),
        "required property 'size' is listed twice: kept once",
        lambda api, doc: (
            doc["components"]["schemas"]["Thing"]["required"],
            field(api, "Thing", "size").required,
        ),
        (["size"], True),
    ),
    Case(
        "required-undefined",
        schemas("Thing:\n  type: object\n  required: [ghost]\n  properties:\n    size: {}\n"),
        "ghost",
        "required property 'ghost' of 'Thing' is not defined in properties: "
        "typed as any JSON value",
        lambda api, doc: (field(api, "Thing", "ghost").type, field(api, "Thing", "ghost").required),
        (AnyType(), True),
    ),
    Case(
        "discriminator-unusable",
        schemas(PETS.format(variant="$ref: '#/components/schemas/Name'", mapping="")),
        "discriminator",
        DISCRIMINATOR,
        lambda api, doc: discriminator(api),
        None,
    ),
    Case(
        "discriminator-unusable",
        schemas(PETS.format(variant="{type: object, properties: {kind: {}}}", mapping="")),
        "discriminator",
        DISCRIMINATOR,
        lambda api, doc: discriminator(api),
        None,
    ),
    Case(
        "discriminator-unusable",
        schemas(PETS.format(variant="$ref: '#/components/schemas/Dog'", mapping=MAPPING)),
        "name: Name",
        "'Name' is not one of the variants: this mapping is left out",
        lambda api, doc: discriminator(api).mapping,
        (("cat", "Cat"), ("Dog", "Dog")),
    ),
    Case(
        "unexpected-key",
        operation("title: Oops\n"),
        "title: Oops",
        "unexpected key 'title' in paths./things.get is left out",
        lambda api, doc: ("title" in doc["paths"]["/things"]["get"], len(api.operations)),
        (False, 1),
    ),
    Case(
        "invalid-header-name",
        operation("parameters:\n  - name: 'bad header'\n    in: header\n    schema: {}\n"),
        "name: 'bad header'",
        HEADER_PARAM.format(kind="header", name="bad header"),
        lambda api, doc: op(api, "list_things").header_params,
        (),
    ),
    Case(
        "invalid-header-name",
        operation(
            "parameters:\n  - $ref: '#/components/parameters/Shared'\n",
            "components:\n  parameters:\n    Shared: {name: 'x(y)', in: cookie, schema: {}}\n",
        ),
        "name: 'x(y)'",
        HEADER_PARAM.format(kind="cookie", name="x(y)"),
        lambda api, doc: (
            op(api, "list_things").cookie_params,
            doc["paths"]["/things"]["get"]["parameters"],
        ),
        ((), []),
    ),
    Case(
        "unknown-security-scheme",
        operation(
            "security:\n  - ghost: []\n  - key: []\n",
            "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n",
        ),
        "ghost",
        UNKNOWN_SCHEME.format("ghost"),
        lambda api, doc: security(api),
        [[], ["key"]],
    ),
    Case(
        "version-lossy",
        HEAD.replace("version: '1'", "version: 2024-Q3") + "paths: {}\n",
        "version",
        "info.version '2024-Q3' has no exact PEP 440 form: the package version is 2024 "
        "('-Q3' is dropped)",
        lambda api, doc: (api.version, api.package_version),
        ("2024-Q3", "2024"),
    ),
    Case(
        "package-metadata",
        HEAD.replace("version: '1'}", "version: '1', license: {name: X, identifier: Not One}}")
        + "paths: {}\n",
        "identifier",
        "'Not One' is not an SPDX license expression: no license in the metadata",
        lambda api, doc: (api.meta.license, api.meta.license_name),
        ("", "X"),
    ),
    # Named by the document's own `security`: found on the first operation that inherits it,
    # but located where the document names it.
    Case(
        "unknown-security-scheme",
        operation("", "security:\n  - nowhere: []\n"),
        "nowhere",
        UNKNOWN_SCHEME.format("nowhere"),
        lambda api, doc: security(api),
        [[]],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}-{i}" for i, c in enumerate(CASES)])
def test_each_warning_is_located_carried_out_and_raised_by_strict(
    case: Case, capsys: Capsys
) -> None:
    path = write(case.spec)
    fragment, nth = case.where if isinstance(case.where, tuple) else (case.where, 0)
    line = f"{path}:{at(case.spec, fragment, nth)}: warning[{case.rule}]: {case.message}"

    assert run(capsys, "validate", path, "--no-strict") == (0, [line, ONE_WARNING])
    error = line.replace(f"warning[{case.rule}]", f"error[{case.rule}]")
    assert run(capsys, "validate", path, "--strict") == (2, [error, ONE_ERROR])

    api, doc = fixed(path)
    assert case.got(api, doc) == case.want


def test_an_unsupported_scheme_is_one_warning_and_its_operations_are_generated(
    capsys: Capsys,
) -> None:
    text = HEAD + dedent(
        """\
        paths:
          /pets:
            get:
              operationId: getPet
              security: [{digest: []}]
              responses: {'204': {description: x}}
            post:
              operationId: addPet
              security: [{digest: []}, {}]
              responses: {'204': {description: x}}
        components:
          securitySchemes:
            digest:
              type: http
              scheme: digest
        """
    )
    path = write(text)
    scheme = at(text, "digest:\n")
    line = (
        f"{path}:{scheme}: warning[unsupported-security]: security scheme 'digest' "
        "(http digest) is not supported: operations that use it are generated without it (pass "
        "its credentials with `extra_headers`); the client sends http bearer tokens (oauth2 and "
        "openIdConnect too), http basic credentials, oauth2 client credentials and apiKey "
        "values in a header, query or cookie"
    )
    assert run(capsys, "validate", path, "--no-strict") == (0, [line, ONE_WARNING])
    error = line.replace("warning[", "error[")
    assert run(capsys, "generate", "--spec", path, "--out", "out", "--strict") == (
        2,
        [error, ONE_ERROR],
    )
    assert not Path("out").exists()

    api, _ = fixed(path)
    assert api.security_schemes == ()
    assert [(o.python_name, o.security) for o in api.operations] == [
        ("get_pet", ((),)),
        ("add_pet", ((), ())),
    ]
    assert run(capsys, "generate", "--spec", path, "--out", "out", "--no-strict")[0] == 0
    client = Path("out/python/demo/_client.py").read_text(encoding="utf-8")
    assert "def get_pet(" in client and "def add_pet(" in client


# -- raising and lowering rules ----------------------------------------------------------------
TWO = thing(size="type: integer\nexample: big\nmaxSize: 3\n")
EXAMPLE = f"{SPEC}:{at(TWO, 'example')}: warning[example-mismatch]: example does not match its "
EXAMPLE += "schema: 'big' is not of type 'integer' (left out)"
UNKNOWN = f"{SPEC}:{at(TWO, 'maxSize')}: warning[unknown-keyword]: unknown schema keyword "
UNKNOWN += "'maxSize' is ignored"
RAISED = [
    EXAMPLE,
    UNKNOWN.replace("warning[", "error["),
    "1 error, 1 warning; nothing was generated.",
]


def test_the_summary_counts_warnings_and_says_strict_raises_them(capsys: Capsys) -> None:
    write(TWO)
    summary = "2 warnings (`--strict` makes warnings errors)."
    assert run(capsys, "validate", SPEC) == (0, [EXAMPLE, UNKNOWN, summary])
    errors = [line.replace("warning[", "error[") for line in (EXAMPLE, UNKNOWN)]
    assert run(capsys, "validate", SPEC, "--strict") == (
        2,
        [*errors, "2 errors; nothing was generated."],
    )


def test_a_rule_set_to_ignore_is_not_printed_even_when_strict(capsys: Capsys) -> None:
    write(TWO)
    argv = ["validate", SPEC, "--strict", "--rule", "unknown-keyword=ignore"]
    assert run(capsys, *argv, "--rule", "example-mismatch=ignore") == (0, [])
    assert run(capsys, "validate", SPEC, "--rule", "example-mismatch=ignore") == (
        0,
        [UNKNOWN, ONE_WARNING],
    )


def test_a_rule_set_to_error_blocks_without_strict(capsys: Capsys) -> None:
    write(TWO)
    assert run(capsys, "validate", SPEC, "--rule", "unknown-keyword=error") == (2, RAISED)


def test_the_pyproject_rules_table_sets_levels_and_a_flag_beats_it(capsys: Capsys) -> None:
    write(TWO)
    Path("pyproject.toml").write_text(
        '[tool.sdkgen.rules]\nunknown-keyword = "error"\n', encoding="utf-8"
    )
    assert run(capsys, "validate", SPEC) == (2, RAISED)
    assert run(capsys, "validate", SPEC, "--rule", "unknown-keyword=warning")[0] == 0


def test_pyproject_strict_raises_every_warning_and_no_strict_lowers_them(
    capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(Path(write(TWO)).resolve())
    monkeypatch.chdir(ROOT)  # our own pyproject.toml: strict = true
    code, lines = run(capsys, "validate", path)
    assert (code, lines[-1]) == (2, "2 errors; nothing was generated.")
    code, lines = run(capsys, "validate", path, "--no-strict")
    assert (code, lines[-1]) == (0, "2 warnings (`--strict` makes warnings errors).")


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("no-such-rule=error", "no rule 'no-such-rule'; "),
        ("unknown-keywrd=error", "no rule 'unknown-keywrd' (did you mean 'unknown-keyword'?); "),
    ],
)
def test_an_unknown_rule_id_is_a_usage_error(setting: str, said: str, capsys: Capsys) -> None:
    write(TWO)
    assert run(capsys, "validate", SPEC, "--rule", setting) == (
        4,  # EXIT_USAGE
        [f"error: --rule: {said}`validate --rules` lists them"],
    )


def test_validate_rules_lists_every_registered_rule(capsys: Capsys) -> None:
    assert main(["validate", "--rules"]) == 0
    listed: dict[str, str] = {}
    for line in capsys.readouterr().out.splitlines():
        rule_id, _, rest = line.partition(" (")
        listed[rule_id] = rest.partition(")")[0]
        assert ("Fallback: " in line) == (listed[rule_id] != "error"), line
    assert listed == {r.id: r.severity for r in all_rules().values()}
    assert {c.rule for c in CASES} | {
        *("unsupported-security", "validator-crashed"),
        "overlay-no-match",  # tests/test_overlay.py
    } == {r.id for r in all_rules().values() if r.severity == "warning"}


def test_errors_and_warnings_of_every_stage_are_printed_in_one_run(capsys: Capsys) -> None:
    text = schemas(
        "Thing:\n  type: object\n  required: [ghost]\n  properties:\n    size:\n"
        "      type: integer\n      maxSize: 3\n    other:\n"
        "      $ref: '#/components/schemas/Missing'\n"
    )
    write(text)
    assert run(capsys, "validate", SPEC, "--no-strict") == (
        2,
        [
            f"{SPEC}:{at(text, 'ghost')}: warning[required-undefined]: required property "
            "'ghost' of 'Thing' is not defined in properties: typed as any JSON value",
            f"{SPEC}:{at(text, 'maxSize')}: warning[unknown-keyword]: unknown schema keyword "
            "'maxSize' is ignored",
            f"{SPEC}:{at(text, '$ref')}: error[unresolved-ref]: "
            "$ref '#/components/schemas/Missing' points to nothing in this file",
            "1 error, 2 warnings; nothing was generated.",
        ],
    )


def test_a_json_spec_with_a_syntax_error_says_invalid_json(capsys: Capsys) -> None:
    path = write('{"openapi": "3.1.0",\n  "paths": {,}\n}\n', "openapi.json")
    assert run(capsys, "validate", path) == (
        2,
        [
            f"{path}:2:13: error[invalid-syntax]: invalid JSON: "
            "expected the node content, but found ','",
            ONE_ERROR,
        ],
    )


def test_a_crash_of_openapi_spec_validator_is_a_warning(
    capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library recurses forever on some legal recursive schemas: its fault, not the spec's.
    Its extra checks are skipped (one warning at 1:1); ours passed, so the package is made."""

    def crash(data: object) -> list[tuple[tuple[str, ...], str]]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("generator.spec_validator._findings", crash)
    path = write(schemas("Thing:\n  type: object\n  properties:\n    size: {type: integer}\n"))
    line = (
        f"{path}:1:1: warning[validator-crashed]: openapi-spec-validator failed (RecursionError: "
        "maximum recursion depth exceeded): its extra checks were skipped; ours passed"
    )
    assert run(capsys, "generate", "--spec", path, "--out", "out", "--no-strict") == (
        0,
        [line, ONE_WARNING],
    )
    assert Path("out/manifest.json").is_file()
    code, lines = run(capsys, "validate", path, "--strict")
    assert (code, lines) == (2, [line.replace("warning[", "error["), ONE_ERROR])
