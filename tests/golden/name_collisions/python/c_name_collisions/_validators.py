# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_TEXT_1 = " must match exactly one of the 2 oneOf alternatives, not "
_MAPPING_ENUM = frozenset({"strict", "loose"})
_OPEN_INT_ENUM_ENUM = (
    1,
    2,
)
_OPEN_FLOAT_ENUM_ENUM = (
    0.5,
    1.5,
)
_SETTINGS_PROPERTIES = frozenset({"mixed_case", "mixedCase", "extra", "to_dict"})


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


def _json_equal(one: object, two: object) -> bool:
    """Equality as JSON Schema defines it: 1 == 1.0, but True != 1."""
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(
            _json_equal(a, b) for a, b in zip(one, two, strict=True)
        )
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_json_equal(one[k], two[k]) for k in one)
    return one == two


def validate_order(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Order."""
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
        if "customer" in value:
            _validate_order_1(value["customer"], _at(path, "customer"), errors)
        if "billing" in value:
            _validate_order_2(value["billing"], _at(path, "billing"), errors)
        if "shipping" in value:
            _validate_order_3(value["shipping"], _at(path, "shipping"), errors)


def _validate_order_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/customer."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_order_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/billing."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "city" in value:
            value_1 = value["city"]
            path_1 = _at(path, "city")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_order_3(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Order/properties/shipping."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "city" in value:
            value_1 = value["city"]
            path_1 = _at(path, "city")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "floor" in value:
            value_2 = value["floor"]
            path_2 = _at(path, "floor")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_customer(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Customer."""
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


def validate_line_item(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as LineItem."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "sku" in value:
            value_1 = value["sku"]
            path_1 = _at(path, "sku")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_line_item_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as line_item."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")


def validate_credentials(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Credentials."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "password" not in value:
            _report(errors, path, "'password' is a required property")
        if "password" in value:
            value_1 = value["password"]
            path_1 = _at(path, "password")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_validation_error(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ValidationError."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "field" in value:
            value_1 = value["field"]
            path_1 = _at(path, "field")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "reason" in value:
            value_2 = value["reason"]
            path_2 = _at(path, "reason")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_timeout(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Timeout."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "seconds" not in value:
            _report(errors, path, "'seconds' is a required property")
        if "seconds" in value:
            value_1 = value["seconds"]
            path_1 = _at(path, "seconds")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 1:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 1")


def validate_file(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as File."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "content" not in value:
            _report(errors, path, "'content' is a required property")
        if "label" not in value:
            _report(errors, path, "'label' is a required property")
        if "content" in value:
            value_1 = value["content"]
            path_1 = _at(path, "content")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "label" in value:
            value_2 = value["label"]
            path_2 = _at(path, "label")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
            else:
                if len(value_2) < 1:
                    _report(
                        errors, path_2, _show(value_2) + " is shorter than the minimum length of 1"
                    )


def validate_literal(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Literal."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if value_1 != "stored":
                _report(errors, path_1, _show(value_1) + " is not equal to 'stored'")
        if "size" in value:
            value_2 = value["size"]
            path_2 = _at(path, "size")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")


def validate_mapping(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Mapping."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _MAPPING_ENUM:
        _report(errors, path, _show(value) + " is not one of 'strict', 'loose'")


def validate_sync_page(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SyncPage."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "data" not in value:
            _report(errors, path, "'data' is a required property")
        if "data" in value:
            _validate_sync_page_1(value["data"], _at(path, "data"), errors)


def _validate_sync_page_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against SyncPage/properties/data."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_timeout(value_1, f"{path}[{index_1}]", errors)


def match_type_alias_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def match_type_alias(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    matched_1 = [_matches_match_type_alias_1(value), _matches_match_type_alias_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_match_type_alias_1(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    return not errors


def _matches_match_type_alias_2(value: object) -> bool:
    """Whether ``value`` matches a schema."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_type_alias(value_1, f"{path}[{index_1}]", errors)
    return not errors


def match_type_alias_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            match_type_alias(value_1, f"{path}[{index_1}]", errors)


def validate_type_alias(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as TypeAlias."""
    matched_1 = [_matches_type_alias_1(value), _matches_type_alias_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_type_alias_1(value: object) -> bool:
    """Whether ``value`` matches TypeAlias/oneOf/0."""
    errors: list[str] = []
    path = ""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    return not errors


def _matches_type_alias_2(value: object) -> bool:
    """Whether ``value`` matches TypeAlias/oneOf/1."""
    errors: list[str] = []
    path = ""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_type_alias(value_1, f"{path}[{index_1}]", errors)
    return not errors


def validate_callable(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Callable."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_page_reader(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PageReader."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_raw_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RawResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_async_pager(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as AsyncPager."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_sync_transport(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SyncTransport."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_async_transport(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as AsyncTransport."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_traceback_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as TracebackType."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_io(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as IO."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_decoder(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Decoder."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_file_content(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as FileContent."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_unset(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Unset."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_open_str_enum(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as OpenStrEnum."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_open_int_enum(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as OpenIntEnum."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if not any(_json_equal(value, option) for option in _OPEN_INT_ENUM_ENUM):
        _report(errors, path, _show(value) + " is not one of 1, 2")


def validate_open_float_enum(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as OpenFloatEnum."""
    if not _is_number(value):
        _report(errors, path, _show(value) + " is not of type 'number'")
    if not any(_json_equal(value, option) for option in _OPEN_FLOAT_ENUM_ENUM):
        _report(errors, path, _show(value) + " is not one of 0.5, 1.5")


def validate_unset_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as UNSET."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_prepared_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PreparedRequest."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "timeout" in value:
            validate_timeout(value["timeout"], _at(path, "timeout"), errors)
        if "callable" in value:
            validate_callable(value["callable"], _at(path, "callable"), errors)
        if "alias" in value:
            validate_type_alias(value["alias"], _at(path, "alias"), errors)
        if "raw" in value:
            validate_raw_response(value["raw"], _at(path, "raw"), errors)
        if "reader" in value:
            validate_page_reader(value["reader"], _at(path, "reader"), errors)
        if "pager" in value:
            validate_async_pager(value["pager"], _at(path, "pager"), errors)
        if "sync_transport" in value:
            validate_sync_transport(value["sync_transport"], _at(path, "sync_transport"), errors)
        if "async_transport" in value:
            validate_async_transport(value["async_transport"], _at(path, "async_transport"), errors)
        if "traceback" in value:
            validate_traceback_type(value["traceback"], _at(path, "traceback"), errors)
        if "io" in value:
            validate_io(value["io"], _at(path, "io"), errors)
        if "decoder" in value:
            validate_decoder(value["decoder"], _at(path, "decoder"), errors)
        if "file_content" in value:
            validate_file_content(value["file_content"], _at(path, "file_content"), errors)
        if "unset" in value:
            validate_unset(value["unset"], _at(path, "unset"), errors)
        if "open_str" in value:
            validate_open_str_enum(value["open_str"], _at(path, "open_str"), errors)
        if "open_int" in value:
            validate_open_int_enum(value["open_int"], _at(path, "open_int"), errors)
        if "open_float" in value:
            validate_open_float_enum(value["open_float"], _at(path, "open_float"), errors)
        if "unset_upper" in value:
            validate_unset_2(value["unset_upper"], _at(path, "unset_upper"), errors)


def validate_settings(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Settings."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "mixed_case" in value:
            value_1 = value["mixed_case"]
            path_1 = _at(path, "mixed_case")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "mixedCase" in value:
            value_2 = value["mixedCase"]
            path_2 = _at(path, "mixedCase")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "extra" in value:
            value_3 = value["extra"]
            path_3 = _at(path, "extra")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "to_dict" in value:
            value_4 = value["to_dict"]
            path_4 = _at(path, "to_dict")
            if not isinstance(value_4, bool):
                _report(errors, path_4, _show(value_4) + " is not of type 'boolean'")
        for key_5, value_5 in value.items():
            if key_5 not in _SETTINGS_PROPERTIES:
                path_5 = _at(path, key_5)
                if not _is_integer(value_5):
                    _report(errors, path_5, _show(value_5) + " is not of type 'integer'")


def _validate_get_order_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_id_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time_before(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_end_time_after(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_timeout(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_get_order_mixed_case(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_order_mixed_case_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_list_pages_page(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_list_pages_mode(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_mapping(value, path, errors)


def validate_upload_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "content" not in value:
            _report(errors, path, "'content' is a required property")
        if "label" not in value:
            _report(errors, path, "'label' is a required property")
        if "label" in value:
            value_2 = value["label"]
            path_2 = _at(path, "label")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
            else:
                if len(value_2) < 1:
                    _report(
                        errors, path_2, _show(value_2) + " is shorter than the minimum length of 1"
                    )


def validate_put_timeout_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_timeout(value, path, errors)


def validate_close_operation_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_credentials(value, path, errors)


def validate_put_settings_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_settings(value, path, errors)
