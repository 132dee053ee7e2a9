"""How severe each finding is for this run: ``--strict``, ``--rule ID=LEVEL`` and the
``[tool.sdkgen]`` table of ``pyproject.toml`` in the working directory (read like mypy's and
pytest's settings: the project you run the command from).

```toml
[tool.sdkgen]
strict = true                     # every warning is an error (our own spec is checked so)

[tool.sdkgen.rules]
example-mismatch = "ignore"       # error | warning | ignore
unknown-keyword = "error"
```

A flag beats the file. Notes are never raised: they record decisions, not defects.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..problems import ERROR, NOTE, WARNING, Problem
from . import all_rules

LEVELS = (ERROR, WARNING, "ignore")


class SettingsError(Exception):
    """A setting that names no rule or no level: a usage error, said in one line."""


@dataclass(frozen=True)
class Settings:
    strict: bool = False
    levels: Mapping[str, str] = field(default_factory=dict)  # rule id → error|warning|ignore

    def settle(self, found: Iterable[Problem]) -> list[Problem]:
        """``found`` at the severities of this run; ignored ones left out."""
        result = []
        for problem in found:
            level = self.levels.get(problem.rule, problem.severity)
            if level == "ignore":
                continue
            if self.strict and level == WARNING:
                level = ERROR
            if problem.severity == NOTE:
                level = NOTE
            result.append(
                problem if level == problem.severity else replace(problem, severity=level)
            )
        return sorted(set(result))


def load(
    strict: bool | None, rules: Iterable[str], pyproject: Path = Path("pyproject.toml")
) -> Settings:
    """The settings of this run: the file's, then the flags' (``rules``: ``ID=LEVEL``)."""
    table = _table(pyproject)
    file_strict = table.get("strict", False)
    if not isinstance(file_strict, bool):
        raise SettingsError(f"{pyproject}: [tool.sdkgen] strict must be true or false")
    file_rules = table.get("rules", {})
    if not isinstance(file_rules, Mapping):
        raise SettingsError(f"{pyproject}: [tool.sdkgen.rules] must be a table")
    levels = {
        _rule_id(str(k), f"{pyproject}: [tool.sdkgen.rules]"): _level(v, f"{pyproject}: {k}")
        for k, v in file_rules.items()
    }
    for setting in rules:
        rule_id, sep, level = setting.partition("=")
        if not sep:
            raise SettingsError(
                f"--rule {setting!r}: write it as ID=LEVEL, e.g. unknown-keyword=error"
            )
        levels[_rule_id(rule_id.strip(), "--rule")] = _level(level.strip(), f"--rule {setting}")
    return Settings(strict=file_strict if strict is None else strict, levels=levels)


def _table(pyproject: Path) -> Mapping[str, Any]:
    if not pyproject.is_file():
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover (Python 3.10)
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{pyproject}: cannot read it: {exc}") from None
    table = data.get("tool", {}).get("sdkgen", {})
    if not isinstance(table, Mapping):
        raise SettingsError(f"{pyproject}: [tool.sdkgen] must be a table")
    return table


def _rule_id(rule_id: str, where: str) -> str:
    rules = all_rules()
    if rule_id in rules:
        return rule_id
    close = difflib.get_close_matches(rule_id, list(rules), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise SettingsError(f"{where}: no rule {rule_id!r}{hint}; `validate --rules` lists them")


def _level(value: Any, where: str) -> str:
    if value not in LEVELS:
        raise SettingsError(f"{where}: the level must be one of {', '.join(LEVELS)}, not {value!r}")
    return str(value)
