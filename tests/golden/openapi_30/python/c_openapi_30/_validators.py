# Generated from tests/specs/constructs/openapi_30.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_TEXT_1 = " is less than or equal to the exclusive minimum of 0"
_TEXT_2 = " is greater than or equal to the exclusive maximum of 100"


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


def validate_new_widget(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as NewWidget."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "price" not in value:
            _report(errors, path, "'price' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "price" in value:
            value_2 = value["price"]
            path_2 = _at(path, "price")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 <= 0:
                _report(errors, path_2, _show(value_2) + _TEXT_1)
        if "discount_percent" in value:
            value_3 = value["discount_percent"]
            path_3 = _at(path, "discount_percent")
            if not _is_number(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'number'")
            if isinstance(value_3, (int, float)) and not isinstance(value_3, bool):
                if value_3 < 0:
                    _report(errors, path_3, _show(value_3) + " is less than the minimum of 0")
                if value_3 >= 100:
                    _report(errors, path_3, _show(value_3) + _TEXT_2)
        if "description" in value:
            value_4 = value["description"]
            path_4 = _at(path, "description")
            if not (isinstance(value_4, str) or value_4 is None):
                _report(errors, path_4, _show(value_4) + " is not of type 'string', 'null'")


def validate_widget(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Widget."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "price" not in value:
            _report(errors, path, "'price' is a required property")
        if "description" not in value:
            _report(errors, path, "'description' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "name" in value:
            value_2 = value["name"]
            path_2 = _at(path, "name")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "price" in value:
            value_3 = value["price"]
            path_3 = _at(path, "price")
            if not _is_number(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'number'")
        if "description" in value:
            value_4 = value["description"]
            path_4 = _at(path, "description")
            if not (isinstance(value_4, str) or value_4 is None):
                _report(errors, path_4, _show(value_4) + " is not of type 'string', 'null'")


def validate_create_widget_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_new_widget(value, path, errors)


def _validate_get_widget_widget_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 1:
        _report(errors, path, _show(value) + " is less than the minimum of 1")
