# Generated from tests/specs/constructs/json_schema_keywords.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

import re

_SHAPE_LABELS_PATTERN = re.compile("^[a-z]+$")
_SHAPE_PATTERN = re.compile("^x-")
_SHAPE_PROPERTIES = frozenset({"name", "origin", "route", "tags", "steps", "labels"})
_CLOSED_PET_PROPERTIES = frozenset({"owner", "legs", "name"})


def _at(path: str, key: object) -> str:
    """The path of property ``key`` of the object at ``path`` (``""`` is the root)."""
    return f"{path}.{key}" if path else str(key)


def _report(errors: list[str], path: str, message: str) -> None:
    errors.append(f"{path}: {message}" if path else message)


def _show(value: object) -> str:
    """A short repr for messages; containers are elided because they may hold secrets."""
    if isinstance(value, dict):
        return "{...}" if value else "{}"
    if isinstance(value, list):
        return "[...]" if value else "[]"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _is_number(value: object) -> bool:
    """JSON Schema's number: an int or a float, never a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    """JSON Schema's integer: 3 and 3.0, never True."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _json_equal(one: object, two: object) -> bool:
    """Equality as JSON Schema defines it: 1 == 1.0, but True != 1."""
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(
            _json_equal(a, b) for a, b in zip(one, two, strict=True)
        )
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_json_equal(one[k], two[k]) for k in one)
    return one == two


def _unique_items(items: list[object]) -> bool:
    """uniqueItems: no two items are equal as JSON values (1 == 1.0, but True != 1)."""
    return not any(
        _json_equal(item, other) for index, item in enumerate(items) for other in items[index + 1 :]
    )


def validate_point(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Point."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        if len(value) < 2:
            _report(errors, path, "expected at least 2 items, got " + str(len(value)))
        if len(value) > 0:
            value_1 = value[0]
            path_1 = f"{path}[0]"
            if not _is_number(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'number'")
        if len(value) > 1:
            value_2 = value[1]
            path_2 = f"{path}[1]"
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
        if len(value) > 2:
            _report(errors, path, "expected at most 2 items, got " + str(len(value)))


def match_shape_route_item_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def match_shape_route_item_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def validate_shape(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Shape."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "origin" not in value:
            _report(errors, path, "'origin' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "origin" in value:
            validate_point(value["origin"], _at(path, "origin"), errors)
        if "route" in value:
            _validate_shape_1(value["route"], _at(path, "route"), errors)
        if "tags" in value:
            _validate_shape_2(value["tags"], _at(path, "tags"), errors)
        if "steps" in value:
            _validate_shape_3(value["steps"], _at(path, "steps"), errors)
        if "labels" in value:
            _validate_shape_4(value["labels"], _at(path, "labels"), errors)
        for key_2, value_2 in value.items():
            if _SHAPE_PATTERN.search(key_2):
                path_2 = _at(path, key_2)
                if not isinstance(value_2, str):
                    _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        for key_3 in value:
            if key_3 not in _SHAPE_PROPERTIES and _SHAPE_PATTERN.search(key_3) is None:
                _report(errors, path, "unexpected property " + _show(key_3))


def _validate_shape_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Shape/properties/route."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        if len(value) > 0:
            value_1 = value[0]
            path_1 = f"{path}[0]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        for index_2, value_2 in enumerate(value[1:], 1):
            path_2 = f"{path}[{index_2}]"
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def _validate_shape_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Shape/properties/tags."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if not _unique_items(value):
            _report(errors, path, _show(value) + " has non-unique elements")


def _validate_shape_3(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Shape/properties/steps."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        matched_2 = sum(1 for value_2 in value if _matches_shape_1(value_2))
        if matched_2 < 1:
            _report(errors, path, "expected at least 1 matching item, got " + str(matched_2))


def _matches_shape_1(value: object) -> bool:
    """Whether ``value`` matches Shape/properties/steps/contains."""
    errors: list[str] = []
    path = ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 10:
        _report(errors, path, _show(value) + " is less than the minimum of 10")
    return not errors


def _validate_shape_4(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Shape/properties/labels."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if len(value) < 1:
            _report(errors, path, "expected at least 1 property, got " + str(len(value)))
        if len(value) > 4:
            _report(errors, path, "expected at most 4 properties, got " + str(len(value)))
        for key_1 in value:
            path_1 = path
            if isinstance(key_1, str) and _SHAPE_LABELS_PATTERN.search(key_1) is None:
                _report(errors, path_1, _show(key_1) + " does not match the pattern '^[a-z]+$'")
        for key_2, value_2 in value.items():
            path_2 = _at(path, key_2)
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_billing(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Billing."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "credit_card" in value:
            value_2 = value["credit_card"]
            path_2 = _at(path, "credit_card")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "billing_address" in value:
            value_3 = value["billing_address"]
            path_3 = _at(path, "billing_address")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "credit_card" in value and isinstance(value, dict) and "billing_address" not in value:
            errors.append(
                "`"
                + _at(path, "billing_address")
                + "` is required because `"
                + (f"{path}." if path else "")
                + "credit_card` is set"
            )


def validate_node(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Node."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "children" in value:
            _validate_node_1(value["children"], _at(path, "children"), errors)


def _validate_node_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Node/properties/children."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_node(value_1, f"{path}[{index_1}]", errors)


def validate_animal(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Animal."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "legs" in value:
            value_2 = value["legs"]
            path_2 = _at(path, "legs")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 0:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")


def validate_closed_pet(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ClosedPet."""
    if isinstance(value, dict):
        if "owner" in value:
            value_1 = value["owner"]
            path_1 = _at(path, "owner")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        for key_2 in value:
            if key_2 not in _CLOSED_PET_PROPERTIES:
                _report(errors, path, "unexpected property " + _show(key_2))
    validate_animal(value, path, errors)


def validate_create_shape_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_shape(value, path, errors)


def validate_set_billing_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_billing(value, path, errors)


def validate_create_tree_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_node(value, path, errors)


def validate_create_pet_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_closed_pet(value, path, errors)
