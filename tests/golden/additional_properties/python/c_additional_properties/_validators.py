# Generated from tests/specs/constructs/additional_properties.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_PRODUCT_PROPERTIES = frozenset({"sku", "name"})


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


def validate_stock_level(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StockLevel."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "on_hand" not in value:
            _report(errors, path, "'on_hand' is a required property")
        if "reserved" not in value:
            _report(errors, path, "'reserved' is a required property")
        if "on_hand" in value:
            value_1 = value["on_hand"]
            path_1 = _at(path, "on_hand")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 0:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 0")
        if "reserved" in value:
            value_2 = value["reserved"]
            path_2 = _at(path, "reserved")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 0:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")


def validate_labels(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Labels."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            path_1 = _at(path, key_1)
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
            else:
                if len(value_1) > 63:
                    _report(
                        errors, path_1, _show(value_1) + " is longer than the maximum length of 63"
                    )


def validate_product(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Product."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "sku" not in value:
            _report(errors, path, "'sku' is a required property")
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "sku" in value:
            value_1 = value["sku"]
            path_1 = _at(path, "sku")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "name" in value:
            value_2 = value["name"]
            path_2 = _at(path, "name")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        for key_3, value_3 in value.items():
            if key_3 not in _PRODUCT_PROPERTIES:
                path_3 = _at(path, key_3)
                if not isinstance(value_3, str):
                    _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def _validate_put_labels_resource_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_put_labels_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_labels(value, path, errors)


def validate_create_product_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_product(value, path, errors)
