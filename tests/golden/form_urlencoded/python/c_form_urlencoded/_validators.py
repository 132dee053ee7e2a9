# Generated from tests/specs/constructs/form_urlencoded.yaml by sdkgen 0.1.0. Do not edit.
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


def validate_subscription_form(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SubscriptionForm."""
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
        if "confirm" in value:
            value_2 = value["confirm"]
            path_2 = _at(path, "confirm")
            if not isinstance(value_2, bool):
                _report(errors, path_2, _show(value_2) + " is not of type 'boolean'")
        if "frequency" in value:
            value_3 = value["frequency"]
            path_3 = _at(path, "frequency")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
            if isinstance(value_3, (int, float)) and not isinstance(value_3, bool) and value_3 < 1:
                _report(errors, path_3, _show(value_3) + " is less than the minimum of 1")


def validate_subscription(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Subscription."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "email" not in value:
            _report(errors, path, "'email' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "email" in value:
            value_2 = value["email"]
            path_2 = _at(path, "email")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_token(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Token."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "access_token" not in value:
            _report(errors, path, "'access_token' is a required property")
        if "token_type" not in value:
            _report(errors, path, "'token_type' is a required property")
        if "expires_in" not in value:
            _report(errors, path, "'expires_in' is a required property")
        if "access_token" in value:
            value_1 = value["access_token"]
            path_1 = _at(path, "access_token")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "token_type" in value:
            value_2 = value["token_type"]
            path_2 = _at(path, "token_type")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "expires_in" in value:
            value_3 = value["expires_in"]
            path_3 = _at(path, "expires_in")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")


def validate_create_token_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""


def validate_subscribe_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""


def validate_create_token_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "grant_type" not in value:
            _report(errors, path, "'grant_type' is a required property")
        if "client_id" not in value:
            _report(errors, path, "'client_id' is a required property")
        if "client_secret" not in value:
            _report(errors, path, "'client_secret' is a required property")
        if "grant_type" in value:
            value_1 = value["grant_type"]
            path_1 = _at(path, "grant_type")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "client_id" in value:
            value_2 = value["client_id"]
            path_2 = _at(path, "client_id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "client_secret" in value:
            value_3 = value["client_secret"]
            path_3 = _at(path, "client_secret")
            if not isinstance(value_3, str):
                _report(errors, path_3, "value is not of type 'string'")
        if "scope" in value:
            _validate_create_token_request_1(value["scope"], _at(path, "scope"), errors)


def _validate_create_token_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
