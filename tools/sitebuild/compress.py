"""Precompressed copies (.br and .gz) next to the big files, so a server can send them as they
are (tools/serve.py does; the settings in beheer/ tell nginx, Apache and IIS): Pyodide and the
form logic, and the theme's style sheets, scripts and search index that every page loads.

Compressed copies are kept in build/compressed/ by content hash: Pyodide's files do not change
between builds, so `make site` compresses them once.
"""
from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "compressed"
# What each compressible kind of file is; the .zip files are compressed already. HTML is left
# out: a page's address is a folder, which servers map to index.html after choosing the file.
MIME = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
        ".json": "application/json", ".bin": "application/octet-stream", ".css": "text/css",
        ".svg": "image/svg+xml"}
SUFFIXES = set(MIME)
MIN_BYTES = 10_000


def _cached(data: bytes, kind: str) -> bytes:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{hashlib.sha256(data).hexdigest()}.{kind}"
    if not path.is_file():
        packed = brotli.compress(data, quality=9) if kind == "br" else gzip.compress(data, 6, mtime=0)
        path.write_bytes(packed)
    return path.read_bytes()


def precompress(folder: Path) -> list[Path]:
    """Writes file.br and file.gz next to every big compressible file in `folder` (recursive)."""
    written = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
        data = path.read_bytes()
        if len(data) < MIN_BYTES:
            continue
        for kind in ("br", "gz"):
            target = path.with_name(f"{path.name}.{kind}")
            target.write_bytes(_cached(data, kind))
            written.append(target)
    return written
