# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_SETTINGS_PROPERTIES = frozenset({"mixed_case", "mixedCase", "extra", "to_dict"})


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


def validate_order(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Order."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "customer" in value:
            _validate_order_1(value["customer"], _at(path, "customer"), errors)
        if "billing" in value:
            _validate_order_2(value["billing"], _at(path, "billing"), errors)
        if "shipping" in value:
            _validate_order_3(value["shipping"], _at(path, "shipping"), errors)


def _validate_order_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/customer."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_order_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/billing."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "city" in value:
            value_1 = value["city"]
            path_1 = _at(path, "city")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_order_3(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/shipping."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "city" in value:
            value_1 = value["city"]
            path_1 = _at(path, "city")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "floor" in value:
            value_2 = value["floor"]
            path_2 = _at(path, "floor")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_customer(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Customer."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "email" not in value:
            _report(errors, path, "'email' is a required property")
        if "email" in value:
            value_1 = value["email"]
            path_1 = _at(path, "email")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_line_item(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as LineItem."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "sku" in value:
            value_1 = value["sku"]
            path_1 = _at(path, "sku")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_line_item_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as line_item."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")


def validate_credentials(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Credentials."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "password" not in value:
            _report(errors, path, "'password' is a required property")
        if "password" in value:
            value_1 = value["password"]
            path_1 = _at(path, "password")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_validation_error(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ValidationError."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "field" in value:
            value_1 = value["field"]
            path_1 = _at(path, "field")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "reason" in value:
            value_2 = value["reason"]
            path_2 = _at(path, "reason")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_settings(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Settings."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "mixed_case" in value:
            value_1 = value["mixed_case"]
            path_1 = _at(path, "mixed_case")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "mixedCase" in value:
            value_2 = value["mixedCase"]
            path_2 = _at(path, "mixedCase")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "extra" in value:
            value_3 = value["extra"]
            path_3 = _at(path, "extra")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "to_dict" in value:
            value_4 = value["to_dict"]
            path_4 = _at(path, "to_dict")
            if not isinstance(value_4, bool):
                _report(errors, path_4, _show(value_4) + " is not of type 'boolean'")
        for key_5, value_5 in value.items():
            if key_5 not in _SETTINGS_PROPERTIES:
                path_5 = _at(path, key_5)
                if not _is_integer(value_5):
                    _report(errors, path_5, _show(value_5) + " is not of type 'integer'")


def _validate_get_order_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_id_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time_before(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time_after(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_timeout(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_get_order_mixed_case(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_mixed_case_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_close_operation_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_credentials(value, path, errors)


def validate_put_settings_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_settings(value, path, errors)
