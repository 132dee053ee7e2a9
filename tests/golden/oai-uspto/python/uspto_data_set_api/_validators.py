# Generated from tests/specs/public/oai-uspto.yaml by sdkgen 0.1.0. Do not edit.
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


def validate_data_set_list(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as dataSetList."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "total" in value:
            value_1 = value["total"]
            path_1 = _at(path, "total")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "apis" in value:
            _validate_data_set_list_1(value["apis"], _at(path, "apis"), errors)


def _validate_data_set_list_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against dataSetList/properties/apis."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            _validate_data_set_list_2(value_1, f"{path}[{index_1}]", errors)


def _validate_data_set_list_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against dataSetList/properties/apis/items."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "apiKey" in value:
            value_1 = value["apiKey"]
            path_1 = _at(path, "apiKey")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "apiVersionNumber" in value:
            value_2 = value["apiVersionNumber"]
            path_2 = _at(path, "apiVersionNumber")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "apiUrl" in value:
            value_3 = value["apiUrl"]
            path_3 = _at(path, "apiUrl")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "apiDocumentationUrl" in value:
            value_4 = value["apiDocumentationUrl"]
            path_4 = _at(path, "apiDocumentationUrl")
            if not isinstance(value_4, str):
                _report(errors, path_4, _show(value_4) + " is not of type 'string'")


def _validate_list_searchable_fields_dataset(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_list_searchable_fields_version(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_perform_search_version(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_perform_search_dataset(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_perform_search_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""


def validate_perform_search_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "criteria" not in value:
            _report(errors, path, "'criteria' is a required property")
        if "criteria" in value:
            value_1 = value["criteria"]
            path_1 = _at(path, "criteria")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "start" in value:
            value_2 = value["start"]
            path_2 = _at(path, "start")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
        if "rows" in value:
            value_3 = value["rows"]
            path_3 = _at(path, "rows")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
