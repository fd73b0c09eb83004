"""The scripts in `corpus/data/` that generate the bundled tables, loaded as modules so the tests can
compare a committed table with a fresh build from `../shared/regs` (skipped where that is absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"
CCL = REGS / "ccl-json" / "ccl.json"
_SCRIPTS = Path(__file__).resolve().parents[1] / "corpus" / "data"


def load(name: str) -> ModuleType:
    """`corpus/data/<name>.py` as a module (the scripts are not a package; they share `ccl_table.py` beside them)."""
    if str(_SCRIPTS) not in sys.path:
        sys.path.insert(0, str(_SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
