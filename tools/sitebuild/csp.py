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


def headers(site: Path) -> dict[str, str]:
    """Every header the server should send with every file of the site."""
    return {"Content-Security-Policy": content_security_policy(site), **SECURITY_HEADERS}


def server_files(site: Path) -> dict[str, str]:
    """Settings for common servers, for the folder beheer/ of the built site."""
    h = headers(site)
    nginx = "\n".join(
        ["# nginx: include in the server or location block that serves this folder.",
         "# Check that mime.types maps .mjs to text/javascript and .wasm to application/wasm;",
         "# add those two lines there if not (a types {} block here would replace all others).",
         *(f'add_header {k} "{v}" always;' for k, v in h.items()), ""]
    )
    apache = "\n".join(
        ["# Apache: put in .htaccess of this folder, or in its <Directory> block (needs mod_headers).",
         "AddType text/javascript .mjs", "AddType application/wasm .wasm",
         *(f'Header always set {k} "{v}"' for k, v in h.items()), ""]
    )
    iis = "\n".join(
        ['<?xml version="1.0" encoding="utf-8"?>',
         "<!-- IIS: web.config for this folder. -->",
         "<configuration><system.webServer>",
         "  <staticContent>",
         '    <remove fileExtension=".mjs" /><mimeMap fileExtension=".mjs" mimeType="text/javascript" />',
         '    <remove fileExtension=".wasm" /><mimeMap fileExtension=".wasm" mimeType="application/wasm" />',
         "  </staticContent>",
         "  <httpProtocol><customHeaders>",
         *(f'    <add name="{k}" value="{v}" />' for k, v in h.items()),
         "  </customHeaders></httpProtocol>",
         "</system.webServer></configuration>", ""]
    )
    return {
        "headers.txt": "".join(f"{k}: {v}\n" for k, v in h.items()),
        "nginx.conf": nginx,
        "apache.htaccess": apache,
        "web.config": iis,
    }
