"""Make sure Debian's Chromium is there for the browser tests (Playwright cannot download one here).

Installs the `chromium` package with apt when it is missing and we are root; otherwise says
what to do. Set CHROMIUM=/path/to/chromium to use another Chromium-based browser.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys


def find() -> str | None:
    given = os.environ.get("CHROMIUM")
    if given:
        return given if os.access(given, os.X_OK) else None
    return shutil.which("chromium") or (shutil.which("chromium-browser"))


def main() -> int:
    if path := find():
        print(f"chromium: {path}")
        return 0
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(
            "Chromium is needed for the browser tests and was not found.\n"
            "  On Debian/Ubuntu, as root:  apt-get install -y chromium\n"
            "  Or point to one:            CHROMIUM=/path/to/chromium make test",
            file=sys.stderr,
        )
        return 1
    print("chromium: not found; installing Debian's package (apt-get install chromium) ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        if subprocess.call(cmd, env=env) != 0:
            print(f"'{' '.join(cmd)}' failed; install chromium by hand, then run make test again.", file=sys.stderr)
            return 1
    if path := find():
        print(f"chromium: {path}")
        return 0
    print("chromium was installed but cannot be found on PATH.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
