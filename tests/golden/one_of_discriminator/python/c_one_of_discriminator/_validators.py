# Generated from tests/specs/constructs/one_of_discriminator.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

import re

_TEXT_1 = " must match exactly one of the 2 oneOf alternatives, not "
_MATCH_CARD_LAST4_PATTERN = re.compile("^[0-9]{4}$")


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


def match_card(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "brand" not in value:
            _report(errors, path, "'brand' is a required property")
        if "last4" not in value:
            _report(errors, path, "'last4' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if value_1 != "card":
                _report(errors, path_1, _show(value_1) + " is not equal to 'card'")
        if "brand" in value:
            value_2 = value["brand"]
            path_2 = _at(path, "brand")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "last4" in value:
            value_3 = value["last4"]
            path_3 = _at(path, "last4")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            else:
                if _MATCH_CARD_LAST4_PATTERN.search(value_3) is None:
                    _report(
                        errors, path_3, _show(value_3) + " does not match the pattern '^[0-9]{4}$'"
                    )
        if "exp_month" in value:
            value_4 = value["exp_month"]
            path_4 = _at(path, "exp_month")
            if not _is_integer(value_4):
                _report(errors, path_4, _show(value_4) + " is not of type 'integer'")
            if isinstance(value_4, (int, float)) and not isinstance(value_4, bool):
                if value_4 < 1:
                    _report(errors, path_4, _show(value_4) + " is less than the minimum of 1")
                if value_4 > 12:
                    _report(errors, path_4, _show(value_4) + " is greater than the maximum of 12")
        if "exp_year" in value:
            value_5 = value["exp_year"]
            path_5 = _at(path, "exp_year")
            if not _is_integer(value_5):
                _report(errors, path_5, _show(value_5) + " is not of type 'integer'")


def match_payment_method_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_card(value, path, errors)


def match_bank_transfer(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "iban" not in value:
            _report(errors, path, "'iban' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if value_1 != "bank_transfer":
                _report(errors, path_1, _show(value_1) + " is not equal to 'bank_transfer'")
        if "iban" in value:
            value_2 = value["iban"]
            path_2 = _at(path, "iban")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "holder" in value:
            value_3 = value["holder"]
            path_3 = _at(path, "holder")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def match_payment_method_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_bank_transfer(value, path, errors)


def validate_payment_method(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PaymentMethod."""
    matched_1 = [_matches_payment_method_1(value), _matches_payment_method_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_payment_method_1(value: object) -> bool:
    """Whether ``value`` matches PaymentMethod/oneOf/0."""
    errors: list[str] = []
    path = ""
    validate_card(value, path, errors)
    return not errors


def _matches_payment_method_2(value: object) -> bool:
    """Whether ``value`` matches PaymentMethod/oneOf/1."""
    errors: list[str] = []
    path = ""
    validate_bank_transfer(value, path, errors)
    return not errors


def validate_card(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Card."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "brand" not in value:
            _report(errors, path, "'brand' is a required property")
        if "last4" not in value:
            _report(errors, path, "'last4' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if value_1 != "card":
                _report(errors, path_1, _show(value_1) + " is not equal to 'card'")
        if "brand" in value:
            value_2 = value["brand"]
            path_2 = _at(path, "brand")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "last4" in value:
            value_3 = value["last4"]
            path_3 = _at(path, "last4")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
            else:
                if _MATCH_CARD_LAST4_PATTERN.search(value_3) is None:
                    _report(
                        errors, path_3, _show(value_3) + " does not match the pattern '^[0-9]{4}$'"
                    )
        if "exp_month" in value:
            value_4 = value["exp_month"]
            path_4 = _at(path, "exp_month")
            if not _is_integer(value_4):
                _report(errors, path_4, _show(value_4) + " is not of type 'integer'")
            if isinstance(value_4, (int, float)) and not isinstance(value_4, bool):
                if value_4 < 1:
                    _report(errors, path_4, _show(value_4) + " is less than the minimum of 1")
                if value_4 > 12:
                    _report(errors, path_4, _show(value_4) + " is greater than the maximum of 12")
        if "exp_year" in value:
            value_5 = value["exp_year"]
            path_5 = _at(path, "exp_year")
            if not _is_integer(value_5):
                _report(errors, path_5, _show(value_5) + " is not of type 'integer'")


def validate_bank_transfer(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as BankTransfer."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "iban" not in value:
            _report(errors, path, "'iban' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if value_1 != "bank_transfer":
                _report(errors, path_1, _show(value_1) + " is not equal to 'bank_transfer'")
        if "iban" in value:
            value_2 = value["iban"]
            path_2 = _at(path, "iban")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "holder" in value:
            value_3 = value["holder"]
            path_3 = _at(path, "holder")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def match_payment_succeeded(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "payment_id" not in value:
            _report(errors, path, "'payment_id' is a required property")
        if "amount" not in value:
            _report(errors, path, "'amount' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "payment_id" in value:
            value_2 = value["payment_id"]
            path_2 = _at(path, "payment_id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "amount" in value:
            value_3 = value["amount"]
            path_3 = _at(path, "amount")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")


def match_event_1(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_payment_succeeded(value, path, errors)


def match_payment_failed(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "payment_id" not in value:
            _report(errors, path, "'payment_id' is a required property")
        if "reason" not in value:
            _report(errors, path, "'reason' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "payment_id" in value:
            value_2 = value["payment_id"]
            path_2 = _at(path, "payment_id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "reason" in value:
            value_3 = value["reason"]
            path_3 = _at(path, "reason")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def match_event_2(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    match_payment_failed(value, path, errors)


def validate_event(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Event."""
    matched_1 = [_matches_event_1(value), _matches_event_2(value)].count(True)
    if matched_1 != 1:
        _report(errors, path, _show(value) + _TEXT_1 + str(matched_1))


def _matches_event_1(value: object) -> bool:
    """Whether ``value`` matches Event/oneOf/0."""
    errors: list[str] = []
    path = ""
    validate_payment_succeeded(value, path, errors)
    return not errors


def _matches_event_2(value: object) -> bool:
    """Whether ``value`` matches Event/oneOf/1."""
    errors: list[str] = []
    path = ""
    validate_payment_failed(value, path, errors)
    return not errors


def validate_payment_succeeded(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PaymentSucceeded."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "payment_id" not in value:
            _report(errors, path, "'payment_id' is a required property")
        if "amount" not in value:
            _report(errors, path, "'amount' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "payment_id" in value:
            value_2 = value["payment_id"]
            path_2 = _at(path, "payment_id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "amount" in value:
            value_3 = value["amount"]
            path_3 = _at(path, "amount")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")


def validate_payment_failed(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as PaymentFailed."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "kind" not in value:
            _report(errors, path, "'kind' is a required property")
        if "payment_id" not in value:
            _report(errors, path, "'payment_id' is a required property")
        if "reason" not in value:
            _report(errors, path, "'reason' is a required property")
        if "kind" in value:
            value_1 = value["kind"]
            path_1 = _at(path, "kind")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "payment_id" in value:
            value_2 = value["payment_id"]
            path_2 = _at(path, "payment_id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "reason" in value:
            value_3 = value["reason"]
            path_3 = _at(path, "reason")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")


def validate_create_payment_method_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_payment_method(value, path, errors)


def _validate_get_payment_method_method_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
