# Generated from tests/specs/constructs/recursive_types.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_TEXT_1 = " must match exactly one of the 5 oneOf alternatives, not "
_MATCH_STATUS_ENUM = frozenset({"todo", "done"})


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


def validate_tree(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Tree."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            validate_tree(value_1, _at(path, key_1), errors)


def match_json_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def match_json_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_number(value):
        _report(errors, path, _show(value) + " is not of type 'number'")


def match_json(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    matched_1 = [
        _matches_match_json_1(value),
        _matches_match_json_2(value),
        _matches_match_json_3(value),
        _matches_match_json_4(value),
        _matches_match_json_5(value),
    ].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_match_json_1(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if value is not None:
        _report(errors, path, _show(value) + " is not of type 'null'")
    return not errors


def _matches_match_json_2(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    return not errors


def _matches_match_json_3(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not _is_number(value):
        _report(errors, path, _show(value) + " is not of type 'number'")
    return not errors


def _matches_match_json_4(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_json(value_1, f"{path}[{index_1}]", errors)
    return not errors


def _matches_match_json_5(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            match_json(value_1, _at(path, key_1), errors)
    return not errors


def match_json_3(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_json(value_1, f"{path}[{index_1}]", errors)


def match_json_4(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            match_json(value_1, _at(path, key_1), errors)


def validate_json(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Json."""
    matched_1 = [
        _matches_json_1(value),
        _matches_json_2(value),
        _matches_json_3(value),
        _matches_json_4(value),
        _matches_json_5(value),
    ].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_json_1(value: object) -> bool:
    """Whether ``value`` matches Json/oneOf/0."""
    errors: list[str] = []
    path = ""
    if value is not None:
        _report(errors, path, _show(value) + " is not of type 'null'")
    return not errors


def _matches_json_2(value: object) -> bool:
    """Whether ``value`` matches Json/oneOf/1."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    return not errors


def _matches_json_3(value: object) -> bool:
    """Whether ``value`` matches Json/oneOf/2."""
    errors: list[str] = []
    path = ""
    if not _is_number(value):
        _report(errors, path, _show(value) + " is not of type 'number'")
    return not errors


def _matches_json_4(value: object) -> bool:
    """Whether ``value`` matches Json/oneOf/3."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_json(value_1, f"{path}[{index_1}]", errors)
    return not errors


def _matches_json_5(value: object) -> bool:
    """Whether ``value`` matches Json/oneOf/4."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            validate_json(value_1, _at(path, key_1), errors)
    return not errors


def validate_forest(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Forest."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            _validate_forest_1(value_1, f"{path}[{index_1}]", errors)


def _validate_forest_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Forest/items."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            validate_forest(value_1, _at(path, key_1), errors)


def match_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _MATCH_STATUS_ENUM:
        _report(errors, path, _show(value) + " is not one of 'todo', 'done'")


def match_mark_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_status(value, path, errors)


def match_mark(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _matches_match_mark_1(value) and not _matches_match_mark_2(value):
        _report(errors, path, _show(value) + " does not match any of the 2 anyOf alternatives")


def _matches_match_mark_1(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    match_status(value, path, errors)
    return not errors


def _matches_match_mark_2(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            _validate_match_mark_1(value_1, _at(path, key_1), errors)
    return not errors


def _validate_match_mark_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_mark(value_1, f"{path}[{index_1}]", errors)


def match_mark_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            _validate_match_mark_2_1(value_1, _at(path, key_1), errors)


def _validate_match_mark_2_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_mark(value_1, f"{path}[{index_1}]", errors)


def validate_mark(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Mark."""
    if not _matches_mark_1(value) and not _matches_mark_2(value):
        _report(errors, path, _show(value) + " does not match any of the 2 anyOf alternatives")


def _matches_mark_1(value: object) -> bool:
    """Whether ``value`` matches Mark/anyOf/0."""
    errors: list[str] = []
    path = ""
    validate_status(value, path, errors)
    return not errors


def _matches_mark_2(value: object) -> bool:
    """Whether ``value`` matches Mark/anyOf/1."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            _validate_mark_1(value_1, _at(path, key_1), errors)
    return not errors


def _validate_mark_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Mark/anyOf/1/additionalProperties."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_mark(value_1, f"{path}[{index_1}]", errors)


def validate_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Status."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _MATCH_STATUS_ENUM:
        _report(errors, path, _show(value) + " is not one of 'todo', 'done'")


def validate_outline(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Outline."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "title" in value:
            value_1 = value["title"]
            path_1 = _at(path, "title")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "sections" in value:
            validate_tree(value["sections"], _at(path, "sections"), errors)
        if "marks" in value:
            _validate_outline_1(value["marks"], _at(path, "marks"), errors)


def _validate_outline_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Outline/properties/marks."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        for key_1, value_1 in value.items():
            _validate_outline_2(value_1, _at(path, key_1), errors)


def _validate_outline_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Outline/properties/marks/additionalProperties."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_mark(value_1, f"{path}[{index_1}]", errors)


def _validate_put_tree_name(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_put_tree_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_tree(value, path, errors)


def _validate_get_document_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_create_outline_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_outline(value, path, errors)
