"""Conditional schema rules (``if``/``then``/``else``, ``dependentRequired``,
``dependentSchemas``) in plain words.

The docs state these rules from the schema itself, so a rule changed in the spec can never be
described wrongly by hand-written prose. Patterns we cannot put into words fall back to the
rule's own ``description`` and, failing that, to a generic sentence naming the keyword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def describe_rules(schema: Mapping[str, Any], prefix: str = "") -> list[str]:
    """Sentences for every conditional rule on ``schema`` (including inside ``allOf``)."""
    sentences: list[str] = []
    blocks = [schema, *[b for b in schema.get("allOf") or [] if isinstance(b, Mapping)]]
    for block in blocks:
        if isinstance(block.get("if"), Mapping):
            sentences.append(_if_then(block, prefix))
        for trigger, needed in (block.get("dependentRequired") or {}).items():
            names = _join([_code(prefix + n) for n in needed], "and")
            verb = "is" if len(needed) == 1 else "are"
            sentences.append(f"When {_code(prefix + trigger)} is set, {names} {verb} required.")
        for trigger, sub in (block.get("dependentSchemas") or {}).items():
            sentences.append(_dependent(prefix + str(trigger), sub, prefix))
    return sentences


def _dependent(trigger: str, sub: Any, prefix: str) -> str:
    """A ``dependentSchemas`` entry: what applies when ``trigger`` is set."""
    needed = sub.get("required") if isinstance(sub, Mapping) else None
    if isinstance(needed, list) and needed and set(sub) <= {"required", "properties"}:
        names = _join([_code(prefix + str(n)) for n in needed], "and")
        verb = "is" if len(needed) == 1 else "are"
        return f"When {_code(trigger)} is set, {names} {verb} required."
    described = sub.get("description") if isinstance(sub, Mapping) else None
    return str(described) if described else f"When {_code(trigger)} is set, more rules apply."


def _if_then(block: Mapping[str, Any], prefix: str) -> str:
    condition = _conditions(block["if"], prefix)
    then = _requirements(block.get("then"), prefix)
    otherwise = _requirements(block.get("else"), prefix)
    if condition is None or then is None or otherwise is None:
        described = block.get("description")
        return (
            str(described) if described else "A conditional rule (if/then) applies; see the schema."
        )
    sentence = f"If {condition}, {then or 'no further rule applies'}"
    if otherwise:
        sentence += f"; otherwise {otherwise}"
    return sentence + "."


def condition(schema: Any, prefix: str = "", holds: bool = True) -> str | None:
    """Why a ``then`` (``holds``) or an ``else`` branch applies, in the docs' words:
    "`type` is `aws`" / "`type` is not `aws`"; None when too complex to say.

    The validators append it to a message ("... because `type` is `aws`"), so that an error
    says which condition made the rule apply, as the docs state it.
    """
    parts = _condition_parts(schema, prefix)
    if parts is None:
        return None
    if holds:
        return _join([f"{subject} is {what}" for subject, what in parts], "and")
    if len(parts) == 1:
        return f"{parts[0][0]} is not {parts[0][1]}"
    return "not all of " + _join([f"{subject} is {what}" for subject, what in parts], "and")


def _conditions(schema: Any, prefix: str) -> str | None:
    """``if`` subschema → "`video_config.codec` is `VP8`"; None when too complex to say."""
    return condition(schema, prefix)


def _condition_parts(schema: Any, prefix: str) -> list[tuple[str, str]] | None:
    """The (subject, value) pairs an ``if`` subschema tests: ("`type`", "`aws` or `azure`")."""
    if not isinstance(schema, Mapping):
        return None
    parts: list[tuple[str, str]] = []
    required = set(schema.get("required") or [])
    for name, sub in (schema.get("properties") or {}).items():
        path = prefix + name
        if not isinstance(sub, Mapping):
            return None
        if "const" in sub:
            parts.append((_code(path), _code(sub["const"])))
        elif "enum" in sub:
            parts.append((_code(path), _join([_code(v) for v in sub["enum"]], "or")))
        elif "properties" in sub:
            inner = _condition_parts(sub, path + ".")
            if inner is None:
                return None
            parts += inner
        else:
            return None
        required.discard(name)
    parts.extend((_code(prefix + name), "set") for name in sorted(required))
    unknown = set(schema) - {"properties", "required", "description", "type"}
    return parts if parts and not unknown else None


def _requirements(schema: Any, prefix: str) -> str | None:
    """``then`` subschema → "`access_key` is required"; "" when absent; None when too complex."""
    if schema is None:
        return ""
    if not isinstance(schema, Mapping):
        return None
    parts: list[str] = []
    for name in schema.get("required") or []:
        parts.append(f"{_code(prefix + name)} is required")
    for name, sub in (schema.get("properties") or {}).items():
        if not isinstance(sub, Mapping):
            return None
        forbidden = (
            (sub.get("not") or {}).get("required") if isinstance(sub.get("not"), Mapping) else None
        )
        if forbidden and set(sub) <= {"not", "description"}:
            parts.extend(f"{_code(prefix + name + '.' + f)} must not be set" for f in forbidden)
            continue
        inner = _requirements(sub, prefix + name + ".")
        if not inner:
            return None
        parts.append(inner)
    not_required = (
        (schema.get("not") or {}).get("required")
        if isinstance(schema.get("not"), Mapping)
        else None
    )
    if not_required:
        parts.extend(f"{_code(prefix + f)} must not be set" for f in not_required)
    unknown = set(schema) - {"properties", "required", "not", "description"}
    return _join(parts, "and") if parts and not unknown else None


def _code(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]
