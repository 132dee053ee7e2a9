"""Command line: ``validate``, ``generate``, ``mock``, ``diff``.

Exit codes (:mod:`generator.exitcodes`, README "Exit codes"): 0 ok; 1 a check found drift or
a breaking change; 2 the spec (or the templates) is invalid, every problem printed as
``FILE:LINE:COL: message``; 3 a bug in the generator; 4 the command was used wrongly; 5 ``--out``
cannot be written (or ``mock`` cannot listen); 6 ``generate --adopt`` without ``--yes`` printed
its plan. None shows a traceback (``SDKGEN_DEBUG=1`` shows a bug's).
"""

from __future__ import annotations

import argparse
import os
import sys
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .exitcodes import (
    EXIT_BUG,
    EXIT_CANNOT_WRITE,
    EXIT_CHECK_FAILED,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_NOT_CONFIRMED,
    EXIT_OK,
    EXIT_USAGE,
)
from .findings.settings import Settings, SettingsError
from .findings.settings import load as load_settings
from .ir import Api
from .load import LoadedSpec, load_spec
from .overlay import add_overlay_argument
from .problems import ERROR, NOTE, WARNING, Problem, SpecError
from .sources import SourceError

if TYPE_CHECKING:
    from .staged import IndexView
    from .write import Adoption, Written

from .recorded import DEFAULT_OUT, DEFAULT_SPEC

EXIT_DRIFT = EXIT_CHECK_FAILED


