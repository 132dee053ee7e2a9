# Generated from tests/specs/constructs/const_and_numeric_enums.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_PRIORITY_ENUM = (
    1,
    2,
    3,
)
_SCALE_ENUM = (
    0.5,
    1.0,
    1.5,
)


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


def validate_priority(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Priority."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if not any(_json_equal(value, option) for option in _PRIORITY_ENUM):
        _report(errors, path, _show(value) + " is not one of 1, 2, 3")


def validate_scale(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Scale."""
    if not _is_number(value):
        _report(errors, path, _show(value) + " is not of type 'number'")
    if not any(_json_equal(value, option) for option in _SCALE_ENUM):
        _report(errors, path, _show(value) + " is not one of 0.5, 1.0, 1.5")


def validate_new_task(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as NewTask."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "priority" not in value:
            _report(errors, path, "'priority' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if value_1 != "task":
                _report(errors, path_1, _show(value_1) + " is not equal to 'task'")
        if "title" in value:
            value_2 = value["title"]
            path_2 = _at(path, "title")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
            else:
                if len(value_2) < 1:
                    _report(
                        errors, path_2, _show(value_2) + " is shorter than the minimum length of 1"
                    )
        if "priority" in value:
            validate_priority(value["priority"], _at(path, "priority"), errors)
        if "scale" in value:
            validate_scale(value["scale"], _at(path, "scale"), errors)


def validate_task(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Task."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "schema_version" not in value:
            _report(errors, path, "'schema_version' is a required property")
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "priority" not in value:
            _report(errors, path, "'priority' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "kind" in value:
            value_2 = value["kind"]
            path_2 = _at(path, "kind")
            if value_2 != "task":
                _report(errors, path_2, _show(value_2) + " is not equal to 'task'")
        if "schema_version" in value:
            value_3 = value["schema_version"]
            path_3 = _at(path, "schema_version")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
            if not _json_equal(value_3, 2):
                _report(errors, path_3, _show(value_3) + " is not equal to 2")
        if "title" in value:
            value_4 = value["title"]
            path_4 = _at(path, "title")
            if not isinstance(value_4, str):
                _report(errors, path_4, _show(value_4) + " is not of type 'string'")
        if "flags" in value:
            _validate_task_1(value["flags"], _at(path, "flags"), errors)
        if "weights" in value:
            _validate_task_2(value["weights"], _at(path, "weights"), errors)
        if "priority" in value:
            validate_priority(value["priority"], _at(path, "priority"), errors)
        if "scale" in value:
            validate_scale(value["scale"], _at(path, "scale"), errors)


def _validate_task_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Task/properties/flags."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if value_1 != "starred":
                _report(errors, path_1, _show(value_1) + " is not equal to 'starred'")


def _validate_task_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Task/properties/weights."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            path_1 = _at(path, key_1)
            if not _json_equal(value_1, 1):
                _report(errors, path_1, _show(value_1) + " is not equal to 1")


def _validate_list_tasks_priority(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_priority(value, path, errors)


def validate_create_task_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_new_task(value, path, errors)
