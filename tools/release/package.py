"""The zip of the built site and the sums, made the same way every time (reproducible): sorted
entries, one fixed time stamp (the build date), fixed permissions."""
from __future__ import annotations

import hashlib
import zipfile
from datetime import date
from pathlib import Path

FOLDER = "jeugdgroepen"           # the zip unpacks to one folder, ready for /jeugdgroepen/
STORED = (".br", ".gz", ".zip", ".png", ".jpg", ".woff2")  # compressed already
SUMS_INSIDE = "beheer/SHA256SUMS"  # every file of the site, to check an installed copy


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sums_text(entries: list[tuple[str, str]]) -> str:
    """`sha256sum -c` format: '<hex>  <name>' per line."""
    return "".join(f"{digest}  {name}\n" for name, digest in entries)


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def make_zip(site: Path, target: Path, when: date) -> list[str]:
    """Writes the zip; returns the names of the site's files in it (the sums file not counted)."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    files = [f for f in site_files(site) if f != SUMS_INSIDE]
    inside = sums_text([(f, sha256(site / f)) for f in files])
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as z:
        for name in [*files, SUMS_INSIDE]:
            info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=stamp)
            info.external_attr = 0o100644 << 16
            info.create_system = 3  # unix, so the permissions above are read
            info.compress_type = zipfile.ZIP_STORED if name.endswith(STORED) else zipfile.ZIP_DEFLATED
            data = inside.encode() if name == SUMS_INSIDE else (site / name).read_bytes()
            z.writestr(info, data, compresslevel=9 if info.compress_type == zipfile.ZIP_DEFLATED else None)
    return files
