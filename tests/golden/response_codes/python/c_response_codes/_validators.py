# Generated from tests/specs/constructs/response_codes.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_JOB_STATE_ENUM = frozenset({"queued", "running", "done"})


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


def validate_job_spec(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as JobSpec."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "command" not in value:
            _report(errors, path, "'command' is a required property")
        if "command" in value:
            value_1 = value["command"]
            path_1 = _at(path, "command")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_job(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Job."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "command" not in value:
            _report(errors, path, "'command' is a required property")
        if "state" not in value:
            _report(errors, path, "'state' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "command" in value:
            value_2 = value["command"]
            path_2 = _at(path, "command")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "state" in value:
            value_3 = value["state"]
            path_3 = _at(path, "state")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            if not isinstance(value_3, str) or value_3 not in _JOB_STATE_ENUM:
                _report(
                    errors, path_3, _show(value_3) + " is not one of 'queued', 'running', 'done'"
                )


def validate_job_queued(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as JobQueued."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "position" not in value:
            _report(errors, path, "'position' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "position" in value:
            value_2 = value["position"]
            path_2 = _at(path, "position")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_client_error(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ClientError."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" not in value:
            _report(errors, path, "'code' is a required property")
        if "message" not in value:
            _report(errors, path, "'message' is a required property")
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "message" in value:
            value_2 = value["message"]
            path_2 = _at(path, "message")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_server_error(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ServerError."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "error" not in value:
            _report(errors, path, "'error' is a required property")
        if "error" in value:
            _validate_server_error_1(value["error"], _at(path, "error"), errors)


def _validate_server_error_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against ServerError/properties/error."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" not in value:
            _report(errors, path, "'code' is a required property")
        if "message" not in value:
            _report(errors, path, "'message' is a required property")
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "message" in value:
            value_2 = value["message"]
            path_2 = _at(path, "message")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_problem(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Problem."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "status" not in value:
            _report(errors, path, "'status' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "title" in value:
            value_2 = value["title"]
            path_2 = _at(path, "title")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "status" in value:
            value_3 = value["status"]
            path_3 = _at(path, "status")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
        if "detail" in value:
            value_4 = value["detail"]
            path_4 = _at(path, "detail")
            if not isinstance(value_4, str):
                _report(errors, path_4, _show(value_4) + " is not of type 'string'")


def _validate_get_job_job_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_put_job_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_job_spec(value, path, errors)
