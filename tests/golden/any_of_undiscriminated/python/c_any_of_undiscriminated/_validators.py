# Generated from tests/specs/constructs/any_of_undiscriminated.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

import re

_TEXT_1 = " is less than or equal to the exclusive minimum of 0"
_TEXT_2 = " must match exactly one of the 2 oneOf alternatives, not "
_MATCH_PHONE_NUMBER_PHONE_PATTERN = re.compile("^\\+[0-9]{6,15}$")
_MATCH_CIRCLE_PROPERTIES = frozenset({"radius"})
_MATCH_RECTANGLE_PROPERTIES = frozenset({"width", "height"})


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


def match_email_address(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
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


def match_contact_point_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_email_address(value, path, errors)


def match_phone_number(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "phone" not in value:
            _report(errors, path, "'phone' is a required property")
        if "phone" in value:
            value_1 = value["phone"]
            path_1 = _at(path, "phone")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
            else:
                if _MATCH_PHONE_NUMBER_PHONE_PATTERN.search(value_1) is None:
                    _report(
                        errors,
                        path_1,
                        _show(value_1) + " does not match the pattern '^\\\\+[0-9]{6,15}$'",
                    )
        if "extension" in value:
            value_2 = value["extension"]
            path_2 = _at(path, "extension")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def match_contact_point_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_phone_number(value, path, errors)


def validate_new_contact(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as NewContact."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "point" not in value:
            _report(errors, path, "'point' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "point" in value:
            validate_contact_point(value["point"], _at(path, "point"), errors)


def validate_contact(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Contact."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "point" not in value:
            _report(errors, path, "'point' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "name" in value:
            value_2 = value["name"]
            path_2 = _at(path, "name")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "point" in value:
            validate_contact_point(value["point"], _at(path, "point"), errors)


def validate_contact_point(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ContactPoint."""
    if not _matches_contact_point_1(value) and not _matches_contact_point_2(value):
        _report(errors, path, _show(value) + " does not match any of the 2 anyOf alternatives")


def _matches_contact_point_1(value: object) -> bool:
    """Whether ``value`` matches ContactPoint/anyOf/0."""
    errors: list[str] = []
    path = ""
    validate_email_address(value, path, errors)
    return not errors


def _matches_contact_point_2(value: object) -> bool:
    """Whether ``value`` matches ContactPoint/anyOf/1."""
    errors: list[str] = []
    path = ""
    validate_phone_number(value, path, errors)
    return not errors


def validate_email_address(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as EmailAddress."""
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


def validate_phone_number(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PhoneNumber."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "phone" not in value:
            _report(errors, path, "'phone' is a required property")
        if "phone" in value:
            value_1 = value["phone"]
            path_1 = _at(path, "phone")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
            else:
                if _MATCH_PHONE_NUMBER_PHONE_PATTERN.search(value_1) is None:
                    _report(
                        errors,
                        path_1,
                        _show(value_1) + " does not match the pattern '^\\\\+[0-9]{6,15}$'",
                    )
        if "extension" in value:
            value_2 = value["extension"]
            path_2 = _at(path, "extension")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def match_circle(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "radius" not in value:
            _report(errors, path, "'radius' is a required property")
        if "radius" in value:
            value_1 = value["radius"]
            path_1 = _at(path, "radius")
            if not _is_number(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'number'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 <= 0:
                _report(errors, path_1, _show(value_1) + _TEXT_1)
        for key_2 in value:
            if key_2 not in _MATCH_CIRCLE_PROPERTIES:
                _report(errors, path, "unexpected property " + _show(key_2))


def match_shape_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_circle(value, path, errors)


def match_rectangle(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "width" not in value:
            _report(errors, path, "'width' is a required property")
        if "height" not in value:
            _report(errors, path, "'height' is a required property")
        if "width" in value:
            value_1 = value["width"]
            path_1 = _at(path, "width")
            if not _is_number(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'number'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 <= 0:
                _report(errors, path_1, _show(value_1) + _TEXT_1)
        if "height" in value:
            value_2 = value["height"]
            path_2 = _at(path, "height")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 <= 0:
                _report(errors, path_2, _show(value_2) + _TEXT_1)
        for key_3 in value:
            if key_3 not in _MATCH_RECTANGLE_PROPERTIES:
                _report(errors, path, "unexpected property " + _show(key_3))


def match_shape_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_rectangle(value, path, errors)


def validate_shape(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Shape."""
    matched_1 = [_matches_shape_1(value), _matches_shape_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_2 + str(matched_1))


def _matches_shape_1(value: object) -> bool:
    """Whether ``value`` matches Shape/oneOf/0."""
    errors: list[str] = []
    path = ""
    validate_circle(value, path, errors)
    return not errors


def _matches_shape_2(value: object) -> bool:
    """Whether ``value`` matches Shape/oneOf/1."""
    errors: list[str] = []
    path = ""
    validate_rectangle(value, path, errors)
    return not errors


def validate_circle(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Circle."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "radius" not in value:
            _report(errors, path, "'radius' is a required property")
        if "radius" in value:
            value_1 = value["radius"]
            path_1 = _at(path, "radius")
            if not _is_number(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'number'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 <= 0:
                _report(errors, path_1, _show(value_1) + _TEXT_1)
        for key_2 in value:
            if key_2 not in _MATCH_CIRCLE_PROPERTIES:
                _report(errors, path, "unexpected property " + _show(key_2))


def validate_rectangle(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Rectangle."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "width" not in value:
            _report(errors, path, "'width' is a required property")
        if "height" not in value:
            _report(errors, path, "'height' is a required property")
        if "width" in value:
            value_1 = value["width"]
            path_1 = _at(path, "width")
            if not _is_number(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'number'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 <= 0:
                _report(errors, path_1, _show(value_1) + _TEXT_1)
        if "height" in value:
            value_2 = value["height"]
            path_2 = _at(path, "height")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 <= 0:
                _report(errors, path_2, _show(value_2) + _TEXT_1)
        for key_3 in value:
            if key_3 not in _MATCH_RECTANGLE_PROPERTIES:
                _report(errors, path, "unexpected property " + _show(key_3))


def validate_create_contact_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_new_contact(value, path, errors)


def _validate_get_contact_contact_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_shape_shape_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
