"""The Content-Security-Policy for the built site, and server snippets for ICT teams.

Material for MkDocs puts a few small inline scripts in every page; instead of allowing all
inline script, the policy lists their sha256 hashes, computed from the built pages.
Pyodide needs 'wasm-unsafe-eval' (WebAssembly), nothing more.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from tools.sitebuild.compress import MIME as COMPRESSED_TYPES

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


def server_files(site: Path) -> dict[str, str]:
    """Settings for common servers, for the folder beheer/ of the built site."""
    h = headers(site)
    nginx = "\n".join(
        ["# nginx: include in the server or location block that serves this folder.",
         "# Check that mime.types maps .mjs to text/javascript and .wasm to application/wasm;",
         "# add those two lines there if not (a types {} block here would replace all others).",
         *(f'add_header {k} "{v}" always;' for k, v in h.items()),
         "# Send the precompressed copies (file.gz, and file.br with the ngx_brotli module).",
         "gzip_static on;",
         "# brotli_static on;   # only when ngx_brotli is installed",
         "# Versioned files never change: let browsers keep them. nginx forgets the add_header",
         "# lines above inside a location that has its own, so they are repeated there.",
         f'location ~* "{IMMUTABLE_PATH}" {{',  # quoted: the pattern holds braces
         f'    add_header Cache-Control "{LONG}" always;',
         *(f'    add_header {k} "{v}" always;' for k, v in h.items()),
         "    gzip_static on;",
         "}",
         "location ~* /assets/py/manifest\\.json$ {",
         '    add_header Cache-Control "no-cache" always;',
         *(f'    add_header {k} "{v}" always;' for k, v in h.items()),
         "}", ""]
    )
    kinds = "|".join(sorted(s.lstrip(".") for s in COMPRESSED_TYPES))
    apache = "\n".join(
        ["# Apache: put in .htaccess of this folder, or in its <Directory> block",
         "# (needs mod_headers, and mod_rewrite for the precompressed copies).",
         "AddType text/javascript .mjs", "AddType application/wasm .wasm",
         *(f'Header always set {k} "{v}"' for k, v in h.items()),
         "# Send file.br or file.gz when the browser accepts it and the copy exists.",
         "RewriteEngine On",
         'RewriteCond "%{HTTP:Accept-Encoding}" "br"',
         r'RewriteCond "%{REQUEST_FILENAME}\.br" -s',
         rf'RewriteRule "^(.+\.({kinds}))$" "$1.br" [L]',
         r'RewriteCond "%{HTTP:Accept-Encoding}" "gzip"',
         r'RewriteCond "%{REQUEST_FILENAME}\.gz" -s',
         rf'RewriteRule "^(.+\.({kinds}))$" "$1.gz" [L]',
         rf'<FilesMatch "\.({kinds})\.br$">',
         "  Header set Content-Encoding br", "  Header append Vary Accept-Encoding", "</FilesMatch>",
         rf'<FilesMatch "\.({kinds})\.gz$">',
         "  Header set Content-Encoding gzip", "  Header append Vary Accept-Encoding", "</FilesMatch>",
         *(f"AddType {mime} {ext}.br {ext}.gz" for ext, mime in sorted(COMPRESSED_TYPES.items())),
         "RemoveEncoding .br .gz",
         "# Versioned files never change: let browsers keep them; always check the manifest.",
         f'<If "%{{REQUEST_URI}} =~ m#{IMMUTABLE_PATH}#">',
         f'  Header set Cache-Control "{LONG}"', "</If>",
         r'<If "%{REQUEST_URI} =~ m#/assets/py/manifest\.json$#">',
         '  Header set Cache-Control "no-cache"', "</If>", ""]
    )
    iis = "\n".join(
        ['<?xml version="1.0" encoding="utf-8"?>',
         "<!-- IIS: web.config for this folder. IIS compresses static files itself",
         "     (doStaticCompression); the .br and .gz copies are for other servers. -->",
         "<configuration><system.webServer>",
         "  <staticContent>",
         '    <remove fileExtension=".mjs" /><mimeMap fileExtension=".mjs" mimeType="text/javascript" />',
         '    <remove fileExtension=".wasm" /><mimeMap fileExtension=".wasm" mimeType="application/wasm" />',
         '    <remove fileExtension=".bin" /><mimeMap fileExtension=".bin" mimeType="application/octet-stream" />',
         "  </staticContent>",
         '  <urlCompression doStaticCompression="true" doDynamicCompression="false" />',
         "  <httpProtocol><customHeaders>",
         *(f'    <add name="{k}" value="{v}" />' for k, v in h.items()),
         "  </customHeaders></httpProtocol>",
         "</system.webServer>",
         "<!-- Versioned files never change: let browsers keep them for a year. -->",
         *(f'<location path="{path}"><system.webServer><staticContent>'
           '<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" '
           'cacheControlCustom="public, immutable" /></staticContent></system.webServer></location>'
           for path in immutable_locations(site)),
         "</configuration>", ""]
    )
    return {
        "headers.txt": "".join(f"{k}: {v}\n" for k, v in h.items())
        + "# For assets/pyodide/<version>/*, assets/py/formlogic-*.zip, assets/py/snapshot-*.bin and\n"
          "# the theme's assets/javascripts/**/*.<hash>.min.js and assets/stylesheets/*.<hash>.min.css also:\n"
          f"# Cache-Control: {LONG}\n# For assets/py/manifest.json: Cache-Control: no-cache\n",
        "nginx.conf": nginx,
        "apache.htaccess": apache,
        "web.config": iis,
    }
