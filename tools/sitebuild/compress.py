"""Precompressed copies (.br and .gz) next to the big files the forms load, so a server can
send them as they are (tools/serve.py does; the settings in beheer/ tell nginx, Apache and IIS).

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
SUFFIXES = {".wasm", ".mjs", ".json", ".bin", ".js"}  # the .zip files are compressed already
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
