"""Module constants: the names generated modules give the decoders they build once."""

from __future__ import annotations

from generator.hoist import ModuleConstants


def test_each_expression_gets_one_readable_name_and_plain_functions_stay_as_they_are() -> None:
    constants = ModuleConstants()
    assert constants.decoder("decode_str") == "decode_str"
    name = constants.decoder("object_decoder(StartReason._from_json)")
    assert name == "_decode_start_reason"
    assert constants.decoder("object_decoder(StartReason._from_json)") == name
    assert constants.decoder("list_decoder(enum_decoder(Color))") == "_decode_list_color"
    assert constants.assignments() == [
        ("_decode_start_reason", "object_decoder(StartReason._from_json)"),
        ("_decode_list_color", "list_decoder(enum_decoder(Color))"),
    ]


def test_names_that_would_collide_are_numbered_in_order_of_first_use() -> None:
    constants = ModuleConstants("_as_")
    first = constants.decoder("enum_decoder(Color)")
    second = constants.decoder("strict_enum_decoder(Color)")
    third = constants.decoder("int_enum_decoder(Color)")
    assert (first, second, third) == ("_as_color", "_as_strict_color", "_as_color_2")
    # Field sets are one per model, even when two models declare the same names.
    assert constants.known_fields("A", ["x"]) == "_A_FIELDS"
    assert constants.known_fields("B", ["x"]) == "_B_FIELDS"
    assert constants.known_fields("A", ["x"]) == "_A_FIELDS"
    assert ("_B_FIELDS: frozenset[str]", "frozenset(['x'])") in constants.assignments()


def test_constant_decoders_stay_where_mypy_reads_their_literal_type() -> None:
    constants = ModuleConstants()
    expression = 'list_decoder(const_decoder("task"))'
    assert constants.decoder(expression) == expression
    assert constants.assignments() == []


def test_names_never_start_with_two_underscores_nor_take_a_reserved_name() -> None:
    # "__X" inside a class body is name-mangled; reserved names are the module's functions.
    constants = ModuleConstants("_as_")
    constants.reserve("_as_pet_items")
    assert constants.known_fields("_3dModel", []) == "_3D_MODEL_FIELDS"
    assert constants.decoder("object_decoder(_3dModel._from_json)") == "_as_3d_model"
    assert constants.decoder("object_decoder(PetItems._from_json)") == "_as_pet_items_2"
    assert constants.decoder('discriminated_decoder("kind", {"Cat": x, "True": y})') == "_as_value"
