# Generated from tests/specs/constructs/multipart_fields_only.yaml by sdkgen 0.1.0. Do not edit.
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


def validate_submit_answer_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "question" not in value:
            _report(errors, path, "'question' is a required property")
        if "question" in value:
            value_1 = value["question"]
            path_1 = _at(path, "question")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "choices" in value:
            _validate_submit_answer_body_1(value["choices"], _at(path, "choices"), errors)
        if "context" in value:
            _validate_submit_answer_body_2(value["context"], _at(path, "context"), errors)


def _validate_submit_answer_body_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")


def _validate_submit_answer_body_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "locale" in value:
            value_1 = value["locale"]
            path_1 = _at(path, "locale")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_submit_answer_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "question" not in value:
            _report(errors, path, "'question' is a required property")
        if "question" in value:
            value_1 = value["question"]
            path_1 = _at(path, "question")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "choices" in value:
            _validate_submit_answer_request_1(value["choices"], _at(path, "choices"), errors)
        if "context" in value:
            _validate_submit_answer_request_2(value["context"], _at(path, "context"), errors)


def _validate_submit_answer_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")


def _validate_submit_answer_request_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "locale" in value:
            value_1 = value["locale"]
            path_1 = _at(path, "locale")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_submit_answer_request_context(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "locale" in value:
            value_1 = value["locale"]
            path_1 = _at(path, "locale")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
