# Generated from tests/specs/constructs/multipart.yaml by sdkgen 0.1.0. Do not edit.
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


def validate_document_upload(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as DocumentUpload."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "document" not in value:
            _report(errors, path, "'document' is a required property")
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "document" in value:
            value_1 = value["document"]
            path_1 = _at(path, "document")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "title" in value:
            value_2 = value["title"]
            path_2 = _at(path, "title")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "metadata" in value:
            validate_document_metadata(value["metadata"], _at(path, "metadata"), errors)
        if "attachments" in value:
            _validate_document_upload_1(value["attachments"], _at(path, "attachments"), errors)


def _validate_document_upload_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against DocumentUpload/properties/attachments."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_blob(value_1, f"{path}[{index_1}]", errors)


def validate_blob(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Blob."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_document_metadata(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as DocumentMetadata."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "author" in value:
            value_1 = value["author"]
            path_1 = _at(path, "author")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "pages" in value:
            value_2 = value["pages"]
            path_2 = _at(path, "pages")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_upload(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Upload."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "size" not in value:
            _report(errors, path, "'size' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "size" in value:
            value_2 = value["size"]
            path_2 = _at(path, "size")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_upload_avatar_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "file" not in value:
            _report(errors, path, "'file' is a required property")
        if "description" in value:
            value_2 = value["description"]
            path_2 = _at(path, "description")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "tags" in value:
            _validate_upload_avatar_body_1(value["tags"], _at(path, "tags"), errors)


def _validate_upload_avatar_body_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_upload_document_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "document" not in value:
            _report(errors, path, "'document' is a required property")
        if "title" not in value:
            _report(errors, path, "'title' is a required property")
        if "title" in value:
            value_2 = value["title"]
            path_2 = _at(path, "title")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "metadata" in value:
            validate_document_metadata(value["metadata"], _at(path, "metadata"), errors)


def validate_upload_avatar_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "file" not in value:
            _report(errors, path, "'file' is a required property")
        if "file" in value:
            value_1 = value["file"]
            path_1 = _at(path, "file")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "description" in value:
            value_2 = value["description"]
            path_2 = _at(path, "description")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "tags" in value:
            _validate_upload_avatar_request_1(value["tags"], _at(path, "tags"), errors)


def _validate_upload_avatar_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
