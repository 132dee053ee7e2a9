# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_ORDER_STATUS_ENUM = frozenset({"placed", "approved", "delivered"})
_PET_STATUS_ENUM = frozenset({"available", "pending", "sold"})


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


def validate_order(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Order."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "petId" in value:
            value_2 = value["petId"]
            path_2 = _at(path, "petId")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
        if "quantity" in value:
            value_3 = value["quantity"]
            path_3 = _at(path, "quantity")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
        if "shipDate" in value:
            value_4 = value["shipDate"]
            path_4 = _at(path, "shipDate")
            if not isinstance(value_4, str):
                _report(errors, path_4, _show(value_4) + " is not of type 'string'")
        if "status" in value:
            value_5 = value["status"]
            path_5 = _at(path, "status")
            if not isinstance(value_5, str):
                _report(errors, path_5, _show(value_5) + " is not of type 'string'")
            if not isinstance(value_5, str) or value_5 not in _ORDER_STATUS_ENUM:
                _report(
                    errors,
                    path_5,
                    _show(value_5) + " is not one of 'placed', 'approved', 'delivered'",
                )
        if "complete" in value:
            value_6 = value["complete"]
            path_6 = _at(path, "complete")
            if not isinstance(value_6, bool):
                _report(errors, path_6, _show(value_6) + " is not of type 'boolean'")


def validate_category(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Category."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
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


def validate_user(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as User."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "username" in value:
            value_2 = value["username"]
            path_2 = _at(path, "username")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "firstName" in value:
            value_3 = value["firstName"]
            path_3 = _at(path, "firstName")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "lastName" in value:
            value_4 = value["lastName"]
            path_4 = _at(path, "lastName")
            if not isinstance(value_4, str):
                _report(errors, path_4, _show(value_4) + " is not of type 'string'")
        if "email" in value:
            value_5 = value["email"]
            path_5 = _at(path, "email")
            if not isinstance(value_5, str):
                _report(errors, path_5, _show(value_5) + " is not of type 'string'")
        if "password" in value:
            value_6 = value["password"]
            path_6 = _at(path, "password")
            if not isinstance(value_6, str):
                _report(errors, path_6, _show(value_6) + " is not of type 'string'")
        if "phone" in value:
            value_7 = value["phone"]
            path_7 = _at(path, "phone")
            if not isinstance(value_7, str):
                _report(errors, path_7, _show(value_7) + " is not of type 'string'")
        if "userStatus" in value:
            value_8 = value["userStatus"]
            path_8 = _at(path, "userStatus")
            if not _is_integer(value_8):
                _report(errors, path_8, _show(value_8) + " is not of type 'integer'")


def validate_tag(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Tag."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
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


def validate_pet(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Pet."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" not in value:
            _report(errors, path, "'name' is a required property")
        if "photoUrls" not in value:
            _report(errors, path, "'photoUrls' is a required property")
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
        if "category" in value:
            validate_category(value["category"], _at(path, "category"), errors)
        if "photoUrls" in value:
            _validate_pet_1(value["photoUrls"], _at(path, "photoUrls"), errors)
        if "tags" in value:
            _validate_pet_2(value["tags"], _at(path, "tags"), errors)
        if "status" in value:
            value_3 = value["status"]
            path_3 = _at(path, "status")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            if not isinstance(value_3, str) or value_3 not in _PET_STATUS_ENUM:
                _report(
                    errors, path_3, _show(value_3) + " is not one of 'available', 'pending', 'sold'"
                )


def _validate_pet_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Pet/properties/photoUrls."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_pet_2(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against Pet/properties/tags."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_tag(value_1, f"{path}[{index_1}]", errors)


def validate_api_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ApiResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "type" in value:
            value_2 = value["type"]
            path_2 = _at(path, "type")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "message" in value:
            value_3 = value["message"]
            path_3 = _at(path, "message")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def validate_update_pet_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_pet(value, path, errors)


def validate_add_pet_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_pet(value, path, errors)


def _validate_find_pets_by_status_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _PET_STATUS_ENUM:
        _report(errors, path, _show(value) + " is not one of 'available', 'pending', 'sold'")


def _validate_find_pets_by_tags_tags(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            path_1 = f"{path}[{index_1}]"
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def _validate_get_pet_by_id_pet_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_update_pet_with_form_pet_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_update_pet_with_form_name(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_update_pet_with_form_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_delete_pet_api_key(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_delete_pet_pet_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_upload_file_pet_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_upload_file_additional_metadata(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_place_order_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_order(value, path, errors)


def _validate_get_order_by_id_order_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def _validate_delete_order_order_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")


def validate_create_user_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_user(value, path, errors)


def validate_create_users_with_list_input_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_user(value_1, f"{path}[{index_1}]", errors)


def _validate_login_user_username(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_login_user_password(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_get_user_by_name_username(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_update_user_username(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_update_user_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_user(value, path, errors)


def _validate_delete_user_username(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