class _Parser(argparse.ArgumentParser):
    """argparse with our exit code for a usage error (its own 2 is ours for an invalid spec),
    and every option's default in its help. Subcommands' parsers are of this class too."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> typing.NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (EXIT_USAGE)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.run(args))
    except SpecError as exc:
        _print_findings(exc.problems)
        return EXIT_INVALID
    except (SettingsError, SourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `generate --check | head`: the reader left before the end
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DRIFT
    except Exception as exc:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in the generator: please report it with the spec "
            "(SDKGEN_DEBUG=1 shows the traceback).",
            file=sys.stderr,
        )
        return EXIT_BUG


def _print_findings(found: Sequence[Problem]) -> None:
    """Every finding, then one line counting them (on stderr: stdout is for diffs and reports)."""
    for problem in found:
        print(problem, file=sys.stderr)
    counts = {kind: sum(p.severity == kind for p in found) for kind in (ERROR, WARNING, NOTE)}
    said = [_count(counts[kind], kind) for kind in (ERROR, WARNING, NOTE) if counts[kind]]
    if counts[ERROR]:
        print(f"{', '.join(said)}; nothing was generated.", file=sys.stderr)
    elif counts[WARNING]:
        print(f"{', '.join(said)} (`--strict` makes warnings errors).", file=sys.stderr)
    elif said:
        print(f"{', '.join(said)}.", file=sys.stderr)


def _count(n: int, kind: str) -> str:
    return f"{n} {kind}{'s' if n != 1 else ''}"


def _add_settings(command: argparse.ArgumentParser) -> None:
    """``--strict`` and ``--rule``: how severe each finding is (generator.findings.settings)."""
    command.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="make every warning an error (default: [tool.sdkgen] strict in ./pyproject.toml, "
        "else off)",
    )
    command.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="ID=LEVEL",
        help="set one rule to error, warning or ignore (repeatable; `validate --rules` lists "
        "them; default: [tool.sdkgen.rules] in ./pyproject.toml)",
    )
    command.add_argument(
        "--allow-ref-root",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="let a $ref name files under DIR too, besides the spec's own folder (repeatable)",
    )


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(args.strict, args.rule)


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Every option's help ends with its default, spelled for people: a help text that
    already names its default keeps its own words; a flag is "off", an unset value "none"."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if "default" in text or action.default is argparse.SUPPRESS:
            return text
        if not action.option_strings and action.nargs not in ("?", "*"):
            return text  # a required positional has no default
        if action.default is None or action.default is False or action.default == []:
            shown = "off" if action.nargs == 0 else "none"
        else:
            shown = "%(default)s"
        return f"{text} (default: {shown})"


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m generator",
        description="Generate a typed Python client and Markdown docs from an OpenAPI 3.1 spec.",
        epilog="exit codes: 0 ok, 1 a check failed (drift, breaking change), 2 invalid spec or "
        "templates, 3 generator bug, 4 usage error, 5 cannot write --out (or listen), "
        "6 --adopt needs --yes",
    )
    parser.add_argument(
        "--version", action="version", version=f"sdkgen {__version__}", help="print the version"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="report every problem in a spec")
    validate.add_argument(
        "spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the OpenAPI file to check"
    )
    validate.add_argument(
        "--rules", action="store_true", help="list every rule: id, severity, fallback"
    )
    add_overlay_argument(validate)
    _add_settings(validate)
    validate.set_defaults(run=_validate)

    generate = commands.add_parser("generate", help="regenerate the client package and docs")
    # --spec, --templates and --spec-name default to what --out's manifest records
    # (generator.recorded), so a plain `generate` never drops an override.
    generate.add_argument(
        "--spec",
        type=Path,
        default=None,
        help=f"the OpenAPI file (default: as recorded in --out's manifest, else {DEFAULT_SPEC})",
    )
    generate.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="the output folder: python/, docs/"
    )
    templates = generate.add_mutually_exclusive_group()
    templates.add_argument(
        "--templates",
        type=Path,
        default=None,
        help="a folder of template overrides (default: as recorded, else the built-in ones)",
    )
    templates.add_argument(
        "--no-templates", action="store_true", help="the built-in templates, whatever is recorded"
    )
    overlays = generate.add_mutually_exclusive_group()
    add_overlay_argument(overlays, "the spec (default: as recorded in --out's manifest)")
    overlays.add_argument(
        "--no-overlays", action="store_true", help="apply no overlay, whatever is recorded"
    )
    generate.add_argument(
        "--spec-name",
        default=None,
        metavar="NAME",
        help="the spec's name in generated headers (default: its path relative to the folder "
        "holding --out)",
    )
    generate.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 with a diff if --out is stale"
    )
    generate.add_argument(
        "--staged",
        action="store_true",
        help="with --check: compare the git index, not the working tree (the pre-commit hook)",
    )
    generate.add_argument(
        "--adopt",
        action="store_true",
        help="take over an --out folder that has no manifest: print the files it would replace "
        "and leave alone, and write only with --yes (else exit 6)",
    )
    generate.add_argument(
        "--yes", action="store_true", help="with --adopt: replace the files the plan lists"
    )
    generate.add_argument(
        "--previous",
        default=None,
        metavar="SPEC_OR_REF",
        help="the last release's spec (a file, git:REF:path, or a git ref: that revision of "
        "--spec): prepend its changes to python/CHANGELOG.md (never recorded)",
    )
    from .diff.command import add_date_option

    add_date_option(generate)
    _add_settings(generate)
    generate.set_defaults(run=_generate)

    mock = commands.add_parser("mock", help="serve a spec-driven mock of the API on loopback")
    mock.add_argument(
        "spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the OpenAPI file to serve"
    )
    mock.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    mock.add_argument("--port", type=int, default=4010, help="the port; 0 picks a free one")
    add_overlay_argument(mock)
    _add_settings(mock)
    mock.set_defaults(run=_mock)

    bundle = commands.add_parser(
        "bundle", help="write a spec kept in several files as one self-contained document"
    )
    bundle.add_argument(
        "spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="the OpenAPI file to bundle"
    )
    bundle.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write: JSON when its name ends in .json, else YAML; - for stdout "
        "(required: no default)",
    )
    _add_settings(bundle)
    add_overlay_argument(bundle)
    bundle.set_defaults(run=_bundle)

    from .diff.command import add_parser as add_diff_parser

    # Its parsers are _Parser too (argparse makes them of the parent's class).
    add_diff_parser(
        typing.cast("argparse._SubParsersAction[argparse.ArgumentParser]", commands),
        _add_settings,
    )
    return parser


def load_and_build(
    spec_path: Path | LoadedSpec,
    settings: Settings | None = None,
    *,
    quiet: bool = False,
    allow_ref_roots: Sequence[Path] = (),
    overlays: Sequence[Path] = (),
) -> tuple[LoadedSpec, Api]:
    """Load, apply ``overlays``, validate and build; raise :class:`SpecError` with every
    error found.

    ``quiet``: print no warnings (the previous spec of ``generate --previous``: its warnings
    were read when it was current)."""
    spec, api, finish = start_build(
        spec_path,
        settings or Settings(),
        quiet=quiet,
        allow_ref_roots=allow_ref_roots,
        overlays=overlays,
    )
    finish()
    return spec, api


def start_build(
    spec_path: Path | LoadedSpec,
    settings: Settings,
    spec_name: str = "",
    *,
    quiet: bool = False,
    allow_ref_roots: Sequence[Path] = (),
    overlays: Sequence[Path] = (),
) -> tuple[LoadedSpec, Api, Callable[[], list[Problem]]]:
    """:func:`load_and_build`, but openapi-spec-validator's last pass (about a third of a
    cold ``generate``) goes on beside the caller's work: call the returned ``finish`` before
    trusting the spec. It raises :class:`SpecError` when there is an error, else prints the
    warnings and notes and returns them.

    The spec returned is the one to build from: 3.1, every warning's fallback carried out.
    ``spec_name`` names it in generated headers (default: its file name). A spec already read
    (from stdin or git: :mod:`generator.sources`) is passed as is. ``allow_ref_roots``: the
    folders besides the spec's own where its ``$ref``s may name files (``--allow-ref-root``).
    ``overlays`` (OpenAPI Overlay files, :mod:`generator.overlay`) are applied to it, in order,
    before any check.
    """
    spec = (
        spec_path
        if isinstance(spec_path, LoadedSpec)
        else load_spec(spec_path, spec_name, allow_ref_roots)
    )
    overlaid: list[Problem] = []
    if overlays:
        from .overlay import apply_overlays

        spec, overlaid = apply_overlays(spec, overlays)
        if any(p.blocking for p in overlaid):  # not applied: checking the spec tells nothing
            raise SpecError(settings.settle(overlaid))
        overlaid = settings.settle(overlaid)  # warnings (errors with --strict): checked on

    from .validate import check

    report = check(spec, wait=False)
    found = sorted(set(settings.settle(report.problems) + overlaid))
    if not report.buildable or report.spec is None:  # building adds noise, or would never end
        raise SpecError(found)
    spec = report.spec

    from .build import build

    if any(p.blocking for p in found):
        # Also report what only building finds (unsupported constructs, reserved names), so
        # the user sees every problem at once. A spec with errors may trip the builder in ways
        # those errors already explain, so a crash here adds nothing and is dropped.
        built: list[Problem] = []
        try:
            build(spec, built)
        except SpecError as exc:
            built = exc.problems
        except Exception:  # see above: the problems found so far explain it
            pass
        raise SpecError(_merged(found, settings.settle(built)))
    late = report.late or list

    built = []
    try:
        api = build(spec, built)
    except SpecError as exc:  # every problem at once: the builder's and the late pass's
        late_found = settings.settle(late())
        raise SpecError(_merged(found + late_found, settings.settle(exc.problems))) from None
    except Exception:  # on a spec the late pass refuses, its problems explain this
        _raise_if_blocking(found + settings.settle(late()))
        raise
    found = _merged(found, settings.settle(built))

    def finish() -> list[Problem]:
        result = sorted(set(found + settings.settle(late())))
        _raise_if_blocking(result)
        if not quiet:
            _print_findings(result)
        return result

    return spec, api, finish


def _raise_if_blocking(found: list[Problem]) -> None:
    if any(p.blocking for p in found):
        raise SpecError(found)


def _merged(validated: list[Problem], built: list[Problem]) -> list[Problem]:
    """One message per place: the validator's, which says it better, when both found it."""
    located = {(p.file, p.line, p.column) for p in validated}
    return validated + [p for p in built if (p.file, p.line, p.column) not in located]


