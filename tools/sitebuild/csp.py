"""The Content-Security-Policy and cache lifetimes of the built site (the server settings in
beheer/ are written from these by tools/sitebuild/serverconfig.py).

Material for MkDocs puts a few small inline scripts in every page; instead of allowing all
inline script, the policy lists their sha256 hashes, computed from the built pages.
Pyodide needs 'wasm-unsafe-eval' (WebAssembly), nothing more.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path


# Inline <script> elements that the browser executes (JSON data blocks are not executed).
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_DATA_TYPE = re.compile(r"""type=["']?application/(?:ld\+)?json""")


def inline_script_hashes(site: Path) -> list[str]:
    hashes: set[str] = set()
    for page in site.rglob("*.html"):
        for m in _INLINE_SCRIPT.finditer(page.read_text(encoding="utf-8")):
            if _DATA_TYPE.search(m.group("attrs")):
                continue
            digest = hashlib.sha256(m.group("body").encode("utf-8")).digest()
            hashes.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return sorted(hashes)


def content_security_policy(site: Path) -> str:
    script_src = " ".join(["'self'", "'wasm-unsafe-eval'", *inline_script_hashes(site)])
    return "; ".join([
        "default-src 'self'",
        f"script-src {script_src}",
        "style-src 'self' 'unsafe-inline'",  # Material sets style attributes; styles cannot send data
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        "frame-ancestors 'self'",
    ])


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


# Files whose path carries their version or content hash never change: cache them for a year.
# Those are Pyodide (a folder per version), our bundle and snapshot, and the theme's scripts and
# style sheets (bundle.a5f9d56c.min.js). The manifest says which of ours to load, so it must be
# checked every time. One pattern for tools/serve.py and the nginx and Apache settings; no "$":
# Apache matches it after rewriting a name to its .br or .gz copy.
IMMUTABLE_PATH = (r"/assets/(pyodide/[^/]+/|py/(formlogic|snapshot)-"
                  r"|(javascripts|stylesheets)/([^/]+/)*[^/]+\.[0-9a-f]{8}\.min\.(js|css))")
IMMUTABLE = re.compile(IMMUTABLE_PATH)
NO_CACHE = re.compile(r"(^|/)assets/py/manifest\.json$")
LONG = "public, max-age=31536000, immutable"


def versioned(path: str) -> bool:
    """Whether a path (site-relative or from the server's root) names a versioned file."""
    return IMMUTABLE.search("/" + path.lstrip("/")) is not None


def cache_control(path: str) -> str | None:
    """The Cache-Control header for a site-relative path, or None for the server's default."""
    if versioned(path):
        return LONG
    if NO_CACHE.search(path):
        return "no-cache"
    return None


def headers(site: Path) -> dict[str, str]:
    """Every header the server should send with every file of the site."""
    return {"Content-Security-Policy": content_security_policy(site), **SECURITY_HEADERS}


def immutable_locations(site: Path) -> list[str]:
    """IIS matches no patterns: the Pyodide folder, and every other versioned file by name."""
    files = sorted(p.relative_to(site).as_posix() for p in (site / "assets").rglob("*")
                   if p.is_file() and p.suffix not in (".br", ".gz"))
    named = [f for f in files if versioned(f) and not f.startswith("assets/pyodide/")]
    return ["assets/pyodide", *named]
