# Generated from tests/specs/constructs/inline_objects.yaml by sdkgen 0.1.0. Do not edit.
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


def validate_start_recording_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StartRecordingRequest."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "meeting_id" not in value:
            _report(errors, path, "'meeting_id' is a required property")
        if "meeting_id" in value:
            value_1 = value["meeting_id"]
            path_1 = _at(path, "meeting_id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
            else:
                if len(value_1) < 1:
                    _report(
                        errors, path_1, _show(value_1) + " is shorter than the minimum length of 1"
                    )
        if "video_config" in value:
            _validate_start_recording_request_1(
                value["video_config"], _at(path, "video_config"), errors
            )
        if "tags" in value:
            _validate_start_recording_request_3(value["tags"], _at(path, "tags"), errors)
        if "storage" in value:
            _validate_start_recording_request_5(value["storage"], _at(path, "storage"), errors)


def _validate_start_recording_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against StartRecordingRequest/properties/video_config."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "codec" in value:
            value_1 = value["codec"]
            path_1 = _at(path, "codec")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "width" in value:
            value_2 = value["width"]
            path_2 = _at(path, "width")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 1:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")
                if value_2 > 1920:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1920")
        if "watermark" in value:
            _validate_start_recording_request_2(value["watermark"], _at(path, "watermark"), errors)


def _validate_start_recording_request_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against .../properties/video_config/properties/watermark."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "url" not in value:
            _report(errors, path, "'url' is a required property")
        if "url" in value:
            value_1 = value["url"]
            path_1 = _at(path, "url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "opacity" in value:
            value_2 = value["opacity"]
            path_2 = _at(path, "opacity")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 0:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")
                if value_2 > 1:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1")


def _validate_start_recording_request_3(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against StartRecordingRequest/properties/tags."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            _validate_start_recording_request_4(value_1, f"{path}[{index_1}]", errors)


def _validate_start_recording_request_4(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against StartRecordingRequest/properties/tags/items."""
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
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def _validate_start_recording_request_5(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against StartRecordingRequest/properties/storage."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "bucket" not in value:
            _report(errors, path, "'bucket' is a required property")
        if "bucket" in value:
            value_1 = value["bucket"]
            path_1 = _at(path, "bucket")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "region" in value:
            value_2 = value["region"]
            path_2 = _at(path, "region")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_recording(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Recording."""
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
        if "max_seconds" in value:
            value_2 = value["max_seconds"]
            path_2 = _at(path, "max_seconds")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
        if "owner" in value:
            _validate_recording_1(value["owner"], _at(path, "owner"), errors)


def _validate_recording_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Recording/properties/owner."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "user_id" not in value:
            _report(errors, path, "'user_id' is a required property")
        if "user_id" in value:
            value_1 = value["user_id"]
            path_1 = _at(path, "user_id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "display_name" in value:
            value_2 = value["display_name"]
            path_2 = _at(path, "display_name")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_start_recording_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_start_recording_request(value, path, errors)


def _validate_update_recording_recording_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_update_recording_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "max_seconds" in value:
            value_1 = value["max_seconds"]
            path_1 = _at(path, "max_seconds")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 60:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 60")
        if "layout" in value:
            _validate_update_recording_body_1(value["layout"], _at(path, "layout"), errors)


def _validate_update_recording_body_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "grid" in value:
            value_1 = value["grid"]
            path_1 = _at(path, "grid")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "columns" in value:
            value_2 = value["columns"]
            path_2 = _at(path, "columns")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 1:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")


def validate_start_recording_request_video_config(
    value: object, path: str, errors: list[str]
) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "codec" in value:
            value_1 = value["codec"]
            path_1 = _at(path, "codec")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "width" in value:
            value_2 = value["width"]
            path_2 = _at(path, "width")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 1:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")
                if value_2 > 1920:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1920")
        if "watermark" in value:
            _validate_start_recording_request_video_config_1(
                value["watermark"], _at(path, "watermark"), errors
            )


def _validate_start_recording_request_video_config_1(
    value: object, path: str, errors: list[str]
) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "url" not in value:
            _report(errors, path, "'url' is a required property")
        if "url" in value:
            value_1 = value["url"]
            path_1 = _at(path, "url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "opacity" in value:
            value_2 = value["opacity"]
            path_2 = _at(path, "opacity")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 0:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")
                if value_2 > 1:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1")


def validate_start_recording_request_video_config_watermark(
    value: object, path: str, errors: list[str]
) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "url" not in value:
            _report(errors, path, "'url' is a required property")
        if "url" in value:
            value_1 = value["url"]
            path_1 = _at(path, "url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "opacity" in value:
            value_2 = value["opacity"]
            path_2 = _at(path, "opacity")
            if not _is_number(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'number'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 0:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")
                if value_2 > 1:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1")


def validate_tag(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
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
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_storage_target(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "bucket" not in value:
            _report(errors, path, "'bucket' is a required property")
        if "bucket" in value:
            value_1 = value["bucket"]
            path_1 = _at(path, "bucket")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "region" in value:
            value_2 = value["region"]
            path_2 = _at(path, "region")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_update_recording_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "max_seconds" in value:
            value_1 = value["max_seconds"]
            path_1 = _at(path, "max_seconds")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 60:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 60")
        if "layout" in value:
            _validate_update_recording_request_1(value["layout"], _at(path, "layout"), errors)


def _validate_update_recording_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "grid" in value:
            value_1 = value["grid"]
            path_1 = _at(path, "grid")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "columns" in value:
            value_2 = value["columns"]
            path_2 = _at(path, "columns")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 1:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")


def validate_update_recording_request_layout(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "grid" in value:
            value_1 = value["grid"]
            path_1 = _at(path, "grid")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "columns" in value:
            value_2 = value["columns"]
            path_2 = _at(path, "columns")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 1:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")
