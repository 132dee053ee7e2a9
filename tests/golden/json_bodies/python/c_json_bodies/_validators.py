# Generated from tests/specs/constructs/json_bodies.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_TEXT_1 = " must match exactly one of the 2 oneOf alternatives, not "


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


def validate_batch_result(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as BatchResult."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "added" not in value:
            _report(errors, path, "'added' is a required property")
        if "added" in value:
            value_1 = value["added"]
            path_1 = _at(path, "added")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")


def match_email_notification(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "channel" not in value:
            _report(errors, path, "'channel' is a required property")
        if "to" not in value:
            _report(errors, path, "'to' is a required property")
        if "subject" not in value:
            _report(errors, path, "'subject' is a required property")
        if "channel" in value:
            value_1 = value["channel"]
            path_1 = _at(path, "channel")
            if value_1 != "email":
                _report(errors, path_1, _show(value_1) + " is not equal to 'email'")
        if "to" in value:
            value_2 = value["to"]
            path_2 = _at(path, "to")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "subject" in value:
            value_3 = value["subject"]
            path_3 = _at(path, "subject")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def match_notification_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_email_notification(value, path, errors)


def match_sms_notification(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "channel" not in value:
            _report(errors, path, "'channel' is a required property")
        if "phone" not in value:
            _report(errors, path, "'phone' is a required property")
        if "text" not in value:
            _report(errors, path, "'text' is a required property")
        if "channel" in value:
            value_1 = value["channel"]
            path_1 = _at(path, "channel")
            if value_1 != "sms":
                _report(errors, path_1, _show(value_1) + " is not equal to 'sms'")
        if "phone" in value:
            value_2 = value["phone"]
            path_2 = _at(path, "phone")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "text" in value:
            value_3 = value["text"]
            path_3 = _at(path, "text")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            else:
                if len(value_3) > 160:
                    _report(
                        errors, path_3, _show(value_3) + " is longer than the maximum length of 160"
                    )


def match_notification_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_sms_notification(value, path, errors)


def validate_notification(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Notification."""
    matched_1 = [_matches_notification_1(value), _matches_notification_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_notification_1(value: object) -> bool:
    """Whether ``value`` matches Notification/oneOf/0."""
    errors: list[str] = []
    path = ""
    validate_email_notification(value, path, errors)
    return not errors


def _matches_notification_2(value: object) -> bool:
    """Whether ``value`` matches Notification/oneOf/1."""
    errors: list[str] = []
    path = ""
    validate_sms_notification(value, path, errors)
    return not errors


def validate_email_notification(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as EmailNotification."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "channel" not in value:
            _report(errors, path, "'channel' is a required property")
        if "to" not in value:
            _report(errors, path, "'to' is a required property")
        if "subject" not in value:
            _report(errors, path, "'subject' is a required property")
        if "channel" in value:
            value_1 = value["channel"]
            path_1 = _at(path, "channel")
            if value_1 != "email":
                _report(errors, path_1, _show(value_1) + " is not equal to 'email'")
        if "to" in value:
            value_2 = value["to"]
            path_2 = _at(path, "to")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "subject" in value:
            value_3 = value["subject"]
            path_3 = _at(path, "subject")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def validate_sms_notification(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SmsNotification."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "channel" not in value:
            _report(errors, path, "'channel' is a required property")
        if "phone" not in value:
            _report(errors, path, "'phone' is a required property")
        if "text" not in value:
            _report(errors, path, "'text' is a required property")
        if "channel" in value:
            value_1 = value["channel"]
            path_1 = _at(path, "channel")
            if value_1 != "sms":
                _report(errors, path_1, _show(value_1) + " is not equal to 'sms'")
        if "phone" in value:
            value_2 = value["phone"]
            path_2 = _at(path, "phone")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "text" in value:
            value_3 = value["text"]
            path_3 = _at(path, "text")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            else:
                if len(value_3) > 160:
                    _report(
                        errors, path_3, _show(value_3) + " is longer than the maximum length of 160"
                    )


def validate_receipt(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Receipt."""
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


def validate_new_user(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as NewUser."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_user(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as User."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
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


def validate_add_tags_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        if len(value) < 1:
            _report(errors, path, "expected at least 1 item, got " + str(len(value)))
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_increment_counter_counter_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_increment_counter_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 1:
        _report(errors, path, _show(value) + " is less than the minimum of 1")


def validate_send_notification_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_notification(value, path, errors)


def validate_create_users_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_new_user(value_1, f"{path}[{index_1}]", errors)
