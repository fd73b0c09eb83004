"""The scripts in `corpus/data/` that generate the bundled tables, loaded as modules so the tests can
compare a committed table with a fresh build from `../shared/regs` (skipped where that is absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"
CCL = REGS / "ccl-json" / "ccl.json"
_SCRIPTS = Path(__file__).resolve().parents[1] / "corpus" / "data"


def load(name: str) -> ModuleType:
    """`corpus/data/<name>.py` as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
