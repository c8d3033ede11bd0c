"""The werkmap at scale: 30 documents (10 gespreksverslagen, 8 answers files, an interventiematrix
of 200 actions). Opening it, the due list and saving it, timed as Python requests in CPython and
in Pyodide under Node (the browser worker's Python, on the site's own bundle). Target: each
<= 200 ms in the worker. Switching documents on the page is measured in the browser by
benchmarks/werkmap_page.py.

    python -m benchmarks.werkmap

Prints figures; asserts nothing.
"""
from __future__ import annotations

import shutil
import subprocess
import sys

from benchmarks import werkmap_steps
from tools.sitebuild.pybundle import ROOT, build_bundle


def main(argv: list[str] | None = None) -> int:
    werkmap_steps.main()
    node = shutil.which("node")
    if node is None:
        print("Node.js is needed for the Pyodide figures.", file=sys.stderr)
        return 1
    bundle = ROOT / "build" / "bench-bundle.zip"
    bundle.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_bytes(build_bundle())
    print()
    return subprocess.call([node, str(ROOT / "benchmarks" / "run_in_pyodide.mjs"), str(bundle),
                            "benchmarks.werkmap_steps"], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
