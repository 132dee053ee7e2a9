"""The package's own names step aside for the spec's class names.

``models.py``, ``_client.py``, ``_operations.py`` and ``_raw.py`` hold the spec's classes next
to names the package imports for itself (``ValidationError``, ``Credentials``, ``Timeout``,
``Literal``, ``Mapping``...). A schema named like one of those keeps its name
(``realtimekit.models.ValidationError`` is the spec's dataclass; the exception stays
``realtimekit.errors.ValidationError``): in the modules where it is imported, the package's
name is imported under a private alias instead (``from .errors import ValidationError as
_ValidationError``), and the templates spell it ``{{ own.ValidationError }}``. A spec without
such a schema gets the same code as ever.

Which names step aside is set for one render by :func:`render.render` (:data:`ASIDE`), so the
macros (compiled once, shared by every render) read it when they run.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar

from .reserved import STEP_ASIDE

ASIDE: ContextVar[frozenset[str]] = ContextVar("ASIDE", default=frozenset())


def aside_for(class_names: Iterable[str]) -> frozenset[str]:
    """The package's names a spec with classes ``class_names`` makes step aside."""
    return STEP_ASIDE.intersection(class_names)


def spelled(name: str) -> str:
    """How the generated code spells the package's own ``name``: itself, or ``_name`` when a
    spec class has it."""
    if name not in STEP_ASIDE:
        raise KeyError(f"{name!r} is not one of reserved.STEP_ASIDE")
    return "_" + name if name in ASIDE.get() else name


class Own:
    """The templates' ``own``: ``own.Literal`` is how the code spells ``typing.Literal``;
    ``own.imported([...])`` the names of an ``import_lines`` section, aliased as needed."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return spelled(name)
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    @staticmethod
    def imported(names: Iterable[str]) -> list[str]:
        aside = ASIDE.get()
        return [f"{name} as _{name}" if name in aside else name for name in names]
