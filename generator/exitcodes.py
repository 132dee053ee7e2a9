"""Every exit code of the command line, in one place (README, "Exit codes").

Each says what happened, so a CI script can tell a stale output from a broken spec from a
mistyped flag without reading the messages.
"""

EXIT_OK = 0
#: A check found something: ``generate --check`` drift, ``diff`` a breaking change (or, with
#: ``--check-version``, a version that does not carry the bump).
EXIT_CHECK_FAILED = 1
#: The input is invalid: the spec's problems (``FILE:LINE:COL: ...``), or templates that cannot
#: be rendered or make code that does not compile.
EXIT_INVALID = 2
#: A bug in the generator (one ``internal error`` line; ``SDKGEN_DEBUG=1`` shows the traceback).
EXIT_BUG = 3
#: The command was used wrongly: an unknown or malformed flag, flags that do not go together,
#: a bad ``--rule`` or ``[tool.sdkgen]`` setting, a ``--templates`` folder that does not exist,
#: ``--staged`` outside a git repository.
EXIT_USAGE = 4
#: ``--out`` cannot be written (a file, a folder this generator did not make, read-only, another
#: ``generate`` writing it), or ``mock`` cannot listen on its port. Nothing was changed.
EXIT_CANNOT_WRITE = 5
#: ``generate --adopt`` without ``--yes``: the plan was printed, nothing was written.
EXIT_NOT_CONFIRMED = 6
#: Interrupted (Ctrl-C), as shells report SIGINT.
EXIT_INTERRUPTED = 130
