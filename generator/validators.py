"""Compile the spec's JSON Schemas into plain Python validation functions.

The generated client validates request bodies and parameters before any network I/O, without a
schema library at runtime. :func:`compile_validators` turns each component schema into one
function ``validate_x(value, path, errors)`` that appends one ``"path: message"`` per violation to
``errors``; it never raises and never stops at the first problem.

How a schema becomes code (Draft 2020-12 semantics, checked against jsonschema's
``Draft202012Validator`` by ``tests/test_validators_property.py``):

* Each keyword becomes a guarded check. Type-specific keywords apply only to instances of their
  type (``minimum`` is ignored on a string), exactly like jsonschema; ``integer`` accepts
  ``3.0``, ``True`` is never a number, and ``enum``/``const`` use JSON equality (``1 == 1.0``,
  ``True != 1``).
* Flat subschemas (a property that is a ``$ref`` or has only scalar keywords) are inlined. Nested
  structure (an anonymous object under a property or ``items``) becomes a private helper function;
  a ``$ref`` calls the referenced component's function.
* Subschemas whose outcome decides something (``if``, ``not``, ``anyOf``, ``oneOf``) become
  ``_matches_*(value) -> bool`` helpers that validate into a scratch list and test it is empty.
* Every literal from the spec (names, enum members, patterns, numbers, messages) enters the source
  only through :func:`_literal` (``ascii()``/``repr()``); long strings are split into module
  constants so that no line is too long. Regexes and enum sets are module-level constants.
* Values of ``writeOnly`` or ``format: password`` schemas never appear in messages (they say
  ``value ...``); a ``$ref`` reached from such a schema calls a redacted variant of its function.
  Containers are shown as ``{...}``/``[...]`` because they may hold secrets.

Only the keywords in ``SUPPORTED`` are compiled and only ``ANNOTATIONS`` (and ``x-*``) are ignored;
:func:`unsupported_keywords` reports everything else so that spec validation can reject it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from keyword import iskeyword
from typing import Any

from .rules import condition
from .schema_support import ANNOTATIONS as ANNOTATIONS
from .schema_support import component
from .schema_support import unsupported_keywords as unsupported_keywords
from .validator_keywords import array_checks, is_set, object_checks
from .validator_source import (
    MARK,
    OPTIONAL,
    PRELUDE,
    RESERVED,
    If,
    Stmt,
    render,
    split_literal,
    variables,
)

# Keywords whose subschemas would nest the code deeper: a property using them gets a helper.
_STRUCTURAL = frozenset({"properties", "additionalProperties", "items", "allOf", "then", "else"})
_STRUCTURAL |= {"prefixItems", "patternProperties", "dependentSchemas", "propertyNames"}
_STRUCTURAL |= {"unevaluatedProperties"}
_LONG = 50  # longer literals become module constants split over several lines


@dataclass(frozen=True)
class _Why:
    """The condition under which the checks being compiled apply (a ``then``, an ``else``, a
    ``dependentSchemas`` entry): every message they report ends with "because <condition>"."""

    text: str  # in the docs' words, with ``mark`` before each field it names
    mark: str  # a string that no name in the condition holds
    path: str  # expression of the path of the object the rule is on
    function: int  # the function that expression belongs to


# -- the compiler -----------------------------------------------------------------------------
def compile_validators(
    schemas: Mapping[str, Mapping[str, Any]], function_names: Mapping[str, str]
) -> str:
    """Return the Python source of a module body that defines one function per schema.

    ``schemas`` maps component names to JSON Schemas whose ``$ref`` s are
    ``#/components/schemas/<one of the keys>``; ``function_names`` maps each name to the function
    to define, ``def f(value: object, path: str, errors: list[str]) -> None``. The source starts
    with its own imports. Raises ValueError for what :func:`unsupported_keywords` reports, for
    unknown ``$ref`` targets, invalid patterns and unusable function names.
    """
    problems = [
        f"{name}: {'/'.join(map(str, (*path, keyword)))}"
        for name, schema in schemas.items()
        for path, keyword in unsupported_keywords(schema, schemas)
    ]
    if problems:
        raise ValueError("unsupported schema keywords: " + ", ".join(problems))
    seen: set[str] = set()
    for name in schemas:
        fn = function_names.get(name, "")
        local = fn in ("errors", "value", "path", "option") or re.fullmatch(_LOCAL, fn)
        if not fn.isidentifier() or iskeyword(fn) or local or fn in RESERVED or fn in seen:
            raise ValueError(f"schema {name!r}: unusable function name {fn!r}")
        seen.add(fn)
    return _Compiler(schemas, function_names).module()


_LOCAL = r"(value|path|index|key|matched)_[0-9]+"  # local variables of the generated functions


class _Compiler:
    def __init__(self, schemas: Mapping[str, Any], function_names: Mapping[str, str]) -> None:
        self.schemas, self.names = schemas, function_names
        self.used: set[str] = set(function_names.values()) | RESERVED
        self.texts: dict[str, str] = {}  # long string value -> constant name
        self.constants: dict[str, str] = {}  # source -> name
        self.functions: list[list[str]] = []
        self.redacted: dict[str, str] = {}  # component -> its variant that hides values
        self.helpers: set[str] = set()
        self.uses_re = False
        self.stem = ""  # naming base for the helpers of the component being compiled
        self.where: list[str] = []  # location of the schema being compiled, for docstrings
        self.counter = 0  # numbers the local variables of one function
        self.why: _Why | None = None  # the rule whose branch is being compiled
        self.slot = 0  # the function being compiled (an index into self.functions)

    def module(self) -> str:
        for name, schema in self.schemas.items():
            self._component(name, self.names[name], _is_secret(schema))
        done: set[str] = set()
        while todo := [n for n in self.redacted if n not in done]:
            for name in todo:
                done.add(name)
                self._component(name, self.redacted[name], True)
        imports = ["import re"] if self.uses_re else []
        if "multiple" in self.helpers:
            imports.append("from fractions import Fraction")
        consts = [split_literal(value, name) for value, name in self.texts.items()]
        consts += [f"{name} = {source}" for source, name in self.constants.items()]
        parts = [PRELUDE, *(OPTIONAL[h] for h in sorted(self.helpers))]
        parts += ["\n".join(lines) for lines in self.functions]
        head = "\n".join(imports) + ("\n\n" if consts else "\n\n\n") if imports else ""
        body = "\n".join(consts) + "\n\n\n" if consts else ""
        return head + body + "\n\n\n".join(parts) + "\n"

    def _component(self, name: str, fn: str, secret: bool) -> None:
        self.stem = self.names[name].lstrip("_").removeprefix("validate_") or "schema"
        self.where = [name]
        if fn == self.names[name]:
            doc = "Append to ``errors`` what is wrong with ``value`` as {}."
        else:
            doc = "Like the validator of {}, but never shows values (they are secret here)."
        self._function(fn, self.schemas[name], secret, doc)

    @contextmanager
    def _inside(self, *parts: object) -> Iterator[None]:
        """Compile the schema below ``parts`` of the current one."""
        self.where += [str(part) for part in parts]
        try:
            yield
        finally:
            del self.where[-len(parts) :]

    def _docstring(self, template: str) -> list[Stmt]:
        """The docstring ``template`` naming the current schema (if its name is plain text)."""
        parts = list(self.where)
        if not all(re.fullmatch(r"[A-Za-z0-9_. -]+", part) for part in parts):
            parts = ["a schema"]
        while len(text := template.format("/".join(parts))) > 80 and len(parts) > 1:
            parts[: 2 if parts[0] == "..." else 1] = ["..."]
        return [f'"""{text}"""'] if len(text) <= 80 else []

    # -- names, literals and constants ----------------------------------------------------
    def _name(self, base: str, numbered: bool = False) -> str:
        n = 1
        name = f"{base}_1" if numbered else base
        while name in self.used:
            n += 1
            name = f"{base}_{n}"
        self.used.add(name)
        return name

    def _literal(self, value: Any) -> str:
        """Python source for a JSON value: the only way spec data enters the code."""
        if isinstance(value, str):
            text = ascii(value)
            if len(text) <= _LONG:
                return text
            if value not in self.texts:
                self.texts[value] = self._name("_TEXT", numbered=True)
            return self.texts[value]
        if isinstance(value, bool) or value is None:
            return repr(value)
        if isinstance(value, int) and len(repr(value)) > 30:
            return f"int({self._literal(repr(value))})"
        if isinstance(value, (int, float)):
            return repr(value)
        if isinstance(value, list):
            return "[" + ", ".join(self._literal(v) for v in value) + "]"
        items = (f"{self._literal(k)}: {self._literal(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"

    def _constant(self, what: str, source: str) -> str:
        """A module constant ``_<COMPONENT>_<PROPERTY>_<WHAT> = source`` (shared if equal)."""
        if source in self.constants:
            return self.constants[source]
        words = [self.stem]
        for key, name in zip(self.where, self.where[1:], strict=False):
            if key == "properties" and re.fullmatch(r"[A-Za-z0-9_]+", name):
                words = [self.stem, name]
        self.constants[source] = self._name("_" + "_".join([*words, what]).upper())
        return self.constants[source]

    def _check(self, test: str, v: str, p: str, secret: bool, text: str, tail: str = "") -> If:
        """``if test: report "<value> text"`` (``value text`` for secrets)."""
        if secret:
            return self._fixed(test, p, "value" + text, tail)
        return self._fixed(test, p, text, tail, head=f"_show({v})")

    def _fixed(self, test: str, p: str, message: str, tail: str = "", head: str = "") -> If:
        """``if test: report message``, between the runtime expressions ``head`` and ``tail``
        (and followed by why, inside a rule)."""
        parts = [head, self._literal(message), tail, self._concat(self._because())]
        return If(test, [f"_report(errors, {p}, {' + '.join(x for x in parts if x)})"])

    def _because(self) -> list[tuple[str, bool]]:
        """The pieces of " because <condition>" inside a rule (none outside one). The fields
        the condition names get the rule object's path when the code can see it (same function).
        A piece is ``(text, True)`` for literal text, ``(source, False)`` for an expression."""
        if self.why is None:
            return []
        pieces = (" because " + self.why.text).split(self.why.mark)
        if self.why.function != self.slot:
            return [("".join(pieces), True)]
        p = self.why.path
        out = [(pieces[0], True)]
        for piece in pieces[1:]:
            out += [(f'(f"{{{p}}}." if {p} else "")', False), (piece, True)]
        return out

    def _concat(self, pieces: list[tuple[str, bool]]) -> str:
        """The expression joining ``pieces`` (see :meth:`_because`); adjacent texts merged."""
        merged: list[tuple[str, bool]] = []
        for text, literal in pieces:
            if literal and merged and merged[-1][1]:
                merged[-1] = (merged[-1][0] + text, True)
            elif text:
                merged.append((text, literal))
        return " + ".join(self._literal(text) if lit else text for text, lit in merged)

    def _sentence(self, test: str, p: str, names: list[str], verb: str) -> If:
        """``if test: report "`a.b` <verb> because ..."``: a rule's sentence, naming each field
        by its full path, as the docs state the rule (reported without a path prefix)."""
        pieces: list[tuple[str, bool]] = []
        for i, name in enumerate(names):
            if i:
                pieces.append((" and " if i == len(names) - 1 else ", ", True))
            pieces += [("`", True), (f"_at({p}, {self._literal(name)})", False), ("`", True)]
        pieces += [(" " + verb, True), *self._because()]
        return If(test, [f"errors.append({self._concat(pieces)})"])

    @contextmanager
    def _rule(self, say: Callable[[str], str | None], p: str) -> Iterator[None]:
        """Compile the checks that apply when a condition holds: ``say(prefix)`` states it,
        with ``prefix`` before each field it names (None when it cannot be put in words)."""
        saved = self.why
        plain, mark = say(""), MARK
        while plain is not None and mark in plain:  # spec names may hold any character
            mark += "\x00"
        text = say(mark)
        self.why = _Why(text, mark, p, self.slot) if text is not None else None
        try:
            yield
        finally:
            self.why = saved

    # -- functions ------------------------------------------------------------------------
    def _function(self, fn: str, schema: Any, secret: bool, doc: str) -> None:
        slot = len(self.functions)
        self.functions.append([])
        saved, self.counter = self.counter, 0
        outer, self.slot = self.slot, slot
        body = self._schema(schema, "value", "path", secret)
        self.counter, self.slot = saved, outer
        lines = [f"def {fn}(value: object, path: str, errors: list[str]) -> None:"]
        self.functions[slot] = lines + (render([*self._docstring(doc), *body], 1) or ["    pass"])

    def _matcher(self, schema: Any) -> str:
        """A ``_matches_*(value) -> bool`` helper: does ``value`` satisfy ``schema``?"""
        fn = self._name(f"_matches_{self.stem}", numbered=True)
        slot = len(self.functions)
        self.functions.append([])
        saved, self.counter = self.counter, 0
        why, self.why = self.why, None  # a matcher's messages are never shown
        outer, self.slot = self.slot, slot
        body = self._schema(schema, "value", "path", False)
        self.counter, self.why, self.slot = saved, why, outer
        lines = [f"def {fn}(value: object) -> bool:"]
        doc = self._docstring("Whether ``value`` matches {}.")
        if not body:
            self.functions[slot] = [*lines, *render([*doc, "return True"], 1)]
            return fn
        setup = ['path = ""'] if "path" in variables(body) else []
        body = [*doc, "errors: list[str] = []", *setup, *body, "return not errors"]
        self.functions[slot] = lines + render(body, 1)
        return fn

    def _resolve(self, ref: str) -> Any:
        """The schema a ``$ref`` names (None when it is not one of the compiled schemas)."""
        name = component(ref)
        return self.schemas.get(name) if name is not None else None

    def _regex(self, pattern: str) -> str:
        """The module constant holding ``re.compile(pattern)``."""
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise ValueError(f"invalid pattern {pattern!r}: {exc}") from None
        self.uses_re = True
        return self._constant("PATTERN", f"re.compile({self._literal(pattern)})")

    def _ref_function(self, ref: str, secret: bool) -> str:
        name = component(ref)
        if name is None or name not in self.schemas:
            raise ValueError(f"$ref {ref!r} is not one of the compiled schemas")
        if not secret or _is_secret(self.schemas[name]):
            return self.names[name]
        if name not in self.redacted:
            self.redacted[name] = self._name(f"_{self.names[name].lstrip('_')}_redacted")
        return self.redacted[name]

    def _child(self, schema: Any, secret: bool, v: str, p: str, n: int = 0) -> list[Stmt]:
        """Code checking ``schema`` on the instance ``v`` at path ``p`` (both expressions).

        A ``$ref`` or a nested structure becomes a call; anything else is inlined, reading ``v``
        and ``p`` into local variables (numbered ``n``, or the next number) when needed.
        """
        if isinstance(schema, Mapping):
            secret = secret or _is_secret(schema)
            keys = {k for k in schema if k not in ANNOTATIONS and not str(k).startswith("x-")}
            callee = None
            if keys == {"$ref"}:
                callee = self._ref_function(schema["$ref"], secret)
            elif keys & _STRUCTURAL:
                callee = self._name(f"_validate_{self.stem}", numbered=True)
                self._function(callee, schema, secret, "Check ``value`` against {}.")
            if callee:
                return [f"{callee}({v}, {p}, errors)"]
        if not n:
            self.counter += 1
            n = self.counter
        value = v if v.isidentifier() else f"value_{n}"
        path = f"path_{n}"
        body = self._schema(schema, value, path, secret)
        used = variables(body)
        setup: list[Stmt] = [f"{value} = {v}"] if value != v and value in used else []
        setup += [f"{path} = {p}"] if path in used else []
        return setup + body if body else []

    # -- schemas --------------------------------------------------------------------------
    def _schema(self, schema: Any, v: str, p: str, secret: bool) -> list[Stmt]:
        if schema is True:
            return []
        if schema is False:
            return self._check("True", v, p, secret, " is not allowed here").body
        if not isinstance(schema, Mapping):
            raise ValueError(f"{'/'.join(self.where)}: not a schema: {schema!r}")
        s: Mapping[str, Any] = schema
        secret = secret or _is_secret(s)
        out: list[Stmt] = []
        if "type" in s:
            out.append(self._type(s["type"], v, p, secret))
        if "enum" in s:
            out.append(self._enum(s["enum"], v, p, secret))
        if "const" in s:
            out.append(self._const(s["const"], v, p, secret))
        for guard, checks in (
            (f"isinstance({v}, str)", self._string(s, v, p, secret)),
            (
                f"isinstance({v}, (int, float)) and not isinstance({v}, bool)",
                self._number(s, v, p, secret),
            ),
            (f"isinstance({v}, list)", self._array(s, v, p, secret)),
            (f"isinstance({v}, dict)", self._object(s, v, p, secret)),
        ):
            if checks:
                out.append(If(guard, checks))
        if "$ref" in s:
            out.append(f"{self._ref_function(s['$ref'], secret)}({v}, {p}, errors)")
        for i, sub in enumerate(s.get("allOf", ())):
            with self._inside("allOf", i):
                out += self._schema(sub, v, p, secret)
        out += self._applicators(s, v, p, secret)
        # `if not isinstance(value, dict): <error> else: <checks of objects>`
        first, second = [*out, "", ""][:2]
        if isinstance(first, If) and isinstance(second, If) and not second.orelse:
            first.orelse, out[1:2] = (
                (second.body, []) if first.test == f"not {second.test}" else ([], [second])
            )
        return out

    def _type(self, types: str | list[str], v: str, p: str, secret: bool) -> If:
        names = [types] if isinstance(types, str) else list(types)
        tests = {
            "null": f"{v} is None",
            "boolean": f"isinstance({v}, bool)",
            "object": f"isinstance({v}, dict)",
            "array": f"isinstance({v}, list)",
            "number": f"_is_number({v})",
            "string": f"isinstance({v}, str)",
            "integer": f"_is_integer({v})",
        }
        if names == ["null"]:
            bad = f"{v} is not None"
        elif len(names) == 1:
            bad = "not " + tests[names[0]]
        else:
            bad = "not (" + " or ".join(tests[n] for n in names) + ")"
        shown = ", ".join(repr(n) for n in names)
        return self._check(bad, v, p, secret, f" is not of type {shown}")

    def _enum(self, values: list[Any], v: str, p: str, secret: bool) -> If:
        if values and all(isinstance(x, str) for x in values):
            members = ", ".join(self._literal(x) for x in values)
            const = self._constant("ENUM", f"frozenset({{{members}}})")
            bad = f"not isinstance({v}, str) or {v} not in {const}"
        else:
            self.helpers.add("json_equal")
            members = "".join(self._literal(x) + "," for x in values)
            const = self._constant("ENUM", f"({members})")
            bad = f"not any(_json_equal({v}, option) for option in {const})"
        shown = ", ".join(repr(x) for x in values)
        return self._check(bad, v, p, secret, f" is not one of {shown}")

    def _const(self, value: Any, v: str, p: str, secret: bool) -> If:
        if isinstance(value, str):
            bad = f"{v} != {self._literal(value)}"
        elif value is None or isinstance(value, bool):
            bad = f"{v} is not {value!r}"
        else:
            self.helpers.add("json_equal")
            bad = f"not _json_equal({v}, {self._literal(value)})"
        return self._check(bad, v, p, secret, f" is not equal to {value!r}")

    def _string(self, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
        out: list[Stmt] = []
        for key, op, text in (
            ("minLength", "<", " is shorter than the minimum length of "),
            ("maxLength", ">", " is longer than the maximum length of "),
        ):
            if key in s:
                test = f"len({v}) {op} {self._literal(s[key])}"
                out.append(self._check(test, v, p, secret, text + repr(s[key])))
        if "pattern" in s:
            pattern = s["pattern"]
            const = self._regex(pattern)
            text = f" does not match the pattern {pattern!r}"
            out.append(self._check(f"{const}.search({v}) is None", v, p, secret, text))
        return out

    def _number(self, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
        out: list[Stmt] = []
        for key, op, text in (
            ("minimum", "<", "is less than the minimum of"),
            ("maximum", ">", "is greater than the maximum of"),
            ("exclusiveMinimum", "<=", "is less than or equal to the exclusive minimum of"),
            ("exclusiveMaximum", ">=", "is greater than or equal to the exclusive maximum of"),
        ):
            if key in s:
                test = f"{v} {op} {self._literal(s[key])}"
                out.append(self._check(test, v, p, secret, f" {text} {s[key]!r}"))
        if "multipleOf" in s:
            step = s["multipleOf"]
            if isinstance(step, float):
                self.helpers.add("multiple")
                test = f"not _is_multiple_of({v}, {self._literal(step)})"
            else:
                test = f"{v} % {self._literal(step)} != 0"
            out.append(self._check(test, v, p, secret, f" is not a multiple of {step!r}"))
        return out

    def _sizes(self, s: Mapping[str, Any], v: str, p: str, what: str) -> list[Stmt]:
        out: list[Stmt] = []
        for key, op, word in (("min", "<", "at least"), ("max", ">", "at most")):
            limit = s.get(key + what)
            if limit is not None:
                noun = {"Items": "item", "Properties": "property"}[what]
                noun = noun if limit == 1 else noun.replace("y", "ie") + "s"
                message = f"expected {word} {limit!r} {noun}, got "
                test = f"len({v}) {op} {self._literal(limit)}"
                out.append(self._fixed(test, p, message, f"str(len({v}))"))
        return out

    def _array(self, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
        return self._sizes(s, v, p, "Items") + array_checks(self, s, v, p, secret)

    def _object(self, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
        out = self._sizes(s, v, p, "Properties")
        for name in s.get("required", ()):
            test = f"{self._literal(name)} not in {v}"
            if self.why is not None:  # a rule's consequence: say so, and why
                out.append(self._sentence(test, p, [name], "is required"))
            else:
                out.append(self._fixed(test, p, f"{name!r} is a required property"))
        for name, needed in (s.get("dependentRequired") or {}).items():
            with self._rule(is_set(name), p):
                for each in needed:
                    test = f"{self._literal(name)} in {v} and {self._literal(each)} not in {v}"
                    out.append(self._sentence(test, p, [each], "is required"))
        properties: Mapping[str, Any] = s.get("properties") or {}
        for name, sub in properties.items():
            key = self._literal(name)
            with self._inside("properties", name):
                body = self._child(sub, secret, f"{v}[{key}]", f"_at({p}, {key})")
            if body:
                out.append(If(f"{key} in {v}", body))
        return out + object_checks(self, s, v, p, secret)

    def _applicators(self, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
        out: list[Stmt] = []
        if "anyOf" in s:
            calls = [
                f"{self._sub_matcher(sub, 'anyOf', i)}({v})" for i, sub in enumerate(s["anyOf"])
            ]
            text = f" does not match any of the {len(calls)} anyOf alternatives"
            out.append(self._check(" and ".join(f"not {c}" for c in calls), v, p, secret, text))
        if "oneOf" in s:
            calls = [
                f"{self._sub_matcher(sub, 'oneOf', i)}({v})" for i, sub in enumerate(s["oneOf"])
            ]
            self.counter += 1
            n = f"matched_{self.counter}"
            text = f" must match exactly one of the {len(calls)} oneOf alternatives, not "
            out.append(f"{n} = [{', '.join(calls)}].count(True)")
            out.append(self._check(f"{n} != 1", v, p, secret, text, f"str({n})"))
        if "not" in s:
            test = f"{self._sub_matcher(s['not'], 'not')}({v})"
            forbidden = _forbidden(s["not"])
            if forbidden and self.why is not None:
                verb = "must not be set" if len(forbidden) == 1 else "must not all be set"
                out.append(self._sentence(test, p, forbidden, verb))
            else:
                out.append(self._fixed(test, p, _not_message(s["not"])))
        if "if" in s and ("then" in s or "else" in s):
            test = f"{self._sub_matcher(s['if'], 'if')}({v})"
            with self._inside("then"), self._rule(lambda at: condition(s["if"], at), p):
                then = self._schema(s.get("then", True), v, p, secret)
            with self._inside("else"), self._rule(lambda at: condition(s["if"], at, False), p):
                orelse = self._schema(s.get("else", True), v, p, secret)
            if then:
                out.append(If(test, then, orelse))
            elif orelse:
                out.append(If(f"not {test}", orelse))
        return out

    def _sub_matcher(self, schema: Any, *where: object) -> str:
        with self._inside(*where):
            return self._matcher(schema)


def _forbidden(sub: Any) -> list[str]:
    """The names of ``not: {required: [...]}`` (nothing else): fields that must not be set."""
    keys = {k for k in sub if k not in ANNOTATIONS} if isinstance(sub, Mapping) else None
    return [str(n) for n in sub["required"]] if keys == {"required"} and sub["required"] else []


def _not_message(sub: Any) -> str:
    if names := _forbidden(sub):
        shown = ", ".join(repr(n) for n in names)
        return f"{shown} must not {'be' if len(names) == 1 else 'all be'} set"
    return "must not match the schema"


def _is_secret(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("writeOnly") is True or schema.get("format") == "password"
    )
