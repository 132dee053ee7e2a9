# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_SIZE_ENUM = frozenset({"s-1vcpu-1gb", "s-2vcpu-2gb"})


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


def validate_droplet(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Droplet."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "region" not in value:
            _report(errors, path, "'region' is a required property")
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
        if "size" in value:
            validate_size(value["size"], _at(path, "size"), errors)
        if "region" in value:
            validate_region(value["region"], _at(path, "region"), errors)
        if "snapshots" in value:
            _validate_droplet_1(value["snapshots"], _at(path, "snapshots"), errors)


def _validate_droplet_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Droplet/properties/snapshots."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_snapshot(value_1, f"{path}[{index_1}]", errors)


def validate_droplet_create(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as droplet_create."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "region" not in value:
            _report(errors, path, "'region' is a required property")
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
            else:
                if len(value_1) < 1:
                    _report(
                        errors, path_1, _show(value_1) + " is shorter than the minimum length of 1"
                    )
        if "region" in value:
            value_2 = value["region"]
            path_2 = _at(path, "region")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "size" in value:
            validate_size(value["size"], _at(path, "size"), errors)


def validate_region(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as region."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "slug" not in value:
            _report(errors, path, "'slug' is a required property")
        if "slug" in value:
            value_1 = value["slug"]
            path_1 = _at(path, "slug")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "name" in value:
            value_2 = value["name"]
            path_2 = _at(path, "name")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_size(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as size."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _SIZE_ENUM:
        _report(errors, path, _show(value) + " is not one of 's-1vcpu-1gb', 's-2vcpu-2gb'")


def validate_snapshot(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as snapshot."""
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
        if "droplet" in value:
            validate_droplet(value["droplet"], _at(path, "droplet"), errors)


def _validate_list_droplets_per_page(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 1:
            _report(errors, path, _show(value) + " is less than the minimum of 1")
        if value > 200:
            _report(errors, path, _show(value) + " is greater than the maximum of 200")


def validate_create_droplet_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_droplet_create(value, path, errors)


def _validate_get_droplet_droplet_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
