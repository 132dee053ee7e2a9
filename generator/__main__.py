import sys

if sys.argv[1:2] in (["validate"], ["mock"]) and "-h" not in sys.argv[2:]:
    # Before anything else is imported: openapi-spec-validator's child starts importing the
    # library (~250 ms) while this process imports the generator and reads the spec. Only
    # where that child is what the command waits for: `generate` has more work of its own.
    from .spec_validator import start_early

    start_early()

from .cli import main  # after the child has started, on purpose

raise SystemExit(main())
