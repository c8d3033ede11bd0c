"""The werkmap's documents as the werkmap's logic reads them: opened once per request, and each
child's checks kept for the next request (switching documents checks only the one that changed)."""
from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from formlogic._model import Parsed
from formlogic.container import Child, children
from formlogic.validation import CheckResult, check

_CHECKS: OrderedDict[tuple[str, str, date], CheckResult] = OrderedDict()
_KEEP = 64  # a werkmap holds a few dozen documents


def checked(child: Child, today: date) -> CheckResult:
    """The child's checks (read only: the result is shared between requests)."""
    assert child.form is not None
    key = (child.form.key, json.dumps(child.data, ensure_ascii=False), today)
    if key in _CHECKS:
        _CHECKS.move_to_end(key)
        return _CHECKS[key]
    result = check(child.form, child.data, today=today)
    _CHECKS[key] = result
    if len(_CHECKS) > _KEEP:
        _CHECKS.popitem(last=False)
    return result


@dataclass(frozen=True)
class Kinderen:
    alle: tuple[Child, ...]
    today: date

    def van(self, key: str) -> list[Child]:
        return [c for c in self.alle if c.form is not None and c.form.key == key]

    def parsed(self, child: Child) -> Parsed:
        return checked(child, self.today).parsed

    def ok(self, child: Child) -> bool:
        return checked(child, self.today).ok

    def kapot(self) -> list[Child]:
        return [c for c in self.alle if c.form is None]


_LAST: list = [None, None]  # (parsed, Kinderen): the views of one request share one opening


def kinderen(p: Parsed) -> Kinderen:
    if _LAST[0] is p:
        return _LAST[1]
    result = Kinderen(tuple(children(p.values.get("documenten") or [])), p.today)
    _LAST[:] = [p, result]
    return result
