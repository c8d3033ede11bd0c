"""Make sure nginx and Apache are there for the server layer of `make test` (tests/servers).

Installs Debian's packages with apt when one is missing and we are root (as
tools/ensure_chromium.py does for Chromium); otherwise says what to do and exits 1, so the
layer is never skipped in silence. `SERVERS=skip make test` runs everything else and reports
the layer as NOT RUN.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SBIN = ("/usr/sbin", "/sbin", "/usr/local/sbin")


@dataclass(frozen=True)
class Need:
    what: str        # what the layer uses it for
    package: str     # Debian package
    path: str        # a file the package installs (a program, or a module)


NEEDS = (
    Need("nginx", "nginx", "nginx"),
    Need("nginx's Brotli module (.br copies)", "libnginx-mod-http-brotli-static",
         "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"),
    Need("Apache", "apache2", "apache2"),
)


def program(name: str) -> str | None:
    """A program on PATH or in the sbin folders (not on a normal user's PATH)."""
    return shutil.which(name) or shutil.which(name, path=os.pathsep.join(SBIN))


def present(need: Need) -> bool:
    return Path(need.path).is_file() if need.path.startswith("/") else program(need.path) is not None


def missing() -> list[Need]:
    return [n for n in NEEDS if not present(n)]


def main() -> int:
    if os.environ.get("SERVERS") == "skip":
        print("servers: NOT RUN (SERVERS=skip): nginx and Apache are not tested.", file=sys.stderr)
        return 0
    lacking = missing()
    if not lacking:
        print(f"servers: nginx {program('nginx')}, apache2 {program('apache2')}")
        return 0
    packages = [n.package for n in lacking]
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(
            "The server layer of make test (tests/servers) needs: "
            + ", ".join(n.what for n in lacking) + ".\n"
            f"  On Debian/Ubuntu, as root:  apt-get install -y {' '.join(packages)}\n"
            "  Or run the other layers only, and see the layer reported as NOT RUN:\n"
            "                              SERVERS=skip make test",
            file=sys.stderr,
        )
        return 1
    print(f"servers: installing {' '.join(packages)} with apt-get ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # The packages start their services on installation; the tests start their own servers.
    policy = Path("/usr/sbin/policy-rc.d")
    own_policy = not policy.exists()
    if own_policy:
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
    try:
        for cmd in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "-o", "DPkg::Lock::Timeout=600", *packages]):
            if subprocess.call(cmd, env=env) != 0:
                print(f"'{' '.join(cmd)}' failed; install {' '.join(packages)} by hand, then run make test again.",
                      file=sys.stderr)
                return 1
    finally:
        if own_policy:
            policy.unlink()
    if lacking := missing():
        print("installed, but still missing: " + ", ".join(n.what for n in lacking), file=sys.stderr)
        return 1
    print(f"servers: nginx {program('nginx')}, apache2 {program('apache2')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