def _validate(args: argparse.Namespace) -> int:
    if args.rules:
        from .findings import all_rules

        for rule in sorted(all_rules().values(), key=lambda r: (r.severity, r.id)):
            fallback = f" Fallback: {rule.fallback}." if rule.fallback else ""
            print(f"{rule.id} ({rule.severity}): {rule.summary}.{fallback}")
        return EXIT_OK
    load_and_build(
        args.spec, settings_of(args), allow_ref_roots=args.allow_ref_root, overlays=args.overlay
    )
    with_overlays = "".join(f" + {overlay}" for overlay in args.overlay)
    print(f"{args.spec}{with_overlays}: valid")
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    misuse = _misused_flags(args)
    if misuse:
        print(f"error: {misuse}", file=sys.stderr)
        return EXIT_USAGE
    settings = settings_of(args)  # the working directory's pyproject.toml, before any move
    if not args.staged:
        return _generate_from(args, settings, None)
    from .staged import IndexView, StagedError

    try:
        with IndexView() as view:
            return _generate_from(args, settings, view)
    except StagedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _misused_flags(args: argparse.Namespace) -> str | None:
    if args.staged and not args.check:
        return "--staged only checks: use it with --check"
    if args.adopt and args.check:
        return "--adopt writes: it does not go with --check"
    if args.yes and not args.adopt:
        return "--yes confirms --adopt: use it with --adopt"
    return None


