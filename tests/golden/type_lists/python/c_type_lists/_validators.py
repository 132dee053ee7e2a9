# Generated from tests/specs/constructs/type_lists.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""


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


def match_setting_value_value_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def match_setting_value_value_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def match_setting_value_value_3(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, bool):
        _report(errors, path, _show(value) + " is not of type 'boolean'")


def validate_setting_value(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SettingValue."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "value" not in value:
            _report(errors, path, "'value' is a required property")
        if "value" in value:
            value_1 = value["value"]
            path_1 = _at(path, "value")
            if not (isinstance(value_1, str) or _is_integer(value_1) or isinstance(value_1, bool)):
                _report(
                    errors,
                    path_1,
                    _show(value_1) + " is not of type 'string', 'integer', 'boolean'",
                )
        if "note" in value:
            value_2 = value["note"]
            path_2 = _at(path, "note")
            if not (isinstance(value_2, str) or value_2 is None):
                _report(errors, path_2, _show(value_2) + " is not of type 'string', 'null'")


def match_setting_value_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def match_setting_value_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def match_setting_value_3(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, bool):
        _report(errors, path, _show(value) + " is not of type 'boolean'")


def validate_setting(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Setting."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "key" not in value:
            _report(errors, path, "'key' is a required property")
        if "value" not in value:
            _report(errors, path, "'value' is a required property")
        if "key" in value:
            value_1 = value["key"]
            path_1 = _at(path, "key")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "value" in value:
            value_2 = value["value"]
            path_2 = _at(path, "value")
            if not (isinstance(value_2, str) or _is_integer(value_2) or isinstance(value_2, bool)):
                _report(
                    errors,
                    path_2,
                    _show(value_2) + " is not of type 'string', 'integer', 'boolean'",
                )
        if "note" in value:
            value_3 = value["note"]
            path_3 = _at(path, "note")
            if not (isinstance(value_3, str) or value_3 is None):
                _report(errors, path_3, _show(value_3) + " is not of type 'string', 'null'")


def _validate_get_setting_key(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_put_setting_key(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_put_setting_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_setting_value(value, path, errors)


def match_lookup_setting_ref_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def match_lookup_setting_ref_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_lookup_setting_ref(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not (isinstance(value, str) or _is_integer(value)):
        _report(errors, path, _show(value) + " is not of type 'string', 'integer'")
