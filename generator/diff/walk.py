"""Comparing the models and enums reached from the operations, once per direction.

A model met in a request body is compared with request rules (the client sends it), one met in
a response with response rules (the client reads it); a model used both ways is compared twice.
"""

from __future__ import annotations

from typing import Literal

from ..ir import NO_DEFAULT, Api, EnumType, Field, Model, TypeRef
from . import constraints
from .changes import BREAKING, COMPATIBLE, PATCH, Change, Collector, deprecation_change
from .typecmp import Pairs, relation, spell

Direction = Literal["request", "response"]


class Walk:
    """The changes found so far, and the models and enums still to compare."""

    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.model_pairs: set[tuple[str, str]] = set()
        self.enum_pairs: set[tuple[str, str]] = set()
        self._done: set[tuple[str, str, str, str]] = set()
        self._queue: list[tuple[str, object, object, Direction]] = []
        self._described: set[str] = set()

    def _once(self, where: str) -> bool:
        """Whether a description change at ``where`` is not reported yet (models met twice)."""
        seen = where in self._described
        self._described.add(where)
        return not seen

    def types(self, old: TypeRef | None, new: TypeRef | None, direction: Direction) -> str:
        pairs = Pairs()
        rel = relation(old, new, pairs)
        for a, b in pairs.models:
            self.model_pairs.add((a, b))
            self._queue.append(("model", a, b, direction))
        for x, y in pairs.enums:
            self.enum_pairs.add((x.name, y.name))
            self._queue.append(("enum", x, y, direction))
        for a, b in pairs.aliases:
            self._queue.append(("alias", a, b, direction))
        return rel

    def type_change(
        self,
        c: Collector,
        where: str,
        old: TypeRef | None,
        new: TypeRef | None,
        direction: Direction,
    ) -> None:
        """Report a changed type; sending a narrower type or reading a wider one breaks."""
        rel = self.types(old, new, direction)
        if rel == "equal":
            return
        words = f"type `{spell(old)}` → `{spell(new)}`"
        if rel == "different":
            why = "another JSON type on the wire"
            c.add("wire", f"{direction}-type-changed", where, BREAKING, f"{words}: {why}")
            return
        narrower = rel == "narrower"
        kind = "python-type-narrowed" if narrower else "python-type-widened"
        if direction == "request":
            why = "callers may pass fewer values" if narrower else "callers may pass more values"
            c.add("python", kind, where, BREAKING if narrower else COMPATIBLE, f"{words}: {why}")
        else:
            why = (
                "the values read are a subset of the old ones"
                if narrower
                else "code reading it must handle values the old type did not allow"
            )
            c.add("python", kind, where, COMPATIBLE if narrower else BREAKING, f"{words}: {why}")

    def drain(self) -> None:
        while self._queue:
            what, a, b, direction = self._queue.pop(0)
            if what == "model":
                assert isinstance(a, str) and isinstance(b, str)
                key = ("model", a, b, direction)
                if key not in self._done:
                    self._done.add(key)
                    self._model(self.old.model(a), self.new.model(b), direction)
            elif what == "alias":
                assert isinstance(a, str) and isinstance(b, str)
                key = ("alias", a, b, direction)
                if key not in self._done:
                    self._done.add(key)
                    old, new = self.old.alias(a).type, self.new.alias(b).type
                    c = Collector(self.changes, f"type {b}", b)
                    self.type_change(c, b, old, new, direction)
            else:
                assert isinstance(a, EnumType) and isinstance(b, EnumType)
                key = ("enum", a.name, b.name, direction)
                if key not in self._done:
                    self._done.add(key)
                    self._enum(a, b, direction)

    # -- models --------------------------------------------------------------------------------
    def _model(self, old: Model, new: Model, direction: Direction) -> None:
        c = Collector(self.changes, f"model {new.name}", new.name)
        if self._once(f"{new.name} deprecated"):
            deprecation_change(c, new.name, f"model `{new.name}`", old, new)
        if old.description != new.description and self._once(new.name):
            c.add("wire", "description-changed", new.name, PATCH, "description changed")
        before = {f.name: f for f in old.fields}
        after = {f.name: f for f in new.fields}
        for name in before.keys() - after.keys():
            f = before[name]
            self._field_removed(
                c.at(f"{new.name}.{f.python_name}"), f"{new.name}.{name}", f, direction
            )
        for name in [f.name for f in new.fields if f.name not in before]:
            f = after[name]
            self._field_added(
                c.at(f"{new.name}.{f.python_name}"), f"{new.name}.{name}", f, direction
            )
        for f in new.fields:
            if f.name in before:
                at = c.at(f"{new.name}.{f.python_name}")
                self._field(at, f"{new.name}.{f.name}", before[f.name], f, direction)
        if old.extra is not None or new.extra is not None:
            at = c.at(f"{new.name}.{new.extra_name}")
            self.type_change(at, f"{new.name}.extra", old.extra, new.extra, direction)
        old_rules = {r.text for r in old.rules}
        new_rules = {r.text for r in new.rules}
        for text in sorted(new_rules - old_rules):
            bump = BREAKING if direction == "request" else PATCH
            c.add("wire", f"{direction}-rule-added", new.name, bump, f"rule added: {text}")
        for text in sorted(old_rules - new_rules):
            bump = COMPATIBLE if direction == "request" else PATCH
            c.add("wire", f"{direction}-rule-removed", new.name, bump, f"rule removed: {text}")

    def _field_removed(self, c: Collector, where: str, f: Field, direction: Direction) -> None:
        if direction == "request":
            why = "callers setting it get a TypeError; the server no longer reads it"
        else:
            why = "code reading the attribute breaks"
        c.add(
            "wire",
            f"{direction}-field-removed",
            where,
            BREAKING,
            f"field `{f.name}` removed: {why}",
        )

    def _field_added(self, c: Collector, where: str, f: Field, direction: Direction) -> None:
        if direction == "request" and f.required and not f.read_only:
            why = "every caller must now set it"
            c.add("wire", "request-field-added", where, BREAKING, f"required field added: {why}")
        else:
            what = "optional field" if direction == "request" else "field"
            words = f"{what} `{f.name}` added"
            default = f"default {f.default!r}" if f.has_default else ""
            c.add("wire", f"{direction}-field-added", where, COMPATIBLE, words, default)

    def _field(
        self, c: Collector, where: str, old: Field, new: Field, direction: Direction
    ) -> None:
        if self._once(f"{where} deprecated"):
            deprecation_change(c, where, f"field `{new.name}`", old, new)
        if old.python_name != new.python_name:
            words = f"attribute `{old.python_name}` → `{new.python_name}`"
            c.add("python", "field-renamed", where, BREAKING, f"{words}: code using it breaks")
        if old.required != new.required:
            self._required(c, where, new.required, direction)
        self.type_change(c, where, old.type, new.type, direction)
        for keyword, narrowed, words in constraints.compare(old.constraints, new.constraints):
            _constraint(c, where, keyword, narrowed, words, direction)
        if _default(old.default) != _default(new.default):
            words = f"default {_default(old.default)} → {_default(new.default)}"
            if direction == "request":
                why = "callers leaving it out get the new behaviour"
                c.add("wire", "request-default-changed", where, COMPATIBLE, f"{words}: {why}")
            else:
                c.add("wire", "response-default-changed", where, PATCH, words)
        if old.description != new.description and self._once(where):
            c.add("wire", "description-changed", where, PATCH, "description changed")

    def _required(self, c: Collector, where: str, required: bool, direction: Direction) -> None:
        kind = f"{direction}-field-required-changed"
        if direction == "request":
            if required:
                c.add("wire", kind, where, BREAKING, "now required: callers leaving it out break")
            else:
                c.add("wire", kind, where, COMPATIBLE, "now optional")
        elif required:
            c.add("wire", kind, where, COMPATIBLE, "now always present")
        else:
            why = "may be missing now: code reading it must handle UNSET/None"
            c.add("wire", kind, where, BREAKING, f"now optional: {why}")

    # -- enums ---------------------------------------------------------------------------------
    @staticmethod
    def _member(api: Api, enum: str, value: object) -> str:
        """The Python spelling of an enum value: ``RecordingStatus.PAUSED``."""
        for e in api.enums:
            if e.name == enum:
                for m in e.members:
                    if m.value == value:
                        return f"{enum}.{m.python_name}"
        return enum

    def _enum(self, old: EnumType, new: EnumType, direction: Direction) -> None:
        c = Collector(self.changes, f"enum {new.name}")
        for value in [v for v in old.values if v not in new.values]:
            where = f"{new.name}.{value}"
            c = c.at(self._member(self.old, old.name, value))
            if direction == "request":
                why = "callers sending it break"
                c.add(
                    "wire",
                    "request-enum-value-removed",
                    where,
                    BREAKING,
                    f"value {value!r} removed: {why}",
                )
            else:
                why = "the server no longer sends it"
                c.add(
                    "wire",
                    "response-enum-value-removed",
                    where,
                    COMPATIBLE,
                    f"value {value!r} removed: {why}",
                )
        for value in [v for v in new.values if v not in old.values]:
            where = f"{new.name}.{value}"
            c = c.at(self._member(self.new, new.name, value))
            if direction == "request":
                words = f"value {value!r} added"
                c.add("wire", "request-enum-value-added", where, COMPATIBLE, words, repr(value))
            else:
                why = "compatible for this client: it keeps values it does not know"
                c.add(
                    "wire",
                    "response-enum-value-added",
                    where,
                    COMPATIBLE,
                    f"value {value!r} added: {why}",
                    repr(value),
                )


def _constraint(
    c: Collector, where: str, keyword: str, narrowed: bool, words: str, direction: Direction
) -> None:
    if direction == "response":
        c.add("wire", "response-constraint-changed", where, PATCH, f"{words}: documented only")
    elif narrowed:
        why = "values accepted before are now rejected"
        c.add("wire", "constraint-narrowed", where, BREAKING, f"{words}: {why}")
    else:
        c.add("wire", "constraint-widened", where, COMPATIBLE, f"{words}: more values accepted")


def _default(value: object) -> str:
    return "none" if value is NO_DEFAULT else repr(value)