def _generate_from(args: argparse.Namespace, settings: Settings, view: IndexView | None) -> int:
    """``generate`` on the working tree, or with ``view`` on a copy of the git index."""
    from .recorded import choose, command, record, spec_name

    out = view.export(args.out) if view else args.out
    choice = choose(
        out,
        args.spec,
        args.templates,
        args.no_templates,
        args.spec_name,
        args.overlay or None,
        args.no_overlays,
    )
    for note in choice.notes:
        print(f"note: {note}", file=sys.stderr)
    # In the git index, the spec's whole folder: the files its $refs name are checked too.
    spec_path = view.export(choice.spec.parent) / choice.spec.name if view else choice.spec
    allowed = [view.export(a) for a in args.allow_ref_root] if view else args.allow_ref_root
    templates = choice.templates
    if view and templates is not None:
        templates = view.export(templates)
    overlays = [view.export(o) if view else o for o in choice.overlays]
    name = spec_name(spec_path, out, choice.spec_name, overlays)
    spec, api, finish = start_build(
        spec_path, settings, name, allow_ref_roots=allowed, overlays=overlays
    )
    # Imported after start_build has started openapi-spec-validator's child: these modules
    # (jsonschema, Jinja) take ~100 ms, which the child's own ~250 ms import now overlaps.
    from .compilecheck import CompileCheck
    from .render import TemplateError, render
    from .transaction import interrupted
    from .write import (
        TemplateCodeError,
        WriteError,
        adoption,
        format_tree,
        replace_tree,
        unified_diff,
        with_manifest,
    )

    if templates is not None and not templates.is_dir():
        finish()
        known = "in the git index" if view else "on disk"
        print(f"error: templates folder {choice.templates} does not exist {known}", file=sys.stderr)
        return EXIT_USAGE
    again = command(args.out, choice, staged=view is not None)
    try:
        # Everything is rendered and formatted before anything is written.
        try:
            check = CompileCheck(templates)  # the compile backstop starts on files as they are made
            files = format_tree(render(api, templates, check.rendered, check.origins), check)
        except Exception:  # a spec problem found meanwhile explains it better
            finish()
            raise
        finish()
        files = _with_changelog(args, settings, view, out, choice.spec, api, files, overlays)
        recorded, unrecorded = record(out, spec_path, templates, choice.spec_name, overlays)
        files = with_manifest(
            files,
            api.spec_file,
            spec.text,
            api.generator_version,
            api.renames,
            recorded,
            spec.files,
        )
        if args.check:
            if interrupted(out):
                print(
                    f"{args.out} was left half-written by an interrupted run: "
                    f"run `{command(args.out, choice)}` to restore it",
                    file=sys.stderr,
                )
                return EXIT_DRIFT
            diff = unified_diff(out, files)
            if diff:
                sys.stdout.writelines(diff)
                where = " in the git index" if view else ""
                print(f"{args.out} is stale{where}: run `{again}`", file=sys.stderr)
                return EXIT_DRIFT
            print(f"{args.out} is up to date{' in the git index' if view else ''}")
            return EXIT_OK
        plan = adoption(out, files) if args.adopt else None
        if plan is not None:
            _print_adoption(args.out, plan)
            if not args.yes:
                print(
                    f"nothing was written: run again with --yes to take {args.out} over",
                    file=sys.stderr,
                )
                return EXIT_NOT_CONFIRMED
        written = replace_tree(out, files, adopt=plan is not None)
        if written.recovered:
            print(f"{args.out}: undid the changes of an interrupted run", file=sys.stderr)
        _print_written(args.out, len(files), written)
        for note in unrecorded:
            print(f"note: {note}", file=sys.stderr)
    except TemplateCodeError as exc:  # a user's mistake, located: no "error:" before the place
        print(exc, file=sys.stderr)
        print(
            f"the templates make code that does not compile; {args.out} was not touched",
            file=sys.stderr,
        )
        return EXIT_INVALID
    except WriteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    except TemplateError as exc:
        print(exc, file=sys.stderr)
        print(f"the templates cannot be rendered; {args.out} was not touched", file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


# A spec edit changes a handful of files, all listed: the review's to-do list. A first run or
# a template overhaul can change hundreds, which nobody reads one by one: a count says it.
LISTED = 50


def _print_written(out: Path, total: int, written: Written) -> None:
    """``generated: 3 of 24 files changed``, then one line per file changed, on stdout."""
    if not written.changed:
        print(f"{out}: {total} files, already up to date")
        return
    changes = [
        *(("added", rel) for rel in written.added),
        *(("updated", rel) for rel in written.updated),
        *(("removed", rel) for rel in written.removed),
    ]
    changes.sort(key=lambda change: change[1])
    print(f"{out}: {len(changes)} of {total} files changed")
    for what, rel in changes[:LISTED]:
        print(f"  {what:<8} {(out / rel).as_posix()}")
    if len(changes) > LISTED:
        print(f"  ... and {len(changes) - LISTED} more")


def _print_adoption(out: Path, plan: Adoption) -> None:
    """What ``--adopt`` replaces, adds and leaves alone, one file a line, on stdout."""
    print(f"{out} has no manifest: adopting it would")
    for what, names in (("replace", plan.replaced), ("add", plan.added), ("keep", plan.kept)):
        for rel in names[:LISTED]:
            print(f"  {what:<8} {(out / rel).as_posix()}")
        if len(names) > LISTED:
            print(f"  ... and {len(names) - LISTED} more to {what}")
    print(
        f"({len(plan.replaced)} replaced, {len(plan.added)} added, {len(plan.kept)} left alone: "
        "files it does not generate are never touched)"
    )


def _with_changelog(
    args: argparse.Namespace,
    settings: Settings,
    view: IndexView | None,
    out: Path,
    spec: Path,
    api: Api,
    files: dict[str, bytes],
    overlays: Sequence[Path] = (),
) -> dict[str, bytes]:
    """``files`` with the package's CHANGELOG.md: the one ``out`` holds, with a new section
    when ``--previous`` is given (:mod:`generator.changelog_file`), the previous spec read
    with this run's ``overlays``."""
    from . import changelog_file, sources

    if changelog_file.CHANGELOG in files:  # a --templates override renders it: theirs
        if args.previous is None:
            return files
        raise SettingsError(
            f"--previous writes {changelog_file.CHANGELOG}, which a template of "
            f"{args.templates or 'the recorded --templates'} renders too: remove one"
        )
    log = changelog_file.kept(out)
    if args.previous is not None:
        previous = sources.previous(
            args.previous, spec, view.cwd if view else None, args.allow_ref_root
        )
        _, before = load_and_build(
            previous, settings, quiet=True, allow_ref_roots=args.allow_ref_root, overlays=overlays
        )
        fresh = changelog_file.updated(log, before, api, args.date)
        if fresh is None:
            print(
                f"note: the package version {api.package_version} is the previous spec's: "
                f"{changelog_file.CHANGELOG} gets no new section (bump info.version)",
                file=sys.stderr,
            )
        log = fresh or log
    return files if log is None else {**files, changelog_file.CHANGELOG: log}


def _mock(args: argparse.Namespace) -> int:
    spec, api, finish = start_build(
        args.spec, settings_of(args), allow_ref_roots=args.allow_ref_root, overlays=args.overlay
    )
    from .mock import serve, server  # noqa: F401 (the server's modules load while the check ends)

    finish()
    return serve(spec, api, host=args.host, port=args.port)


def _bundle(args: argparse.Namespace) -> int:
    """``bundle``: the spec and every file its ``$ref``s name, as one document (the files'
    warnings printed; an error in any of them exits 2 and writes nothing)."""
    from .bundle import BundleWriteError, write_bundle

    settings = settings_of(args)
    spec = load_spec(args.spec, allow_ref_roots=args.allow_ref_root)
    found = settings.settle(spec.load_problems)
    _raise_if_blocking(found)
    if args.overlay:  # applied to the bundled document, as every other command does
        from .overlay import apply_overlays

        spec, overlaid = apply_overlays(spec, args.overlay)
        found += settings.settle(overlaid)
        _raise_if_blocking(found)
    _print_findings(found)
    try:
        write_bundle(spec.data, args.output)
    except BundleWriteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    if str(args.output) != "-":
        n = len(spec.files)
        print(f"{args.output}: {args.spec} and the {n} file{'s' * (n != 1)} its $refs name")
    return EXIT_OK
